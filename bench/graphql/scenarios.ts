import { startKoers } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Models } from '../../server/db/models';
import { createLogger } from '../../server/logger';
import type { Scenario } from './suite';

const STANDARDS_PAGE = `{
  standards(first: 20) {
    totalCount
    nodes { id slug name lifecycle adoptionSummary { total byStatus { status count } } }
  }
}`;

const ADOPTION_MATRIX = `query Matrix($standardIds: [ID!]!, $after: String) {
  adoptionMatrix(standardIds: $standardIds, first: 100, after: $after) {
    totalCount
    nodes { municipality { code name } cells { standardId status } }
  }
}`;

const UPDATE_ADOPTION = `mutation Update($input: UpdateAdoptionInput!) {
  updateAdoption(input: $input) { adoption { status } }
}`;

/** The GraphQL load scenarios, built on the seeded bench database. */
export async function graphqlScenarios(models: Models): Promise<Scenario[]> {
  const standards = await models.Standard.find({}, { _id: 1 }).sort({ slug: 1 }).limit(50).lean();
  const standardIds = standards.map((s) => String(s._id));
  const statuses = ['PLANNED', 'IN_PROGRESS', 'ADOPTED'];
  const updates = standardIds.slice(0, 10).map((standardId, i) =>
    JSON.stringify({
      query: UPDATE_ADOPTION,
      variables: { input: { municipalityId: 'GM0344', standardId, status: statuses[i % statuses.length] } },
    }),
  );
  const standardsPage = JSON.stringify({ query: STANDARDS_PAGE });
  return [
    { name: 'typename', bodies: [JSON.stringify({ query: '{ __typename }' })] },
    { name: 'standards_page', bodies: [standardsPage], goal: { p99BelowMs: 50 } },
    {
      name: 'adoption_matrix',
      bodies: [JSON.stringify({ query: ADOPTION_MATRIX, variables: { standardIds } })],
    },
    // Four reads to one write, like dashboards next to editors reporting adoption.
    {
      name: 'mix_update_adoption',
      bodies: updates.flatMap((u) => [standardsPage, standardsPage, standardsPage, standardsPage, u]),
    },
  ];
}

/** Database commands behind one request of `scenario`, counted on an in-process server. */
export async function countCommands(mongoUri: string, token: string, scenario: Scenario): Promise<number> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MONGODB_URI: mongoUri });
  const server = await startKoers(config, createLogger('silent'));
  try {
    const request = () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: scenario.bodies[0],
      });
    await request();
    let commands = 0;
    const client = server.runtime.connection.getClient();
    const count = () => {
      commands += 1;
    };
    client.on('commandStarted', count);
    await request();
    client.off('commandStarted', count);
    return commands;
  } finally {
    await server.close();
  }
}
