import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { postJson } from '../../../server/domain/webhook/send';
import { WebhookSender } from '../../../server/domain/webhook/sender';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { eventually } from '../../support/eventually';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';
import { startWebhookReceiver } from '../../support/webhookReceiver';

const RegisterWebhook = graphql(`
  mutation RegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
        url
        kinds
        status
        municipality {
          code
        }
        owner {
          id
        }
      }
    }
  }
`);

const WebhookLog = graphql(`
  query WebhookLog($municipalityId: ID) {
    webhooks(municipalityId: $municipalityId) {
      id
      status
      pausedReason
      consecutiveFailures
      deliveries(first: 50) {
        totalCount
        nodes {
          id
          eventId
          kind
          status
          nextAttemptAt
          attempts {
            at
            responseCode
            durationMs
            error
          }
        }
      }
    }
  }
`);

const SendTestEvent = graphql(`
  mutation SendTestEvent($id: ID!) {
    sendTestWebhookEvent(id: $id) {
      id
      eventId
      status
    }
  }
`);

const ResumeWebhook = graphql(`
  mutation ResumeWebhook($id: ID!) {
    resumeWebhook(id: $id) {
      id
      status
      consecutiveFailures
    }
  }
`);

const PauseWebhook = graphql(`
  mutation PauseWebhook($id: ID!) {
    pauseWebhook(id: $id) {
      status
      pausedReason
    }
  }
`);

const DeleteWebhook = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const PublishForWebhook = graphql(`
  mutation PublishForWebhook($standardId: ID!, $number: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: "2026-03-01", changes: "Nieuw") {
      standard {
        id
      }
    }
  }
`);

const FollowForWebhook = graphql(`
  mutation FollowForWebhook($municipalityId: ID!, $standardId: ID!) {
    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {
      since
    }
  }
`);

const LifecycleForWebhook = graphql(`
  mutation LifecycleForWebhook($input: ChangeStandardLifecycleInput!) {
    changeStandardLifecycle(input: $input) {
      standard {
        lifecycle
      }
    }
  }
`);

