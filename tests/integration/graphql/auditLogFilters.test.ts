import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoersServer } from '../../../server/app';
import { buildEditor, buildMunicipality, buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlData, graphqlRequest } from '../../support/graphqlClient';
import { parseCsv } from '../../support/initiatives';
import { startTestServer } from '../../support/server';

/**
 * The audit page's query and its CSV: filters by who, what kind, which subject and period (whole
 * Dutch days), pages with a total, the same filters in the export, and managers and admins only.
 */

const FilteredAuditLog = graphql(`
  query FilteredAuditLog(
    $subjectId: ID
    $subjectType: String
    $actorId: ID
    $action: String
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    auditLog(
      subjectId: $subjectId
      subjectType: $subjectType
      actorId: $actorId
      action: $action
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        action
        subjectType
        subjectId
        at
        actor {
          name
        }
      }
    }
  }
`);

const AuditFacets = graphql(`
  query AuditFacets {
    auditLogFacets {
      actions
      subjectTypes
    }
  }
`);

let server: KoersServer;
let admin: SignedInUser;
let manager: SignedInUser;
let editor: SignedInUser;
const roadmapId = new Types.ObjectId().toHexString();
const standardId = new Types.ObjectId().toHexString();

/** Audit lines written directly, at fixed instants, so the filters have known answers. */
async function seedEvents() {
  const { AuditEvent } = server.runtime.models;
  const event = (
    actorId: Types.ObjectId | null,
    action: string,
    subjectType: string,
    subjectId: string,
    at: string,
  ) => ({ actorId, action, subjectType, subjectId, before: null, after: { at }, at: new Date(at) });
  await AuditEvent.create([
    // 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam (summer time): it belongs to 1 April.
    event(admin._id, 'standard:create', 'Standard', standardId, '2026-03-31T22:30:00Z'),
    event(admin._id, 'standard:publishVersion', 'Standard', standardId, '2026-04-02T09:00:00Z'),
    event(manager._id, 'roadmap:update', 'Roadmap', roadmapId, '2026-04-03T10:00:00Z'),
    event(manager._id, 'roadmap:update', 'Roadmap', roadmapId, '2026-04-04T10:00:00Z'),
    event(manager._id, 'roadmap:update', 'Roadmap', roadmapId, '2026-04-05T10:00:00Z'),
    // 23:30 UTC on 5 April is already 6 April in Amsterdam: outside a period ending on 5 April.
    event(null, 'roadmap:update', 'Roadmap', roadmapId, '2026-04-05T23:30:00Z'),
  ]);
}

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models);
  admin = await buildUser(models, { roles: ['ADMIN'], name: 'Anna Beheer' });
  manager = await buildUser(models, { roles: ['MANAGER'], name: 'Max Manager' });
  editor = await buildEditor(models);
  await seedEvents();
});
afterAll(async () => {
  await server?.close();
});

async function audit(variables: Parameters<typeof graphqlData<unknown, object>>[2], token = admin.token) {
  const data = await graphqlData(server.url, FilteredAuditLog, variables ?? {}, { token });
  return data.auditLog;
}

