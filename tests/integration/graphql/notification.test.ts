import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import type { StandardRecord } from '../../../server/db/models/Standard';
import { NOTIFICATION_ADDED } from '../../../server/events/topics';
import {
  buildCooperation,
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildUser,
  type SignedInUser,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { startTestServer } from '../../support/server';
import { subscribe, subscriptionClient, whenSubscribed } from '../../support/subscriptionClient';

const Publish = graphql(`
  mutation PublishStandardVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {
    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {
      standard {
        versions {
          number
          date
          changes
        }
      }
    }
  }
`);

const Notifications = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        kind
        message
        read
        standard {
          id
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      kind
      message
      standard {
        id
      }
    }
  }
`);

const SetDeadline = graphql(`
  mutation SetDeadline($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        complianceDeadline
      }
    }
  }
`);

let server: KoersServer;
let standard: StandardRecord;
let admin: SignedInUser;
let utrechtEditor: SignedInUser;
let utrechtReader: SignedInUser;
let cooperationEditor: SignedInUser;
let rotterdamEditor: SignedInUser;

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  await buildMunicipality(models);
  await buildMunicipality(models, {
    _id: 'GM0307',
    cbsNumber: '0307',
    name: 'Amersfoort',
    officialName: 'Amersfoort',
  });
  await buildMunicipality(models, { _id: 'GM0355', cbsNumber: '0355', name: 'Zeist', officialName: 'Zeist' });
  await buildMunicipality(models, {
    _id: 'GM0599',
    cbsNumber: '0599',
    name: 'Rotterdam',
    officialName: 'Rotterdam',
  });
  standard = await buildStandard(models, {
    name: 'Zaken API',
    versions: [{ number: '1.0', date: '2019-11-27', changes: '' }] as StandardRecord['versions'],
  });
  const cooperation = await buildCooperation(models, ['GM0307', 'GM0355']);
  admin = await buildUser(models, { roles: ['ADMIN'] });
  utrechtEditor = await buildEditor(models, 'GM0344');
  utrechtReader = await buildUser(models, { municipalityId: 'GM0344' });
  cooperationEditor = await buildUser(models, {
    roles: ['MUNICIPALITY_EDITOR'],
    municipalityId: 'GM0307',
    cooperationId: cooperation._id,
  });
  rotterdamEditor = await buildEditor(models, 'GM0599');
  await models.Subscription.insertMany([
    { municipalityId: 'GM0344', standardId: standard._id, since: new Date() },
    { municipalityId: 'GM0355', standardId: standard._id, since: new Date() },
  ]);
  await models.Adoption.insertMany([
    { municipalityId: 'GM0344', standardId: standard._id, status: 'ADOPTED', adoptedVersion: '1.0' },
    { municipalityId: 'GM0599', standardId: standard._id, status: 'ADOPTED', adoptedVersion: '1.0' },
  ]);
});
afterAll(() => server.close());

const version = () => ({
  standardId: String(standard._id),
  number: '1.1',
  date: '2026-11-01',
  changes: 'Nieuwe filters',
});

describe('publishStandardVersion', () => {
  it('refuses non-admins and bad input, saving nothing', async () => {
    for (const [token, code] of [
      [utrechtEditor.token, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const { body } = await graphqlRequest(server.url, Publish, version(), { token });
      expect(firstErrorCode(body)).toBe(code);
    }
    const bad = await graphqlRequest(
      server.url,
      Publish,
      { ...version(), standardId: 'nope' },
      { token: admin.token },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'standardId' });
    const empty = await graphqlRequest(
      server.url,
      Publish,
      { ...version(), number: ' ' },
      { token: admin.token },
    );
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    const saved = await server.runtime.models.Standard.findById(standard._id).lean();
    expect(saved?.versions.map((v) => v.number)).toEqual(['1.0']);
    expect(await server.runtime.models.Notification.countDocuments()).toBe(0);
  });

  it('appends the version, notifies subscribed municipalities’ users live, and marks their adoption for review', async () => {
    const client = subscriptionClient(server.port, cooperationEditor.token);
    try {
      const subscribed = whenSubscribed(server.runtime, NOTIFICATION_ADDED);
      const live = subscribe(client, NotificationAdded);
      await subscribed;
      const data = await graphqlData(server.url, Publish, version(), { token: admin.token });
      expect(data.publishStandardVersion.standard.versions.map((v) => v.number)).toEqual(['1.0', '1.1']);
      const event = await live.next();
      expect(event.data?.notificationAdded).toMatchObject({
        kind: 'STANDARD_VERSION',
        standard: { id: String(standard._id) },
      });
      live.stop();
    } finally {
      await client.dispose();
    }
    const models = server.runtime.models;
    const notified = await models.Notification.find().lean();
    expect(notified.map((n) => String(n.userId)).sort()).toEqual(
      [utrechtEditor.id, utrechtReader.id, cooperationEditor.id].sort(),
    );
    const utrecht = await models.Adoption.findOne({ municipalityId: 'GM0344' }).lean();
    const rotterdam = await models.Adoption.findOne({ municipalityId: 'GM0599' }).lean();
    expect(utrecht).toMatchObject({ needsReview: true, reviewVersion: '1.1', status: 'ADOPTED' });
    expect(rotterdam?.needsReview).toBe(false);
    const audit = await models.AuditEvent.findOne({ action: 'standard:publishVersion' }).lean();
    expect(audit?.after).toMatchObject({ version: { number: '1.1' } });
    const again = await graphqlRequest(server.url, Publish, version(), { token: admin.token });
    expect(firstErrorCode(again.body)).toBe('CONFLICT');
  });

  it('a deadline change via updateStandard notifies subscribers too', async () => {
    await graphqlData(
      server.url,
      SetDeadline,
      { input: { id: String(standard._id), complianceDeadline: '2027-07-01' } },
      { token: admin.token },
    );
    const data = await graphqlData(
      server.url,
      Notifications,
      { unreadOnly: true },
      { token: utrechtEditor.token },
    );
    expect(data.notifications.nodes.map((n) => n.kind)).toEqual(['STANDARD_DEADLINE', 'STANDARD_VERSION']);
    const rotterdam = await graphqlData(server.url, Notifications, {}, { token: rotterdamEditor.token });
    expect(rotterdam.notifications.totalCount).toBe(0);
  });
});

describe('notifications and markNotificationsRead', () => {
  it('pages the viewer’s own notifications and marks only their own read', async () => {
    const page = await graphqlData(server.url, Notifications, { first: 1 }, { token: utrechtEditor.token });
    expect(page.notifications.totalCount).toBe(2);
    expect(page.notifications.pageInfo.hasNextPage).toBe(true);
    const theirs = await graphqlData(server.url, Notifications, {}, { token: utrechtReader.token });
    const foreign = theirs.notifications.nodes.map((n) => n.id);
    const ids = [page.notifications.nodes[0]!.id, ...foreign];
    const marked = await graphqlData(server.url, MarkRead, { ids }, { token: utrechtEditor.token });
    expect(marked.markNotificationsRead).toBe(1);
    const unread = await graphqlData(
      server.url,
      Notifications,
      { unreadOnly: true },
      { token: utrechtEditor.token },
    );
    expect(unread.notifications.totalCount).toBe(1);
    const stillTheirs = await graphqlData(
      server.url,
      Notifications,
      { unreadOnly: true },
      { token: utrechtReader.token },
    );
    expect(stillTheirs.notifications.totalCount).toBe(foreign.length);
  });

  it('is UNAUTHENTICATED when signed out, BAD_USER_INPUT for malformed ids and page sizes', async () => {
    expect(firstErrorCode((await graphqlRequest(server.url, Notifications, {})).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect(firstErrorCode((await graphqlRequest(server.url, MarkRead, { ids: [] })).body)).toBe(
      'UNAUTHENTICATED',
    );
    const bad = await graphqlRequest(server.url, MarkRead, { ids: ['x'] }, { token: utrechtEditor.token });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const big = await graphqlRequest(
      server.url,
      Notifications,
      { first: 101 },
      { token: utrechtEditor.token },
    );
    expect(firstErrorCode(big.body)).toBe('BAD_USER_INPUT');
  });
});

describe('notificationAdded', () => {
  it('refuses a signed-out socket with UNAUTHENTICATED', async () => {
    const client = subscriptionClient(server.port);
    try {
      const live = subscribe(client, NotificationAdded);
      const result = await live.next();
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });
});
