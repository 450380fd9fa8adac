/**
 * `npm run soak` (`-- --seconds 30` for a shorter run): a bounded load on a Koers process — a
 * GraphQL mix (reads, adoption reports, roadmap reads) plus 100 y-websocket clients editing 10
 * roadmaps — for two minutes. Reports errors (must be 0), p50/p99 latencies and the server's memory
 * over time, checks that every edit was stored, and writes bench/soak-results.json. Not part of
 * `npm test`; exits 1 when anything failed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createBenchAdmin, createRoadmap } from '../bench/lib/fixtures';
import { startKoersProcess, rssKiB } from '../bench/lib/processes';
import { percentile, round } from '../bench/lib/stats';
import { openDatabase } from '../server/db/connection';
import { startEmbeddedDatabase } from '../server/db/ferretdb';
import { createModels } from '../server/db/models';
import { loadDocumentState } from '../server/db/collabStore';
import { seedDatabase } from '../seeds/seed';

const secondsArg = process.argv.indexOf('--seconds');
const DURATION_MS = (secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 120) * 1000;
const DOCUMENTS = 10;
const CLIENTS_PER_DOCUMENT = 10;
const GRAPHQL_WORKERS = 8;
/** Pause between one worker's requests and between one client's edits: a bounded load. */
const GRAPHQL_THINK_MS = 20;
const EDIT_EVERY_MS = 1000;
const SAMPLE_EVERY_MS = 5000;

const errors: string[] = [];
const graphqlLatencies: number[] = [];
const latenciesByOperation = new Map<string, number[]>();
const propagationLatencies: number[] = [];
const memory: Array<{ second: number; rssMiB: number }> = [];
let edits = 0;

const dataDir = mkdtempSync(path.join(tmpdir(), 'koers-soak-'));
const db = await startEmbeddedDatabase({ dataDir });
const connection = await openDatabase(db.uri, 'koers_soak');
const models = createModels(connection);
console.log('seeding…');
await seedDatabase(models);
const admin = await createBenchAdmin(models);
const server = await startKoersProcess(`${db.uri}koers_soak`, 0);
const standardIds = (await models.Standard.find({}, { _id: 1 }).limit(20).lean()).map((s) => String(s._id));
const roadmapIds: string[] = [];
for (let i = 0; i < DOCUMENTS; i++) {
  roadmapIds.push(await createRoadmap(server.url, admin.token, admin.taskforceId, `Soak ${i}`));
}

async function graphql(operation: string, query: string, variables: unknown = {}): Promise<void> {
  const started = performance.now();
  try {
    const response = await fetch(`http://${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || body.errors) {
      errors.push(`graphql ${response.status}: ${JSON.stringify(body.errors).slice(0, 200)}`);
    }
  } catch (error) {
    errors.push(`graphql: ${(error as Error).message}`);
  }
  const latency = performance.now() - started;
  graphqlLatencies.push(latency);
  latenciesByOperation.set(operation, [...(latenciesByOperation.get(operation) ?? []), latency]);
}

const statuses = ['PLANNED', 'IN_PROGRESS', 'ADOPTED'];
const operations: Array<(i: number) => Promise<void>> = [
  () =>
    graphql(
      'standards',
      '{ standards(first: 20) { totalCount nodes { id name adoptionSummary { total } } } }',
    ),
  () =>
    graphql(
      'municipalities',
      '{ municipalities(first: 50, search: "en") { totalCount nodes { code name } } }',
    ),
  (i) =>
    graphql('roadmap', 'query($id: ID!) { roadmap(id: $id) { title items { id title startYear } } }', {
      id: roadmapIds[i % roadmapIds.length],
    }),
  () => graphql('roadmaps', '{ roadmaps(first: 20) { totalCount nodes { id title updatedAt } } }'),
  (i) =>
    graphql(
      'updateAdoption',
      'mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { status } } }',
      {
        input: {
          municipalityId: 'GM0344',
          standardId: standardIds[i % standardIds.length],
          status: statuses[i % statuses.length],
        },
      },
    ),
];

const deadline = Date.now() + DURATION_MS;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphqlWorker(worker: number): Promise<void> {
  for (let i = worker; Date.now() < deadline; i += GRAPHQL_WORKERS) {
    await (operations[i % operations.length] as (i: number) => Promise<void>)(i);
    await pause(GRAPHQL_THINK_MS);
  }
}

interface Editor {
  doc: Y.Doc;
  provider: WebsocketProvider;
  name: string;
  added: string[];
}

function connectEditor(roadmapId: string, index: number): Editor {
  const doc = new Y.Doc();
  const name = `roadmap:${roadmapId}`;
  const provider = new WebsocketProvider(`ws://${server.url}/collab`, name, doc, {
    params: { token: admin.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (Date.now() < deadline) errors.push(`collab ${name} closed: ${event?.code ?? 'unknown'}`);
  });
  provider.on('connection-error', () => {
    if (Date.now() < deadline) errors.push(`collab ${name} connection error`);
  });
  // One observer per document measures how long an edit takes to reach another client.
  if (index === 0) {
    doc.getArray<Y.Map<unknown>>('items').observe((event) => {
      if (event.transaction.local) return;
      for (const item of event.changes.added) {
        for (const content of item.content.getContent() as Y.Map<unknown>[]) {
          const at = content.get('sentAt');
          if (typeof at === 'number') propagationLatencies.push(Date.now() - at);
        }
      }
    });
  }
  return { doc, provider, name, added: [] };
}

async function editLoop(editor: Editor, index: number): Promise<void> {
  await pause(Math.random() * EDIT_EVERY_MS);
  for (let n = 0; Date.now() < deadline; n++) {
    const id = `c${index}-${n}`;
    editor.doc.transact(() => {
      const item = new Y.Map<unknown>();
      item.set('id', id);
      item.set('title', `Stap ${n} van ${index}`);
      item.set('startYear', 2026);
      item.set('endYear', 2027);
      item.set('sentAt', Date.now());
      editor.doc.getArray('items').push([item]);
      editor.doc.getText('vision').insert(0, `${index}.`);
    });
    editor.provider.awareness.setLocalStateField('cursor', { n });
    editor.added.push(id);
    edits++;
    await pause(EDIT_EVERY_MS);
  }
}

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(DOCUMENTS * CLIENTS_PER_DOCUMENT + 20);
const editors = roadmapIds.flatMap((id) =>
  Array.from({ length: CLIENTS_PER_DOCUMENT }, (_, i) => connectEditor(id, i)),
);
await Promise.all(
  editors.map(
    ({ provider }) =>
      new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve()))),
  ),
);
console.log(
  `soaking for ${DURATION_MS / 1000} s: ${GRAPHQL_WORKERS} GraphQL workers, ${editors.length} editors`,
);