describe('auditLog filters', () => {
  it('without filters lists every change newest first, with the total', async () => {
    const log = await audit({});
    expect(log.totalCount).toBe(6);
    expect(log.nodes.map((n) => n.at)).toEqual(
      [...log.nodes.map((n) => n.at)].sort((a, b) => b.localeCompare(a)),
    );
  });

  it('narrows by kind, person, subject type and subject, combined', async () => {
    const byKind = await audit({ action: 'standard:publishVersion' });
    expect(byKind.nodes.map((n) => [n.action, n.actor?.name])).toEqual([
      ['standard:publishVersion', 'Anna Beheer'],
    ]);

    const byPerson = await audit({ actorId: manager.id });
    expect(byPerson.totalCount).toBe(3);
    expect(new Set(byPerson.nodes.map((n) => n.actor?.name))).toEqual(new Set(['Max Manager']));

    const bySubject = await audit({ subjectType: 'Roadmap', subjectId: roadmapId });
    expect(bySubject.totalCount).toBe(4);

    const combined = await audit({ subjectType: 'Standard', actorId: manager.id });
    expect(combined.totalCount).toBe(0);
    expect(combined.nodes).toEqual([]);
  });

  it('takes the period as whole days in Dutch time, both ends included', async () => {
    const firstOfApril = await audit({ from: '2026-04-01', to: '2026-04-01' });
    expect(firstOfApril.nodes.map((n) => n.action)).toEqual(['standard:create']);

    const untilFifth = await audit({ subjectType: 'Roadmap', from: '2026-04-03', to: '2026-04-05' });
    expect(untilFifth.nodes.map((n) => n.at)).toEqual([
      '2026-04-05T10:00:00.000Z',
      '2026-04-04T10:00:00.000Z',
      '2026-04-03T10:00:00.000Z',
    ]);
  });

  it('pages with a cursor: "Meer laden" continues where the page ended without repeats', async () => {
    const first = await audit({ first: 4 });
    expect(first.nodes).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await audit({ first: 4, after: first.pageInfo.endCursor });
    expect(rest.nodes).toHaveLength(2);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = await audit({ first: 10 });
    expect([...first.nodes, ...rest.nodes]).toEqual(all.nodes);
  });

  it('offers the recorded actions and subject types as choices', async () => {
    const { auditLogFacets } = await graphqlData(server.url, AuditFacets, {}, { token: manager.token });
    expect(auditLogFacets.actions).toEqual(['roadmap:update', 'standard:create', 'standard:publishVersion']);
    expect(auditLogFacets.subjectTypes).toEqual(['Roadmap', 'Standard']);
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field', async () => {
    for (const [variables, field] of [
      [{ actorId: 'not-an-id' }, 'actorId'],
      [{ subjectId: 'x'.repeat(101) }, 'subjectId'],
      [{ from: '2026-04-05', to: '2026-04-01' }, 'to'],
      [{ action: 'x'.repeat(101) }, 'action'],
    ] as const) {
      const { body } = await graphqlRequest(server.url, FilteredAuditLog, variables, { token: admin.token });
      expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe(field);
    }
    // A day that does not exist is refused by the Date scalar itself, before the filter runs.
    const { body } = await graphqlRequest(
      server.url,
      FilteredAuditLog,
      { from: '2026-02-30' },
      { token: admin.token },
    );
    expect(firstErrorCode(body)).toBe('BAD_USER_INPUT');
  });

  it('is for managers and admins: an editor gets FORBIDDEN, a visitor UNAUTHENTICATED', async () => {
    const asEditor = await graphqlRequest(server.url, FilteredAuditLog, {}, { token: editor.token });
    expect(firstErrorCode(asEditor.body)).toBe('FORBIDDEN');
    expect(asEditor.body.data).toBeNull();
    const facets = await graphqlRequest(server.url, AuditFacets, {}, { token: editor.token });
    expect(firstErrorCode(facets.body)).toBe('FORBIDDEN');
    const visitor = await graphqlRequest(server.url, FilteredAuditLog, {});
    expect(firstErrorCode(visitor.body)).toBe('UNAUTHENTICATED');
  });
});

describe('/export/audit.csv', () => {
  function get(query: string, user: SignedInUser = admin) {
    return fetch(`${server.url}/export/audit.csv${query}`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
  }

  it('exports the same filtered lines as the page, with a BOM, comma-separated by default', async () => {
    const response = await get(`?actorId=${manager.id}&from=2026-04-04`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="auditlog.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'at',
      'action',
      'subjectType',
      'subjectId',
      'actorId',
      'actor',
      'apiToken',
      'before',
      'after',
    ]);
    expect(rows.map((row) => [row[0], row[1], row[5]])).toEqual([
      ['2026-04-05T10:00:00.000Z', 'roadmap:update', 'Max Manager'],
      ['2026-04-04T10:00:00.000Z', 'roadmap:update', 'Max Manager'],
    ]);
    expect(JSON.parse(rows[0]?.[8] ?? '')).toEqual({ at: '2026-04-05T10:00:00Z' });
  });

  it('separates by semicolons on request, keeping the BOM and quoting cells that hold one', async () => {
    const response = await get('?separator=semicolon&action=standard:create');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('at;action;subjectType;subjectId;actorId;actor;apiToken;before;after');
    const [, row] = parseCsv(text, ';');
    expect(row?.slice(0, 6)).toEqual([
      '2026-03-31T22:30:00.000Z',
      'standard:create',
      'Standard',
      standardId,
      admin.id,
      'Anna Beheer',
    ]);
  });

  it('answers 400 for a bad filter or separator and 403 for an editor', async () => {
    const badDate = await get('?to=gisteren');
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'to' } });
    const repeated = await get('?action=a&action=b');
    expect(repeated.status).toBe(400);
    const badSeparator = await get('?separator=tab');
    expect(badSeparator.status).toBe(400);
    expect(await badSeparator.json()).toMatchObject({ error: { field: 'separator' } });
    const asEditor = await get('', editor);
    expect(asEditor.status).toBe(403);
    expect(await asEditor.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});
