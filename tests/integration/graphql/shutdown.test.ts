import { Writable } from 'node:stream';
import { print } from 'graphql';
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
import { subscriptionClient } from '../../support/subscriptionClient';

const Report = graphql(`
  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        id
      }
    }
  }
`);

/** A promise and what settles it, for events a test waits for. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * A server whose next audit event is held until its stop says it waits for requests in flight,
 * or (without that wait) until the stop has closed the database under the write.
 */
async function serverWithHeldAudit() {
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

  const atAudit = signal();
  const closed = signal();
  const insertMany = models.AuditEvent.insertMany.bind(models.AuditEvent);
  vi.spyOn(models.AuditEvent, 'insertMany').mockImplementation((async (...args: unknown[]) => {
    atAudit.resolve();
    await Promise.race([waiting.promise, closed.promise]);
    return (insertMany as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as never);
  const close = connection.close.bind(connection);
  vi.spyOn(connection, 'close').mockImplementation((async (...args: unknown[]) => {
    try {
      return await (close as (...a: unknown[]) => Promise<void>)(...args);
    } finally {
      closed.resolve();
    }
  }) as never);

  const input = { municipalityId: 'GM0344', standardId: String(standard._id), status: 'ADOPTED' as const };
  /** After the stop: the report, its audit event and its history entry are all stored. */
  const expectReportStored = async () => {
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
  };
  return { server, editor, input, atAudit: atAudit.promise, expectReportStored };
}

describe('graceful shutdown of GraphQL', () => {
  it('lets a report whose client hung up write its audit event and history before the database closes', async () => {
    const { server, editor, input, atAudit, expectReportStored } = await serverWithHeldAudit();
    const hangUp = new AbortController();
    const request = graphqlRequest(
      server.url,
      Report,
      { input },
      { token: editor.token, signal: hangUp.signal },
    ).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    await atAudit;
    hangUp.abort();
    expect(await request).toBe('AbortError');
    await server.close();
    await expectReportStored();
  });

  it('lets a report sent over graphql-ws finish when the stop closes its socket', async () => {
    const { server, editor, input, atAudit, expectReportStored } = await serverWithHeldAudit();
    const client = subscriptionClient(server.port, editor.token);
    const ended = new Promise<string>((resolve) =>
      client.subscribe(
        { query: print(Report), variables: { input } },
        { next: () => undefined, error: () => resolve('socket closed'), complete: () => resolve('answered') },
      ),
    );
    await atAudit;
    await server.close();
    // The stop closed the socket before the report was answered; it was stored all the same.
    expect(await ended).toBe('socket closed');
    await client.dispose();
    await expectReportStored();
  });
});
