import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TASKFORCE } from '../../seeds/demoAccounts';
import { seedDatabase } from '../../seeds/seed';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { eventually } from '../support/eventually';
import { buildUser } from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { saveScreenshot } from '../support/screenshot';
import {
  bar,
  dragBar,
  openRoadmapAs,
  summary,
  typeAndMeasure,
  VISION,
  visionText,
  type Person,
} from '../support/roadmapEditorPage';
import { startTestServer } from '../support/server';

const RoadmapEditorLogin = graphql(`
  mutation RoadmapEditorLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const RoadmapEditorRemoveMember = graphql(`
  mutation RoadmapEditorRemoveMember($taskforceId: ID!, $userId: ID!) {
    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);

const RoadmapEditorAddMember = graphql(`
  mutation RoadmapEditorAddMember($taskforceId: ID!, $userId: ID!) {
    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {
      id
    }
  }
`);

const RoadmapEditorItems = graphql(`
  query RoadmapEditorItems($id: ID!) {
    roadmap(id: $id) {
      items {
        title
        startYear
        endYear
        standards {
          name
        }
      }
    }
  }
`);

const ROADMAP_TITLE = 'Common Ground 2025–2034';
const MILA = 'Mila Taskforcelid';

let server: KoersServer;
let browser: Browser;
let roadmapId: string;
/** A session for GraphQL reads made by the test itself. */
let readerToken: string;
let taskforceId: string;
let tomId: string;
let mila: Person;
let tom: Person;
let vera: Person;
const timings: string[] = [];

/** A context whose pages start signed in with `token`, once the roadmap's items are shown. */
async function openAs(token: string): Promise<Person> {
  const person = await openRoadmapAs(browser, `${server.url}/roadmaps/${roadmapId}`, token, ROADMAP_TITLE);
  await person.page.locator('.koers-item-slot').first().waitFor();
  return person;
}

/**
 * Waits until `condition` holds (Playwright waits on events, polling per frame) and notes how long
 * that took for the report; how soon is a speed target for `npm run bench`, not an assertion.
 */
async function timeUntil(label: string, condition: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await condition();
  timings.push(`${label}: ${Math.round(performance.now() - start)} ms`);
}

/** The roadmap's items as a reader's GraphQL query sees them (from the server's projection). */
async function projectedItems() {
  const { roadmap } = await graphqlData(
    server.url,
    RoadmapEditorItems,
    { id: roadmapId },
    { token: readerToken },
  );
  return roadmap?.items ?? [];
}

async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
  return (await graphqlData(server.url, RoadmapEditorLogin, { email, password })).login.token;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { models } = server.runtime;
  await seedDatabase(models);
  const roadmap = await models.Roadmap.findOne({ title: ROADMAP_TITLE }).lean();
  roadmapId = String(roadmap!._id);
  // A second taskforce member from another municipality joins the demo taskforce.
  const second = await buildUser(models, {
    roles: ['TASKFORCE_MEMBER'],
    municipalityId: 'GM0344',
    name: 'Tom Tweede',
  });
  await models.Taskforce.updateOne({ name: DEMO_TASKFORCE }, { $addToSet: { memberIds: second._id } });
  taskforceId = String(roadmap!.taskforceId);
  tomId = second.id;
  mila = await openAs(await login('member@koers.example'));
  tom = await openAs(second.token);
  readerToken = await login('viewer@koers.example');
  vera = await openAs(readerToken);
});

afterAll(async () => {
  // For the coordinator's report: how long typing and editing took to show in the other browser.
  console.warn(
    `roadmap editor timings (typing/editing in one browser → seen in another):\n${timings.join('\n')}`,
  );
  await browser?.close();
  await server?.close();
});

