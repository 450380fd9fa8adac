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

let server: KoersServer;
let browser: Browser;
let user: SignedInUser;
const ids = { roadmap: '', page: '' };

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
  user = await buildUser(models, { roles: ['ADMIN', 'MANAGER', 'TASKFORCE_MEMBER'], name: 'Cora Csp' });
  const taskforce = await buildTaskforce(models, [user]);
  const roadmap = await graphql<{ createRoadmap: { roadmap: { id: string } } }>(
    'mutation($i: CreateRoadmapInput!) { createRoadmap(input: $i) { roadmap { id } } }',
    { i: { taskforceId: String(taskforce._id), title: 'Roadmap onder CSP', startYear: 2026, endYear: 2035 } },
  );
  ids.roadmap = roadmap.createRoadmap.roadmap.id;
  const page = await graphql<{ createPage: { id: string } }>(
    'mutation($i: CreatePageInput!) { createPage(input: $i) { id } }',
    { i: { title: 'Kennis onder CSP' } },
  );
  ids.page = page.createPage.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Violations the page reported, read from the listener the init script installed. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __csp?: string[] }).__csp ?? []);
}

describe('the web app under its Content-Security-Policy', () => {
  it('works on every kind of page (map, editor, co-editing sockets) without a single violation', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('button', { name: /Uitloggen/ })
      .or(page.getByRole('link', { name: /Uitloggen/ }))
      .first()
      .waitFor();

    const routes: Array<[path: string, coEdited: boolean]> = [
      ['/', false],
      ['/standaarden', false],
      ['/adoptie', false],
      ['/quick-wins', false],
      [`/roadmaps/${ids.roadmap}`, true],
      [`/kennis/${ids.page}`, true],
    ];
    for (const [path, coEdited] of routes) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.koers-loading').first().waitFor({ state: 'detached' });
      // The co-editing socket connected: connect-src lets the same-origin WebSocket through.
      if (coEdited) await page.locator('.koers-collab-status[data-status="connected"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
    // The policy is in force and the listener hears it: an inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => ((window as { __csp?: string[] }).__csp ?? []).length > 0);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  });
});
