import { Writable } from 'node:stream';
import type { ParsedMail } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import type { MailRecord } from '../../../server/db/models/Mail';
import type { StandardRecord } from '../../../server/db/models/Standard';
import type { UserRecord } from '../../../server/db/models/User';
import { MailService } from '../../../server/domain/mail/scheduler';
import { formatDate } from '../../../server/domain/mail/templates';
import { eventually } from '../../support/eventually';
import { buildRoadmap } from '../../support/collab';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';
import { TestMailbox } from '../../support/smtp';

const Publish = graphql(`
  mutation MailPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        id
      }
    }
  }
`);

const ChangeLifecycle = graphql(`
  mutation MailChangeLifecycle($input: ChangeStandardLifecycleInput!) {
    changeStandardLifecycle(input: $input) {
      standard {
        lifecycle
      }
    }
  }
`);

const MySettings = graphql(`
  query MailMySettings {
    myMailSettings {
      language
      preferences {
        kind
        frequency
      }
    }
  }
`);

const UpdateSettings = graphql(`
  mutation MailUpdateSettings($input: MailSettingsInput!) {
    updateMyMailSettings(input: $input) {
      language
    }
  }
`);

const Outbox = graphql(`
  query MailOutbox($first: Int) {
    outbox(first: $first) {
      totalCount
      nodes {
        to
        subject
        status
      }
    }
  }
`);

const PUBLIC_URL = 'https://koers.example';
const OTHERS = { GM0307: 'Amersfoort', GM0355: 'Zeist', GM0599: 'Rotterdam', GM0363: 'Amsterdam' };
let clock = new Date('2026-12-02T09:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const DAY = 24 * 60 * 60 * 1000;

let server: KoersServer;
const mailbox = new TestMailbox();
let admin: SignedInUser;
const logLines: Array<{ level: number; msg: string; reason?: string; messageId?: string }> = [];

beforeAll(async () => {
  await mailbox.start();
  server = await startTestServer(
    {
      SMTP_URL: mailbox.url,
      PUBLIC_URL,
      MAIL_TICK_SECONDS: '0',
      MAIL_FROM: 'Koers <koers@koers.example>',
    },
    { now: () => clock },
  );
  // The sender logs through runtime.logger at each send: capture what it says.
  server.runtime.logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          logLines.push(JSON.parse(line) as (typeof logLines)[number]);
        done();
      },
    }),
  );
  await buildMunicipality(server.runtime.models);
  // Each test of delivery has a municipality (and so subscribers) of its own.
  for (const [code, name] of Object.entries(OTHERS))
    await buildMunicipality(server.runtime.models, {
      _id: code,
      cbsNumber: code.slice(2),
      name,
      officialName: name,
    });
  admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
});
afterAll(async () => {
  await server.close();
  await mailbox.close();
});

/** A standard followed by one municipality (Utrecht unless given), under a unique name. */
async function followedStandard(overrides: Partial<StandardRecord> = {}, municipalityId = 'GM0344') {
  const standard = await buildStandard(server.runtime.models, overrides);
  await server.runtime.models.Subscription.create({
    municipalityId,
    standardId: standard._id,
    since: clock,
  });
  return standard;
}

const publish = (standard: StandardRecord, number: string) =>
  graphqlData(
    server.url,
    Publish,
    { standardId: String(standard._id), number, date: '2026-12-01', changes: 'Nieuwe velden' },
    { token: admin.token },
  );

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name)
    ?.line.slice(name.length + 1)
    .trim();

const mailsTo = (user: SignedInUser) =>
  server.runtime.models.Mail.find({ to: user.email }).sort({ createdAt: 1 }).lean<MailRecord[]>().exec();

/** Waits until the run that is going (or a new one) finished. */
const settle = () => server.runtime.mail.runOnce();

