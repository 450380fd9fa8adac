import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for Debian's Chromium in a container: no sandbox (we run as root), no GPU, and nothing
 * that phones home (QUIC, component updates, sync), so a run never waits on the network.
 */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium (`apt-get install chromium`); Playwright's own download is not used. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
