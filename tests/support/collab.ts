import { Types } from 'mongoose';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH, documentName } from '../../common/collab';
import type { KoersServer, StartOptions } from '../../server/app';
import type { Models } from '../../server/db/models';
import { setMeta } from '../../common/roadmapDocument';
import { writeSnapshot } from '../../server/db/collabStore';
import { buildTaskforce, buildUser, type SignedInUser } from './factories';
import { startTestServer } from './server';

/** Base URL of a server's `/collab` endpoint for `WebsocketProvider`. */
export function collabUrl(port: number): string {
  return `ws://127.0.0.1:${port}${COLLAB_PATH}`;
}

/** A roadmap record plus its initial document, owned by `taskforceId`. */
export async function buildRoadmap(
  models: Models,
  taskforceId: Types.ObjectId,
  overrides: { title?: string; startYear?: number; endYear?: number } = {},
): Promise<{ id: string; name: string }> {
  const meta = { title: 'Roadmap Test', startYear: 2025, endYear: 2034, ...overrides };
  const roadmap = await models.Roadmap.create({ ...meta, taskforceId });
  const doc = new Y.Doc();
  setMeta(doc, meta);
  const name = documentName('roadmap', String(roadmap._id));
  await writeSnapshot(models, name, Y.encodeStateAsUpdate(doc));
  return { id: String(roadmap._id), name };
}

/** A stock y-websocket client in Node, not yet connected unless `connect` is true. */
export function openProvider(
  port: number,
  name: string,
  token: string | null,
  doc = new Y.Doc(),
): WebsocketProvider {
  return new WebsocketProvider(collabUrl(port), name, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

/** Resolves when the provider has synced with the server. */
export function synced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const handler = (state: boolean) => {
      if (!state) return;
      provider.off('sync', handler);
      resolve();
    };
    provider.on('sync', handler);
  });
}

/** Resolves with the close code of the provider's next server-side close. */
export function nextClose(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => {
    const handler = (event: CloseEvent | null) => {
      if (!event) return;
      provider.off('connection-close', handler);
      resolve(event.code);
    };
    provider.on('connection-close', handler);
  });
}

/** A raw `ws` socket on a document, for refusals and malformed frames. */
export function rawSocket(
  port: number,
  name: string,
  token: string | null,
  options: WebSocket.ClientOptions = {},
): WebSocket {
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return new WebSocket(`${collabUrl(port)}/${name}${query}`, options);
}

/** A raw socket as {@link rawSocket} makes it, once open; rejects when the upgrade fails. */
export async function openRawSocket(
  port: number,
  name: string,
  token: string,
  options: WebSocket.ClientOptions = {},
): Promise<WebSocket> {
  const socket = rawSocket(port, name, token, options);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when it opened. */
export function upgradeStatus(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => resolve(101));
    socket.once('error', () => undefined);
  });
}

/** Resolves with the close code the server sent. */
export function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** Ids of a fresh ObjectId, for unknown documents. */
export function unknownId(): string {
  return String(new Types.ObjectId());
}

/** The titles of a roadmap document's items, in order. */
export function itemTitles(doc: Y.Doc): string[] {
  return doc
    .getArray<Y.Map<unknown>>('items')
    .toArray()
    .map((item) => String(item.get('title')));
}

/** Appends an item map as a client would. */
export function clientAddItem(doc: Y.Doc, id: string, title: string, startYear = 2026, endYear = 2027): void {
  const item = new Y.Map<unknown>();
  item.set('id', id);
  item.set('title', title);
  item.set('startYear', startYear);
  item.set('endYear', endYear);
  doc.getArray('items').push([item]);
}

/** A test server and two members of one taskforce, as the co-editing tests use them. */
export async function startCollabServer(options: StartOptions = {}): Promise<{
  server: KoersServer;
  member: SignedInUser;
  other: SignedInUser;
  taskforceId: Types.ObjectId;
}> {
  const server = await startTestServer({}, options);
  const models = server.runtime.models;
  const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const other = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
  const taskforceId = (await buildTaskforce(models, [member, other]))._id;
  return { server, member, other, taskforceId };
}

/** Closes the providers and sockets a co-editing test file opened, then its server. */
export async function closeCollabServer(
  server: KoersServer,
  providers: WebsocketProvider[],
  sockets: WebSocket[] = [],
): Promise<void> {
  for (const provider of providers) provider.destroy();
  for (const socket of sockets) socket.terminate();
  await server.close();
}
