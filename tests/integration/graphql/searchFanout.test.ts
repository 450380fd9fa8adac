import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName, RichTextField } from '../../../common/collab';
import { openProvider, synced } from '../../support/collab';
import { buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { startTestServer, uniqueDatabaseUri } from '../../support/server';
import type { KoersServer } from '../../../server/app';
import { eventually } from '../../support/eventually';

const FanoutSearch = graphql(`
  query FanoutSearch($text: String!) {
    search(text: $text) {
      groups {
        kind
        hits {
          title
        }
      }
    }
  }
`);

const FanoutCreateStandard = graphql(`
  mutation FanoutCreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
      standard {
        id
      }
    }
  }
`);

const FanoutCreateInitiative = graphql(`
  mutation FanoutCreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

const FanoutCreatePage = graphql(`
  mutation FanoutCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
    }
  }
`);

const databaseUri = uniqueDatabaseUri();
const servers: KoersServer[] = [];
let admin: SignedInUser;
let manager: SignedInUser;

async function start(): Promise<KoersServer> {
  const server = await startTestServer({ MONGODB_URI: databaseUri, REDIS_URL: 'redis://127.0.0.1:6379' });
  servers.push(server);
  return server;
}

function titles(server: KoersServer, text: string, token: string): Promise<string[]> {
  return graphqlData(server.url, FanoutSearch, { text }, { token }).then((data) =>
    data.search.groups.flatMap((group) => group.hits.map((hit) => `${group.kind} ${hit.title}`)),
  );
}

beforeAll(async () => {
  const first = await start();
  await start();
  admin = await buildUser(first.runtime.models, { roles: ['ADMIN'] });
  manager = await buildUser(first.runtime.models, { roles: ['MANAGER'] });
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('search with two processes', () => {
  it('finds a write made through the other process, told through Redis', async () => {
    const [one, two] = servers as [KoersServer, KoersServer];
    // The second process builds its index now, before the writes.
    expect(await titles(two, 'okapi', admin.token)).toEqual([]);
    await graphqlData(
      one.url,
      FanoutCreateStandard,
      { input: { slug: 'okapi-api', name: 'Okapi API', category: 'API_STANDARD', lifecycle: 'CANDIDATE' } },
      { token: admin.token },
    );
    await graphqlData(
      one.url,
      FanoutCreateInitiative,
      { input: { title: 'Okapi quick win', deadline: '2029-12-31' } },
      { token: manager.token },
    );
    await eventually(async () => {
      expect(await titles(two, 'okapi', admin.token)).toEqual([
        'STANDARD Okapi API',
        'INITIATIVE Okapi quick win',
      ]);
    });
  });

  it('finds a page by words typed into its body on the other process', async () => {
    const [one, two] = servers as [KoersServer, KoersServer];
    expect(await titles(two, 'tapirpad', manager.token)).toEqual([]);
    const { id } = (
      await graphqlData(
        one.url,
        FanoutCreatePage,
        { input: { title: 'Dierenpaden' } },
        { token: manager.token },
      )
    ).createPage;
    const provider = openProvider(one.port, documentName('page', id), manager.token);
    try {
      await synced(provider);
      const text = new Y.XmlText();
      text.insert(0, 'Het tapirpad door het bos');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      provider.doc.getXmlFragment(RichTextField.page).insert(0, [paragraph]);
      await eventually(async () => {
        expect(await titles(two, 'tapirpad', manager.token)).toEqual(['PAGE Dierenpaden']);
      });
    } finally {
      provider.destroy();
    }
  });
});
