import { once } from 'node:events';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, syncIndexes, type Models } from '../../../server/db/models';
import type { MailRecord } from '../../../server/db/models/Mail';
import { eventually } from '../../support/eventually';
import { buildEditor, buildMunicipality, buildStandard, buildUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startKoersProcess, type KoersProcess } from '../../support/koersProcess';
import { uniqueDatabaseUri } from '../../support/server';
import { TestMailbox } from '../../support/smtp';

const Publish = graphql(`
  mutation CrashPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        id
      }
    }
  }
`);

const mailbox = new TestMailbox();
const databaseUri = uniqueDatabaseUri();
let connection: Connection;
let models: Models;
const running: KoersProcess[] = [];

beforeAll(async () => {
  await mailbox.start();
  connection = await openDatabase(databaseUri, databaseNameFromUri(databaseUri, 'koers'));
  models = createModels(connection);
  await syncIndexes(models);
});
afterAll(async () => {
  // Whatever the test got to, no server process outlives it.
  await Promise.all(running.map((p) => p.stop('SIGTERM')));
  await connection.close();
  await mailbox.close();
});

describe('a server killed with SIGKILL while sending', () => {
  it('loses no message and sends none twice after a restart', async () => {
    await buildMunicipality(models);
    const admin = await buildUser(models, { roles: ['ADMIN'] });
    const editors = await Promise.all([1, 2, 3, 4].map(() => buildEditor(models)));
    const standard = await buildStandard(models, { name: 'Crash API' });
    await models.Subscription.create({
      municipalityId: 'GM0344',
      standardId: standard._id,
      since: new Date(),
    });
    // The SMTP server never answers the message to the first editor: the server is mid-send.
    mailbox.replyTo(editors[0]!.email, 'hold');
    const env = {
      MONGODB_URI: databaseUri,
      SMTP_URL: mailbox.url,
      PUBLIC_URL: 'https://koers.example',
      MAIL_TICK_SECONDS: '1',
      MAIL_LEASE_SECONDS: '2',
    };

    const first = await startKoersProcess(env);
    running.push(first);
    const held = once(mailbox, 'held');
    await graphqlData(
      first.url,
      Publish,
      { standardId: String(standard._id), number: '9.0', date: '2026-12-01', changes: '' },
      { token: admin.token },
    );
    // Queued before the mutation answered: one item per editor, in the database.
    expect(await models.MailItem.countDocuments({ key: /^version:/ })).toBe(editors.length);
    await held;
    expect(await first.stop('SIGKILL')).toBeNull();
    const before = await models.Mail.find().lean<MailRecord[]>().exec();
    expect(before.filter((m) => m.status === 'SENT').length).toBeLessThan(editors.length);

    const second = await startKoersProcess(env);
    running.push(second);
    const sent = await eventually(async () => {
      const mails = await models.Mail.find().lean<MailRecord[]>().exec();
      expect(mails.map((m) => m.status)).toEqual(editors.map(() => 'SENT'));
      return mails;
    });
    for (const editor of editors) expect(mailbox.to(editor.email)).toHaveLength(1);
    const ids = mailbox.accepted.map((m) => m.messageId);
    expect(ids.sort()).toEqual(sent.map((m) => m.messageId).sort());
    // The held message went out after the restart with the Message-ID it was queued with.
    const heldMail = sent.find((m) => m.to === editors[0]!.email)!;
    expect(mailbox.attempts.filter((m) => m.messageId === heldMail.messageId)).toHaveLength(2);
    expect(heldMail.attempts).toBe(2);
  });
});
