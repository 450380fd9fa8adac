import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

/** Every route of the URL contract with the h1 it shows to a visitor (in Dutch). */
const routes: { path: string; name: string; heading: string }[] = [
  { path: '/login', name: 'login', heading: 'Inloggen' },
  { path: '/', name: 'home', heading: 'Koers' },
  { path: '/standaarden', name: 'standaarden', heading: 'Standaarden' },
  { path: '/standaarden/zaken-api', name: 'standaard', heading: 'Standaard zaken-api' },
  { path: '/gemeenten/GM0363', name: 'gemeente', heading: 'Gemeente GM0363' },
  { path: '/adoptie', name: 'adoptie', heading: 'Adoptie' },
  { path: '/roadmaps', name: 'roadmaps', heading: 'Roadmaps' },
  { path: '/roadmaps/1', name: 'roadmap', heading: 'Roadmap' },
  { path: '/quick-wins', name: 'quick-wins', heading: 'Quick wins' },
  { path: '/quick-wins/1', name: 'quick-win', heading: 'Quick win' },
  { path: '/kennis', name: 'kennis', heading: 'Kennis' },
  { path: '/kennis/1', name: 'kennispagina', heading: 'Kennispagina' },
  { path: '/bestaat-niet', name: 'niet-gevonden', heading: 'Pagina niet gevonden' },
];

let server: KoersServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // One server and one browser for the whole file: starting Chromium is the slow part.
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  context = await browser.newContext({ locale: 'nl-NL' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('web app shell', () => {
  it.each(routes)('$path renders "$heading" without script errors or serious axe findings', async (route) => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await page.goto(`${server.url}${route.path}`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(route.heading);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);

      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, route.name);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps the layout usable on a phone (no horizontal scrolling at 320 px)', async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${server.url}/login`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, 'login-phone');
    } finally {
      await page.close();
    }
  });
});
