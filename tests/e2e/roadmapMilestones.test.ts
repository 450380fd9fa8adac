import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildTaskforce, buildUser } from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { bar, openRoadmapAs, type Person } from '../support/roadmapEditorPage';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';
import { eventually } from '../support/eventually';

const MilestonesCreateRoadmap = graphql(`
  mutation MilestonesCreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      roadmap {
        id
      }
    }
  }
`);

const MilestonesRoadmap = graphql(`
  query MilestonesRoadmap($id: ID!) {
    roadmap(id: $id) {
      milestones {
        title
        date
      }
      items {
        title
        owner
      }
    }
  }
`);

const TITLE = 'Regio Utrecht 2025–2034';
const MILESTONE = 'Eerste gemeenten live';

let server: KoersServer;
let browser: Browser;
let roadmapId: string;
let readerToken: string;
let mila: Person;
let tom: Person;
let vera: Person;

/** What GraphQL (the server's projection) says about the roadmap, as a reader asks it. */
async function projected() {
  const { roadmap } = await graphqlData(
    server.url,
    MilestonesRoadmap,
    { id: roadmapId },
    { token: readerToken },
  );
  return roadmap!;
}

/** The button on the timeline that opens the milestone titled `title` (dated `date`, when given). */
function marker(page: Page, title: string, date?: string) {
  return page
    .getByRole('list', { name: 'Mijlpalen' })
    .getByRole('button', { name: date ? `${title}, ${date}` : new RegExp(`^${title}, `) });
}

