import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { documentName, RichTextField } from '../../../common/collab';
import type { KoersServer } from '../../../server/app';
import { writeSnapshot } from '../../../server/db/collabStore';
import { openProvider, synced } from '../../support/collab';
import { buildUser, type SignedInUser } from '../../support/factories';
import { graphql } from '../../support/gql';
import { graphqlData } from '../../support/graphqlClient';
import { collectionOf, commandsDuring } from '../../support/commands';
import { startTestServer } from '../../support/server';
import { eventually } from '../../support/eventually';

const PageBodyCreatePage = graphql(`
  mutation PageBodyCreatePage($input: CreatePageInput!) {
    createPage(input: $input) {
      id
    }
  }
`);

const PageBodySearch = graphql(`
  query PageBodySearch($text: String!) {
    search(text: $text) {
      groups {
        kind
        hits {
          id
          title
          snippet
        }
      }
    }
  }
`);

let server: KoersServer;
let manager: SignedInUser;
let reader: SignedInUser;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = await startTestServer();
  manager = await buildUser(server.runtime.models, { roles: ['MANAGER'] });
  reader = await buildUser(server.runtime.models, { roles: ['MUNICIPALITY_EDITOR'] });
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await server.close();
});

async function createPage(title: string): Promise<{ id: string; name: string }> {
  const { id } = (
    await graphqlData(server.url, PageBodyCreatePage, { input: { title } }, { token: manager.token })
  ).createPage;
  return { id, name: documentName('page', id) };
}

async function openPage(name: string, user: SignedInUser = manager): Promise<WebsocketProvider> {
  const provider = openProvider(server.port, name, user.token);
  providers.push(provider);
  await synced(provider);
  return provider;
}

/** Appends a paragraph to a page body as TipTap does; returns its text node. */
function addParagraph(doc: Y.Doc, words: string): Y.XmlText {
  const text = new Y.XmlText();
  text.insert(0, words);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  const body = doc.getXmlFragment(RichTextField.page);
  body.insert(body.length, [paragraph]);
  return text;
}

/** The PAGE hits of a search, as the viewer with `token` (none: signed out) sees them. */
async function pageHits(text: string, token?: string) {
  const { search } = await graphqlData(server.url, PageBodySearch, { text }, { token });
  return search.groups.find((group) => group.kind === 'PAGE')?.hits ?? [];
}

/** Update commands on the pages collection during `work`. */
async function pageUpdatesDuring(work: () => Promise<unknown>): Promise<number> {
  const commands = await commandsDuring(server.runtime.connection, work);
  return commands.filter((c) => c.commandName === 'update' && collectionOf(c) === 'pages').length;
}