const started = Date.now();
memory.push({ second: 0, rssMiB: round(rssKiB(server.pid) / 1024) });
const sampler = setInterval(() => {
  const sample = {
    second: Math.round((Date.now() - started) / 1000),
    rssMiB: round(rssKiB(server.pid) / 1024),
  };
  memory.push(sample);
  console.log(
    `${sample.second} s: rss ${sample.rssMiB} MiB, ${graphqlLatencies.length} requests, ${edits} edits, ${errors.length} errors`,
  );
}, SAMPLE_EVERY_MS);

await Promise.all([
  ...Array.from({ length: GRAPHQL_WORKERS }, (_, w) => graphqlWorker(w)),
  ...editors.map((editor, i) => editLoop(editor, i)),
]);
clearInterval(sampler);
memory.push({ second: Math.round((Date.now() - started) / 1000), rssMiB: round(rssKiB(server.pid) / 1024) });

// Every client converges, then a graceful stop must leave every edit in the database.
const byDocument = new Map<string, Editor[]>();
for (const editor of editors) byDocument.set(editor.name, [...(byDocument.get(editor.name) ?? []), editor]);
const convergeBy = Date.now() + 15_000;
for (const [name, group] of byDocument) {
  const expected = group.reduce((sum, e) => sum + e.added.length, 0);
  while (group.some((e) => e.doc.getArray('items').length !== expected) && Date.now() < convergeBy)
    await pause(50);
  if (group.some((e) => e.doc.getArray('items').length !== expected))
    errors.push(`${name}: clients did not converge`);
}
await server.stop();
for (const editor of editors) editor.provider.destroy();
let lost = 0;
for (const [name, group] of byDocument) {
  const stored = await loadDocumentState(models, name);
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored.state);
  const ids = new Set(
    doc
      .getArray<Y.Map<unknown>>('items')
      .toArray()
      .map((item) => item.get('id')),
  );
  for (const editor of group) lost += editor.added.filter((id) => !ids.has(id)).length;
}
if (lost > 0) errors.push(`${lost} edits missing from the database after shutdown`);

const results = {
  measuredAt: new Date().toISOString(),
  durationSeconds: DURATION_MS / 1000,
  errors: errors.length,
  firstErrors: errors.slice(0, 10),
  graphql: {
    requests: graphqlLatencies.length,
    p50Ms: round(percentile(graphqlLatencies, 50)),
    p99Ms: round(percentile(graphqlLatencies, 99)),
    byOperation: Object.fromEntries(
      [...latenciesByOperation].map(([name, values]) => [
        name,
        {
          requests: values.length,
          p50Ms: round(percentile(values, 50)),
          p99Ms: round(percentile(values, 99)),
        },
      ]),
    ),
  },
  collab: {
    clients: editors.length,
    edits,
    lostEdits: lost,
    propagationP50Ms: round(percentile(propagationLatencies, 50)),
    propagationP99Ms: round(percentile(propagationLatencies, 99)),
  },
  memory,
};
writeFileSync(
  path.resolve(import.meta.dirname, '../bench/soak-results.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(JSON.stringify(results, null, 2));
await connection.close();
await db.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(errors.length === 0 ? 0 : 1);
