import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/**
 * A page in a new Dutch context of `browser` (kept in `contexts`, for the test to close), signed
 * in with `token` (or signed out), with its page errors and console errors (other than WebSocket
 * noise) recorded in `problems`.
 */
export async function openDutchPage(
  browser: Browser,
  contexts: BrowserContext[],
  token: string | null,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  if (token) await context.addInitScript((value) => window.localStorage.setItem('koers.token', value), token);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket/.test(message.text())) problems.push(message.text());
  });
  return { page, problems };
}
