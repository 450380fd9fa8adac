import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../server/app';
import { seriousAxeViolations } from '../support/axe';
import { launchBrowser, openDutchPage } from '../support/browser';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  type SignedInUser,
} from '../support/factories';
import { graphql } from '../support/gql';
import { graphqlData } from '../support/graphqlClient';
import { parseCsv } from '../support/initiatives';
import { openRoadmapAs } from '../support/roadmapEditorPage';
import { saveScreenshot } from '../support/screenshot';
import { startTestServer } from '../support/server';

const AdminE2ELogin = graphql(`
  mutation AdminE2ELogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        name
        roles
      }
    }
  }
`);

const AdminE2EReviewTasks = graphql(`
  query AdminE2EReviewTasks {
    reviewTasks {
      version
      standard {
        slug
      }
      municipality {
        code
      }
    }
  }
`);

const AdminE2EAdoptions = graphql(`
  query AdminE2EAdoptions($standardId: ID!) {
    adoptions(standardId: $standardId) {
      nodes {
        status
        municipality {
          code
        }
        updatedBy {
          name
        }
        reportedFor {
          name
        }
      }
    }
  }
`);

const AdminE2ERoadmaps = graphql(`
  query AdminE2ERoadmaps {
    roadmaps(first: 100) {
      nodes {
        id
        title
        startYear
        endYear
        description
        lanes {
          title
        }
      }
    }
  }
`);

let server: KoersServer;
let browser: Browser;
let admin: SignedInUser;
const contexts: BrowserContext[] = [];