describe('the roadmap editor in three browsers', () => {
  it('shows one member’s vision text, new item and presence to the other member and the viewer live', async () => {
    await tom.page.getByTestId('presence').getByText(MILA).waitFor();

    const phrase = ' Samen sneller naar de bron.';
    await mila.page.getByRole('textbox', { name: VISION }).click();
    await mila.page.keyboard.press('Control+End');
    const latencies = await typeAndMeasure(mila.page, tom.page, phrase);
    timings.push(`vision, each keystroke → other member: ${summary(latencies)}`);
    await timeUntil('vision typing done → viewer', () =>
      vera.page.getByRole('textbox', { name: VISION }).filter({ hasText: phrase.trim() }).waitFor(),
    );

    await mila.page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await mila.page.getByLabel('Titel').fill('Gezamenlijke API-gateway');
    await mila.page.getByLabel('Beginjaar').selectOption('2027');
    await mila.page.getByLabel('Eindjaar').selectOption('2029');
    await mila.page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await timeUntil('new timeline item → other member', () =>
      bar(tom.page, 'Gezamenlijke API-gateway', '2027–2029').waitFor(),
    );
    // Mila has the new item open: Tom sees that on the bar.
    await bar(tom.page, 'Gezamenlijke API-gateway', '2027–2029', `${MILA} bewerkt dit`).waitFor();
    await bar(vera.page, 'Gezamenlijke API-gateway', '2027–2029').waitFor();

    // Linking a standard: search the catalogue in the open item, link, save; GraphQL shows the link.
    await mila.page.getByLabel('Standaard zoeken om te koppelen').fill('Zaken API');
    await mila.page.getByRole('button', { name: 'Koppel Zaken API' }).click();
    await mila.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await mila.page.getByText('Wijzigingen opgeslagen.').waitFor();
    await eventually(async () =>
      expect(
        (await projectedItems()).find((item) => item.title === 'Gezamenlijke API-gateway')?.standards,
      ).toEqual([{ name: 'Zaken API' }]),
    );
    expect(await seriousAxeViolations(mila.page)).toEqual([]);
    await saveScreenshot(mila.page, 'roadmap-editor-member');
    await saveScreenshot(tom.page, 'roadmap-editor-second-member');
  });

  it('gives the viewer no edit controls, but lets them comment, live in the members’ open panels', async () => {
    const page = vera.page;
    expect(await page.getByRole('button', { name: 'Onderdeel toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Baan toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /hernoemen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Versie vastleggen' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: VISION }).getAttribute('aria-readonly')).toBe('true');
    expect(await page.locator('.koers-item__edge').count()).toBe(0);
    await page.getByText('Alleen lezen', { exact: true }).waitFor();

    await bar(page, 'Gezamenlijke API-gateway').click();
    await page.getByRole('heading', { level: 2, name: 'Gezamenlijke API-gateway' }).waitFor();
    // The standard Mila linked, as a link to its page.
    await page.getByRole('link', { name: 'Zaken API' }).waitFor();
    expect(await page.getByRole('button', { name: 'Onderdeel verwijderen' }).count()).toBe(0);
    // Mila still has the item she added open, with its comments.
    const milaComments = mila.page.getByRole('region', { name: 'Opmerkingen', exact: true });
    await mila.page.getByRole('heading', { level: 2, name: 'Gezamenlijke API-gateway' }).waitFor();
    await milaComments.waitFor();

    const question = 'Kan Amersfoort hier ook bij aansluiten?';
    await page.getByLabel('Nieuwe opmerking').fill(question);
    // Pushed: the client polls for nothing, so the comment arrives live or not at all.
    await timeUntil('new comment → other member’s open panel', async () => {
      await page.getByRole('button', { name: 'Opmerking plaatsen' }).click();
      await milaComments.getByText(question).waitFor();
    });
    // Her own panel shows it too (the form may still hold the text until her mutation answers).
    await page
      .getByRole('article', { name: /Opmerking van Vera Lezer/ })
      .getByText(question)
      .waitFor();
    // Announced politely to Mila, not to Vera who wrote it.
    await eventually(async () =>
      expect(await milaComments.locator('[aria-live="polite"]').textContent()).toBe(
        'Nieuwe opmerking van Vera Lezer, Rotterdam.',
      ),
    );
    expect(
      await page
        .getByRole('region', { name: 'Opmerkingen', exact: true })
        .locator('[aria-live="polite"]')
        .textContent(),
    ).toBe('');

    // Mila resolves the thread; Vera sees it resolved without a reload.
    await timeUntil('resolution → viewer’s open panel', async () => {
      await milaComments.getByRole('button', { name: 'Markeer als opgelost' }).click();
      await page.locator('.koers-comment--resolved', { hasText: question }).getByText('Opgelost').waitFor();
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'roadmap-editor-viewer');
  });

  it('adds, moves and resizes an item with the keyboard only', async () => {
    const page = tom.page;
    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Titel').focus();
    await page.keyboard.type('Sleutelbos');
    await page.keyboard.press('Tab'); // lane
    await page.keyboard.press('Tab'); // start year
    await page.keyboard.type('2029');
    await page.keyboard.press('Tab'); // end year
    await page.keyboard.type('2030');
    await page.getByLabel('Titel').focus();
    await page.keyboard.press('Enter');
    const added = bar(page, 'Sleutelbos', '2029–2030');
    await added.waitFor();

    await added.focus();
    await page.keyboard.press('ArrowRight'); // 2030–2031
    await page.keyboard.press('Shift+ArrowRight'); // 2030–2032
    await page.keyboard.press('Control+Shift+ArrowLeft'); // 2029–2032
    await page.keyboard.press('ArrowLeft'); // 2028–2031
    await bar(page, 'Sleutelbos', '2028–2031').waitFor();
    expect(await bar(page, 'Sleutelbos').evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    await saveScreenshot(page, 'roadmap-editor-keyboard');
    await timeUntil('keyboard move → other member', () =>
      bar(mila.page, 'Sleutelbos', '2028–2031').waitFor(),
    );
    // The server's projection follows the document, so GraphQL reads agree.
    await eventually(async () =>
      expect((await projectedItems()).find((item) => item.title === 'Sleutelbos')).toMatchObject({
        startYear: 2028,
        endYear: 2031,
      }),
    );

    // A lane, too: type its name and press Enter.
    await page.getByLabel('Nieuwe baan').focus();
    await page.keyboard.type('Dienstverlening');
    await page.keyboard.press('Enter');
    await mila.page.getByRole('heading', { level: 3, name: 'Dienstverlening' }).waitFor();
  });

  it('moves and resizes an item by dragging with the mouse, snapping to whole years', async () => {
    const page = mila.page;
    await dragBar(page, bar(page, 'Sleutelbos', '2028–2031'), 'move', 1);
    await bar(page, 'Sleutelbos', '2029–2032').waitFor();
    await timeUntil('mouse drag → other member', () => bar(tom.page, 'Sleutelbos', '2029–2032').waitFor());
    await dragBar(page, bar(page, 'Sleutelbos'), 'start', -1.2);
    await bar(page, 'Sleutelbos', '2028–2032').waitFor();
    await dragBar(page, bar(page, 'Sleutelbos'), 'end', -0.8);
    await bar(tom.page, 'Sleutelbos', '2028–2031').waitFor();
    await bar(vera.page, 'Sleutelbos', '2028–2031').waitFor();
  });

  it('keeps one member’s offline edits and merges them with the other’s on reconnect', async () => {
    await mila.context.setOffline(true);
    await mila.page.locator('.koers-collab-status[data-status="offline"]').waitFor();
    const offlinePhrase = ' Offline geschreven.';
    await mila.page.getByRole('textbox', { name: VISION }).click();
    await mila.page.keyboard.press('Control+End');
    await mila.page.keyboard.type(offlinePhrase);
    await bar(mila.page, 'Sleutelbos').focus();
    await mila.page.keyboard.press('ArrowRight'); // 2029–2032, offline
    await bar(mila.page, 'Sleutelbos', '2029–2032').waitFor();
    await saveScreenshot(mila.page, 'roadmap-editor-offline');

    // Meanwhile Tom, online, writes at the start of the vision.
    const onlinePhrase = 'Tegelijk online. ';
    await tom.page.getByRole('textbox', { name: VISION }).click();
    await tom.page.keyboard.press('Control+Home');
    await tom.page.keyboard.type(onlinePhrase);
    expect(await tom.page.getByRole('textbox', { name: VISION }).innerText()).not.toContain(
      offlinePhrase.trim(),
    );

    await mila.context.setOffline(false);
    await timeUntil('offline edits → other member after reconnect', async () => {
      await bar(tom.page, 'Sleutelbos', '2029–2032').waitFor();
      await tom.page
        .getByRole('textbox', { name: VISION })
        .filter({ hasText: offlinePhrase.trim() })
        .waitFor();
    });
    await mila.page.getByRole('textbox', { name: VISION }).filter({ hasText: onlinePhrase.trim() }).waitFor();
    await mila.page.locator('.koers-collab-status[data-status="connected"]').waitFor();
    await vera.page
      .getByRole('textbox', { name: VISION })
      .filter({ hasText: offlinePhrase.trim() })
      .waitFor();
    const [milaText, tomText, veraText] = await Promise.all(
      [mila, tom, vera].map((person) => visionText(person.page)),
    );
    expect(milaText).toContain(onlinePhrase.trim());
    expect(tomText).toBe(milaText);
    expect(veraText).toBe(milaText);
  });

  it('names a version, compares it with now on the timeline and restores it', async () => {
    const page = mila.page;
    await page.getByLabel('Naam van de versie').fill('Voor de verschuiving');
    await page.getByRole('button', { name: 'Versie vastleggen' }).click();
    await page.getByText('Versie ‘Voor de verschuiving’ vastgelegd.').waitFor();

    await bar(page, 'Sleutelbos').focus();
    await page.keyboard.press('ArrowLeft'); // 2028–2031
    await eventually(async () =>
      expect((await projectedItems()).find((item) => item.title === 'Sleutelbos')?.startYear).toBe(2028),
    );
    await page.getByRole('button', { name: 'Vergelijk met nu: ‘Voor de verschuiving’' }).click();
    await page.getByTestId('comparison').getByText('Sleutelbos: 2029–2032 → 2028–2031').waitFor();
    await bar(page, 'Sleutelbos', '2028–2031', 'verschoven, was 2029–2032').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'roadmap-editor-compare');

    await page.getByRole('button', { name: 'Terugzetten: ‘Voor de verschuiving’' }).click();
    await page.getByRole('button', { name: 'Ja, zet ‘Voor de verschuiving’ terug' }).click();
    await bar(tom.page, 'Sleutelbos', '2029–2032').waitFor();
    await bar(page, 'Sleutelbos', '2029–2032').waitFor();
    for (const person of [mila, tom, vera]) expect(person.problems).toEqual([]);
  });

  it('switches a member who leaves the taskforce to read-only at once, keeping what they typed', async () => {
    const admin = await login('admin@koers.example');
    const typed = ' Tot ziens.';
    const tomVision = tom.page.getByRole('textbox', { name: VISION });
    await tomVision.click();
    await tom.page.keyboard.press('Control+End');
    await tom.page.keyboard.type(typed);
    await mila.page.getByRole('textbox', { name: VISION }).filter({ hasText: typed.trim() }).waitFor();

    await graphqlData(
      server.url,
      RoadmapEditorRemoveMember,
      { taskforceId, userId: tomId },
      { token: admin },
    );
    await timeUntil('membership removed → editor read-only', () =>
      tom.page.getByRole('button', { name: 'Onderdeel toevoegen' }).waitFor({ state: 'detached' }),
    );
    await tom.page.locator('.koers-collab-status[data-status="readOnly"]').waitFor();
    expect(await tomVision.getAttribute('aria-readonly')).toBe('true');
    expect(await visionText(tom.page)).toContain(typed.trim());

    await graphqlData(server.url, RoadmapEditorAddMember, { taskforceId, userId: tomId }, { token: admin });
    await tom.page.getByRole('button', { name: 'Onderdeel toevoegen' }).waitFor();
    expect(await tomVision.getAttribute('aria-readonly')).toBe('false');

    // Back as an editor, Tom removes an item after confirming; it goes for everyone.
    await bar(tom.page, 'Gezamenlijke API-gateway').click();
    await tom.page.getByRole('button', { name: 'Onderdeel verwijderen' }).click();
    await tom.page.getByRole('button', { name: 'Ja, verwijder ‘Gezamenlijke API-gateway’' }).click();
    await bar(mila.page, 'Gezamenlijke API-gateway').waitFor({ state: 'detached' });
    expect(await tom.page.evaluate(() => document.activeElement?.id)).toBe('timeline-heading');
    for (const person of [mila, tom, vera]) expect(person.problems).toEqual([]);
  });
});
