import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, addLane, addMilestone } from '../../common/roadmapDocument';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { buildRoadmap } from '../support/collab';
import { eventually } from '../support/eventually';
import { buildMunicipality, buildTaskforce, buildUser } from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { openRoadmapAs, VISION, type Person } from '../support/roadmapEditorPage';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';
import { seedDatabase } from '../../seeds/seed';
import { DEMO_PUBLICATION } from '../../seeds/publications';

const PublicE2EComment = graphql(`
  mutation PublicE2EComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);

const TITLE = 'Digitale agenda Utrecht 2026–2035';
const SLUG = 'digitale-agenda-utrecht-2026-2035';
const MEMBER = 'Mila Openbaar';
const PublicE2EPublish = graphql(`
  mutation PublicE2EPublish($input: PublishInput!) {
    publish(input: $input) {
      slug
    }
  }
`);

const OWNER = 'Otto Eigenaar';
const COMMENT = 'Intern: het budget is nog niet rond';
const VISION_WORD = 'zeeluchtstroomlijning';

let server: KoersServer;
let browser: Browser;
let roadmapId: string;
let memberToken: string;
let member: Person;

/** A visitor's page: a fresh context without a token, Dutch, desktop-sized. */
async function visitorPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
  return context.newPage();
}

/** The page's PDF as Chromium prints it with its own @page rule: paper size in points and page count. */
async function printedPages(page: Page) {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  return {
    width: Math.round(Number(box?.[1])),
    height: Math.round(Number(box?.[2])),
    pages: (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length,
  };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { models } = server.runtime;
  const user = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: MEMBER });
  memberToken = user.token;
  const taskforce = await buildTaskforce(models, [user], 'Taskforce Dienstverlening');
  const roadmap = await buildRoadmap(models, taskforce._id, { title: TITLE, startYear: 2026, endYear: 2035 });
  roadmapId = roadmap.id;
  await server.runtime.documents.with(roadmap.name, async (live) => {
    live.doc.transact(() => {
      addLane(live.doc, { id: 'zaken', title: 'Zaakgericht werken' });
      addItem(live.doc, {
        id: 'zgw',
        title: 'ZGW API’s in alle zaaksystemen',
        startYear: 2026,
        endYear: 2028,
        laneId: 'zaken',
        status: 'IN_PROGRESS',
        standardIds: [],
        owner: OWNER,
      });
      addMilestone(live.doc, { id: 'half', title: 'Helft van de gemeenten live', date: '2029-06-30' });
    });
    await live.project();
  });
  await graphqlData(
    server.url,
    PublicE2EComment,
    { input: { roadmapId, itemId: 'zgw', body: COMMENT } },
    { token: memberToken },
  );
  member = await openRoadmapAs(browser, `${server.url}/roadmaps/${roadmapId}`, memberToken, TITLE);
});

afterAll(async () => {
  await member?.context.close();
  await browser?.close();
  await server?.close();
});

describe('a roadmap for the public', () => {
  it('is found by a word typed in its vision', async () => {
    const vision = member.page.getByRole('textbox', { name: VISION });
    await vision.click();
    await member.page.keyboard.type(`Samen naar ${VISION_WORD} in 2035.`);
    // Search follows the projection of the vision (debounced): ask again until it is there.
    const hit = member.page.getByRole('link', { name: TITLE });
    await eventually(async () => {
      await member.page.goto(`${server.url}/zoeken?q=${VISION_WORD}`);
      await member.page
        .getByText(/gevonden/)
        .first()
        .waitFor();
      expect(await hit.count()).toBe(1);
    }, 200);
    expect(await hit.getAttribute('href')).toBe(`/roadmaps/${roadmapId}`);
  });

  it('is published by a member; a visitor reads it without names or comments, indexable and axe clean', async () => {
    await member.page.goto(`${server.url}/roadmaps/${roadmapId}`);
    await member.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await member.page.getByRole('button', { name: 'Openbaar maken', exact: true }).click();
    await member.page.getByText('Openbaar, volgt het actuele plan.').waitFor();

    const page = await visitorPage();
    const response = await page.goto(`${server.url}/openbaar/roadmaps/${SLUG}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('img', { name: /Tijdlijn van/ }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('ZGW API’s in alle zaaksystemen');
    expect(text).toContain(VISION_WORD);
    expect(text).not.toContain(MEMBER);
    expect(text).not.toContain(OWNER);
    expect(text).not.toContain(COMMENT);
    expect(await page.title()).toContain(TITLE);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(TITLE);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-roadmap-screen');

    // The timeline downloads as an image for slides.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tijdlijn downloaden (SVG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`roadmap-${SLUG}.svg`);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('ZGW API’s in alle zaaksystemen');

    // Printing: the print stylesheet hides the site's chrome and the buttons, on landscape paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.koers-public-export').isVisible()).toBe(false);
    expect(await page.locator('header.koers-header').isVisible()).toBe(false);
    expect(await page.getByRole('img', { name: /Tijdlijn van/ }).isVisible()).toBe(true);
    await saveScreenshot(page, 'public-roadmap-print');
    // A4 landscape is 842 × 595 points.
    expect(await printedPages(page)).toEqual({ width: 842, height: 595, pages: 1 });
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${server.url}/openbaar`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers 404 at once after unpublishing', async () => {
    await member.page.getByRole('button', { name: 'Niet meer openbaar maken' }).click();
    await member.page.getByRole('button', { name: 'Ja, niet meer openbaar' }).click();
    await member.page.getByText('Niet openbaar.', { exact: true }).waitFor();

    const page = await visitorPage();
    const response = await page.goto(`${server.url}/openbaar/roadmaps/${SLUG}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('ZGW API’s');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
    expect(member.problems).toEqual([]);
  });

  it('the seeded demo roadmap is published, labelled demo, and prints on one page', async () => {
    await seedDatabase(server.runtime.models);
    const page = await visitorPage();
    await page.goto(`${server.url}/openbaar`);
    const entry = page.getByRole('listitem').filter({ hasText: DEMO_PUBLICATION.title });
    expect(await entry.innerText()).toContain('Demo');
    await entry.getByRole('link', { name: DEMO_PUBLICATION.title }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_PUBLICATION.title }).waitFor();
    expect(await page.locator('.koers-public__demo').innerText()).toContain('demo');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-demo-roadmap');
    await page.emulateMedia({ media: 'print' });
    expect(await printedPages(page)).toEqual({ width: 842, height: 595, pages: 1 });
    await page.context().close();
  });
});

describe('a quick win for the public', () => {
  it('shows its rollout per municipality as a table, without people, axe clean', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models);
    const owner = await models.User.findOne({ name: MEMBER }).lean();
    const taskforce = await models.Taskforce.findOne({ name: 'Taskforce Dienstverlening' }).lean();
    const initiative = await models.Initiative.create({
      title: 'Digitale aangifte overlijden',
      deadline: '2027-01-01',
      ownerTaskforceId: taskforce!._id,
      ownerUserId: owner!._id,
      participants: [
        { municipalityId: 'GM0344', status: 'LIVE', liveOn: '2026-03-01', updatedAt: new Date() },
      ],
    });
    const { publish } = await graphqlData(
      server.url,
      PublicE2EPublish,
      { input: { kind: 'QUICK_WIN', subjectId: String(initiative._id) } },
      { token: memberToken },
    );
    const page = await visitorPage();
    try {
      await page.goto(`${server.url}/openbaar/quick-wins/${publish.slug}`);
      const participants = page.getByRole('table', { name: 'Deelnemende gemeenten' });
      await participants.waitFor();
      expect(await participants.getByRole('rowheader').allTextContents()).toEqual(['Utrecht']);
      expect(await page.locator('body').textContent()).not.toContain(MEMBER);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
