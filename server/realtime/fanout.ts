import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';

/**
 * What crosses processes about one document. `Reconnected` never crosses: the fan-out tells each
 * document that its Redis connection came back, so the document can catch up on what it missed.
 */
export const FanoutKind = { Update: 0, Awareness: 1, SyncRequest: 2, Reconnected: 3 } as const;

/** One of {@link FanoutKind}. */
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind];

/** Receives another process's message about a document. */
export type FanoutHandler = (kind: FanoutKind, payload: Uint8Array) => void;

/** Relays document updates and awareness between server processes; a no-op without Redis. */
export interface Fanout {
  /** Resolves once this process receives the document's channel. */
  subscribe(docName: string, handler: FanoutHandler): Promise<void>;
  unsubscribe(docName: string): void;
  publish(docName: string, kind: FanoutKind, payload: Uint8Array): void;
  close(): Promise<void>;
}

const ORIGIN_BYTES = 8;

/**
 * Redis fan-out on one channel per document (`<prefix>collab:<name>`), so a process only receives
 * the documents it holds. Messages are binary: origin (8 bytes), kind (1 byte), payload.
 */
export function createFanout(redisUrl: string | undefined, prefix: string, logger: Logger): Fanout {
  if (!redisUrl) {
    return {
      subscribe: async () => undefined,
      unsubscribe: () => undefined,
      publish: () => undefined,
      close: async () => undefined,
    };
  }
  const origin = randomBytes(ORIGIN_BYTES);
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const subscriber = new Redis(redisUrl);
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) =>
      logger.warn({ err: error.message }, 'Redis collab fan-out unavailable'),
    );
  }
  const handlers = new Map<string, FanoutHandler>();
  // ioredis resubscribes by itself after an outage, but messages published meanwhile are gone.
  let connectedBefore = false;
  subscriber.on('ready', () => {
    if (connectedBefore) {
      logger.info({ documents: handlers.size }, 'Redis collab fan-out is back; resyncing documents');
      for (const handler of handlers.values()) handler(FanoutKind.Reconnected, new Uint8Array());
    }
    connectedBefore = true;
  });
  const channelOf = (docName: string) => `${prefix}collab:${docName}`;
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    if (message.length <= ORIGIN_BYTES || message.subarray(0, ORIGIN_BYTES).equals(origin)) return;
    const handler = handlers.get(channel.toString().slice(`${prefix}collab:`.length));
    const kind = message[ORIGIN_BYTES] as FanoutKind;
    handler?.(kind, new Uint8Array(message.subarray(ORIGIN_BYTES + 1)));
  });
  return {
    async subscribe(docName, handler) {
      handlers.set(docName, handler);
      // A Redis outage must not block co-editing in this process: wait briefly, then go on alone.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>(
        (resolve) => (timer = setTimeout(() => resolve('timeout'), 2000)),
      );
      const result = await Promise.race([
        subscriber.subscribe(channelOf(docName)).catch(() => 'failed'),
        timeout,
      ]);
      clearTimeout(timer);
      if (result === 'timeout' || result === 'failed') {
        logger.warn({ docName }, 'Redis subscribe did not answer; this document is not fanned out yet');
      }
    },
    unsubscribe(docName) {
      handlers.delete(docName);
      void subscriber.unsubscribe(channelOf(docName)).catch(() => undefined);
    },
    publish(docName, kind, payload) {
      const message = Buffer.concat([origin, Buffer.from([kind]), payload]);
      publisher.publish(channelOf(docName), message).catch((error: Error) => {
        logger.warn({ err: error.message, docName }, 'collab update not fanned out');
      });
    },
    async close() {
      await Promise.all([publisher.quit().catch(() => undefined), subscriber.quit().catch(() => undefined)]);
    },
  };
}
