import { startKoers } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { DataVersionReader } from '../../server/db/dataVersion';
import type { Models } from '../../server/db/models';
import { createLogger } from '../../server/logger';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { MetricSet } from '../lib/metrics';
import { medianWithSpread } from '../lib/stats';
import type { Scenario } from './suite';

/** The matrix API's page limits: at most 50 standards and 100 municipalities per request. */
const MATRIX_STANDARDS = 50;
const MATRIX_ROWS = 100;

const STANDARDS_PAGE = `{
  standards(first: 20) {
    totalCount
    nodes { id slug name lifecycle adoptionSummary { total byStatus { status count } } }
  }
}`;

/** A matrix page query; `row` selects each row's statuses (the compact form) or its cell objects. */
const matrixQuery = (row: string) => `query Matrix($standardIds: [ID!]!, $after: String) {
  adoptionMatrix(standardIds: $standardIds, first: ${MATRIX_ROWS}, after: $after) {
    totalCount
    standards { id }
    pageInfo { hasNextPage endCursor }
    nodes { municipality { code name } ${row} }
  }
}`;
const ADOPTION_MATRIX = matrixQuery('statuses');
const ADOPTION_MATRIX_CELLS = matrixQuery('cells { standardId status }');

const UPDATE_ADOPTION = `mutation Update($input: UpdateAdoptionInput!) {
  updateAdoption(input: $input) { adoption { status } }
}`;

/** POSTs one GraphQL request and returns its `data`, failing on errors. */
async function post<T>(url: string, body: string, token?: string): Promise<T> {
  const response = await fetch(`http://${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const result = (await response.json()) as { data?: T; errors?: unknown };
  if (!result.data || result.errors) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/**
 * The whole adoption matrix (every current municipality × every standard) as the page requests
 * the API allows: the standards in groups of 50, each walked page by page to the end.
 */
export async function fullMatrixBodies(
  url: string,
  models: Models,
  query = ADOPTION_MATRIX,
): Promise<string[]> {
  const standards = await models.Standard.find({}, { _id: 1 }).sort({ slug: 1 }).lean();
  const bodies: string[] = [];
  for (let start = 0; start < standards.length; start += MATRIX_STANDARDS) {
    const standardIds = standards.slice(start, start + MATRIX_STANDARDS).map((s) => String(s._id));
    let after: string | null = null;
    for (;;) {
      const body = JSON.stringify({ query, variables: { standardIds, after } });
      bodies.push(body);
      const data: MatrixPage = await post<MatrixPage>(url, body);
      if (!data.adoptionMatrix.pageInfo.hasNextPage) break;
      after = data.adoptionMatrix.pageInfo.endCursor;
    }
  }
  return bodies;
}

interface MatrixPage {
  adoptionMatrix: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * The full matrix by one client, page after page, unloaded (median of three), and how many page
 * requests it takes; plus full matrices per second under load, from the load run's page rate.
 */
export async function fullMatrixBenchmark(url: string, scenarios: Scenario[], metrics: MetricSet) {
  const pages = scenarios.find((s) => s.name === 'adoption_matrix')!.bodies;
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    for (const body of pages) await post(url, body);
    times.push(performance.now() - started);
  }
  const { median, spread } = medianWithSpread(times);
  metrics.add('graphql.adoption_matrix_full.pages', pages.length, 'requests');
  metrics.add('graphql.adoption_matrix_full.fetch_ms', median, 'ms', { spread });
  const pageRate = metrics.all.find((m) => m.name === 'graphql.adoption_matrix.rps')?.value;
  if (pageRate) metrics.add('graphql.adoption_matrix_full.per_s', pageRate / pages.length, 'matrices/s');
}

/**
 * The GraphQL load scenarios, built on the seeded bench database. The public reads go without a
 * token (the catalogue and adoption figures are public); the mix signs in to write.
 */
export async function graphqlScenarios(models: Models, url: string, token: string): Promise<Scenario[]> {
  const standards = await models.Standard.find({}, { _id: 1 }).sort({ slug: 1 }).limit(10).lean();
  const statuses = ['PLANNED', 'IN_PROGRESS', 'ADOPTED'];
  const updates = standards.map((standard, i) =>
    JSON.stringify({
      query: UPDATE_ADOPTION,
      variables: {
        input: {
          municipalityId: 'GM0344',
          standardId: String(standard._id),
          status: statuses[i % statuses.length],
        },
      },
    }),
  );
  const standardsPage = JSON.stringify({ query: STANDARDS_PAGE });
  const matrix = await fullMatrixBodies(url, models);
  const matrixCells = await fullMatrixBodies(url, models, ADOPTION_MATRIX_CELLS);
  for (const body of [standardsPage, ...matrix]) await post(url, body);
  return [
    { name: 'typename', bodies: [JSON.stringify({ query: '{ __typename }' })] },
    // A visitor's page: answered from the response cache while nothing it reads changes.
    { name: 'standards_page', bodies: [standardsPage], goal: { p99BelowMs: 50, rpsShareOfFloor: 0.5 } },
    // The same page signed in: answered from the response cache per session while nothing changes.
    { name: 'standards_page_signed_in', bodies: [standardsPage], token },
    // Page requests of the full matrix in turn: requests/s counts pages.
    { name: 'adoption_matrix', bodies: matrix, goal: { rpsShareOfFloor: 0.25 } },
    // The same pages with one object per cell, as clients asked before rows had `statuses`.
    { name: 'adoption_matrix_cells', bodies: matrixCells },
    // Four reads to one write, like dashboards next to editors reporting adoption.
    {
      name: 'mix_update_adoption',
      bodies: updates.flatMap((u) => [standardsPage, standardsPage, standardsPage, standardsPage, u]),
      token,
      goal: { rps: 300, p99BelowMs: 100, commandsAtMost: 3 },
    },
  ];
}

/** Resolves once no collection's version counter has moved for half a second. */
async function writesSettled(versions: DataVersionReader): Promise<void> {
  const snapshot = async () => JSON.stringify([...(await versions.current())]);
  for (let last = await snapshot(); ;) {
    await delay(500);
    const now = await snapshot();
    if (now === last) return;
    last = now;
  }
}

/**
 * Database commands per request of `scenario` (averaged over its first ten bodies, after one warm round),
 * counted on an in-process server.
 */
export async function countCommands(mongoUri: string, scenario: Scenario): Promise<number> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: mongoUri });
  const server = await startKoers(config, createLogger('silent'));
  // Ten bodies keep a scenario's mix (the update mix repeats four reads and a write) and the time.
  const bodies = scenario.bodies.slice(0, 10);
  try {
    // The load before this may leave writes queued on the measured server (adoption reports queue
    // per cell); their version bumps would count here as this server's rescans.
    await writesSettled(server.runtime.dataVersions);
    const url = server.url.replace(/^http:\/\//, '');
    const round = async () => {
      for (const body of bodies) await post(url, body, scenario.token);
    };
    await round();
    let commands = 0;
    const client = server.runtime.connection.getClient();
    const count = () => {
      commands += 1;
    };
    client.on('commandStarted', count);
    await round();
    client.off('commandStarted', count);
    return commands / bodies.length;
  } finally {
    await server.close();
  }
}