/** The milestone's position on the track, in percent. */
async function markerLeft(page: Page, title: string): Promise<number> {
  return marker(page, title).evaluate((button) =>
    parseFloat((button.parentElement as HTMLElement).style.left),
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { models } = server.runtime;
  const members = await Promise.all([
    buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Mila Mijlpaal' }),
    buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Tom Tijdlijn' }),
  ]);
  const viewer = await buildUser(models, { name: 'Vera Lezer' });
  readerToken = viewer.token;
  const taskforce = await buildTaskforce(models, members);
  const created = await graphqlData(
    server.url,
    MilestonesCreateRoadmap,
    { input: { taskforceId: String(taskforce._id), title: TITLE, startYear: 2025, endYear: 2034 } },
    { token: members[0].token },
  );
  roadmapId = created.createRoadmap.roadmap.id;
  const url = `${server.url}/roadmaps/${roadmapId}`;
  [mila, tom, vera] = await Promise.all([
    openRoadmapAs(browser, url, members[0].token, TITLE),
    openRoadmapAs(browser, url, members[1].token, TITLE),
    openRoadmapAs(browser, url, viewer.token, TITLE),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('milestones and owners in the roadmap editor', () => {
  it('adds a milestone that the other member and the viewer see live, and GraphQL lists', async () => {
    const page = mila.page;
    await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    const form = page.getByRole('region', { name: 'Mijlpaal toevoegen' });
    await form.getByLabel('Titel van de mijlpaal').fill(MILESTONE);
    const date = form.getByLabel(/^Datum/);
    await date.fill('2036-01-01');
    await form.getByRole('button', { name: 'Mijlpaal opslaan' }).click();
    // Outside the period: refused next to the field, nothing written.
    await form
      .getByText('Kies een datum in de periode van deze roadmap: tussen 1 januari 2025 en 31 december 2034.')
      .waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);

    await date.fill('2027-03-01');
    await form.getByRole('button', { name: 'Mijlpaal opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: `Mijlpaal: ${MILESTONE}` }).waitFor();
    await marker(page, MILESTONE, '1 maart 2027').waitFor();

    await marker(tom.page, MILESTONE, '1 maart 2027').waitFor();
    await vera.page
      .getByRole('list', { name: 'Mijlpalen' })
      .filter({ hasText: `${MILESTONE}, 1 maart 2027` })
      .waitFor();
    await eventually(async () =>
      expect((await projected()).milestones).toEqual([{ title: MILESTONE, date: '2027-03-01' }]),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'roadmap-milestone-added');
  });

  it('moves the milestone for everyone when the other member changes its date with the keyboard', async () => {
    const before = await markerLeft(mila.page, MILESTONE);
    const page = tom.page;
    await marker(page, MILESTONE).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: `Mijlpaal: ${MILESTONE}` });
    await panel.waitFor();
    expect(
      await panel
        .getByRole('heading', { level: 2 })
        .evaluate((heading) => heading === document.activeElement),
    ).toBe(true);
    await panel.getByLabel(/^Datum/).fill('2031-09-15');
    await panel.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await panel.getByText('Mijlpaal opgeslagen.').waitFor();

    await marker(mila.page, MILESTONE, '15 september 2031').waitFor();
    expect(await markerLeft(mila.page, MILESTONE)).toBeGreaterThan(before + 40);
    // Mila still has it open: her form follows the change instead of keeping the old date.
    const milaPanel = mila.page.getByRole('region', { name: `Mijlpaal: ${MILESTONE}` });
    expect(await milaPanel.getByLabel(/^Datum/).inputValue()).toBe('2031-09-15');
    await vera.page
      .getByRole('list', { name: 'Mijlpalen' })
      .filter({ hasText: `${MILESTONE}, 15 september 2031` })
      .waitFor();
    await eventually(async () =>
      expect((await projected()).milestones).toEqual([{ title: MILESTONE, date: '2031-09-15' }]),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('gives the viewer no milestone edit controls', async () => {
    const page = vera.page;
    await page.getByRole('list', { name: 'Mijlpalen' }).filter({ hasText: MILESTONE }).waitFor();
    expect(await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Mijlpalen' }).getByRole('button').count()).toBe(0);
    expect(await page.getByLabel('Titel van de mijlpaal').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('passes an item’s owner to the other member, and removes it when emptied', async () => {
    const page = mila.page;
    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Regionaal zaaksysteem');
    await page.getByLabel('Eigenaar (optioneel)').fill('Gemeente Amersfoort');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('Eigenaar: Gemeente Amersfoort').waitFor();

    await bar(tom.page, 'Regionaal zaaksysteem').click();
    const tomPanel = tom.page.getByRole('region', { name: 'Regionaal zaaksysteem' });
    await tomPanel.getByText('Eigenaar: Gemeente Amersfoort').waitFor();
    const owner = tomPanel.getByLabel('Eigenaar (optioneel)');
    expect(await owner.inputValue()).toBe('Gemeente Amersfoort');
    await owner.fill('Regio Utrecht');
    await tomPanel.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Eigenaar: Regio Utrecht').waitFor();
    await eventually(async () =>
      expect((await projected()).items).toContainEqual({
        title: 'Regionaal zaaksysteem',
        owner: 'Regio Utrecht',
      }),
    );

    await owner.fill('');
    await tomPanel.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Eigenaar: Regio Utrecht').waitFor({ state: 'detached' });
    expect(await page.getByText(/^Eigenaar:/).count()).toBe(0);
    await eventually(async () =>
      expect((await projected()).items).toContainEqual({ title: 'Regionaal zaaksysteem', owner: null }),
    );
    expect(await seriousAxeViolations(tom.page)).toEqual([]);
    await saveScreenshot(tom.page, 'roadmap-item-owner');
  });

  it('removes the milestone, after a confirmation, for everyone and from GraphQL', async () => {
    const page = tom.page;
    const panel = page.getByRole('region', { name: `Mijlpaal: ${MILESTONE}` });
    await panel.getByRole('button', { name: 'Mijlpaal verwijderen' }).click();
    await panel.getByRole('button', { name: `Ja, verwijder mijlpaal ‘${MILESTONE}’` }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-heading');

    await marker(mila.page, MILESTONE).waitFor({ state: 'detached' });
    // Mila had it open; her panel goes with it.
    await mila.page.getByRole('region', { name: `Mijlpaal: ${MILESTONE}` }).waitFor({ state: 'detached' });
    await vera.page.getByRole('list', { name: 'Mijlpalen' }).waitFor({ state: 'detached' });
    await eventually(async () => expect((await projected()).milestones).toEqual([]));
    for (const person of [mila, tom, vera]) expect(person.problems).toEqual([]);
  });
});
