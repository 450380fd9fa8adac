import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import type { MetricSet } from '../lib/metrics';
import { rssKiB, type ServerProcess } from '../lib/processes';
import { percentile } from '../lib/stats';
import { closeClients, connectClients } from './clients';
import { measurePropagation } from './propagation';

/** What the collab suite needs from the run: both servers and a way to make Koers roadmaps. */
export interface CollabTargets {
  koers: ServerProcess;
  stock: ServerProcess;
  token: string;
  newRoadmap(title: string): Promise<string>;
  /** Resolves once the update log of `roadmapId` holds at least `count` updates or one snapshot. */
  persistedEdits(roadmapId: string): Promise<number>;
}

const CLIENT_COUNTS = [2, 20, 50];

/**
 * Edit propagation on one document through Koers's `/collab` (access control and persistence on)
 * and through the stock y-websocket server, in alternating blocks so drift hits both alike.
 */
export async function propagationBenchmarks(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  const blocks = quick ? 8 : 20;
  for (const count of CLIENT_COUNTS) {
    // Enough latencies for a p99 that does not swing from run to run, and never fewer than this
    // many edits: a slow edit delays its latencies to all 49 receivers together, so the p99 is set
    // by the slowest 1% of edits — at 1,000 edits the ten slowest, and the ratio to stock swung
    // from 0.66× to 1.61× between runs of 50 clients; at 3,000 edits, 1.01× to 1.06×.
    const rounds = Math.max(Math.ceil((quick ? 4000 : 20_000) / (count - 1)), quick ? 1500 : 5000);
    const roundsPerBlock = Math.ceil(rounds / blocks);
    console.log(`  collab.propagation.c${count}`);
    const roadmapId = await targets.newRoadmap(`Propagation ${count}`);
    const koersClients = await connectClients(
      `ws://${targets.koers.url}/collab`,
      `roadmap:${roadmapId}`,
      count,
      {
        token: targets.token,
      },
    );
    const stockClients = await connectClients(`ws://${targets.stock.url}`, `bench-${count}`, count);
    const koers = { latencies: [] as number[], lost: 0 };
    const stock = { latencies: [] as number[], lost: 0 };
    await measurePropagation(koersClients, 5, 'warmup');
    await measurePropagation(stockClients, 5, 'warmup');
    for (let block = 0; block < blocks; block++) {
      const k = await measurePropagation(koersClients, roundsPerBlock, `k${block}`);
      const s = await measurePropagation(stockClients, roundsPerBlock, `s${block}`);
      koers.latencies.push(...k.latencies);
      koers.lost += k.lost;
      stock.latencies.push(...s.latencies);
      stock.lost += s.lost;
    }
    closeClients(koersClients);
    closeClients(stockClients);
    for (const q of [50, 99] as const) {
      metrics.add(`collab.propagation.c${count}.p${q}_ms`, percentile(koers.latencies, q), 'ms', {
        reference: percentile(stock.latencies, q),
        goal: q === 50 ? '<= 1.0x stock' : '<= 1.1x stock',
      });
    }
    metrics.add(`collab.propagation.c${count}.lost`, koers.lost, 'updates', {
      reference: stock.lost,
      goal: '0',
    });
  }
}

/** A new client's first sync of `room` on the server at `url`, and how long it took (ms). */
async function timedSync(url: string, room: string, params: Record<string, string> = {}) {
  const started = performance.now();
  const [reader] = await connectClients(url, room, 1, params);
  return { reader: reader!, time: performance.now() - started };
}

/** A new client's first sync of roadmap `id` on Koers, and how long it took (ms). */
function timedFirstSync(targets: CollabTargets, id: string) {
  return timedSync(`ws://${targets.koers.url}/collab`, `roadmap:${id}`, { token: targets.token });
}

/** How long applying `state` to a new Y.Doc takes (ms); `listening` as the stock provider's does. */
function applyTime(state: Uint8Array, listening: boolean): number {
  const started = performance.now();
  const doc = new Y.Doc();
  // The stock provider's document listens for updates (to send its own): Yjs then also encodes
  // every change it applies, which plain Yjs skips.
  if (listening) doc.on('update', () => undefined);
  Y.applyUpdate(doc, state);
  const time = performance.now() - started;
  doc.destroy();
  return time;
}