/** A page in a new Dutch context, signed in with `token` (or signed out), with its errors recorded. */
const openPage = (token: string | null) => openDutchPage(browser, contexts, token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  admin = await buildUser(server.runtime.models, { roles: ['ADMIN'], name: 'Anna Beheer' });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('administration in the browser', () => {
  it('an admin invites a person, who sets a password through the link and is signed in', async () => {
    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer`);
    await page.getByRole('link', { name: 'Mensen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill('nina@gemeente.example');
    await page.getByLabel('Naam', { exact: true }).fill('Nina Nieuw');
    await page.getByLabel('Manager').check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.getByRole('status').getByText('Nina Nieuw is uitgenodigd.').waitFor();
    const link = (await page.getByTestId('account-link').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${server.url}/wachtwoord-instellen#[\\w-]{40,}$`));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-people-invite');

    const invitee = await openPage(null);
    await invitee.page.goto(link);
    await invitee.page.getByText('Welkom bij Koers, Nina Nieuw.').waitFor();
    await invitee.page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill('kort');
    await invitee.page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invitee.page.getByText('Kies een wachtwoord van minstens 12 tekens.').waitFor();
    expect(await seriousAxeViolations(invitee.page)).toEqual([]);
    await saveScreenshot(invitee.page, 'admin-set-password-error');
    await invitee.page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill('een goed lang wachtwoord');
    await invitee.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een goed lang wachtwoord');
    await invitee.page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await invitee.page.getByRole('link', { name: /Nina Nieuw/ }).waitFor();
    expect(new URL(invitee.page.url()).pathname).toBe('/');

    const signedIn = await graphqlData(server.url, AdminE2ELogin, {
      email: 'nina@gemeente.example',
      password: 'een goed lang wachtwoord',
    });
    expect(signedIn.login.user).toEqual({ name: 'Nina Nieuw', roles: ['MANAGER'] });
    expect([...problems, ...invitee.problems]).toEqual([]);
  });

  it('an admin publishes a version; a subscribed municipality without a record sees a review task', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models, {
      _id: 'GM0355',
      cbsNumber: '0355',
      name: 'Zeist',
      officialName: 'Zeist',
    });
    const standard = await buildStandard(models, { slug: 'e2e-review-api', name: 'Review API' });
    await models.Subscription.create({
      municipalityId: 'GM0355',
      standardId: standard._id,
      since: new Date(),
    });
    const editor = await buildEditor(models, 'GM0355');

    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer/catalogus/e2e-review-api`);
    await page.getByRole('heading', { level: 1, name: 'Review API beheren' }).waitFor();
    await page.locator('#publish-number').fill('9.9');
    await page.locator('#publish-changes').fill('Nieuwe velden');
    await page.getByRole('button', { name: 'Versie publiceren' }).click();
    await page
      .getByRole('alert')
      .getByText(/Eén gemeente volgt deze standaard/)
      .waitFor();
    await page.getByRole('button', { name: 'Ja, publiceer versie 9.9' }).click();
    await page.getByText('Versie 9.9 is gepubliceerd; één gemeente is op de hoogte gebracht.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-publish-version');

    const municipal = await openPage(editor.token);
    await municipal.page.goto(`${server.url}/`);
    await municipal.page.getByRole('heading', { name: 'Te beoordelen: één nieuwe versie' }).waitFor();
    await municipal.page.getByText('Review API versie 9.9 voor Zeist', { exact: false }).waitFor();
    expect(await seriousAxeViolations(municipal.page)).toEqual([]);
    await saveScreenshot(municipal.page, 'admin-review-task-home');

    const tasks = await graphqlData(server.url, AdminE2EReviewTasks, {}, { token: editor.token });
    expect(tasks.reviewTasks).toEqual([
      expect.objectContaining({
        version: '9.9',
        standard: { slug: 'e2e-review-api' },
        municipality: { code: 'GM0355' },
      }),
    ]);
    await municipal.page.getByRole('button', { name: 'Status klopt nog voor Review API' }).click();
    await municipal.page.getByText('Bevestigd: de status van Zeist voor Review API klopt nog.').waitFor();
    expect(
      (await graphqlData(server.url, AdminE2EReviewTasks, {}, { token: editor.token })).reviewTasks,
    ).toEqual([]);
    expect([...problems, ...municipal.problems]).toEqual([]);
  });

  it('a taskforce member creates a roadmap and a second member sees it live', async () => {
    const { models } = server.runtime;
    const first = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Eva Eerste' });
    const second = await buildUser(models, { roles: ['TASKFORCE_MEMBER'], name: 'Tim Tweede' });
    await buildTaskforce(models, [first, second], 'Taskforce Live');

    const { page, problems } = await openPage(first.token);
    await page.goto(`${server.url}/roadmaps`);
    await page.getByRole('button', { name: 'Nieuwe roadmap' }).click();
    await page.getByLabel('Titel').fill('Roadmap Live 2027–2031');
    await page.getByLabel('Eerste jaar').fill('2027');
    await page.getByLabel('Laatste jaar').fill('2045');
    await page.getByRole('button', { name: 'Roadmap maken' }).click();
    await page.getByText('Een roadmap beslaat hooguit 15 jaar.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-new-roadmap-error');
    await page.getByLabel('Laatste jaar').fill('2031');
    await page.getByLabel('Beschrijving (optioneel)').fill('Vijf jaar samen');
    await page.getByRole('button', { name: 'Roadmap maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roadmap Live 2027–2031' }).waitFor();
    const roadmapUrl = page.url();

    const watcher = await openRoadmapAs(browser, roadmapUrl, second.token, 'Roadmap Live 2027–2031');
    contexts.push(watcher.context);
    await page.locator('.koers-collab-status[data-status="connected"]').waitFor();
    await page.getByLabel('Nieuwe baan').fill('Basisregistraties');
    await page.getByRole('button', { name: 'Baan toevoegen' }).click();
    await watcher.page.getByRole('heading', { level: 3, name: 'Basisregistraties' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(watcher.page, 'admin-new-roadmap-live');

    await expect
      .poll(
        async () =>
          (await graphqlData(server.url, AdminE2ERoadmaps, {}, { token: second.token })).roadmaps.nodes.find(
            (r) => r.title === 'Roadmap Live 2027–2031',
          ),
        { timeout: 10_000, interval: 100 },
      )
      .toMatchObject({
        startYear: 2027,
        endYear: 2031,
        description: 'Vijf jaar samen',
        lanes: [{ title: 'Basisregistraties' }],
      });
    expect([...problems, ...watcher.problems]).toEqual([]);
  });

  it('a cooperation editor reports for all members at once', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models, {
      _id: 'GM0505',
      cbsNumber: '0505',
      name: 'Dordrecht',
      officialName: 'Dordrecht',
    });
    await buildMunicipality(models, {
      _id: 'GM0590',
      cbsNumber: '0590',
      name: 'Papendrecht',
      officialName: 'Papendrecht',
    });
    const cooperation = await models.Cooperation.create({
      name: 'Drechtsteden',
      memberIds: ['GM0505', 'GM0590'],
    });
    const standard = await buildStandard(models, {
      slug: 'e2e-cooperation-api',
      name: 'AAA Samenwerking API',
    });
    const editor = await buildUser(models, {
      roles: ['MUNICIPALITY_EDITOR'],
      municipalityId: 'GM0505',
      cooperationId: cooperation._id,
      name: 'Dirk Drecht',
    });

    const { page, problems } = await openPage(editor.token);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Adoptie melden namens Drechtsteden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Drechtsteden' }).waitFor();
    await page.getByLabel('Standaard').selectOption({ label: 'AAA Samenwerking API' });
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: 'Voor alle leden' });
    await page.getByLabel('Status').selectOption({ label: 'Gepland' });
    await page.getByRole('button', { name: 'Melden' }).click();
    await page.getByRole('status').getByText('Gemeld voor 2 gemeenten.').waitFor();
    await page.getByText('Papendrecht: gemeld door Dirk Drecht namens Drechtsteden').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-cooperation-report');

    const adoptions = await graphqlData(
      server.url,
      AdminE2EAdoptions,
      { standardId: String(standard._id) },
      {
        token: admin.token,
      },
    );
    expect(
      adoptions.adoptions.nodes
        .map((a) => [a.municipality.code, a.status, a.updatedBy?.name, a.reportedFor?.name])
        .sort(),
    ).toEqual([
      ['GM0505', 'PLANNED', 'Dirk Drecht', 'Drechtsteden'],
      ['GM0590', 'PLANNED', 'Dirk Drecht', 'Drechtsteden'],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the audit log and the downloads in the browser', () => {
  it('an admin filters the audit log by a kind, loads more and downloads the filtered CSV', async () => {
    const { AuditEvent } = server.runtime.models;
    const olaf = await buildUser(server.runtime.models, { roles: ['ADMIN'], name: 'Olaf Oudewater' });
    // 30 changes of one kind, a minute apart, so the first page (25) leaves five for "Meer laden".
    await AuditEvent.create(
      Array.from({ length: 30 }, (_, i) => ({
        actorId: olaf._id,
        action: 'standard:update',
        subjectType: 'Standard',
        subjectId: `e2e-audit-${i + 1}`,
        before: null,
        after: { name: `Auditstandaard ${i + 1}` },
        at: new Date(Date.UTC(2026, 5, 1, 9, i)),
      })),
    );
    const total = await AuditEvent.countDocuments({ action: 'standard:update' });

    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer`);
    await page.getByRole('link', { name: 'Auditlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page.getByLabel('Soort wijziging').selectOption('standard:update');
    await page.getByRole('button', { name: 'Filteren' }).click();
    const table = page.getByTestId('audit-table');
    await table.getByRole('row', { name: /Auditstandaard 30/ }).waitFor();
    await page.getByRole('status').getByText(`25 van ${total} wijzigingen`).waitFor();
    expect(await table.getByRole('row', { name: /Olaf Oudewater/ }).count()).toBe(25);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-audit-log');

    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByRole('status').getByText(`${total} van ${total} wijzigingen`).waitFor();
    await table.getByRole('row', { name: /Auditstandaard 1 / }).waitFor();
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

    await page.getByLabel('Scheidingsteken').first().selectOption('semicolon');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Auditlog downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('auditlog.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'), ';');
    expect(header?.slice(0, 6)).toEqual(['at', 'action', 'subjectType', 'subjectId', 'actorId', 'actor']);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['standard:update']));
    expect(rows[0]?.slice(2, 6)).toEqual(['Standard', 'e2e-audit-30', olaf.id, 'Olaf Oudewater']);
    await page.getByText('auditlog.csv is gedownload.').waitFor();
    expect(problems).toEqual([]);
  });

  it('a signed-in person downloads a standard’s adoption CSV separated by semicolons', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models, {
      _id: 'GM1900',
      cbsNumber: '1900',
      name: 'Súdwest-Fryslân',
      officialName: 'Súdwest-Fryslân',
      provinceCode: 'PV21',
      province: 'Fryslân',
    });
    const standard = await buildStandard(models, { slug: 'e2e-export-api', name: 'Export API' });
    await models.Adoption.create({
      municipalityId: 'GM1900',
      standardId: standard._id,
      status: 'PLANNED',
      note: 'Planning: eerst de leverancier; daarna de pilot',
    });

    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/standaarden/e2e-export-api`);
    await page.getByRole('heading', { level: 1, name: 'Export API' }).waitFor();
    await page.getByLabel('Scheidingsteken').selectOption('semicolon');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Adoptie downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('adoption-e2e-export-api.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'municipalityCode;municipality;province;standard;status;targetDate;adoptedVersion;note;bron;updatedAt',
    );
    const row = parseCsv(text, ';').find((cells) => cells[0] === 'GM1900');
    expect(row?.slice(0, 5)).toEqual(['GM1900', 'Súdwest-Fryslân', 'Fryslân', 'e2e-export-api', 'PLANNED']);
    expect(row?.[7]).toBe('Planning: eerst de leverancier; daarna de pilot');
    expect(text).toContain('"Planning: eerst de leverancier; daarna de pilot"');
    expect(problems).toEqual([]);
  });
});

describe('the other downloads in the browser', () => {
  it('a manager downloads the quick wins from the board; an admin the full backup under /beheer', async () => {
    const manager = await buildUser(server.runtime.models, { roles: ['MANAGER'], name: 'Mira Manager' });
    const board = await openPage(manager.token);
    await board.page.goto(`${server.url}/quick-wins`);
    await board.page.getByRole('heading', { level: 1, name: 'Quick wins' }).waitFor();
    await board.page.getByLabel('Scheidingsteken').selectOption('semicolon');
    const [quickWins] = await Promise.all([
      board.page.waitForEvent('download'),
      board.page.getByRole('button', { name: 'Quick wins downloaden (CSV)' }).click(),
    ]);
    expect(quickWins.suggestedFilename()).toBe('initiatives.csv');
    const csv = readFileSync(await quickWins.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(
      /^id;title;status;stopReason;deadline;/,
    );
    // The backup holds password hashes: managers are not offered it.
    await board.page.goto(`${server.url}/beheer/back-up`);
    await board.page.getByText('U heeft geen toegang tot deze gegevens of deze actie.').waitFor();

    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer`);
    await page.getByRole('link', { name: 'Volledige back-up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volledige back-up' }).waitFor();
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Volledige back-up downloaden (JSON)' }).click(),
    ]);
    // The server's name, dated, from Content-Disposition: the browser saves what the server named.
    expect(backup.suggestedFilename()).toMatch(/^koers-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await backup.path(), 'utf8')) as {
      format: string;
      collections: Record<string, unknown[]>;
    };
    expect(data.format).toBe('koers-backup');
    expect(data.collections.users?.length).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect([...problems, ...board.problems]).toEqual([]);
  });
});

