import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildStandard, buildUser } from '../support/factories';
import { startTestServer } from '../support/server';

let server: KoersServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const member = await buildUser(server.runtime.models, { roles: ['TASKFORCE_MEMBER'] });
  await buildStandard(server.runtime.models, { name: 'Besluiten API', slug: 'besluiten-api' });
  context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
  await context.addInitScript((value) => window.localStorage.setItem('koers.token', value), member.token);
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('knowledge pages in the browser', () => {
  it('start from a template, link to a standard (shown on both sides), rename, go to the trash and come back', async () => {
    await page.goto(`${server.url}/kennis`);
    await page.getByLabel('Titel').fill('Raadsvoorstel Besluiten API');
    await page.getByLabel('Beginnen met').selectOption({ label: 'Besluitvorming' });
    await page.getByRole('button', { name: 'Pagina maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raadsvoorstel Besluiten API' }).waitFor();
    // The template's headings are in the co-edited body.
    const body = page.getByRole('textbox', { name: 'Inhoud van de pagina' });
    await body.getByRole('heading', { name: 'Kanttekeningen en risico’s' }).waitFor();

    await page.getByLabel('Koppelen aan standaard, roadmap-onderdeel of quick win').fill('Besluiten');
    await page.getByRole('button', { name: 'Standaard: Besluiten API' }).click();
    await page.getByRole('link', { name: 'Besluiten API' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Besluiten API' }).click();
    await page.getByRole('heading', { name: "Kennispagina's hierover" }).waitFor();
    await page.getByRole('link', { name: 'Raadsvoorstel Besluiten API' }).click();

    const rename = page.getByLabel('Titel', { exact: true });
    await rename.fill('Raadsvoorstel Besluiten API 2027');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();

    await page.getByRole('button', { name: 'Pagina verwijderen' }).click();
    await page
      .getByRole('button', { name: 'Ja, verplaats ‘Raadsvoorstel Besluiten API 2027’ naar de prullenbak' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kennis' }).waitFor();
    await page.getByRole('heading', { name: 'Prullenbak' }).waitFor();
    await page.getByRole('button', { name: '‘Raadsvoorstel Besluiten API 2027’ terugzetten' }).click();
    await page.getByRole('link', { name: 'Raadsvoorstel Besluiten API 2027' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Prullenbak' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
