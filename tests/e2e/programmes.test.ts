import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seeds/seed';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

const PASSWORD = 'koers-demo';

let server: KoersServer;
let browser: Browser;
let context: BrowserContext;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page
    .getByRole('button', { name: /Uitloggen/ })
    .or(page.getByRole('link', { name: /Uitloggen/ }))
    .first()
    .waitFor();
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  await page.locator('.koers-loading').first().waitFor({ state: 'detached' });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await saveScreenshot(page, name);
}

/** Opens the adoption form of one scorecard row, chooses a status and explanation, and saves. */
async function report(page: Page, slug: string, name: string, status: string, note: string): Promise<void> {
  await page
    .locator(`tr[data-standard="${slug}"]`)
    .getByRole('button', { name: `Wijzigen ${name}` })
    .click();
  await page.getByLabel('Status').selectOption({ label: status });
  await page.getByLabel(/Uitleg|Toelichting/).fill(note);
  await page.getByRole('button', { name: 'Opslaan' }).click();
}

beforeAll(async () => {
  server = await startTestServer();
  await seedDatabase(server.runtime.models);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('programmes in the browser', () => {
  it("Utrecht's editor reports on a new standard, explains a pas-toe-of-leg-uit obligation and may not explain a mandatory one", async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await signIn(page, 'editor@utrecht.koers.example');
    await page.goto(`${server.url}/gemeenten/GM0344`);
    await page.getByRole('heading', { name: 'Scorekaart' }).waitFor();
    await expect(page.locator('tr[data-standard="stuf-woz"]').count()).resolves.toBe(0);

    await page.getByLabel('Zoek een standaard').fill('StUF-WOZ');
    await page
      .getByRole('list', { name: 'Gevonden standaarden' })
      .getByRole('button', { name: /StUF-WOZ/ })
      .click();
    await page.getByLabel('Status').selectOption({ label: 'Gepland' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await expect(
      page.locator('tr[data-standard="stuf-woz"] [data-testid="adoption-status"]').textContent(),
    ).resolves.toContain('Gepland');

    await report(
      page,
      'dkim',
      'DKIM',
      'Uitgelegd (pas toe of leg uit)',
      'Onze maildienst van de regio ondersteunt DKIM pas vanaf volgend jaar.',
    );
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await expect(
      page.locator('tr[data-standard="dkim"] [data-testid="obligation-state"]').textContent(),
    ).resolves.toBe('Uitgelegd');

    const before = await page
      .locator('tr[data-standard="rest-api-design-rules"] [data-testid="adoption-status"]')
      .textContent();
    await report(
      page,
      'rest-api-design-rules',
      'REST-API Design Rules',
      'Uitgelegd (pas toe of leg uit)',
      'Wij bouwen eerst onze eigen koppelvlakken om, daarna volgen de regels.',
    );
    await page.getByText('Deze standaard is verplicht voor uw gemeente').waitFor();
    await expect(page.getByLabel('Status').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect(
      page.locator('tr[data-standard="rest-api-design-rules"] [data-testid="adoption-status"]').textContent(),
    ).resolves.toBe(before);
    await page.locator('tr[data-standard="dkim"]').getByRole('button', { name: 'Geschiedenis DKIM' }).click();
    await page.getByRole('heading', { name: 'Geschiedenis van DKIM' }).waitFor();
    await expectAxeClean(page, 'scorecard-utrecht');
    await context.close();
  });

  it('a manager sees "n of N met" per obligation and a moved deadline on the programme page', async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await signIn(page, 'manager@koers.example');
    await page.goto(`${server.url}/programmas/vng-api-standaarden`);
    const progress = page.locator('tr[data-obligation="zaken-api"] [data-testid="obligation-progress"]');
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(/^\d+ van 342 voldaan, \d+ te laat, \d+ uitgelegd/);

    await page.goto(`${server.url}/programmas/nup`);
    const row = page
      .locator('[data-testid="obligations-table"] tbody tr')
      .filter({ hasText: 'e-authenticatie' });
    await row.getByRole('button', { name: /Deadline verplaatsen/ }).click();
    await page.getByLabel(/Nieuwe deadline/).fill('2014-12-31');
    await page.getByLabel('Reden').fill('Gemeenten konden de basisinfrastructuur niet op tijd invoeren.');
    await page.getByLabel('Besloten door').fill('Testbesluit (e2e)');
    await page.getByRole('button', { name: 'Deadline verplaatsen', exact: true }).click();
    await page.locator('[data-testid="drift-table"]').getByText('Testbesluit (e2e)').waitFor();
    await expect(row.locator('[data-testid="obligation-deadline"]').textContent()).resolves.toMatch(
      /31 december 2014.*Oorspronkelijk 31 december 2010; 1\.461 dagen verschoven/,
    );
    await expectAxeClean(page, 'programme-nup');
    await context.close();
  });

  it('a visitor sees the demo label on the map, and the switch hides demo data', async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/adoptie?standaard=zaken-api`);
    const label = page.getByTestId('map-demo-label');
    await label.waitFor();
    expect(await label.textContent()).toMatch(
      /^demo \d+ van 342 gemeenten in dit cijfer zijn gegenereerde demogegevens/i,
    );
    await expectAxeClean(page, 'adoption-demo');
    await page.getByLabel('Demogegevens tonen').uncheck();
    await label.waitFor({ state: 'detached' });
    await context.close();
  });

  it('refuses a CSV with one bad row, naming that row, and imports the corrected file', async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await signIn(page, 'editor@utrecht.koers.example');
    await page.goto(`${server.url}/adoptie/import`);
    const header =
      'municipalityCode,municipality,province,standard,status,targetDate,adoptedVersion,note,bron,updatedAt';
    const good = 'GM0344,Utrecht,Utrecht,dnssec,ADOPTED,,,Gemeten met internet.nl,gemeten,';
    const file = (rows: string[]) => ({
      name: 'adoptie.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    const audits = () => server.runtime.models.AuditEvent.countDocuments({ action: 'adoption:import' });

    await page.getByLabel('CSV-bestand').setInputFiles(file([good, 'GM0344,Utrecht,Utrecht,spf,KLAAR,,,,,']));
    await page.getByTestId('import-status').filter({ hasText: '1 regel heeft een fout' }).waitFor();
    await expect(page.locator('tr[data-line="3"]').textContent()).resolves.toContain(
      'onbekende status "KLAAR"',
    );
    await expect(page.locator('tr[data-line="2"]').textContent()).resolves.toContain('in orde');
    await expect(page.getByRole('button', { name: 'Importeren' }).isDisabled()).resolves.toBe(true);
    await expectAxeClean(page, 'import-refused');
    expect(await audits()).toBe(0);

    await page
      .getByLabel('CSV-bestand')
      .setInputFiles(file([good, 'GM0344,Utrecht,Utrecht,spf,PLANNED,,,,,']));
    await page.getByTestId('import-status').filter({ hasText: '2 regels zijn in orde' }).waitFor();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByTestId('import-status').filter({ hasText: '2 regels zijn geïmporteerd' }).waitFor();
    expect(await audits()).toBe(1);
    const dnssec = await server.runtime.models.Standard.findOne({ slug: 'dnssec' }).lean();
    const record = await server.runtime.models.Adoption.findOne({
      municipalityId: 'GM0344',
      standardId: dnssec!._id,
    }).lean();
    expect(record).toMatchObject({ status: 'ADOPTED', demo: false });
    await context.close();
  });
});
