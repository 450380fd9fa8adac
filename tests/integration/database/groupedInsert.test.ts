import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, type Models } from '../../../server/db/models';
import { recordAudit } from '../../../server/domain/audit/record';
import { collectionOf, commandsDuring } from '../../support/commands';
import { uniqueDatabaseUri } from '../../support/server';

let connection: Connection;
let models: Models;

beforeAll(async () => {
  const uri = uniqueDatabaseUri();
  connection = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
  models = createModels(connection);
});
afterAll(async () => {
  await connection.close();
});

const entry = (n: number) => ({
  actorId: null,
  action: 'adoption:update',
  subjectType: 'Adoption',
  subjectId: `subject-${n}`,
  before: null,
  after: { n },
  at: new Date('2026-12-03T09:00:00Z'),
});

describe('audit entries written together', () => {
  it('stores every concurrent entry under its own id, in fewer inserts than entries', async () => {
    let ids: string[] = [];
    const commands = await commandsDuring(connection, async () => {
      ids = await Promise.all(Array.from({ length: 30 }, (_, n) => recordAudit(models, entry(n))));
    });
    const inserts = commands
      .filter((c) => c.commandName === 'insert' && collectionOf(c) === 'auditEvents')
      .map((c) => (c.command.documents as unknown[]).length);
    expect(new Set(ids).size).toBe(30);
    expect(inserts.reduce((sum, n) => sum + n, 0)).toBe(30);
    expect(inserts.length).toBeLessThan(30);
    const stored = await models.AuditEvent.find({ _id: { $in: ids } }).lean();
    expect(stored.map((e) => (e.after as { n: number }).n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, n) => n),
    );
  });

  it('refuses an entry that is not valid to its own caller only', async () => {
    const results = await Promise.allSettled([
      recordAudit(models, entry(100)),
      recordAudit(models, { ...entry(101), action: undefined as unknown as string }),
      recordAudit(models, entry(102)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(
      await models.AuditEvent.countDocuments({ subjectId: { $in: ['subject-100', 'subject-102'] } }),
    ).toBe(2);
  });
});
