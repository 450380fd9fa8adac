import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Each stock WebsocketProvider adds an exit listener to the process (to announce its client gone),
// and the bench holds up to 300 at once (many rooms: 100 × 3), so Node warned of a possible leak
// from the eleventh on. A limit above what the bench holds still warns of a real one.
process.setMaxListeners(400);

/** A y-websocket client: the stock WebsocketProvider in Node. */
export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** Connects `count` stock WebsocketProviders to `room` on `serverUrl` and waits until all have synced. */
export async function connectClients(
  serverUrl: string,
  room: string,
  count: number,
  params: Record<string, string> = {},
): Promise<BenchClient[]> {
  const clients = Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(serverUrl, room, doc, {
      params,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    return { doc, provider };
  });
  const SYNC_TIMEOUT_MS = 15_000;
  await Promise.all(
    clients.map(
      ({ provider }) =>
        new Promise<void>((resolve, reject) => {
          if (provider.synced) return resolve();
          const timer = setTimeout(
            () => reject(new Error(`${room} on ${serverUrl} did not sync within ${SYNC_TIMEOUT_MS} ms`)),
            SYNC_TIMEOUT_MS,
          );
          provider.once('sync', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
  return clients;
}

/** Disconnects and destroys clients. */
export function closeClients(clients: BenchClient[]): void {
  for (const { provider, doc } of clients) {
    provider.destroy();
    doc.destroy();
  }
}
