import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Models } from '../../server/db/models';
import type { MetricSet } from '../lib/metrics';
import { atRate } from '../lib/schedule';
import { percentile } from '../lib/stats';

const SUBSCRIBERS = 200;
const EVENTS_PER_SECOND = 50;

const SUBSCRIPTION = `subscription { adoptionChanged(municipalityId: "GM0344") { note } }`;
const UPDATE = `mutation ($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { id } } }`;

/** Seconds of events at the measured rate before the measured ones: see {@link fanoutBenchmark}. */
const WARM_UP_SECONDS = 3;

/**
 * graphql-ws fan-out: 200 subscribers of `adoptionChanged`, while `updateAdoption` runs at 50
 * events/s. Each event carries a unique note; its latency is from sending the mutation to each
 * subscriber receiving it, and an event a subscriber never receives (5 s after the last) is lost.
 *
 * The measured events follow {@link WARM_UP_SECONDS} at the same rate, as the GraphQL load scenarios
 * start with a warm-up at full load: on a server that has not fanned out yet, the first second's
 * events waited up to 180 ms in its queue while the seconds after it had a p99 of 20-55 ms
 * (per-second probe), so one cold second set the whole run's p99. The warm-up's own p99 is
 * reported beside it (`graphql.fanout.warm_up.p99_ms`), what the first events after a start meet.
 */
export async function fanoutBenchmark(
  url: string,
  token: string,
  models: Models,
  metrics: MetricSet,
  quick: boolean,
): Promise<void> {
  const standards = await models.Standard.find({}, { _id: 1 }).sort({ slug: 1 }).limit(10).lean();
  /** When each paced event was sent, and where its latencies go. */
  const sentAt = new Map<string, { at: number; latencies: number[] }>();
  const clients: Client[] = [];
  let ready = 0;
  const seen = new Set<number>();
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const client = createClient({ url: `ws://${url}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ adoptionChanged: { note: string | null } }>(
      { query: SUBSCRIPTION },
      {
        next: ({ data }) => {
          const note = data?.adoptionChanged.note ?? '';
          if (!seen.has(i)) {
            seen.add(i);
            ready += 1;
          }
          const sent = sentAt.get(note);
          if (sent === undefined) return;
          sent.latencies.push(performance.now() - sent.at);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  let sequence = 0;
  const send = (note: string) => {
    const standardId = String(standards[sequence++ % standards.length]!._id);
    return fetch(`http://${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: UPDATE,
        variables: { input: { municipalityId: 'GM0344', standardId, status: 'IN_PROGRESS', note } },
      }),
    });
  };
  try {
    // Warm-up: events until every subscriber has received one, so all are subscribed.
    const readyBy = Date.now() + 10_000;
    while (ready < SUBSCRIBERS && Date.now() < readyBy) {
      await send(`warm-${Date.now()}`);
      await delay(200);
    }
    // At most 10 mutations in flight: a slot that is still busy skips its event, so a server that
    // cannot keep up shows as fewer events per second, not as an ever-growing queue.
    let inFlight = 0;
    /** `seconds` of events at the goal's rate; resolves once every subscriber has had them (or 5 s on). */
    const paced = async (seconds: number, tag: string) => {
      const latencies: number[] = [];
      let events = 0;
      await atRate(EVENTS_PER_SECOND, EVENTS_PER_SECOND * seconds, (n) => {
        if (inFlight >= 10) return;
        const note = `${tag}-${n}`;
        sentAt.set(note, { at: performance.now(), latencies });
        events += 1;
        inFlight += 1;
        void send(note).finally(() => (inFlight -= 1));
      });
      const drainBy = Date.now() + 5000;
      while ((latencies.length < events * SUBSCRIBERS || inFlight > 0) && Date.now() < drainBy)
        await delay(50);
      return { events, latencies, lost: events * SUBSCRIBERS - latencies.length };
    };
    const warmUp = await paced(WARM_UP_SECONDS, 'warm-up');
    const seconds = quick ? 4 : 10;
    const { events, latencies, lost } = await paced(seconds, 'bench');
    metrics.add('graphql.fanout.events_per_s', events / seconds, 'events/s', {
      goal: `${EVENTS_PER_SECOND}`,
    });
    metrics.add('graphql.fanout.subscribers', ready, 'subscribers', { goal: `${SUBSCRIBERS}` });
    metrics.add('graphql.fanout.p50_ms', percentile(latencies, 50), 'ms');
    metrics.add('graphql.fanout.p99_ms', percentile(latencies, 99), 'ms', { goal: '< 250 ms' });
    metrics.add('graphql.fanout.lost', lost, 'events', { goal: '0' });
    metrics.add('graphql.fanout.warm_up.p99_ms', percentile(warmUp.latencies, 99), 'ms');
    metrics.add('graphql.fanout.warm_up.lost', warmUp.lost, 'events', { goal: '0' });
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
}
