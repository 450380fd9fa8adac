import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { bumpDataVersion, DataVersionReader } from '../../../server/db/dataVersion';
import { collectionOf, commandsDuring } from '../../support/commands';
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

  it('groups bumps asked for while one runs into one increment, each with its own version', async () => {
    await bumpDataVersion(connection, 'grouped');
    let versions: number[] = [];
    const commands = await commandsDuring(connection, async () => {
      versions = await Promise.all(Array.from({ length: 20 }, () => bumpDataVersion(connection, 'grouped')));
    });
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const increments = commands
      .filter((c) => c.commandName === 'findAndModify' && collectionOf(c) === 'dataVersions')
      .map((c) => (c.command.update as { $inc: { version: number } }).$inc.version);
    // The first bump runs alone; the other 19 wait for it and go as one.
    expect(increments).toEqual([1, 19]);
    expect((await new DataVersionReader(connection).current()).get('grouped')).toBe(21);
  });
});