/**
 * The floor (plain Yjs) and the stock client's apply of `state`, each the median of three, taken
 * in turns. The first apply after a sync is often slow, most likely from collecting the document
 * just closed: in a probe the floor, one apply right after the sync, had a median of 28.6 ms over
 * five runs, and the client's apply right after it, doing more, 8.6 ms. One apply each, or three
 * of a kind in a row, charges that to one of the two.
 */
function applyTimes(state: Uint8Array): { floor: number; client: number } {
  const floor: number[] = [];
  const client: number[] = [];
  for (const turn of [
    [false, true],
    [true, false],
    [false, true],
  ]) {
    for (const listening of turn) (listening ? client : floor).push(applyTime(state, listening));
  }
  return { floor: percentile(floor, 50), client: percentile(client, 50) };
}

/**
 * First sync of a roadmap with 10,000 edits in its history, against applying the same state with
 * plain Yjs in-process (the floor).
 */
export async function firstSyncBenchmark(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  console.log('  collab.first_sync');
  const edits = 10_000;
  const roadmapId = await targets.newRoadmap('First sync');
  const [writer] = await connectClients(`ws://${targets.koers.url}/collab`, `roadmap:${roadmapId}`, 1, {
    token: targets.token,
  });
  const meta = writer!.doc.getMap('bench');
  for (let i = 0; i < edits; i++) meta.set(`k${i % 500}`, i);
  const state = Y.encodeStateAsUpdate(writer!.doc);
  while ((await targets.persistedEdits(roadmapId)) < 1) await delay(50);
  closeClients([writer!]);
  // Let the server unload the document, so the measured sync includes loading it from the database.
  await delay(2000);

  // The stock server keeps a room only while a client is in it: a holder keeps the same state there.
  const [holder] = await connectClients(`ws://${targets.stock.url}`, 'first-sync', 1);
  Y.applyUpdate(holder!.doc, state);
  const stockRoom = await connectClients(`ws://${targets.stock.url}`, 'first-sync', 1);
  if (stockRoom[0]!.doc.getMap('bench').get('k499') !== edits - 1)
    throw new Error('the stock server did not hold the state');
  closeClients(stockRoom);

  const runs = quick ? 5 : 9;
  const emptyId = await targets.newRoadmap('First sync, empty');
  const koersTimes: number[] = [];
  const floorTimes: number[] = [];
  const clientApplyTimes: number[] = [];
  const emptyTimes: number[] = [];
  const stockTimes: number[] = [];
  const stockEmptyTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    // The empty document first, and apart: unloading a document projects it, which would
    // otherwise run on the server while the next sync is measured.
    const empty = await timedFirstSync(targets, emptyId);
    emptyTimes.push(empty.time);
    closeClients([empty.reader]);
    await delay(500);
    const { reader, time } = await timedFirstSync(targets, roadmapId);
    koersTimes.push(time);
    if (reader.doc.getMap('bench').get('k499') !== edits - 1)
      throw new Error('first sync returned stale content');
    closeClients([reader]);
    const applied = applyTimes(state);
    floorTimes.push(applied.floor);
    clientApplyTimes.push(applied.client);
    const stockSync = await timedSync(`ws://${targets.stock.url}`, 'first-sync');
    stockTimes.push(stockSync.time);
    closeClients([stockSync.reader]);
    await delay(500);
    const stockEmpty = await timedSync(`ws://${targets.stock.url}`, `first-sync-empty-${run}`);
    stockEmptyTimes.push(stockEmpty.time);
    closeClients([stockEmpty.reader]);
    // Both documents unload before the next run, so each sync loads from the database.
    await delay(2000);
  }
  const floor = percentile(floorTimes, 50);
  metrics.add('collab.first_sync.10k_edits_ms', percentile(koersTimes, 50), 'ms', {
    reference: floor,
    goal: '<= 1.5x plain Yjs',
  });
  // What a first sync costs without content (upgrade, sign-in and access lookups, load): the part
  // of the figure above that does not depend on the document.
  metrics.add('collab.first_sync.empty_doc_ms', percentile(emptyTimes, 50), 'ms');
  // The same first sync from the stock y-websocket server, which holds the document in memory
  // (no sign-in, no access check, no load): the least any server over a WebSocket takes here.
  metrics.add('collab.first_sync.10k_edits_vs_stock_ms', percentile(koersTimes, 50), 'ms', {
    reference: percentile(stockTimes, 50),
  });
  // What connecting alone costs on this machine: the stock server's first sync of an empty room
  // (nothing to load, check or decode). The goal above leaves Koers half the floor for connecting,
  // checking, loading and sending; when this alone takes more, no server over a WebSocket meets it.
  metrics.add('collab.first_sync.stock_empty_room_ms', percentile(stockEmptyTimes, 50), 'ms', {
    reference: floor / 2,
  });
  // The stock client applying the state into its document: part of every first sync over a
  // WebSocket, whatever the server.
  metrics.add('collab.first_sync.client_apply_ms', percentile(clientApplyTimes, 50), 'ms', {
    reference: floor,
  });
  // The least a first sync over a WebSocket takes here with a server that costs nothing beyond the
  // stock server's empty room: connecting, then the client's apply. Above the goal's 1.5× the
  // floor (the reference), no server over a WebSocket meets the goal on this machine.
  metrics.add(
    'collab.first_sync.least_over_websocket_ms',
    percentile(stockEmptyTimes, 50) + percentile(clientApplyTimes, 50),
    'ms',
    { reference: 1.5 * floor },
  );
  closeClients([holder!]);
}

