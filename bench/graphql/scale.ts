import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createSession } from '../../server/auth/session';
import { hashPassword } from '../../server/auth/password';
import type { Models } from '../../server/db/models';
import type { MetricSet } from '../lib/metrics';
import { atRate } from '../lib/schedule';
import { percentile } from '../lib/stats';

/** The realistic scale of the issue: every municipality on 92 standards, 20 editors, 200 watchers. */
const STANDARDS = 92;
const EDITORS = 20;
const WATCHERS = 200;
/** The rate of the latency-to-subscriber run: as many events as the fan-out goal, from 20 editors. */
const EVENTS_PER_SECOND = 50;
const INSERT_BATCH = 50;

const UPDATE = `mutation ($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { status } } }`;
const WATCH = `subscription ($municipalityId: ID) { adoptionChanged(municipalityId: $municipalityId) { note } }`;
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'ADOPTED'] as const;

interface Editor {
  municipalityId: string;
  token: string;
}

/** What the scale runs write with: the editors and the standards they report on. */
export interface Scale {
  editors: Editor[];
  standardIds: string[];
  cells: number;
}

/**
 * Brings the bench database to 342 municipalities × 92 standards, one adoption record per cell
 * (bench data, labelled demo like the seeded spread: never a figure anyone reads), and signs in
 * 20 municipality editors of 20 different municipalities.
 */
export async function prepareScale(models: Models): Promise<Scale> {
  const municipalities = await models.Municipality.find({ validUntil: null }, { _id: 1 })
    .sort({ _id: 1 })
    .lean<Array<{ _id: string }>>();
  const standards = await models.Standard.find({}, { _id: 1 }).sort({ slug: 1 }).limit(STANDARDS).lean();
  const existing = new Set(
    (await models.Adoption.find({}, { municipalityId: 1, standardId: 1 }).lean()).map(
      (a) => `${a.municipalityId}:${String(a.standardId)}`,
    ),
  );
  const at = new Date('2026-01-01T00:00:00Z');
  const missing = municipalities.flatMap((m) =>
    standards
      .filter((s) => !existing.has(`${m._id}:${String(s._id)}`))
      .map((s) => ({
        municipalityId: m._id,
        standardId: s._id,
        status: 'NOT_STARTED' as const,
        demo: true,
        history: [{ status: 'NOT_STARTED' as const, at }],
      })),
  );
  for (let start = 0; start < missing.length; start += INSERT_BATCH)
    await models.Adoption.insertMany(missing.slice(start, start + INSERT_BATCH), { ordered: false });
  const passwordHash = await hashPassword('bench-password');
  const editors: Editor[] = [];
  for (const municipality of municipalities.slice(0, EDITORS)) {
    const user = await models.User.create({
      email: `bench-editor-${municipality._id.toLowerCase()}-${Date.now()}@koers.example`,
      name: `Bench editor ${municipality._id}`,
      passwordHash,
      roles: ['MUNICIPALITY_EDITOR'],
      municipalityId: municipality._id,
    });
    const { token } = await createSession(models, user._id, 4);
    editors.push({ municipalityId: municipality._id, token });
  }
  return {
    editors,
    standardIds: standards.map((s) => String(s._id)),
    cells: municipalities.length * standards.length,
  };
}

