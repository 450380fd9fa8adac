import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Koers's Prometheus metrics, in their own registry (not prom-client's global one, so a library
 * that registers there cannot clash). Instruments are module-level, as prom-client expects; values
 * that belong to a running server (sockets, documents, database and Redis) are read from the
 * {@link MetricSources} each server registers, summed when a process runs several (tests do).
 */
export const registry = new Registry();
registry.setDefaultLabels({ service: 'koers' });

/** Seconds, for request-sized work: 1 ms to 10 s. */
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** HTTP requests by method, route class and status. */
export const httpDuration = new Histogram({
  name: 'koers_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

/** GraphQL operations (HTTP and graphql-ws) by operation name and type. */
export const graphqlDuration = new Histogram({
  name: 'koers_graphql_operation_duration_seconds',
  help: 'GraphQL operation duration by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

/** GraphQL errors sent to clients, by their `extensions.code`. */
export const graphqlErrors = new Counter({
  name: 'koers_graphql_errors_total',
  help: 'GraphQL errors sent to clients by extensions.code',
  labelNames: ['code'] as const,
  registers: [registry],
});

/** GraphQL queries the response cache could answer: reused (hit), awaited from a request computing it (shared) or run (miss). */
export const graphqlResponseCache = new Counter({
  name: 'koers_graphql_response_cache_total',
  help: 'GraphQL queries the response cache could answer, by whether the answer was reused (hit), awaited from a request computing it (shared) or computed (miss)',
  labelNames: ['result'] as const,
  registers: [registry],
});

/** How long an update waited between arrival and being stored in the update log. */
export const updateLogLag = new Histogram({
  name: 'koers_update_log_lag_seconds',
  help: 'Time from a co-editing update arriving to its batch being stored in the update log',
  buckets: [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 5, 30],
  registers: [registry],
});

/** What a running server reports when metrics are scraped. */
export interface MetricSources {
  /** Open WebSockets by kind. */
  sockets(): { collab: number; graphqlWs: number };
  /** Co-edited documents held in memory. */
  loadedDocuments(): number;
  /** Whether the database answers a ping. */
  databaseUp(): Promise<boolean>;
  /** Whether Redis is connected; undefined when the process runs without Redis. */
  redisUp(): boolean | undefined;
}

const sources = new Set<MetricSources>();

/** Registers a running server's sources; returns the function that removes them at shutdown. */
export function addMetricSources(source: MetricSources): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

new Gauge({
  name: 'koers_open_sockets',
  help: 'Open WebSockets by kind (collab: co-editing, graphql-ws: subscriptions)',
  labelNames: ['kind'] as const,
  registers: [registry],
  collect() {
    const all = [...sources].map((s) => s.sockets());
    this.set({ kind: 'collab' }, sum(all.map((s) => s.collab)));
    this.set({ kind: 'graphql-ws' }, sum(all.map((s) => s.graphqlWs)));
  },
});

new Gauge({
  name: 'koers_loaded_documents',
  help: 'Co-edited documents held in memory',
  registers: [registry],
  collect() {
    this.set(sum([...sources].map((s) => s.loadedDocuments())));
  },
});

new Gauge({
  name: 'koers_database_up',
  help: '1 when the database answers a ping, 0 otherwise',
  registers: [registry],
  async collect() {
    const answers = await Promise.all([...sources].map((s) => s.databaseUp()));
    this.set(answers.length > 0 && answers.every(Boolean) ? 1 : 0);
  },
});

new Gauge({
  name: 'koers_redis_up',
  help: '1 when Redis is connected, 0 when it is not; absent without REDIS_URL',
  registers: [registry],
  collect() {
    this.reset();
    const states = [...sources].map((s) => s.redisUp()).filter((up) => up !== undefined);
    if (states.length > 0) this.set(states.every(Boolean) ? 1 : 0);
  },
});