const AdoptionForWebhook = graphql(`
  mutation AdoptionForWebhook($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const OwnerNotifications = graphql(`
  query OwnerNotifications {
    notifications(first: 10) {
      nodes {
        kind
        message
        subjectType
        subjectId
      }
    }
  }
`);

const WebhookAudit = graphql(`
  query WebhookAudit($subjectId: ID!) {
    auditLog(subjectId: $subjectId) {
      nodes {
        action
        after
      }
    }
  }
`);

const START = new Date('2026-03-02T09:00:00.000Z');
let clock = START;
let server: KoersServer;
let strict: KoersServer;
let admin: SignedInUser;
let editor: SignedInUser;
let otherEditor: SignedInUser;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

async function register(kinds: string[], url = receiver.url, token = editor.token) {
  const { registerWebhook } = await graphqlData(
    server.url,
    RegisterWebhook,
    { input: { url, kinds } },
    { token },
  );
  receiver.useSecret(registerWebhook.secret);
  return registerWebhook;
}

async function log(id: string) {
  const { webhooks } = await graphqlData(
    server.url,
    WebhookLog,
    { municipalityId: 'GM0344' },
    { token: editor.token },
  );
  const webhook = webhooks.find((w) => w.id === id);
  if (!webhook) throw new Error(`webhook ${id} not listed`);
  return webhook;
}

beforeAll(async () => {
  [server, strict, receiver] = await Promise.all([
    startTestServer({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_HTTP: 'true' }, { now: () => clock }),
    startTestServer(),
    startWebhookReceiver(),
  ]);
  for (const s of [server, strict]) {
    await buildMunicipality(s.runtime.models);
    await buildMunicipality(s.runtime.models, { _id: 'GM0363', cbsNumber: '0363', name: 'Amsterdam' });
  }
  admin = await buildUser(server.runtime.models, { roles: ['ADMIN'] });
  editor = await buildEditor(server.runtime.models);
  otherEditor = await buildEditor(server.runtime.models, 'GM0363');
});

afterAll(async () => {
  await Promise.all([server?.close(), strict?.close(), receiver?.close()]);
});

describe('registerWebhook', () => {
  it('shows the secret once, keeps it sealed, audits without it, and is for the own municipality only', async () => {
    const created = await register(['standard.version_published']);
    expect(created.secret).toMatch(/^koers_whsec_[\w-]{43}$/);
    expect(created.webhook).toMatchObject({
      url: receiver.url,
      status: 'ACTIVE',
      municipality: { code: 'GM0344' },
      owner: { id: editor.id },
    });
    const stored = await server.runtime.models.Webhook.findById(created.webhook.id).lean();
    expect(JSON.stringify(stored)).not.toContain(created.secret);
    const { auditLog } = await graphqlData(
      server.url,
      WebhookAudit,
      { subjectId: created.webhook.id },
      { token: admin.token },
    );
    expect(auditLog.nodes).toEqual([
      {
        action: 'webhook:create',
        after: expect.objectContaining({ url: receiver.url, municipalityId: 'GM0344' }),
      },
    ]);
    expect(JSON.stringify(auditLog)).not.toContain(created.secret);

    const input = { url: receiver.url, kinds: ['adoption.updated'], municipalityId: 'GM0344' };
    const foreign = await graphqlRequest(
      server.url,
      RegisterWebhook,
      { input },
      { token: otherEditor.token },
    );
    expect(firstErrorCode(foreign.body)).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(server.url, RegisterWebhook, { input });
    expect(firstErrorCode(anonymous.body)).toBe('UNAUTHENTICATED');
    const unknownKind = await graphqlRequest(
      server.url,
      RegisterWebhook,
      { input: { ...input, kinds: ['standard.deleted'] } },
      { token: editor.token },
    );
    expect(unknownKind.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kinds.0',
    });
    const { webhooks } = await graphqlData(
      server.url,
      WebhookLog,
      { municipalityId: 'GM0363' },
      { token: admin.token },
    );
    expect(webhooks).toEqual([]);
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });

  it.each([
    ['http://example.org/hook', 'must be an https URL'],
    ['https://127.0.0.1/hook', 'resolves to 127.0.0.1'],
    ['https://10.20.30.40/hook', 'resolves to 10.20.30.40'],
    ['https://169.254.169.254/latest/meta-data', 'resolves to 169.254.169.254'],
    ['https://[::1]:8443/hook', 'resolves to ::1'],
    ['https://[::ffff:192.168.1.1]/hook', 'resolves to ::ffff:c0a8:101'],
    ['https://[fd12:3456::1]/hook', 'resolves to fd12:3456::1'],
    ['https://localhost/hook', 'resolves to'],
    ['https://user:pw@example.org/hook', 'must not contain a user name or password'],
  ])('refuses %s without WEBHOOK_ALLOW_PRIVATE and WEBHOOK_ALLOW_HTTP', async (url, reason) => {
    const strictEditor = await buildEditor(strict.runtime.models);
    const { body } = await graphqlRequest(
      strict.url,
      RegisterWebhook,
      { input: { url, kinds: ['adoption.updated'] } },
      { token: strictEditor.token },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(body.errors?.[0]?.message).toContain(reason);
    expect(await strict.runtime.models.Webhook.countDocuments({ url })).toBe(0);
  });

  it('checks the address again at delivery: a sender without the private flag refuses 127.0.0.1', async () => {
    const created = await register(['adoption.updated']);
    const before = receiver.received.length;
    // A second process that does not allow private addresses (as in production) takes the delivery.
    await graphqlData(server.url, PauseWebhook, { id: created.webhook.id }, { token: editor.token });
    const strictSender = new WebhookSender({
      ...server.runtime,
      config: { ...server.runtime.config, webhookAllowPrivate: false },
    });
    const queued = await server.runtime.models.WebhookDelivery.create({
      webhookId: created.webhook.id,
      eventId: 'evt_strict',
      kind: 'webhook.test',
      body: '{}',
      status: 'PENDING',
      queuedAt: clock,
      nextAttemptAt: clock,
    });
    await strictSender.drain();
    await server.runtime.webhooks.drain();
    const delivery = await server.runtime.models.WebhookDelivery.findById(queued._id).lean();
    expect(delivery?.attempts[0]).toMatchObject({
      responseCode: null,
      error: 'refused: resolves to 127.0.0.1, a loopback, private or link-local address',
    });
    expect(receiver.received.length).toBe(before);
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });
});

describe('deliveries', () => {
  it('POSTs a signed event when a followed standard gets a version, and a review task event', async () => {
    const standard = await buildStandard(server.runtime.models, { name: 'Zaken API' });
    const standardId = String(standard._id);
    await graphqlData(
      server.url,
      FollowForWebhook,
      { municipalityId: 'GM0344', standardId },
      { token: editor.token },
    );
    const created = await register(['standard.version_published', 'review_task.created']);
    const before = receiver.received.length;
    await graphqlData(server.url, PublishForWebhook, { standardId, number: '1.2.0' }, { token: admin.token });
    const [first, second] = await eventually(() => {
      const got = receiver.received.slice(before).filter((r) => r.body.data.standard);
      expect(got).toHaveLength(2);
      return got;
    });
    const byKind = Object.fromEntries([first!, second!].map((r) => [r.body.kind, r]));
    expect(byKind['standard.version_published']?.body).toEqual({
      id: expect.stringMatching(/^evt_[0-9a-f]{24}$/),
      kind: 'standard.version_published',
      timestamp: clock.toISOString(),
      data: {
        municipalityId: 'GM0344',
        standard: { id: standardId, slug: standard.slug, name: 'Zaken API', lifecycle: 'ESTABLISHED' },
        version: { number: '1.2.0', date: '2026-03-01', changes: 'Nieuw' },
      },
    });
    expect(byKind['review_task.created']?.body.data).toMatchObject({ version: '1.2.0', status: 'OPEN' });
    for (const r of [first!, second!]) {
      expect(r.signatureValid).toBe(true);
      expect(r.signedAt).toBe(Math.floor(clock.getTime() / 1000));
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-koers-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
    // The sender records the outcome after the receiver answered.
    await server.runtime.webhooks.drain();
    const webhook = await log(created.webhook.id);
    expect(webhook.deliveries.nodes.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
    expect(webhook.deliveries.nodes[0]?.attempts[0]).toMatchObject({ responseCode: 200, error: null });
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
    expect(
      await server.runtime.models.WebhookDelivery.countDocuments({ webhookId: created.webhook.id }),
    ).toBe(0);
  });

  it('sends lifecycle changes of followed standards and adoption reports, only for the kinds chosen', async () => {
    const followed = await buildStandard(server.runtime.models, { name: 'Haal Centraal BRP' });
    const standardId = String(followed._id);
    await graphqlData(
      server.url,
      FollowForWebhook,
      { municipalityId: 'GM0344', standardId },
      { token: editor.token },
    );
    const created = await register(['standard.lifecycle_changed', 'adoption.updated']);
    const before = receiver.received.length;
    await graphqlData(
      server.url,
      LifecycleForWebhook,
      { input: { standardId, lifecycle: 'DEPRECATED' } },
      { token: admin.token },
    );
    await graphqlData(
      server.url,
      AdoptionForWebhook,
      { input: { municipalityId: 'GM0344', standardId, status: 'PLANNED', targetDate: '2027-01-01' } },
      { token: editor.token },
    );
    // Amsterdam's report reaches no Utrecht webhook; a version is not a chosen kind.
    const otherStandard = await buildStandard(server.runtime.models);
    await graphqlData(
      server.url,
      AdoptionForWebhook,
      { input: { municipalityId: 'GM0363', standardId: String(otherStandard._id), status: 'PLANNED' } },
      { token: otherEditor.token },
    );
    await graphqlData(server.url, PublishForWebhook, { standardId, number: '9.9.9' }, { token: admin.token });
    await eventually(() => expect(receiver.received.length - before).toBeGreaterThanOrEqual(2));
    await server.runtime.webhooks.drain();
    const got = receiver.received.slice(before).map((r) => r.body);
    expect(got.map((b) => b.kind).sort()).toEqual(['adoption.updated', 'standard.lifecycle_changed']);
    expect(got.find((b) => b.kind === 'standard.lifecycle_changed')?.data).toMatchObject({
      municipalityId: 'GM0344',
      standard: { id: standardId, lifecycle: 'DEPRECATED' },
      from: 'ESTABLISHED',
      to: 'DEPRECATED',
    });
    expect(got.find((b) => b.kind === 'adoption.updated')?.data).toMatchObject({
      municipalityId: 'GM0344',
      standard: { id: standardId, name: 'Haal Centraal BRP' },
      status: 'PLANNED',
      targetDate: '2027-01-01',
    });
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    const before = receiver.received.length;
    // `.invalid` never resolves (RFC 6761): the request can only arrive through the pinned address.
    const { port } = new URL(receiver.url);
    const url = new URL(`http://koers-hook.invalid:${port}/koers-hook`);
    const outcome = await postJson(url, { address: '127.0.0.1', family: 4 }, '{"id":"evt_pinned"}', {});
    expect(outcome).toMatchObject({ responseCode: 200, error: null });
    expect(receiver.received[before]?.headers.host).toBe(`koers-hook.invalid:${port}`);
  });

  it('retries a failed delivery after 30 s with the same event id and a fresh signature', async () => {
    const created = await register(['adoption.updated']);
    receiver.answer(500);
    const before = receiver.received.length;
    const { sendTestWebhookEvent } = await graphqlData(
      server.url,
      SendTestEvent,
      { id: created.webhook.id },
      { token: editor.token },
    );
    const failed = await eventually(async () => {
      const delivery = (await log(created.webhook.id)).deliveries.nodes[0]!;
      expect(delivery.attempts).toHaveLength(1);
      return delivery;
    });
    expect(failed).toMatchObject({
      status: 'PENDING',
      kind: 'webhook.test',
      eventId: sendTestWebhookEvent.eventId,
    });
    expect(failed.attempts[0]).toMatchObject({ responseCode: 500 });
    // The failing body is kept as a short excerpt only.
    expect(failed.attempts[0]?.error).toHaveLength(500);
    expect(Date.parse(failed.nextAttemptAt as string) - clock.getTime()).toBe(30_000);

    advance(29_000);
    await server.runtime.webhooks.drain();
    expect(receiver.received.length).toBe(before + 1);
    advance(1_000);
    await server.runtime.webhooks.drain();
    const delivered = (await log(created.webhook.id)).deliveries.nodes[0]!;
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.attempts.map((a) => a.responseCode)).toEqual([500, 200]);
    const [one, two] = receiver.received.slice(before);
    expect(one!.body.id).toBe(two!.body.id);
    expect(two!.signedAt - one!.signedAt).toBe(30);
    expect([one!.signatureValid, two!.signatureValid]).toEqual([true, true]);
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });

  it('backs off 30 s, 1, 2, 4 … minutes; the tenth failure in a row pauses the webhook and tells its owner', async () => {
    const created = await register(['adoption.updated']);
    const id = created.webhook.id;
    receiver.answerAlways(503);
    await graphqlData(server.url, SendTestEvent, { id }, { token: editor.token });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const delivery = await eventually(async () => {
        await server.runtime.webhooks.drain();
        const d = (await log(id)).deliveries.nodes[0]!;
        expect(d.attempts).toHaveLength(attempt);
        return d;
      });
      if (attempt < 10) {
        const wait = Date.parse(delivery.nextAttemptAt as string) - clock.getTime();
        waits.push(wait / 1000);
        advance(wait);
      }
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 7680]);
    const paused = await log(id);
    expect(paused).toMatchObject({ status: 'PAUSED', pausedReason: 'FAILURES', consecutiveFailures: 10 });
    const { notifications } = await graphqlData(server.url, OwnerNotifications, {}, { token: editor.token });
    expect(notifications.nodes).toContainEqual({
      kind: 'WEBHOOK_PAUSED',
      message: expect.stringContaining('gepauzeerd na 10 mislukte pogingen op rij'),
      subjectType: 'Webhook',
      subjectId: id,
    });

    // While paused, an adoption event is held, not sent; resuming sends it.
    const standard = await buildStandard(server.runtime.models);
    receiver.answerAlways(200);
    const before = receiver.received.length;
    const { models } = server.runtime;
    await models.WebhookDelivery.create({
      webhookId: id,
      eventId: 'evt_held',
      kind: 'adoption.updated',
      body: JSON.stringify({ id: 'evt_held', standard: String(standard._id) }),
      status: 'HELD',
      queuedAt: clock,
      nextAttemptAt: clock,
    });
    await server.runtime.webhooks.drain();
    expect(receiver.received.length).toBe(before);
    const resumed = await graphqlData(server.url, ResumeWebhook, { id }, { token: editor.token });
    expect(resumed.resumeWebhook).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0 });
    await eventually(() =>
      expect(receiver.received.slice(before).map((r) => r.body.id)).toContain('evt_held'),
    );
    const { auditLog } = await graphqlData(
      server.url,
      WebhookAudit,
      { subjectId: id },
      { token: admin.token },
    );
    expect(auditLog.nodes.map((n) => n.action)).toEqual([
      'webhook:resume',
      'webhook:pause',
      'webhook:create',
    ]);
    await graphqlData(server.url, DeleteWebhook, { id }, { token: editor.token });
  });

  it('gives a delivery up (FAILED) when the next try would be more than 24 hours after it was queued', async () => {
    const created = await register(['adoption.updated']);
    receiver.answer(500);
    const queued = await server.runtime.models.WebhookDelivery.create({
      webhookId: created.webhook.id,
      eventId: 'evt_late',
      kind: 'adoption.updated',
      body: '{"id":"evt_late"}',
      status: 'PENDING',
      // 30 s before the window closes: a retry after 30 s would be just past it.
      queuedAt: new Date(clock.getTime() - 24 * 3_600_000 + 29_000),
      nextAttemptAt: clock,
    });
    await server.runtime.webhooks.drain();
    const delivery = await server.runtime.models.WebhookDelivery.findById(queued._id).lean();
    expect(delivery?.status).toBe('FAILED');
    expect(delivery?.attempts.map((a) => a.responseCode)).toEqual([500]);
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });

  it('sends each delivery once when several processes drain the same queue', async () => {
    const created = await register(['adoption.updated']);
    const before = receiver.received.length;
    const { models } = server.runtime;
    await models.WebhookDelivery.insertMany(
      Array.from({ length: 12 }, (_, i) => ({
        webhookId: created.webhook.id,
        eventId: `evt_race_${i}`,
        kind: 'adoption.updated',
        body: JSON.stringify({ id: `evt_race_${i}` }),
        status: 'PENDING',
        queuedAt: clock,
        nextAttemptAt: clock,
      })),
    );
    const senders = [1, 2, 3].map(() => new WebhookSender(server.runtime));
    await Promise.all([...senders.map((s) => s.drain()), server.runtime.webhooks.drain()]);
    const ids = receiver.received.slice(before).map((r) => r.body.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    await graphqlData(server.url, DeleteWebhook, { id: created.webhook.id }, { token: editor.token });
  });
});