/** Sends one report; resolves with its latency in ms, or NaN when it failed. */
async function report(url: string, editor: Editor, standardId: string, sequence: number, note: string) {
  const started = performance.now();
  try {
    const response = await fetch(`http://${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.token}` },
      body: JSON.stringify({
        query: UPDATE,
        variables: {
          input: {
            municipalityId: editor.municipalityId,
            standardId,
            status: STATUSES[sequence % STATUSES.length],
            note,
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    return response.ok && !body.errors ? performance.now() - started : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Write throughput: the 20 editors each report as fast as their answers come (closed loop), each
 * on the standards in turn, for a few seconds. Reports writes per second and the latency of each.
 */
export async function writeThroughputBenchmark(
  url: string,
  scale: Scale,
  metrics: MetricSet,
  quick: boolean,
) {
  const seconds = quick ? 5 : 15;
  // One report each first: the server's first read after the records were added rescans them all.
  await Promise.all(scale.editors.map((editor, e) => report(url, editor, scale.standardIds[e]!, 0, 'warm')));
  const latencies: number[] = [];
  let errors = 0;
  const endAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    scale.editors.map(async (editor, e) => {
      for (let n = 0; performance.now() < endAt; n++) {
        const standardId = scale.standardIds[(e * 7 + n) % scale.standardIds.length]!;
        const latency = await report(url, editor, standardId, n, `throughput-${e}-${n}`);
        if (Number.isNaN(latency)) errors += 1;
        else latencies.push(latency);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  metrics.add('graphql.write_throughput.cells', scale.cells, 'adoption records');
  metrics.add('graphql.write_throughput.writes_per_s', latencies.length / elapsed, 'writes/s');
  metrics.add('graphql.write_throughput.p50_ms', percentile(latencies, 50), 'ms');
  metrics.add('graphql.write_throughput.p99_ms', percentile(latencies, 99), 'ms', { goal: '< 250 ms' });
  metrics.add('graphql.write_throughput.errors', errors, 'responses', { goal: '0' });
}

/**
 * Latency to subscriber: 200 graphql-ws clients each watch one of the 20 editors' municipalities
 * (ten per municipality) while the editors report 50 times a second in all, open loop. An event's
 * latency runs from sending the report to each watcher receiving it; an event a watcher never
 * receives (5 s after the last) is lost.
 */
export async function subscriberLatencyBenchmark(
  url: string,
  scale: Scale,
  metrics: MetricSet,
  quick: boolean,
) {
  const seconds = quick ? 5 : 15;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const clients: Client[] = [];
  const subscribed = new Set<number>();
  const watchersOf = new Map<string, number>();
  for (let i = 0; i < WATCHERS; i++) {
    const municipalityId = scale.editors[i % scale.editors.length]!.municipalityId;
    watchersOf.set(municipalityId, (watchersOf.get(municipalityId) ?? 0) + 1);
    const client = createClient({ url: `ws://${url}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ adoptionChanged: { note: string | null } }>(
      { query: WATCH, variables: { municipalityId } },
      {
        next: ({ data }) => {
          subscribed.add(i);
          const sent = sentAt.get(data?.adoptionChanged.note ?? '');
          if (sent !== undefined) latencies.push(performance.now() - sent);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }
  try {
    // Warm-up: a report per municipality until every watcher has heard one, so all are subscribed.
    const readyBy = Date.now() + 15_000;
    for (let round = 0; subscribed.size < WATCHERS && Date.now() < readyBy; round++) {
      await Promise.all(
        scale.editors.map((editor) => report(url, editor, scale.standardIds[0]!, round, `warm-${round}`)),
      );
      await delay(200);
    }
    let expected = 0;
    let inFlight = 0;
    let errors = 0;
    await atRate(EVENTS_PER_SECOND, EVENTS_PER_SECOND * seconds, (n) => {
      const editor = scale.editors[n % scale.editors.length]!;
      const note = `latency-${n}`;
      sentAt.set(note, performance.now());
      expected += watchersOf.get(editor.municipalityId) ?? 0;
      inFlight += 1;
      const standardId = scale.standardIds[(n * 13) % scale.standardIds.length]!;
      void report(url, editor, standardId, n, note).then((latency) => {
        inFlight -= 1;
        if (Number.isNaN(latency)) errors += 1;
      });
    });
    const drainBy = Date.now() + 5000;
    while ((latencies.length < expected || inFlight > 0) && Date.now() < drainBy) await delay(50);
    metrics.add('graphql.subscriber_latency.watchers', subscribed.size, 'subscribers', {
      goal: `${WATCHERS}`,
    });
    metrics.add('graphql.subscriber_latency.events_per_s', EVENTS_PER_SECOND, 'events/s');
    metrics.add('graphql.subscriber_latency.p50_ms', percentile(latencies, 50), 'ms');
    metrics.add('graphql.subscriber_latency.p99_ms', percentile(latencies, 99), 'ms', { goal: '< 250 ms' });
    metrics.add('graphql.subscriber_latency.lost', expected - latencies.length, 'events', { goal: '0' });
    metrics.add('graphql.subscriber_latency.errors', errors, 'responses', { goal: '0' });
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
}