/**
 * First sync of a new roadmap while 20 others are open and edited a while apart, against the same
 * first sync before they were. Edits further apart than the log's 50 ms batch are stored one record
 * each, as people editing now and then write them, and on FerretDB every load scans the whole
 * update log: what other documents keep unfolded is paid by every first sync.
 */
export async function firstSyncBesideLogsBenchmark(
  targets: CollabTargets,
  metrics: MetricSet,
  quick: boolean,
) {
  console.log('  collab.first_sync_beside_logs');
  const documents = 20;
  const edits = quick ? 120 : 300;
  const runs = quick ? 5 : 9;
  const syncTimes = async () => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const { reader, time } = await timedFirstSync(
        targets,
        await targets.newRoadmap('First sync beside logs'),
      );
      times.push(time);
      closeClients([reader]);
    }
    return times;
  };
  const alone = await syncTimes();
  const ids: string[] = [];
  for (let i = 0; i < documents; i++) ids.push(await targets.newRoadmap(`Edited now and then ${i}`));
  const editors = (
    await Promise.all(
      ids.map((id) =>
        connectClients(`ws://${targets.koers.url}/collab`, `roadmap:${id}`, 1, { token: targets.token }),
      ),
    )
  ).flat();
  for (let edit = 0; edit < edits; edit++) {
    for (const { doc } of editors) doc.getMap('bench').set(`k${edit}`, edit);
    await delay(70);
  }
  const beside = await syncTimes();
  closeClients(editors);
  // The 20 documents fold and unload now: let them, so the next phase starts on a settled server.
  await delay(2000);
  metrics.add('collab.first_sync.beside_logs_ms', percentile(beside, 50), 'ms', {
    reference: percentile(alone, 50),
  });
}

/** Server memory per open document: RSS growth over 200 open documents, one client each. */
export async function memoryPerDocumentBenchmark(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  console.log('  memory.per_open_doc');
  const documents = quick ? 20 : 200;
  const ids: string[] = [];
  for (let i = 0; i < documents; i++) ids.push(await targets.newRoadmap(`Memory ${i}`));
  global.gc?.();
  const before = rssKiB(targets.koers.pid);
  const clients = [];
  for (const id of ids) {
    clients.push(
      ...(await connectClients(`ws://${targets.koers.url}/collab`, `roadmap:${id}`, 1, {
        token: targets.token,
      })),
    );
  }
  const after = rssKiB(targets.koers.pid);
  closeClients(clients);
  metrics.add('memory.per_open_doc_kb', (after - before) / documents, 'KiB');
  await delay(3000);
  const released = rssKiB(targets.koers.pid);
  metrics.add('memory.after_clients_leave_kb', released - before, 'KiB', { goal: 'back near baseline' });
}
