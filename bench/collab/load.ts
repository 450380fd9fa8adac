import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type * as Y from 'yjs';
import type { Models } from '../../server/db/models';
import type { MetricSet } from '../lib/metrics';
import { rssKiB } from '../lib/processes';
import { percentile } from '../lib/stats';
import { closeClients, connectClients, type BenchClient } from './clients';
import type { CollabTargets } from './suite';

/** Creates `count` roadmaps, ten at a time. */
async function newRoadmaps(targets: CollabTargets, count: number, title: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, i) =>
      targets.newRoadmap(`${title} ${start + i}`),
    );
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

/**
 * Records, for every key written to the `bench` map, when each receiver saw it: `sent` holds the
 * write times, the returned array the latencies of arrivals on the receivers.
 */
function observeArrivals(receivers: BenchClient[], sent: Map<string, number>): number[] {
  const latencies: number[] = [];
  for (const { doc } of receivers) {
    doc.getMap<number>('bench').observe((event: Y.YMapEvent<number>) => {
      const now = performance.now();
      for (const key of event.keysChanged) {
        const at = sent.get(key);
        if (at !== undefined) latencies.push(now - at);
      }
    });
  }
  return latencies;
}

/**
 * Many rooms: 100 documents with three clients each, one of them writing twice a second; the
 * latency to the two others in its room, and edits lost.
 */
export async function manyRoomsBenchmark(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  console.log('  collab.many_rooms');
  const rooms = 100;
  const ids = await newRoadmaps(targets, rooms, 'Many rooms');
  const clientsByRoom: BenchClient[][] = [];
  for (const id of ids) {
    clientsByRoom.push(
      await connectClients(`ws://${targets.koers.url}/collab`, `roadmap:${id}`, 3, { token: targets.token }),
    );
  }
  const sent = new Map<string, number>();
  const latencies = observeArrivals(
    clientsByRoom.flatMap((clients) => clients.slice(1)),
    sent,
  );
  const rounds = quick ? 6 : 20;
  for (let round = 0; round < rounds; round++) {
    clientsByRoom.forEach((clients, room) => {
      const key = `r${room}-${round}`;
      sent.set(key, performance.now());
      clients[0]!.doc.getMap<number>('bench').set(key, round);
    });
    await delay(500);
  }
  const expected = rounds * rooms * 2;
  const drainBy = Date.now() + 5000;
  while (latencies.length < expected && Date.now() < drainBy) await delay(50);
  clientsByRoom.forEach(closeClients);
  metrics.add('collab.many_rooms.p50_ms', percentile(latencies, 50), 'ms');
  metrics.add('collab.many_rooms.p99_ms', percentile(latencies, 99), 'ms');
  metrics.add('collab.many_rooms.lost', expected - latencies.length, 'updates', { goal: '0' });
}

/**
 * A hot room: 50 clients each typing 5 operations a second, on Koers and on the stock server
 * (same load, one after the other): p99 latency, Koers's memory growth, and the time until every
 * client holds every operation after typing stops.
 */
export async function hotRoomBenchmark(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  console.log('  collab.hot_room');
  const clients = 50;
  const seconds = quick ? 4 : 15;
  const run = async (url: string, room: string, params: Record<string, string>) => {
    const all = await connectClients(url, room, clients, params);
    const sent = new Map<string, number>();
    const latencies = observeArrivals(all, sent);
    const rssBefore = rssKiB(targets.koers.pid);
    const started = performance.now();
    const ops = seconds * 5;
    for (let tick = 0; tick < ops; tick++) {
      const due = started + tick * 200;
      const wait = due - performance.now();
      if (wait > 0) await delay(wait);
      all.forEach(({ doc }, index) => {
        const key = `c${index}-${tick}`;
        sent.set(key, performance.now());
        doc.getMap<number>('bench').set(key, tick);
      });
    }
    const stopped = performance.now();
    const total = ops * clients;
    const deadline = Date.now() + 15_000;
    while (all.some(({ doc }) => doc.getMap('bench').size < total) && Date.now() < deadline) await delay(5);
    const converged = all.every(({ doc }) => doc.getMap('bench').size === total);
    const convergeMs = performance.now() - stopped;
    const rssGrowth = rssKiB(targets.koers.pid) - rssBefore;
    closeClients(all);
    // Each operation reaches the 49 other clients (the writer's own arrival is not an arrival).
    return { latencies, converged, convergeMs, rssGrowth };
  };
  const roomId = (await newRoadmaps(targets, 1, 'Hot room'))[0]!;
  const koers = await run(`ws://${targets.koers.url}/collab`, `roadmap:${roomId}`, { token: targets.token });
  const stock = await run(`ws://${targets.stock.url}`, 'hot-room', {});
  metrics.add('collab.hot_room.p50_ms', percentile(koers.latencies, 50), 'ms', {
    reference: percentile(stock.latencies, 50),
  });
  metrics.add('collab.hot_room.p99_ms', percentile(koers.latencies, 99), 'ms', {
    reference: percentile(stock.latencies, 99),
  });
  metrics.add('collab.hot_room.converge_ms', koers.converged ? koers.convergeMs : Number.NaN, 'ms', {
    reference: stock.converged ? stock.convergeMs : undefined,
    goal: 'converged',
  });
  metrics.add('memory.hot_room_growth_kb', koers.rssGrowth, 'KiB');
}

