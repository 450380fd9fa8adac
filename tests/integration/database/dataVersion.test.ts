import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { bumpDataVersion, DataVersionReader } from '../../../server/db/dataVersion';
import { uniqueDatabaseUri } from '../../support/server';

let connection: Connection;

beforeAll(async () => {
  const uri = uniqueDatabaseUri();
  connection = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
});
afterAll(async () => {
  await connection.close();
});

describe('data version counters', () => {
  it('gives concurrent bumps of one counter distinct versions and loses none', async () => {
    await bumpDataVersion(connection, 'adoptions');
    const versions = await Promise.all(
      Array.from({ length: 30 }, () => bumpDataVersion(connection, 'adoptions')),
    );
    expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    expect((await new DataVersionReader(connection).current()).get('adoptions')).toBe(31);
  });
});
