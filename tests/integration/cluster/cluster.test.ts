import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startCluster, type Cluster } from '../../../scripts/cluster/cluster';
import { loadDocumentState } from '../../../server/db/collabStore';
import { databaseNameFromUri, openDatabase } from '../../../server/db/connection';
import { createModels, type Models } from '../../../server/db/models';
import { buildRoadmap, clientAddItem, itemTitles, synced } from '../../support/collab';
import {
  buildEditor,
  buildMunicipality,
  buildStandard,
  buildTaskforce,
  buildUser,
  TEST_PASSWORD,
} from '../../support/factories';
import { graphql } from '../../support/gql';
import { subscribe } from '../../support/subscriptionClient';
import { eventually } from '../../support/eventually';

const ClusterLogin = graphql(`
  mutation ClusterLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const ClusterUpdateAdoption = graphql(`
  mutation ClusterUpdateAdoption($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      adoption {
        status
      }
    }
  }
`);

const ClusterAdoptionChanged = graphql(`
  subscription ClusterAdoptionChanged($standardId: ID) {
    adoptionChanged(standardId: $standardId) {
      status
    }
  }
`);

/**
 * Koers as deployed: real nginx (Debian's, the deployment's proxy settings) in front of two
 * compiled Koers processes on one database and Redis. The test stands for an outer balancer on
 * loopback: the `X-Forwarded-For` it sends is the client address nginx routes by (sticky per
 * client) and Koers believes (TRUST_PROXY=loopback).
 */
let cluster: Cluster;
let models: Models;
let closeDatabase: () => Promise<void>;
/** One client address that nginx routes to each process, in process order. */
const addressOf: string[] = [];

function headersFrom(address: string, token?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-forwarded-for': address,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** POSTs a typed operation through nginx as the client at `address`. */
async function post<T, V>(
  address: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
): Promise<FormattedExecutionResult<T>> {
  const response = await fetch(`${cluster.url}/graphql`, {
    method: 'POST',
    headers: headersFrom(address, token),
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as FormattedExecutionResult<T>;
}

/** The index of the process nginx sends the client at `address` to. */
async function processFor(address: string): Promise<number> {
  const response = await fetch(`${cluster.url}/livez`, { headers: { 'x-forwarded-for': address } });
  const upstream = response.headers.get('x-koers-upstream') ?? '';
  return cluster.processes.findIndex((p) => upstream.endsWith(`:${p.port}`));
}

/** A `ws` WebSocket that connects as the client at `address`. */
function webSocketFrom(address: string): typeof WebSocket {
  class Forwarded extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': address } });
    }
  }
  return Forwarded as unknown as typeof WebSocket;
}

function coEditor(address: string, name: string, token: string): WebsocketProvider {
  return new WebsocketProvider(`${cluster.url.replace('http', 'ws')}/collab`, name, new Y.Doc(), {
    params: { token },
    WebSocketPolyfill: webSocketFrom(address) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

beforeAll(async () => {
  const uri = `${inject('mongoUri')}koers_cluster_${randomUUID().slice(0, 8)}`;
  cluster = await startCluster({
    mongodbUri: uri,
    redisUrl: 'redis://127.0.0.1:6379',
    redisPrefix: `cluster-${randomUUID().slice(0, 8)}:`,
    revealUpstream: true,
  });
  const connection = await openDatabase(uri, databaseNameFromUri(uri, 'koers'));
  models = createModels(connection);
  closeDatabase = () => connection.close();
  for (let i = 1; [...cluster.processes.keys()].some((index) => !addressOf[index]); i++) {
    if (i > 250) throw new Error('nginx sent every address to the same process');
    const address = `198.51.100.${i}`;
    const index = await processFor(address);
    addressOf[index] ??= address;
  }
});

afterAll(async () => {
  await cluster?.stop();
  await closeDatabase?.();
});

describe('a cluster behind nginx', () => {
  it('routes each client to one process, and different clients to different processes', async () => {
    expect(addressOf.every(Boolean)).toBe(true);
    expect(await processFor(addressOf[0] as string)).toBe(0);
    expect(await processFor(addressOf[1] as string)).toBe(1);
  });

  it('co-editing clients on different processes converge', async () => {
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const roadmap = await buildRoadmap(models, (await buildTaskforce(models, [member]))._id);
    const [first, second] = [0, 1].map((i) =>
      coEditor(addressOf[i] as string, roadmap.name, member.token),
    ) as [WebsocketProvider, WebsocketProvider];
    try {
      await Promise.all([synced(first), synced(second)]);
      for (let n = 0; n < 20; n++) {
        clientAddItem(first.doc, `a${n}`, `Eerste ${n}`);
        clientAddItem(second.doc, `b${n}`, `Tweede ${n}`);
      }
      await eventually(() => {
        expect(itemTitles(first.doc)).toHaveLength(40);
        expect(itemTitles(second.doc)).toEqual(itemTitles(first.doc));
      });
    } finally {
      first.destroy();
      second.destroy();
    }
  });

  it('a subscription on one process sees a write made through the other', async () => {
    await buildMunicipality(models);
    const standardId = String((await buildStandard(models))._id);
    const editor = await buildEditor(models);
    const input = (status: 'PLANNED' | 'IN_PROGRESS') => ({
      municipalityId: 'GM0344',
      standardId,
      status,
      targetDate: '2027-06-30',
    });
    const client = createClient({
      url: `${cluster.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: webSocketFrom(addressOf[0] as string),
      lazy: true,
      retryAttempts: 0,
    });
    try {
      const live = subscribe(client, ClusterAdoptionChanged, { standardId });
      // The first write goes through the subscriber's own process: once it arrives, the
      // subscription is live, and the next event can only come from the other process.
      await eventually(async () => {
        const body = await post(
          addressOf[0] as string,
          ClusterUpdateAdoption,
          { input: input('PLANNED') },
          editor.token,
        );
        expect(body.errors).toBeUndefined();
      });
      expect((await live.next()).data?.adoptionChanged.status).toBe('PLANNED');
      const write = await post(
        addressOf[1] as string,
        ClusterUpdateAdoption,
        { input: input('IN_PROGRESS') },
        editor.token,
      );
      expect(write.errors).toBeUndefined();
      expect((await live.next()).data?.adoptionChanged.status).toBe('IN_PROGRESS');
      live.stop();
    } finally {
      await client.dispose();
    }
  });

  it('counts failed sign-ins per forwarded client address, not per balancer', async () => {
    const user = await buildUser(models);
    const login = (address: string, email: string, password: string) =>
      post(address, ClusterLogin, { email, password });
    const codeOf = (body: FormattedExecutionResult<unknown>) => body.errors?.[0]?.extensions?.code;

    // 60 wrong passwords from 60 clients: more than one address may fail (50), nobody is locked out.
    const spread = Array.from({ length: 60 }, (_, i) => `203.0.113.${i + 1}`);
    for (let batch = 0; batch < spread.length; batch += 10) {
      const answers = await Promise.all(
        spread.slice(batch, batch + 10).map((address) => login(address, user.email, 'wrong password')),
      );
      expect(answers.map(codeOf)).toEqual(Array(answers.length).fill('UNAUTHENTICATED'));
    }
    const fromElsewhere = await login('192.0.2.200', user.email, TEST_PASSWORD);
    expect(fromElsewhere.errors).toBeUndefined();
    expect(fromElsewhere.data?.login.token).toBeTruthy();

    // 50 failures from one client (over many accounts: password spraying) lock that client out.
    const sprayer = '192.0.2.66';
    for (let batch = 0; batch < 50; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(sprayer, `nobody-${batch + i}@test.koers.example`, 'x')),
      );
    }
    expect(codeOf(await login(sprayer, user.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect((await login('192.0.2.201', user.email, TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('when a process dies, its clients reconnect to the other and no edit older than 100 ms is lost', async () => {
    const member = await buildUser(models, { roles: ['TASKFORCE_MEMBER'] });
    const roadmap = await buildRoadmap(models, (await buildTaskforce(models, [member]))._id);
    const [onA, onB] = [addressOf[0] as string, addressOf[1] as string];
    // `typist` keeps editing through the failure; `dying` is a browser that goes down with the
    // process (it never re-sends), so only what the server stored of its edits survives.
    const typist = coEditor(onA, roadmap.name, member.token);
    const dying = coEditor(onA, roadmap.name, member.token);
    const watcher = coEditor(onB, roadmap.name, member.token);
    const typed: string[] = [];
    const dyingEdits: Array<{ id: string; at: number }> = [];
    try {
      await Promise.all([synced(typist), synced(dying), synced(watcher)]);
      let n = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          clientAddItem(typist.doc, `t${n}`, `Typist ${n}`);
          typed.push(`t${n}`);
          clientAddItem(dying.doc, `d${n}`, `Dying ${n}`);
          dyingEdits.push({ id: `d${n}`, at: performance.now() });
          if (++n === 60) {
            clearInterval(timer);
            resolve();
          }
        }, 10);
      });
      const killedAt = performance.now();
      dying.destroy();
      await cluster.processes[0]?.kill('SIGKILL');

      // The typist's provider reconnects through nginx, which now can only reach process B.
      await eventually(() => expect(typist.wsconnected && typist.synced).toBe(true));
      const reconnectedMs = performance.now() - killedAt;
      clientAddItem(typist.doc, 'after', 'Na de storing');
      const older = dyingEdits.filter((edit) => edit.at <= killedAt - 100).map((edit) => edit.id);
      const ids = (doc: Y.Doc) =>
        new Set(
          doc
            .getArray<Y.Map<unknown>>('items')
            .toArray()
            .map((item) => String(item.get('id'))),
        );
      await eventually(() => {
        const seen = ids(watcher.doc);
        expect([...typed, 'after', ...older].filter((id) => !seen.has(id))).toEqual([]);
      });

      // What the database holds once the surviving process has stored everything.
      watcher.destroy();
      typist.destroy();
      await cluster.processes[1]?.kill('SIGTERM');
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await loadDocumentState(models, roadmap.name))?.state ?? new Uint8Array());
      const storedIds = ids(stored);
      expect([...typed, 'after', ...older].filter((id) => !storedIds.has(id))).toEqual([]);
      console.warn(
        `cluster failover: reconnected ${Math.round(reconnectedMs)} ms after SIGKILL; ` +
          `${typed.length + 1} typist edits and ${older.length} of ${dyingEdits.length} edits of the dying ` +
          `client (those older than 100 ms) all stored; ` +
          `${dyingEdits.filter((edit) => !storedIds.has(edit.id)).length} newer ones lost`,
      );
    } finally {
      typist.destroy();
      dying.destroy();
      watcher.destroy();
    }
  });
});
