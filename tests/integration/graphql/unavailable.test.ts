import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startKoers } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startEmbeddedDatabase } from '../../../server/db/ferretdb';
import { createLogger } from '../../../server/logger';
import { buildUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { firstErrorCode, graphqlRequest } from '../../support/graphqlClient';
import { eventually } from '../../support/eventually';

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-unavailable-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const MunicipalityNames = graphql(`
  query MunicipalityNames {
    municipalities(first: 5) {
      totalCount
    }
  }
`);

// Answered from the visitors' response cache while the database is up.
const CatalogueSize = graphql(`
  query CatalogueSize {
    standards(first: 5) {
      totalCount
    }
  }
`);

const WhoAmI = graphql(`
  query WhoAmI {
    me {
      id
    }
  }
`);

describe('while the database is down', () => {
  it('answers 503 UNAVAILABLE, signed in or not, and recovers without a restart', async () => {
    let db = await startEmbeddedDatabase({ dataDir });
    const address = db.uri.replace(/^mongodb:\/\//, '').replace(/\/$/, '');
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: `${db.uri}koers_unavailable` });
    const server = await startKoers(config, createLogger('silent'));
    try {
      const user = await buildUser(server.runtime.models);
      expect((await graphqlRequest(server.url, WhoAmI, {}, { token: user.token })).body.data?.me?.id).toBe(
        user.id,
      );
      for (let i = 0; i < 2; i++) expect((await graphqlRequest(server.url, CatalogueSize)).status).toBe(200);

      await db.stop();
      const attempts = [
        await graphqlRequest(server.url, MunicipalityNames),
        // No cached answer while the counters that would say it still holds cannot be read.
        await graphqlRequest(server.url, CatalogueSize),
        await graphqlRequest(server.url, WhoAmI, {}, { token: user.token }),
      ];
      for (const { status, body } of attempts) {
        expect(status).toBe(503);
        expect(firstErrorCode(body)).toBe('UNAVAILABLE');
        expect(JSON.stringify(body)).not.toMatch(/Mongo|ECONNREFUSED|stack/i);
      }

      db = await startEmbeddedDatabase({ dataDir, listenAddr: address });
      await eventually(async () => {
        const { status, body } = await graphqlRequest(server.url, WhoAmI, {}, { token: user.token });
        expect(status).toBe(200);
        expect(body.data?.me?.id).toBe(user.id);
      }, 250);
    } finally {
      await server.close();
      await db.stop();
    }
  });
});
