import type { Topic } from '../../server/events/topics';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Runtime } from '../../server/runtime';

/** A graphql-ws client for `/graphql` of a test server, signed in with `token` when given. */
export function subscriptionClient(port: number, token?: string): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { token } : {},
    lazy: true,
    retryAttempts: 0,
  });
}

/** A live subscription: `ready` once the server acknowledged the operation, `next()` awaits an event. */
export interface LiveSubscription<T> {
  next(): Promise<FormattedExecutionResult<T>>;
  /** Resolves with the errors the server ended the operation with. */
  errors: Promise<readonly unknown[]>;
  stop(): void;
}

/** Subscribes and queues results so a test can await them in order, without sleeping. */
export function subscribe<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): LiveSubscription<T> {
  const queue: FormattedExecutionResult<T>[] = [];
  const waiting: Array<{
    resolve: (result: FormattedExecutionResult<T>) => void;
    reject: (error: Error) => void;
  }> = [];
  /** Set once the server ended the operation: a `next()` then fails instead of waiting forever. */
  let ended: Error | undefined;
  let resolveErrors: (errors: readonly unknown[]) => void = () => undefined;
  const errors = new Promise<readonly unknown[]>((resolve) => (resolveErrors = resolve));
  const end = (reasons: readonly unknown[]) => {
    resolveErrors(reasons);
    ended = new Error(`the subscription ended: ${JSON.stringify(reasons, describe)}`);
    for (const waiter of waiting.splice(0)) waiter.reject(ended);
  };
  const stop = client.subscribe<T>(
    { query: print(document), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (result) => {
        const waiter = waiting.shift();
        if (waiter) waiter.resolve(result as FormattedExecutionResult<T>);
        else queue.push(result as FormattedExecutionResult<T>);
      },
      error: (error) => end(Array.isArray(error) ? error : [error]),
      complete: () => end([]),
    },
  );
  return {
    next: () => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    errors,
    stop,
  };
}

/**
 * Resolves once the server has subscribed to `topic` (the next time), so a test publishes only
 * after its subscription listens: awaiting this replaces a sleep.
 */
export function whenSubscribed(runtime: Runtime, topic: Topic): Promise<void> {
  const pubsub = runtime.pubsub;
  const original = pubsub.subscribe.bind(pubsub);
  return new Promise((resolve) => {
    pubsub.subscribe = <T extends Topic>(name: T) => {
      const iterator = original(name);
      if (name === topic) {
        pubsub.subscribe = original;
        resolve();
      }
      return iterator;
    };
  });
}

/** JSON for what ended a subscription: a socket's close event or an error, by its telling fields. */
function describe(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value && typeof value === 'object' && 'code' in value && 'reason' in value) {
    const { code, reason } = value as { code: unknown; reason: unknown };
    return { code, reason };
  }
  return value;
}
