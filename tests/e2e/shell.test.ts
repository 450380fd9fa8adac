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
  { path: '/standaarden/zaken-api', name: 'standaard', heading: 'Standaard niet gevonden' },
  { path: '/gemeenten/GM0363', name: 'gemeente', heading: 'Gemeente niet gevonden' },
  { path: '/adoptie', name: 'adoptie', heading: 'Adoptie' },
  { path: '/roadmaps', name: 'roadmaps', heading: 'Roadmaps' },
  { path: '/roadmaps/1', name: 'roadmap', heading: 'Roadmap' },
  { path: '/quick-wins', name: 'quick-wins', heading: 'Quick wins' },
  { path: '/quick-wins/1', name: 'quick-win', heading: 'Quick win' },
  { path: '/kennis', name: 'kennis', heading: 'Kennis' },
  { path: '/kennis/1', name: 'kennispagina', heading: 'Kennispagina' },
  { path: '/zoeken?q=utrecht', name: 'zoeken', heading: 'Zoekresultaten voor ‘utrecht’' },
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
    // The Dutch texts not bundled with the shell: a text missing from the bundle would load them.
    let pageTexts = false;
    page.on('request', (request) => {
      if (/\/assets\/nl\.pages-[^/]+\.js$/.test(request.url())) pageTexts = true;
    });
    try {
      await page.goto(`${server.url}${route.path}`);
      // This server has no data: pages that look something up settle on their "not found" heading.
      const heading = page.getByRole('heading', { level: 1, name: route.heading, exact: true });
      await heading.waitFor();
      await page.locator('.koers-loading').first().waitFor({ state: 'detached' });
      expect(await heading.textContent()).toBe(route.heading);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);

      expect(await seriousAxeViolations(page)).toEqual([]);
      // The entry pages stay within the JavaScript budget by needing only the bundled texts.
      expect(pageTexts).toBe(!['login', 'standaarden'].includes(route.name));
      // Empty-database views get their own names, so the seeded pages' screenshots stay.
      await saveScreenshot(page, `leeg-${route.name}`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lets a keyboard user skip to the content and follow the main menu', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
      expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Adoptie' })
        .click();
      const heading = page.getByRole('heading', { level: 1, name: 'Adoptie' });
      await heading.waitFor();
      // After an in-app navigation focus lands on the new page's heading.
      expect(await heading.evaluate((h1) => h1 === document.activeElement)).toBe(true);
      expect(await page.title()).toBe('Adoptie – Koers');
    } finally {
      await page.close();
    }
  });

  it('switches to English, keeps <html lang> in step and remembers the choice', async () => {
    // Its own context: the stored language must not leak into the Dutch checks above.
    const english = await browser.newContext();
    try {
      const page = await english.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByRole('button', { name: /^EN/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await english.close();
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
      // The stacked header must not stretch the search field into a tall box.
      const searchField = await page.getByLabel('Zoekterm').boundingBox();
      expect(searchField?.height).toBeLessThan(80);
      await saveScreenshot(page, 'login-phone');
    } finally {
      await page.close();
    }
  });
});