describe('the admin lists in the browser', () => {
  it('an admin pages through cooperations, adds and removes a member after confirming', async () => {
    const { models } = server.runtime;
    await buildMunicipality(models, {
      _id: 'GM0599',
      cbsNumber: '0599',
      name: 'Rotterdam',
      officialName: 'Rotterdam',
    });
    // Names that sort after every cooperation the other tests make, so the last page is known.
    await models.Cooperation.create(
      Array.from({ length: 26 }, (_, i) => ({
        name: `Zz Verband ${String(i + 1).padStart(2, '0')}`,
        memberIds: [],
      })),
    );
    const total = await models.Cooperation.countDocuments();

    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer/samenwerkingsverbanden`);
    await page.getByRole('heading', { level: 1, name: 'Samenwerkingsverbanden' }).waitFor();
    await page.getByRole('status').getByText(`25 van ${total}`, { exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /Zz Verband 26/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByRole('status').getByText(`${total} van ${total}`, { exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Zz Verband 26/ })
      .getByRole('button')
      .click();
    await page.getByRole('heading', { level: 2, name: 'Zz Verband 26' }).waitFor();

    await page.getByLabel('Gemeente toevoegen').fill('Rotter');
    await page.getByRole('button', { name: 'Rotterdam', exact: true }).click();
    await page.getByRole('status').getByText('Rotterdam is lid geworden.').waitFor();
    await page.getByRole('button', { name: 'Rotterdam verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, haal Rotterdam uit Zz Verband 26' }).click();
    await page.getByRole('status').getByText('Rotterdam is geen lid meer.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-cooperations-pages');

    const saved = await models.Cooperation.findOne({ name: 'Zz Verband 26' }).lean();
    expect(saved?.memberIds).toEqual([]);
    expect(await models.AuditEvent.countDocuments({ subjectId: String(saved?._id) })).toBe(2);
    expect(problems).toEqual([]);
  });
  it('an admin creates a taskforce, adds a person and removes them after confirming', async () => {
    const { models } = server.runtime;
    const joost = await buildUser(models, { name: 'Joost Jansen' });
    const { page, problems } = await openPage(admin.token);
    await page.goto(`${server.url}/beheer/taskforces`);
    await page.getByRole('heading', { level: 1, name: 'Taskforces' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Taskforce Archivering');
    await page.getByRole('button', { name: 'Taskforce maken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Taskforce Archivering' }).waitFor();
    const total = await models.Taskforce.countDocuments();
    await page.getByRole('status').getByText(`${total} van ${total}`, { exact: true }).waitFor();

    await page.getByLabel('Lid toevoegen: zoek op naam of e-mailadres').fill('Joost');
    await page.getByRole('button', { name: `Joost Jansen (${joost.email}) toevoegen` }).click();
    await page.getByRole('status').getByText('Joost Jansen is lid geworden.').waitFor();
    await page.getByRole('button', { name: 'Joost Jansen verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, haal Joost Jansen uit Taskforce Archivering' }).click();
    await page.getByRole('status').getByText('Joost Jansen is geen lid meer.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const taskforce = await models.Taskforce.findOne({ name: 'Taskforce Archivering' }).lean();
    expect(taskforce?.memberIds ?? []).toEqual([]);
    expect(await models.AuditEvent.countDocuments({ subjectId: String(taskforce?._id) })).toBe(3);
    expect(problems).toEqual([]);
  });
});