describe('a new version of a followed standard', () => {
  let editor: SignedInUser;
  let english: SignedInUser;
  let standard: StandardRecord;

  beforeAll(async () => {
    editor = await buildEditor(server.runtime.models);
    english = await buildEditor(server.runtime.models);
    await graphqlData(server.url, UpdateSettings, { input: { language: 'en' } }, { token: english.token });
    standard = await followedStandard({ name: 'Zaken API' });
    await publish(standard, '1.1');
    await eventually(() => expect(mailbox.to(editor.email)).toHaveLength(1));
    await eventually(() => expect(mailbox.to(english.email)).toHaveLength(1));
  });

  it('puts a Dutch e-mail in the editor’s mailbox over SMTP: text and accessible HTML, with the link', async () => {
    const [mail] = mailbox.to(editor.email);
    expect(mail?.subject).toBe('Zaken API: nieuwe versie 1.1');
    expect(header(mail!, 'content-language')).toBe('nl');
    expect(mail?.from?.text).toContain('koers@koers.example');
    const link = `${PUBLIC_URL}/standaarden/${standard.slug}`;
    expect(mail?.text).toContain(
      'Zaken API, die uw gemeente volgt, heeft een nieuwe versie: 1.1 van 1 december 2026.',
    );
    expect(mail?.text).toContain('beoordelingstaak');
    expect(mail?.text).toContain(`Bekijk de standaard in Koers: ${link}`);
    const html = String(mail?.html);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Zaken API: nieuwe versie 1.1</h1>');
    expect(html).toContain(`<a href="${link}">Bekijk de standaard in Koers</a>`);
    expect(html).not.toContain('<table');
    // The Message-ID is the one fixed in the queue, so a copy can be recognised.
    const [stored] = await mailsTo(editor);
    expect(mail?.messageId).toBe(stored?.messageId);
    expect(stored?.status).toBe('SENT');
  });

  it('carries the one-click unsubscribe headers of RFC 8058 with an https URL', () => {
    const [mail] = mailbox.to(editor.email);
    expect(header(mail!, 'list-unsubscribe')).toMatch(
      new RegExp(`^<${PUBLIC_URL}/mail/afmelden\\?t=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>$`),
    );
    expect(header(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('writes in English to someone who chose English', () => {
    const [mail] = mailbox.to(english.email);
    expect(mail?.subject).toBe('Zaken API: new version 1.1');
    expect(header(mail!, 'content-language')).toBe('en');
    expect(String(mail?.html)).toContain('<html lang="en">');
    expect(mail?.text).toContain(
      'which your municipality follows, has a new version: 1.1 of 1 December 2026.',
    );
  });

  it('unsubscribes with one POST and no session, from that one kind only; GET only asks', async () => {
    const [mail] = mailbox.to(editor.email);
    const url = header(mail!, 'list-unsubscribe')!.slice(1, -1).replace(PUBLIC_URL, server.url);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    const user = () => server.runtime.models.User.findById(editor.id).lean<UserRecord>().exec();
    expect((await user())?.mailPreferences ?? {}).toEqual({});

    const tampered = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await fetch(tampered, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(400);
    expect((await user())?.mailPreferences ?? {}).toEqual({});

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect((await user())?.mailPreferences).toEqual({ NEW_VERSION: 'OFF' });
    const settings = await graphqlData(server.url, MySettings, {}, { token: editor.token });
    expect(settings.myMailSettings.preferences).toEqual([
      { kind: 'NEW_VERSION', frequency: 'OFF' },
      { kind: 'LIFECYCLE', frequency: 'DAILY' },
      { kind: 'DEADLINE', frequency: 'DAILY' },
      { kind: 'QUICK_WIN', frequency: 'DAILY' },
      { kind: 'COMMENT', frequency: 'DAILY' },
    ]);

    await publish(standard, '1.2');
    await eventually(() => expect(mailbox.to(english.email)).toHaveLength(2));
    await settle();
    expect(mailbox.to(editor.email)).toHaveLength(1);
  });

  it('lists what was sent in the outbox, for admins only', async () => {
    const data = await graphqlData(server.url, Outbox, { first: 100 }, { token: admin.token });
    expect(data.outbox.nodes).toContainEqual({
      to: editor.email,
      subject: 'Zaken API: nieuwe versie 1.1',
      status: 'SENT',
    });
    const refused = await graphqlRequest(server.url, Outbox, { first: 5 }, { token: editor.token });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('delivery', () => {
  it('retries a temporary refusal (451) with growing delays, then sends once', async () => {
    const editor = await buildEditor(server.runtime.models, 'GM0307');
    const standard = await followedStandard({}, 'GM0307');
    mailbox.replyTo(editor.email, 451, 451);
    await publish(standard, '2.0');
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const mail = await eventually(async () => {
        await settle();
        const [found] = await mailsTo(editor);
        expect(found?.status).toBe('QUEUED');
        expect(found?.attempts).toBe(attempt);
        return found!;
      });
      delays.push(mail.nextAttemptAt.getTime() - clock.getTime());
      // Not due yet: a run now sends nothing.
      await settle();
      expect((await mailsTo(editor))[0]?.attempts).toBe(attempt);
      advance(mail.nextAttemptAt.getTime() - clock.getTime());
    }
    await settle();
    expect(delays).toEqual([60_000, 120_000]);
    const [sent] = await mailsTo(editor);
    expect(sent?.status).toBe('SENT');
    expect(mailbox.to(editor.email)).toHaveLength(1);
    expect(mailbox.attempts.filter((m) => m.messageId === sent?.messageId)).toHaveLength(3);
    const warnings = logLines.filter((l) => l.messageId === sent?.messageId && l.level === 40);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]?.reason).toContain('451');
  });

  it('stops on a permanent refusal (550): failed, logged, never tried again', async () => {
    const editor = await buildEditor(server.runtime.models, 'GM0599');
    const standard = await followedStandard({}, 'GM0599');
    mailbox.replyTo(editor.email, 550);
    await publish(standard, '3.0');
    const failed = await eventually(async () => {
      await settle();
      const [found] = await mailsTo(editor);
      expect(found?.status).toBe('FAILED');
      return found!;
    });
    expect(failed.lastError).toContain('550');
    expect(logLines).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'e-mail failed; not retrying', messageId: failed.messageId }),
    );
    advance(DAY);
    await settle();
    expect((await mailsTo(editor))[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(mailbox.attempts.filter((m) => m.messageId === failed.messageId)).toHaveLength(1);
  });

  it('builds one daily digest per person even when two schedulers race for it', async () => {
    const reader = await buildUser(server.runtime.models, { municipalityId: 'GM0355' });
    const standard = await followedStandard({ name: 'Digest API', lifecycle: 'DRAFT' }, 'GM0355');
    for (const lifecycle of ['CANDIDATE', 'ESTABLISHED'] as const) {
      await graphqlData(
        server.url,
        ChangeLifecycle,
        { input: { standardId: String(standard._id), lifecycle } },
        { token: admin.token },
      );
    }
    await settle();
    expect(await mailsTo(reader)).toHaveLength(0);
    const day = clock.toISOString().slice(0, 10);
    advance(DAY);
    const first = new MailService(server.runtime, server.runtime.models);
    const second = new MailService(server.runtime, server.runtime.models);
    await Promise.all([first.runOnce(), second.runOnce(), settle()]);
    await Promise.all([first.close(), second.close()]);

    const digests = await mailsTo(reader);
    expect(digests.map((m) => m.key)).toEqual([`digest:${reader.id}:D${day}`]);
    expect(digests[0]?.itemIds).toHaveLength(2);
    const received = mailbox.to(reader.email);
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe(`Koers dagoverzicht van ${formatDate(day, 'nl')}: 2 berichten`);
    expect(String(received[0]?.html).match(/<h2>/g)).toHaveLength(2);
    expect(received[0]?.text).toContain('Digest API is nu kandidaat');
    expect(received[0]?.text).toContain('Digest API is nu vastgesteld');
    // Nobody got any message twice, whoever of the three schedulers sent it.
    const ids = mailbox.accepted.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reminds of an obligation’s deadline 30 and 7 days ahead and when it passed, once each', async () => {
    const editor = await buildEditor(server.runtime.models, 'GM0363');
    const { models } = server.runtime;
    const programme = await models.Programme.create({
      slug: 'mail-test',
      name: 'Testprogramma',
      owner: 'Test',
    });
    const deadline = new Date(clock.getTime() + 30 * DAY).toISOString().slice(0, 10);
    await models.Obligation.create({
      programmeId: programme._id,
      key: 'mail-test-obligation',
      subject: 'Testverplichting',
      bindingLevel: 'VERPLICHT',
      deadline,
      scope: 'LIST',
      municipalityIds: ['GM0363'],
    });
    const reminders = () =>
      models.MailItem.find({ userId: editor._id, kind: 'DEADLINE' }).sort({ createdAt: 1 }).lean().exec();
    const other = new MailService(server.runtime, models);
    advance(1000);
    await Promise.all([settle(), other.runOnce()]);
    expect((await reminders()).map((r) => r.params.when)).toEqual(['D30']);
    advance(23 * DAY);
    await Promise.all([settle(), other.runOnce()]);
    advance(8 * DAY);
    await Promise.all([settle(), other.runOnce()]);
    await other.close();
    const all = await reminders();
    expect(all.map((r) => [r.params.when, r.params.days])).toEqual([
      ['D30', '30'],
      ['D7', '7'],
      ['PASSED', '-1'],
    ]);
    expect(all[0]?.params.path).toBe('/programmas/mail-test');
  });
});

const AddComment = graphql(`
  mutation MailAddComment($input: AddRoadmapCommentInput!) {
    addRoadmapComment(input: $input) {
      id
    }
  }
`);

const UpdateStatus = graphql(`
  mutation MailUpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {
    updateInitiativeStatus(input: $input) {
      initiative {
        status
      }
    }
  }
`);

describe('weekly digests', () => {
  it('sends a weekly digest once the ISO week ended, not before', async () => {
    const weekly = await buildUser(server.runtime.models, { municipalityId: 'GM0363' });
    await graphqlData(
      server.url,
      UpdateSettings,
      {
        input: {
          preferences: [
            { kind: 'LIFECYCLE', frequency: 'WEEKLY' },
            // Amsterdam's obligation from the test above would add daily reminders.
            { kind: 'DEADLINE', frequency: 'OFF' },
          ],
        },
      },
      { token: weekly.token },
    );
    const standard = await followedStandard({ name: 'Week API', lifecycle: 'DRAFT' }, 'GM0363');
    await graphqlData(
      server.url,
      ChangeLifecycle,
      { input: { standardId: String(standard._id), lifecycle: 'CANDIDATE' } },
      { token: admin.token },
    );
    const daysToMonday = (8 - clock.getUTCDay()) % 7 || 7;
    advance((daysToMonday - 1) * DAY);
    await settle();
    expect(await mailsTo(weekly)).toHaveLength(0);
    advance(DAY);
    await settle();
    const [digest] = await mailsTo(weekly);
    expect(digest?.key).toMatch(new RegExp(`^digest:${weekly.id}:W\\d{4}-W\\d{2}$`));
    await eventually(() => expect(mailbox.to(weekly.email)).toHaveLength(1));
    expect(mailbox.to(weekly.email)[0]?.subject).toMatch(
      /^Koers weekoverzicht van week \d{1,2} van \d{4}: 1 bericht$/,
    );
  });
});

describe('what else is e-mailed', () => {
  it('tells the author of a comment about a reply by someone else, not about their own', async () => {
    const { models } = server.runtime;
    const author = await buildUser(models, { name: 'Anouk Auteur' });
    const replier = await buildUser(models, { name: 'Ruben Reageerder' });
    await graphqlData(
      server.url,
      UpdateSettings,
      { input: { preferences: [{ kind: 'COMMENT', frequency: 'IMMEDIATELY' }] } },
      { token: author.token },
    );
    const taskforce = await buildTaskforce(models, []);
    const roadmapId = (await buildRoadmap(models, taskforce._id)).id;
    const comment = (input: { body: string; parentId?: string }, token: string) =>
      graphqlData(server.url, AddComment, { input: { roadmapId, itemId: 'i1', ...input } }, { token }).then(
        (data) => data.addRoadmapComment.id,
      );
    const parentId = await comment({ body: 'Wanneer start dit?' }, author.token);
    await comment({ body: 'Zelf aangevuld.', parentId }, author.token);
    await comment({ body: 'In het tweede kwartaal.', parentId }, replier.token);

    const [mail] = await eventually(() => {
      const received = mailbox.to(author.email);
      expect(received).toHaveLength(1);
      return received;
    });
    expect(mail?.subject).toBe('Ruben Reageerder reageerde op uw opmerking');
    expect(mail?.text).toContain('“In het tweede kwartaal.”');
    expect(mail?.text).toContain(`${PUBLIC_URL}/roadmaps/${roadmapId}`);
    expect(await models.MailItem.countDocuments({ userId: author._id, kind: 'COMMENT' })).toBe(1);
  });

  it('tells the people of a participating municipality that a quick win changed status', async () => {
    const { models } = server.runtime;
    const participant = await buildEditor(models, 'GM0344');
    const outsider = await buildEditor(models, 'GM0599');
    const quickWin = await models.Initiative.create({
      title: 'Digitaal parkeren',
      deadline: '2027-06-30',
      participants: [{ municipalityId: 'GM0344', status: 'NOT_STARTED', updatedAt: clock }],
    });
    await graphqlData(
      server.url,
      UpdateStatus,
      { input: { id: String(quickWin._id), status: 'PLANNED' } },
      { token: admin.token },
    );
    const items = await models.MailItem.find({ kind: 'QUICK_WIN' }).lean().exec();
    expect(items.map((i) => String(i.userId))).toContain(participant.id);
    expect(items.map((i) => String(i.userId))).not.toContain(outsider.id);
    expect(items.map((i) => String(i.userId))).not.toContain(admin.id);
    const mine = items.find((i) => String(i.userId) === participant.id);
    expect(mine).toMatchObject({
      frequency: 'DAILY',
      template: 'quickWinStatus',
      params: { title: 'Digitaal parkeren', status: 'PLANNED', path: `/quick-wins/${String(quickWin._id)}` },
    });
  });
});
