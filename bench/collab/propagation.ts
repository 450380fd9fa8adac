import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import type { BenchClient } from './clients';

/** Latencies (ms) from an edit on one client to its arrival on every other client, and edits lost. */
export interface PropagationSample {
  latencies: number[];
  lost: number;
}

const ROUND_TIMEOUT_MS = 5000;

/**
 * Runs `rounds` edits, the writer rotating over the clients; each round waits until every other
 * client has seen the edit (or the timeout, which counts as lost) before the next starts.
 */
export async function measurePropagation(
  clients: BenchClient[],
  rounds: number,
  tag: string,
): Promise<PropagationSample> {
  const latencies: number[] = [];
  let lost = 0;
  for (let round = 0; round < rounds; round++) {
    const key = `${tag}-${round}`;
    const writerIndex = round % clients.length;
    const receivers = clients.filter((_, index) => index !== writerIndex);
    let sentAt = 0;
    const arrivals = receivers.map(
      ({ doc }) =>
        new Promise<number | null>((resolve) => {
          const map = doc.getMap<number>('bench');
          const timer = setTimeout(() => {
            map.unobserve(observer);
            resolve(null);
          }, ROUND_TIMEOUT_MS);
          const observer = (event: Y.YMapEvent<number>) => {
            if (!event.keysChanged.has(key)) return;
            clearTimeout(timer);
            map.unobserve(observer);
            resolve(performance.now() - sentAt);
          };
          map.observe(observer);
        }),
    );
    sentAt = performance.now();
    clients[writerIndex]!.doc.getMap<number>('bench').set(key, round);
    for (const latency of await Promise.all(arrivals)) {
      if (latency === null) lost += 1;
      else latencies.push(latency);
    }
  }
  return { latencies, lost };
}
