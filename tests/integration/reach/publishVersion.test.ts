import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { eventually } from '../../support/eventually';
import { buildEditor, buildMunicipality, buildStandard, buildUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';
import { TestMailbox } from '../../support/smtp';
import { startWebhookReceiver } from '../../support/webhookReceiver';

const ReachFollow = graphql(`
  mutation ReachFollow($municipalityId: ID!, $standardId: ID!) {
    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {
      since
    }
  }
`);

const ReachRegisterWebhook = graphql(`
  mutation ReachRegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
    }
  }
`);

const ReachPublish = graphql(`
  mutation ReachPublish($standardId: ID!) {
    publishStandardVersion(
      standardId: $standardId
      number: "2.0"
      date: "2026-12-01"
      changes: "Nieuwe velden"
    ) {
      standard {
        id
      }
    }
  }
`);

let server: KoersServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const mailbox = new TestMailbox();

beforeAll(async () => {
  await mailbox.start();
  [server, receiver] = await Promise.all([
    startTestServer({
      SMTP_URL: mailbox.url,
      PUBLIC_URL: 'https://koers.example',
      MAIL_TICK_SECONDS: '0',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_ALLOW_HTTP: 'true',
    }),
    startWebhookReceiver(),
  ]);
  await buildMunicipality(server.runtime.models);
});

afterAll(async () => {
  await Promise.all([server?.close(), receiver?.close(), mailbox.close()]);
});

describe('publishing a version of a followed standard', () => {
  it('reaches the editor’s mailbox in Dutch, both Atom feeds and the signed webhook, once each', async () => {
    const admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
    const editor = await buildEditor(server.runtime.models);
    const standard = await buildStandard(server.runtime.models, {
      name: 'Zaken API',
      slug: 'zaken-api-bereik',
    });
    await graphqlData(
      server.url,
      ReachFollow,
      { municipalityId: 'GM0344', standardId: String(standard._id) },
      { token: editor.token },
    );
    const { registerWebhook } = await graphqlData(
      server.url,
      ReachRegisterWebhook,
      { input: { url: receiver.url, kinds: ['standard.version_published'] } },
      { token: editor.token },
    );
    receiver.useSecret(registerWebhook.secret);

    await graphqlData(server.url, ReachPublish, { standardId: String(standard._id) }, { token: admin.token });

    await eventually(() => expect(mailbox.to(editor.email)).toHaveLength(1));
    const [mail] = mailbox.to(editor.email);
    expect(mail?.subject).toBe('Zaken API: nieuwe versie 2.0');
    expect(mail?.text).toContain('https://koers.example/standaarden/zaken-api-bereik');

    await eventually(() => expect(receiver.received).toHaveLength(1));
    const [delivery] = receiver.received;
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.body.kind).toBe('standard.version_published');

    const parser = new Parser();
    for (const path of ['/feeds/standaarden.atom', '/feeds/standaarden/zaken-api-bereik.atom']) {
      const feed = await parser.parseString(await (await fetch(`${server.url}${path}`)).text());
      const entries = feed.items.filter((item) => item.title?.includes('2.0'));
      expect(entries, path).toHaveLength(1);
      expect(entries[0]?.link).toBe(`${server.url}/standaarden/zaken-api-bereik`);
    }

    // Another run of the mail queue and the webhook sender sends nothing again.
    await Promise.all([server.runtime.mail.runOnce(), server.runtime.webhooks.drain()]);
    expect(mailbox.to(editor.email)).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);
  });
});