describe('knowledge pages found by their text', () => {
  it('finds a page by a word typed into its body, and no longer once the word is removed', async () => {
    const { id, name } = await createPage('Kustbeheer');
    const provider = await openPage(name);
    expect(await pageHits('zeekraalweide', manager.token)).toEqual([]);

    const text = addParagraph(provider.doc, 'Herstel van de zeekraalweide langs de dijk');
    await eventually(async () => {
      expect(await pageHits('zeekraalweide', manager.token)).toEqual([
        { id, title: 'Kustbeheer', snippet: 'Herstel van de zeekraalweide langs de dijk' },
      ]);
    }, 100);
    // Who may search pages is unchanged: every signed-in user, no visitor.
    expect((await pageHits('zeekraalweide', reader.token)).map((hit) => hit.id)).toEqual([id]);
    expect(await pageHits('zeekraalweide')).toEqual([]);

    text.delete('Herstel van de '.length, 'zeekraalweide '.length);
    await eventually(async () => expect(await pageHits('zeekraalweide', manager.token)).toEqual([]), 100);
    expect((await pageHits('dijk', manager.token)).map((hit) => hit.id)).toEqual([id]);
    expect((await server.runtime.models.Page.findById(id).lean())?.bodyText).toBe(
      'Herstel van de langs de dijk',
    );
  });

  it('writes nothing when only presence or formatting change, and once when the text does', async () => {
    const { id, name } = await createPage('Opmaak');
    const provider = await openPage(name);
    const text = addParagraph(provider.doc, 'Vet gedrukte woorden');
    await eventually(async () => {
      expect((await server.runtime.models.Page.findById(id).lean())?.bodyText).toBe('Vet gedrukte woorden');
    }, 100);

    const serverSees = (check: (doc: Y.Doc, states: Map<number, Record<string, unknown>>) => void) =>
      eventually(() =>
        server.collab.registry.with(name, (shared) => check(shared.doc, shared.awareness.getStates())),
      );
    const unchanged = await pageUpdatesDuring(async () => {
      provider.awareness.setLocalStateField('user', { name: 'Test Gebruiker', color: '#1b5e20' });
      text.format(0, 3, { bold: {} });
      await serverSees((doc, states) => {
        // The server binds presence to the signed-in user (id, name, municipality; the colour is the client's).
        expect(states.get(provider.doc.clientID)?.user).toMatchObject({
          name: 'Test Gebruiker',
          color: '#1b5e20',
        });
        const paragraph = doc.getXmlFragment(RichTextField.page).get(0) as Y.XmlElement;
        expect((paragraph.get(0) as Y.XmlText).toDelta()[0]).toEqual({
          insert: 'Vet',
          attributes: { bold: {} },
        });
      });
      await server.collab.registry.with(name, (shared) => shared.project());
    });
    expect(unchanged).toBe(0);

    const changed = await pageUpdatesDuring(async () => {
      text.insert(text.length, ' en meer');
      await serverSees((doc) =>
        expect(doc.getXmlFragment(RichTextField.page).toString()).toContain('en meer'),
      );
      await server.collab.registry.with(name, (shared) => shared.project());
    });
    expect(changed).toBe(1);
    expect((await server.runtime.models.Page.findById(id).lean())?.bodyText).toBe(
      'Vet gedrukte woorden en meer',
    );
  });

  it('stores the text when the last editor leaves before the projection ran', async () => {
    const { id, name } = await createPage('Snel weg');
    const provider = await openPage(name);
    addParagraph(provider.doc, 'Een vluchtige walrusnotitie');
    provider.destroy();
    await eventually(() => expect(server.collab.registry.loadedNames()).not.toContain(name), 100);
    // The unload flushed the projection before letting the document go.
    expect((await server.runtime.models.Page.findById(id).lean())?.bodyText).toBe(
      'Een vluchtige walrusnotitie',
    );
    expect((await pageHits('walrusnotitie', manager.token)).map((hit) => hit.id)).toEqual([id]);
  });

  it('projects a stored body whose projection was lost (a crash) when the document loads', async () => {
    const { id, name } = await createPage('Na een crash');
    const doc = new Y.Doc();
    addParagraph(doc, 'Tekst over de narwalroute');
    await writeSnapshot(server.runtime.models, name, Y.encodeStateAsUpdate(doc));
    expect(await pageHits('narwalroute', manager.token)).toEqual([]);

    await openPage(name, reader);
    await eventually(async () => {
      expect((await pageHits('narwalroute', manager.token)).map((hit) => hit.id)).toEqual([id]);
    }, 100);
  });

  it('survives a body that is not rich text, and projects the rich text written after it', async () => {
    const { id, name } = await createPage('Vreemde inhoud');
    const writer = await openPage(name);
    writer.doc.getArray<unknown>(RichTextField.page).insert(0, ['los', 42, { insert: 'geen tekst' }]);
    await eventually(
      () =>
        server.collab.registry.with(name, (shared) =>
          expect(shared.doc.share.has(RichTextField.page)).toBe(true),
        ),
      100,
    );
    await server.collab.registry.with(name, (shared) => shared.project());
    expect((await server.runtime.models.Page.findById(id).lean())?.bodyText ?? '').toBe('');

    // A second client reads the same root as the rich text the editor expects and writes to it.
    const editor = await openPage(name);
    addParagraph(editor.doc, 'Daarna de albatrosroute');
    await eventually(async () => {
      expect((await pageHits('albatrosroute', manager.token)).map((hit) => hit.id)).toEqual([id]);
    }, 100);
  });
});
