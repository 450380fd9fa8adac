import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { launchBrowser } from '../support/browser';
import {
  buildMunicipality,
  buildTaskforce,
  buildUser,
  TEST_PASSWORD,
  type SignedInUser,
} from '../support/factories';
import { startTestServer } from '../support/server';

/** User text that would run script if the app ever rendered it as HTML. */
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '<svg onload="window.__xss=3"></svg>';

let server: KoersServer;
let browser: Browser;
let user: SignedInUser;
const ids = { roadmap: '', initiative: '', page: '' };

async function graphql<T>(query: string, variables: unknown): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const models = server.runtime.models;
  await buildMunicipality(models);
  user = await buildUser(models, { roles: ['ADMIN', 'MANAGER', 'TASKFORCE_MEMBER'], name: `Naam ${IMG}` });
  const taskforce = await buildTaskforce(models, [user], `Taskforce ${SVG}`);
  await graphql('mutation($i: CreateStandardInput!) { createStandard(input: $i) { standard { id } } }', {
    i: {
      slug: 'xss-standaard',
      name: `Standaard ${IMG}`,
      summary: `Samenvatting ${SCRIPT} ${SVG}`,
      owner: `Eigenaar ${IMG}`,
      category: 'API_STANDARD',
      lifecycle: 'ESTABLISHED',
      url: 'https://example.org/',
    },
  });
  const roadmap = await graphql<{ createRoadmap: { roadmap: { id: string } } }>(
    'mutation($i: CreateRoadmapInput!) { createRoadmap(input: $i) { roadmap { id } } }',
    { i: { taskforceId: String(taskforce._id), title: `Roadmap ${IMG}`, startYear: 2026, endYear: 2035 } },
  );
  ids.roadmap = roadmap.createRoadmap.roadmap.id;
  await graphql('mutation($i: AddRoadmapItemInput!) { addRoadmapItem(input: $i) { item { id } } }', {
    i: { roadmapId: ids.roadmap, title: `Item ${IMG}${SCRIPT}`, startYear: 2026, endYear: 2028 },
  });
  const initiative = await graphql<{ createInitiative: { initiative: { id: string } } }>(
    'mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { initiative { id } } }',
    {
      i: {
        title: `Quick win ${IMG}`,
        description: `Beschrijving ${SCRIPT} ${SVG}`,
        deadline: '2027-06-30',
        municipalityIds: ['GM0344'],
      },
    },
  );
  ids.initiative = initiative.createInitiative.initiative.id;
  const page = await graphql<{ createPage: { id: string } }>(
    'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }',
    { i: { title: `Kennis ${IMG}` } },
  );
  ids.page = page.createPage.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page
    .getByRole('button', { name: /Uitloggen/ })
    .or(page.getByRole('link', { name: /Uitloggen/ }))
    .first()
    .waitFor();
}

describe('user text in the browser', () => {
  it('is shown as text on every page that shows it, and never runs', async () => {
    // The Content-Security-Policy would stop inline handlers anyway (tests/e2e/contentSecurityPolicy):
    // bypass it here, so this test shows that the app itself renders user text as text.
    const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page);
    const routes: Array<[path: string, shows: string]> = [
      ['/', 'Quick win'],
      ['/standaarden', 'Standaard <img'],
      ['/standaarden/xss-standaard', 'Samenvatting <script>'],
      ['/roadmaps', 'Roadmap <img'],
      [`/roadmaps/${ids.roadmap}`, 'Item <img'],
      ['/quick-wins', 'Quick win <img'],
      [`/quick-wins/${ids.initiative}`, 'Beschrijving <script>'],
      ['/kennis', 'Kennis <img'],
      [`/kennis/${ids.page}`, 'Kennis <img'],
    ];
    for (const [path, shows] of routes) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.koers-loading').first().waitFor({ state: 'detached' });
      // The text itself is on the page, literally, so it was rendered (as text).
      await page.getByText(shows).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined();
      expect(
        await page.locator('img[src="x"], svg[onload], script:not([src]):not([type])').count(),
        path,
      ).toBe(0);
    }
    expect(dialogs).toEqual([]);
    // The probe itself works: the same text rendered as HTML does run.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG);
    await page.waitForFunction(() => (window as { __xss?: unknown }).__xss === 1);
    await context.close();
  });
});