/**
 * Persistence lag: from sending an edit to its log record being in the database, polled every
 * 2 ms by the bench's own connection (so an upper bound), for edits spaced 100 ms apart. Enough
 * edits for a p99 that is not simply the slowest one: at 20 (quick) and 60 edits it was, and one
 * slow write moved a full run's p99 from 65 to 95 ms.
 */
export async function persistenceLagBenchmark(
  targets: CollabTargets,
  models: Models,
  metrics: MetricSet,
  quick: boolean,
) {
  console.log('  collab.persistence_lag');
  const [roadmapId] = await newRoadmaps(targets, 1, 'Persistence lag');
  const docName = `roadmap:${roadmapId}`;
  const [writer] = await connectClients(`ws://${targets.koers.url}/collab`, docName, 1, {
    token: targets.token,
  });
  const lags: number[] = [];
  const newest = async () =>
    String((await models.CollabUpdate.findOne({ docName }, { _id: 1 }).sort({ _id: -1 }).lean())?._id);
  for (let i = 0; i < (quick ? 100 : 200); i++) {
    const before = await newest();
    const started = performance.now();
    writer!.doc.getMap<number>('bench').set(`p${i}`, i);
    while ((await newest()) === before) {
      if (performance.now() - started > 5000) throw new Error('an edit was not stored within 5 s');
      await delay(2);
    }
    lags.push(performance.now() - started);
    await delay(100);
  }
  closeClients([writer!]);
  metrics.add('collab.persistence_lag.p50_ms', percentile(lags, 50), 'ms', { goal: '< 100 ms' });
  metrics.add('collab.persistence_lag.p99_ms', percentile(lags, 99), 'ms', { goal: '< 100 ms' });
}

/**
 * Memory after all clients leave, over cycles: each cycle opens 50 documents with an editing
 * client, closes them all and waits for the documents to unload; RSS is read after each cycle.
 * Reports the RSS above the baseline after the first and the last cycle, and the growth per cycle.
 */
export async function memoryCyclesBenchmark(targets: CollabTargets, metrics: MetricSet, quick: boolean) {
  console.log('  memory.cycles');
  const cycles = quick ? 3 : 6;
  const ids = await newRoadmaps(targets, 50, 'Memory cycles');
  const baseline = rssKiB(targets.koers.pid);
  const after: number[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const clients: BenchClient[] = [];
    for (const id of ids) {
      clients.push(
        ...(await connectClients(`ws://${targets.koers.url}/collab`, `roadmap:${id}`, 1, {
          token: targets.token,
        })),
      );
    }
    clients.forEach(({ doc }, i) => doc.getMap<number>('bench').set(`cycle${cycle}`, i));
    await delay(200);
    closeClients(clients);
    await delay(2000);
    after.push(rssKiB(targets.koers.pid) - baseline);
  }
  metrics.add('memory.after_leave.first_cycle_kb', after[0]!, 'KiB', { goal: 'near 0' });
  metrics.add('memory.after_leave.last_cycle_kb', after.at(-1)!, 'KiB', { goal: 'near 0' });
  metrics.add('memory.after_leave.growth_per_cycle_kb', (after.at(-1)! - after[0]!) / (cycles - 1), 'KiB', {
    goal: 'about 0',
  });
}
