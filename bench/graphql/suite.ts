import autocannon from 'autocannon';
import type { MetricSet } from '../lib/metrics';
import { atRate } from '../lib/schedule';
import { medianWithSpread, percentile } from '../lib/stats';

/** One GraphQL load scenario: a fixed request body, or a rotation of bodies for a mix. */
export interface Scenario {
  name: string;
  bodies: string[];
  goal?: { p99BelowMs?: number; rpsShareOfFloor?: number; rps?: number; commandsAtMost?: number };
  /** Sent as a Bearer token; public reads go without. */
  token?: string;
}

interface RunResult {
  rps: number;
  p99: number;
  errors: number;
}

/** The headers of a scenario's requests: JSON, signed in with its token when it has one. */
function requestHeaders(scenario: Scenario): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(scenario.token ? { authorization: `Bearer ${scenario.token}` } : {}),
  };
}

async function runOnce(url: string, scenario: Scenario, seconds: number): Promise<RunResult> {
  let next = 0;
  const headers = requestHeaders(scenario);
  const result = await autocannon({
    url: `http://${url}/graphql`,
    connections: 50,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request) => ({ ...request, body: scenario.bodies[next++ % scenario.bodies.length] }),
      },
    ],
  });
  // Requests still queued in the server when the run ends would slow the next run: wait for them
  // by sending one more request, which is answered after everything ahead of it.
  await fetch(`http://${url}/graphql`, { method: 'POST', headers, body: scenario.bodies[0] });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * Sends `scenario`'s bodies at `rate` requests a second, evenly spaced and each on time whether or
 * not earlier ones were answered (autocannon's rate sends each second's requests at once, a burst
 * that measures its own queue). A latency counts from when the request was due, so a server that
 * falls behind is charged for the wait.
 */
async function runPaced(url: string, scenario: Scenario, seconds: number, rate: number): Promise<RunResult> {
  const headers = requestHeaders(scenario);
  const latencies: number[] = [];
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(seconds * rate);
  await atRate(rate, total, (n, dueAt) => {
    const body = scenario.bodies[n % scenario.bodies.length];
    const request = fetch(`http://${url}/graphql`, { method: 'POST', headers, body })
      .then(async (response) => {
        const result = (await response.json()) as { errors?: unknown };
        if (!response.ok || result.errors) errors += 1;
        latencies.push(performance.now() - dueAt);
      })
      .catch(() => {
        errors += 1;
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  });
  await Promise.all(inFlight);
  return { rps: total / ((performance.now() - started) / 1000), p99: percentile(latencies, 99), errors };
}

/**
 * Runs each scenario with a warm-up and three measured runs at 50 connections and reports the
 * medians with their spread; throughput is also given as a ratio of the `{ __typename }` floor.
 */
export async function graphqlBenchmarks(
  url: string,
  scenarios: Scenario[],
  metrics: MetricSet,
  quick: boolean,
  /** Counts the database commands of a scenario; left out where the count is the same code's. */
  commandsPerRequest?: (scenario: Scenario) => Promise<number>,
): Promise<void> {
  const seconds = quick ? 3 : 10;
  let floorRps: number | undefined;
  for (const scenario of scenarios) {
    console.log(`  graphql.${scenario.name}`);
    await runOnce(url, scenario, quick ? 1 : 2);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runOnce(url, scenario, seconds));
    const rps = medianWithSpread(runs.map((r) => r.rps));
    const p99 = medianWithSpread(runs.map((r) => r.p99));
    floorRps ??= rps.median;
    metrics.add(`graphql.${scenario.name}.rps`, rps.median, 'req/s', {
      spread: rps.spread,
      ...(scenario.name === 'typename' ? {} : { reference: floorRps }),
      ...(scenario.goal?.rpsShareOfFloor ? { goal: `>= ${scenario.goal.rpsShareOfFloor}x typename` } : {}),
      ...(scenario.goal?.rps ? { goal: `>= ${scenario.goal.rps} req/s` } : {}),
    });
    metrics.add(`graphql.${scenario.name}.p99_ms`, p99.median, 'ms', {
      spread: p99.spread,
      ...(scenario.goal?.p99BelowMs ? { goal: `< ${scenario.goal.p99BelowMs} ms` } : {}),
    });
    metrics.add(
      `graphql.${scenario.name}.errors`,
      runs.reduce((sum, r) => sum + r.errors, 0),
      'responses',
      { goal: '0' },
    );
    // The runs above saturate the server, so their p99 is mostly time in its queue. A throughput
    // goal also reads as "this many requests a second, each answered within the p99": the same
    // scenario at that rate.
    if (scenario.goal?.rps) {
      const { rps: rate, p99BelowMs } = scenario.goal;
      const paced = [];
      for (let i = 0; i < 3; i++) paced.push(await runPaced(url, scenario, seconds, rate));
      const at = `graphql.${scenario.name}.at_goal_rate`;
      metrics.add(`${at}.rps`, medianWithSpread(paced.map((r) => r.rps)).median, 'req/s', {
        goal: `${rate} req/s`,
      });
      metrics.add(`${at}.p99_ms`, medianWithSpread(paced.map((r) => r.p99)).median, 'ms', {
        ...(p99BelowMs ? { goal: `< ${p99BelowMs} ms` } : {}),
      });
      metrics.add(
        `${at}.errors`,
        paced.reduce((sum, r) => sum + r.errors, 0),
        'responses',
        { goal: '0' },
      );
    }
    if (commandsPerRequest) {
      metrics.add(
        `graphql.${scenario.name}.db_commands_per_request`,
        await commandsPerRequest(scenario),
        'commands',
        scenario.goal?.commandsAtMost ? { goal: `<= ${scenario.goal.commandsAtMost}` } : {},
      );
    }
  }
}
