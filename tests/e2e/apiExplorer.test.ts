import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildEditor, buildMunicipality, buildStandard } from '../support/factories';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

let server: KoersServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await buildMunicipality(server.runtime.models);
  await buildStandard(server.runtime.models, { slug: 'explorer-standaard', name: 'Verkenner Standaard' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A browser context as on a closed network: every request that would leave 127.0.0.1 is aborted
 * and recorded, so a CDN dependency shows up as a recorded request (and a broken page).
 */
async function offlineContext(): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
      return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return { context, outside };
}

function collectErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describe('/graphiql', () => {
  it('runs a query with only requests to Koers itself, without a Content-Security-Policy violation', async () => {
    const { context, outside } = await offlineContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const problems = collectErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.goto(`${server.url}/graphiql`);
      await page.locator('.graphiql-container').waitFor();
      // The schema comes from the published SDL, not from introspection.
      expect(requests.some((url) => url.endsWith('/graphql/schema.graphql'))).toBe(true);
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql'));
      await page.locator('.graphiql-query-editor .CodeMirror').click();
      await page.keyboard.press('Control+Enter');
      expect((await answered).status()).toBe(200);
      await page.getByText('Verkenner Standaard').waitFor();
      await saveScreenshot(page, 'graphiql');
      expect(outside).toEqual([]);
      expect(requests.every((url) => new URL(url).hostname === '127.0.0.1' || url.startsWith('data:'))).toBe(
        true,
      );
      expect(problems).toEqual([]);
      const violations = await page.evaluate(() => (window as { __csp?: string[] }).__csp ?? []);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('/account/tokens', () => {
  it('lets an editor create a token that is shown once and listed, and revoke it', async () => {
    const editor = await buildEditor(server.runtime.models, 'GM0344');
    const { context } = await offlineContext();
    await context.addInitScript((token) => window.localStorage.setItem('koers.token', token), editor.token);
    const page = await context.newPage();
    const problems = collectErrors(page);
    try {
      await page.goto(`${server.url}/account/tokens`);
      await page.getByRole('heading', { level: 1, name: 'API-tokens' }).waitFor();
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      await page.getByText('Kies minstens één bevoegdheid.').waitFor();
      await page.getByLabel('Naam (waarvoor is het token?)').fill('Zaaksysteem');
      await page.getByLabel(/adoptie melden/).check();
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      const secret = await page.getByTestId('new-api-token').textContent();
      expect(secret).toMatch(/^koers_pat_/);
      const row = page.getByTestId('api-tokens').getByRole('row', { name: /Zaaksysteem/ });
      await row.getByText('adoption:write').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'api-tokens');
      await row.getByRole('button', { name: 'Token Zaaksysteem intrekken' }).click();
      await row.getByText(/Ingetrokken op/).waitFor();
      const stored = await server.runtime.models.ApiToken.findOne({ name: 'Zaaksysteem' }).lean();
      expect(stored?.revokedAt).toBeInstanceOf(Date);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