describe('a restart', () => {
  it('sends what a stopped process queued or left leased, once, from the next process', async () => {
    const databaseUri = uniqueDatabaseUri();
    const env = { MONGODB_URI: databaseUri, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_HTTP: 'true' };
    // The first process's clock stands before the deliveries are due, so it sends nothing.
    const first = await startTestServer(env, { now: () => START });
    await buildMunicipality(first.runtime.models);
    const owner = await buildEditor(first.runtime.models);
    const { registerWebhook } = await graphqlData(
      first.url,
      RegisterWebhook,
      { input: { url: receiver.url, kinds: ['adoption.updated'] } },
      { token: owner.token },
    );
    receiver.useSecret(registerWebhook.secret);
    const queued = { webhookId: registerWebhook.webhook.id, kind: 'adoption.updated', queuedAt: START };
    const due = new Date(START.getTime() + 3_600_000);
    await first.runtime.models.WebhookDelivery.insertMany([
      // Queued, then the process stopped before sending.
      {
        ...queued,
        eventId: 'evt_queued',
        body: '{"id":"evt_queued"}',
        status: 'PENDING',
        nextAttemptAt: due,
      },
      // Claimed by a process that died mid-attempt: its lease runs out a minute later.
      {
        ...queued,
        eventId: 'evt_leased',
        body: '{"id":"evt_leased"}',
        status: 'PENDING',
        nextAttemptAt: due,
        leaseUntil: new Date(due.getTime() + 60_000),
      },
    ]);
    await first.close();
    const before = receiver.received.length;
    const second = await startTestServer(env, { now: () => new Date(due.getTime() + 120_000) });
    try {
      await eventually(() => expect(receiver.received.length - before).toBe(2));
      await second.runtime.webhooks.drain();
      expect(
        receiver.received
          .slice(before)
          .map((r) => r.body.id)
          .sort(),
      ).toEqual(['evt_leased', 'evt_queued']);
      expect(receiver.received.slice(before).every((r) => r.signatureValid)).toBe(true);
      expect(await second.runtime.models.WebhookDelivery.countDocuments({ status: 'DELIVERED' })).toBe(2);
    } finally {
      await second.close();
    }
  });
});
