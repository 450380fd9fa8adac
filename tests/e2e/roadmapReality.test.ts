import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { documentName } from '../../common/collab';
import { addLane } from '../../common/roadmapDocument';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
} from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { bar, openRoadmapAs, type Person } from '../support/roadmapEditorPage';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

const RealityCreateRoadmap = graphql(`
  mutation RealityE2eCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const RealityAddItem = graphql(`
  mutation RealityE2eAddItem($input: AddRoadmapItemInput!) {
    addRoadmapItem(input: $input) {
      item {
        id
      }
    }
  }
`);

const RealityReport = graphql(`
  mutation RealityE2eReport($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const TITLE = 'Zaakgericht samen 2025–2034';
const ITEM = 'Zaakgericht werken';

let server: KoersServer;
let browser: Browser;
let mila: Person;
let editorToken: string;
let standardId: string;

/**
 * Copies a screenshot to `KOERS_SCREENSHOT_COPY_DIR` when set (a closing note shows the timeline
 * with reality and the drift view); otherwise it stays in test-results only.
 */
function keepForNotes(file: string) {
  const dir = process.env.KOERS_SCREENSHOT_COPY_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, path.join(dir, path.basename(file)));
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { models } = server.runtime;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0363',
    cbsNumber: '0363',
    name: 'Amsterdam',
    provinceCode: 'PV27',
  });
  await buildMunicipality(models, {
    _id: 'GM0518',
    cbsNumber: '0518',
    name: "'s-Gravenhage",
    provinceCode: 'PV28',
  });
  const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Mila Meter' });
  editorToken = (await buildEditor(models, 'GM0344')).token;
  const taskforce = await buildTaskforce(models, [member]);
  const standard = await buildStandard(models, { name: 'Zaken API', slug: 'zaken-api' });
  standardId = String(standard._id);
  await models.Initiative.create({
    title: 'Zaaksysteem in de cloud',
    deadline: '2027-12-31',
    participants: [
      { municipalityId: 'GM0344', status: 'LIVE', updatedAt: new Date() },
      { municipalityId: 'GM0363', status: 'PREPARING', updatedAt: new Date() },
    ],
  });
  // A programme obliges two of the three municipalities, with a deadline already passed.
  const programme = await models.Programme.create({ slug: 'zgw', name: 'Zaakgericht werken', owner: 'VNG' });
  await models.Obligation.create({
    programmeId: programme._id,
    key: 'zaken-api',
    subject: 'Zaken API',
    standardId: standard._id,
    bindingLevel: 'VERPLICHT',
    deadline: '2025-12-31',
    scope: 'LIST',
    municipalityIds: ['GM0344', 'GM0363'],
  });
  const roadmapId = (
    await graphqlData(
      server.url,
      RealityCreateRoadmap,
      { input: { taskforceId: String(taskforce._id), title: TITLE, startYear: 2025, endYear: 2034 } },
      { token: member.token },
    )
  ).createRoadmap.roadmap.id;
  await server.runtime.documents.with(documentName('roadmap', roadmapId), async (shared) => {
    addLane(shared.doc, { id: 'zaak', title: 'Zaakgericht' });
    await shared.project();
  });
  for (const item of [
    { title: ITEM, startYear: 2026, endYear: 2028, status: 'IN_PROGRESS' },
    // Ended in 2025, not done: late by any clock this test runs on.
    { title: 'Inventarisatie', startYear: 2025, endYear: 2025, status: 'IN_PROGRESS' },
  ]) {
    await graphqlData(
      server.url,
      RealityAddItem,
      { input: { roadmapId, laneId: 'zaak', ...item } },
      { token: member.token },
    );
  }
  mila = await openRoadmapAs(browser, `${server.url}/roadmaps/${roadmapId}`, member.token, TITLE);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('plan versus reality on the timeline', () => {
  it('shows the live adoption share of a standard a member links, changing when an editor reports ADOPTED', async () => {
    const page = mila.page;
    // Without links the status decides: the item that ended in 2025 is late, said in words.
    await bar(page, 'Inventarisatie', '2025–2025', 'te laat').waitFor();

    await bar(page, ITEM, '2026–2028').click();
    await page.getByRole('heading', { level: 2, name: ITEM }).waitFor();
    await page.getByLabel('Standaard zoeken om te koppelen').fill('Zaken API');
    await page.getByRole('button', { name: 'Koppel Zaken API' }).click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Wijzigingen opgeslagen.').waitFor();

    // Two municipalities are under the obligation: neither adopted, both past the deadline.
    const itemBar = page.locator(`[data-item-id]`).filter({ hasText: ITEM });
    await itemBar.getByTestId('item-reality').filter({ hasText: 'adoptie 0 % (0 van 2)' }).waitFor();
    expect(await itemBar.getByTestId('item-reality').textContent()).toContain('2 gemeenten over de termijn');
    await bar(page, ITEM, '2026–2028', 'adoptie 0 % (0 van 2)').waitFor();
    await page
      .getByTestId('item-reality-panel')
      .getByText('0 van 2 gemeenten met een verplichting uit een programma hebben geadopteerd (0 %)')
      .waitFor();

    // An editor of Utrecht reports elsewhere, through the API: the bar follows without a reload.
    await graphqlData(
      server.url,
      RealityReport,
      { input: { municipalityId: 'GM0344', standardId, status: 'ADOPTED' } },
      { token: editorToken },
    );
    await itemBar.getByTestId('item-reality').filter({ hasText: 'adoptie 50 % (1 van 2)' }).waitFor();
    expect(await itemBar.getByTestId('item-reality').textContent()).toContain('1 gemeente over de termijn');
    await page.getByTestId('lane-reality').filter({ hasText: 'adoptie 50 % (1 van 2)' }).waitFor();
    expect(await page.getByTestId('lane-reality').textContent()).toContain('⚠ 1 onderdeel te laat');
    await page.getByTestId('roadmap-reality').filter({ hasText: 'Hele roadmap: 2 onderdelen' }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    keepForNotes(await saveScreenshot(page, 'roadmap-reality-timeline'));
    expect(mila.problems).toEqual([]);
  });

  it('lists a moved item in the drift view since a saved version', async () => {
    const page = mila.page;
    await page.getByLabel('Naam van de versie').fill('Begroting 2026');
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    await page.getByText('Versie ‘Begroting 2026’ vastgelegd.').waitFor();

    // One year later with the keyboard: → moves the focused bar.
    await bar(page, ITEM, '2026–2028').focus();
    await page.keyboard.press('ArrowRight');
    await bar(page, ITEM, '2027–2029').waitFor();

    await page.getByRole('button', { name: 'Toon verschuivingen: ‘Begroting 2026’' }).click();
    const drift = page.getByRole('region', { name: 'Wat is verschoven sinds ‘Begroting 2026’' });
    await drift.waitFor();
    const row = drift.getByRole('row', { name: new RegExp(ITEM) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Onderdeel', '2028', '2029', '1 jaar']);
    // Plan versus actual: the late item, by the figures now.
    await drift.getByText('⚠ te laat: Inventarisatie (2025)').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await drift.scrollIntoViewIfNeeded();
    keepForNotes(await saveScreenshot(page, 'roadmap-drift-view'));
    expect(mila.problems).toEqual([]);
  });

  it('links a quick win to the open item and shows its rollout on the bar', async () => {
    const page = mila.page;
    await page.getByLabel('Quick win om te koppelen').selectOption({ label: 'Zaaksysteem in de cloud' });
    await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const itemBar = page.locator('[data-item-id]').filter({ hasText: ITEM });
    await itemBar.getByTestId('item-reality').filter({ hasText: 'live in 1 van 2' }).waitFor();
    await page
      .getByTestId('item-reality-panel')
      .getByText('Zaaksysteem in de cloud: live in 1 van 2 deelnemende gemeenten')
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(mila.problems).toEqual([]);
  });
});
