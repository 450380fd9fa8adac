import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { createTopicIterator } from './topicIterator';
import type { Topic, TopicPayload } from './topics';

/** Publishes domain events to GraphQL subscriptions in this process and, with Redis, in all others. */
export interface PubSub {
  /** Payloads must be JSON data: they cross process boundaries as JSON. */
  publish<T extends Topic>(topic: T, payload: TopicPayload<T>): void;
  /** A live stream of one topic's payloads until the iterator is returned. */
  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayload<T>>;
  /** Whether both Redis connections are ready; undefined without Redis (one process). */
  redisUp(): boolean | undefined;
  close(): Promise<void>;
}

interface Envelope {
  origin: string;
  topic: string;
  payload: unknown;
}

/**
 * An in-process PubSub, fanned out through Redis when `redisUrl` is set, on the channel
 * `<prefix>events`, so deployments sharing one Redis under different prefixes stay apart.
 */
export function createPubSub(redisUrl: string | undefined, prefix: string, logger: Logger): PubSub {
  const channel = `${prefix}events`;
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const origin = randomUUID();
  const emit = (topic: string, payload: unknown) => local.emit(topic, payload);

  let publisher: Redis | undefined;
  let subscriber: Redis | undefined;
  if (redisUrl) {
    // Without this a publish issued while Redis is down would be queued and replayed late.
    const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    publisher = new Redis(redisUrl, options);
    subscriber = new Redis(redisUrl, { ...options, enableOfflineQueue: true });
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) =>
        logger.warn({ err: error.message }, 'Redis event fan-out unavailable'),
      );
    }
    void subscriber.subscribe(channel).catch(() => undefined);
    subscriber.on('message', (_channel: string, message: string) => {
      const envelope = JSON.parse(message) as Envelope;
      if (envelope.origin !== origin) emit(envelope.topic, envelope.payload);
    });
  }

  return {
    publish(topic, payload) {
      const data = JSON.parse(JSON.stringify(payload)) as unknown;
      emit(topic, data);
      publisher
        ?.publish(channel, JSON.stringify({ origin, topic, payload: data } satisfies Envelope))
        .catch((error: Error) => logger.warn({ err: error.message, topic }, 'event not fanned out'));
    },
    subscribe<T extends Topic>(topic: T) {
      return createTopicIterator<TopicPayload<T>>((push) => {
        const listener = (payload: TopicPayload<T>) => push(payload);
        local.on(topic, listener);
        return () => local.off(topic, listener);
      });
    },
    redisUp: () =>
      publisher && subscriber ? publisher.status === 'ready' && subscriber.status === 'ready' : undefined,
    async close() {
      local.removeAllListeners();
      await Promise.all([
        publisher?.quit().catch(() => undefined),
        subscriber?.quit().catch(() => undefined),
      ]);
    },
  };
}
