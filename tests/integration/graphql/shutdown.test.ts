import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels } from '../../../server/db/models';
import { buildEditor, buildMunicipality, buildStandard } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlRequest } from '../../support/graphqlClient';
import { uniqueDatabaseUri } from '../../support/server';

const Report = graphql(`
  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        id
      }
    }
  }
`);

/** Resolves the returned promise with `resolve`, for events a test waits for. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('graceful shutdown of GraphQL', () => {
  it('lets a report whose client hung up write its audit event and history before the database closes', async () => {
    const waiting = signal();
    const log = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (chunk.toString().includes('waiting for requests in flight')) waiting.resolve();
        callback();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', MONGODB_URI: uniqueDatabaseUri() });
    const server = await startKoers(config, pino({ level: 'info' }, log));
    const { models, connection } = server.runtime;
    await buildMunicipality(models);
    const editor = await buildEditor(models, 'GM0344');
    const standard = await buildStandard(models);

    // The report's audit event is held until the stop says it waits for the request, or (without
    // that wait) until the stop closes the database, which would cut the write off.
    const atAudit = signal();
    const closing = signal();
    const insertMany = models.AuditEvent.insertMany.bind(models.AuditEvent);
    vi.spyOn(models.AuditEvent, 'insertMany').mockImplementation((async (...args: unknown[]) => {
      atAudit.resolve();
      await Promise.race([waiting.promise, closing.promise]);
      return (insertMany as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as never);
    const close = connection.close.bind(connection);
    vi.spyOn(connection, 'close').mockImplementation((async (...args: unknown[]) => {
      closing.resolve();
      return (close as (...a: unknown[]) => Promise<void>)(...args);
    }) as never);

    const hangUp = new AbortController();
    const request = graphqlRequest(
      server.url,
      Report,
      { input: { municipalityId: 'GM0344', standardId: String(standard._id), status: 'ADOPTED' } },
      { token: editor.token, signal: hangUp.signal },
    ).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    await atAudit.promise;
    hangUp.abort();
    expect(await request).toBe('AbortError');
    await server.close();

    const uri = config.mongodbUri as string;
    const reopened = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
    try {
      const stored = createModels(reopened);
      const adoption = await stored.Adoption.findOne({
        municipalityId: 'GM0344',
        standardId: standard._id,
      }).lean();
      expect(adoption?.status).toBe('ADOPTED');
      const audit = await stored.AuditEvent.find({ action: 'adoption:update' }).lean();
      expect(audit.map((event) => event.subjectId)).toEqual([String(adoption?._id)]);
      const history = await stored.AdoptionHistory.find({ standardId: standard._id }).lean();
      expect(history.flatMap((document) => document.entries.map((entry) => entry.status))).toEqual([
        'ADOPTED',
      ]);
    } finally {
      await reopened.close();
    }
  });
});
