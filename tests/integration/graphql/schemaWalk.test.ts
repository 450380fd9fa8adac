import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  isCompositeType,
  parse,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../common/errorCodes';
import type { KoersServer } from '../../../server/app';
import { buildSchema } from '../../../server/graphql/schema';
import { DocumentPrefix } from '../../../common/collab';
import { buildRoadmap, rawSocket, unknownId, upgradeStatus } from '../../support/collab';
import { buildMunicipality, buildStandard, buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';
import { subscribe, subscriptionClient } from '../../support/subscriptionClient';

/**
 * Walks every mutation of the executable schema: anonymous callers are refused, malformed calls by
 * a signed-in admin are refused with a validation error. A new mutation is covered automatically,
 * and so is a new subscription for anonymous sockets.
 */

/** Mutations an anonymous caller may use, and the code a minimal anonymous call gets (null: none). */
const PUBLIC_MUTATIONS: Record<string, string | null> = {
  // Wrong credentials: the same answer as for an unknown account.
  login: ErrorCode.Unauthenticated,
  // An account link that was never issued.
  acceptAccountLink: ErrorCode.BadUserInput,
  // Answers true for every address, so it tells nobody which addresses have accounts.
  requestPasswordReset: null,
};

/** What a malformed call may answer; anything else (above all INTERNAL_SERVER_ERROR) fails. */
const REFUSALS = new Set<string>([
  ErrorCode.BadUserInput,
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ErrorCode.Unauthenticated,
]);

/** Subscriptions an anonymous socket may use (the public adoption figures). */
const PUBLIC_SUBSCRIPTIONS = new Set(['adoptionChanged']);

type Mode = 'minimal' | 'badId' | 'empty' | 'long' | 'badEnum' | 'badDate';

const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const subscriptions = Object.values(schema.getSubscriptionType()?.getFields() ?? {});

/** Ids of existing records by argument or input-field name, so calls get past NOT_FOUND. */
let realIds: Record<string, string> = {};

function idFor(owner: string, name: string): string {
  const key = name.replace(/Ids$/, 'Id');
  return realIds[`${owner}.${key}`] ?? realIds[key] ?? '0123456789abcdef01234567';
}

/** A value of `type` for `mode`; optional input fields are sent only when they carry the fault. */
function sample(type: GraphQLInputType, owner: string, name: string, mode: Mode): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType as GraphQLInputType, owner, name, mode);
  if (type instanceof GraphQLList) return [sample(type.ofType as GraphQLInputType, owner, name, mode)];
  if (type instanceof GraphQLEnumType) return mode === 'badEnum' ? 'NOT_A_VALUE' : type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = field.type instanceof GraphQLNonNull;
      const scalar = getNamedType(field.type).name;
      const carriesFault =
        (mode === 'badId' && scalar === 'ID') ||
        (mode === 'long' && scalar === 'String') ||
        (mode === 'badEnum' && getNamedType(field.type) instanceof GraphQLEnumType) ||
        (mode === 'badDate' && scalar === 'Date');
      if (required || carriesFault) value[field.name] = sample(field.type, type.name, field.name, mode);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return mode === 'badId' ? 'not-an-id' : idFor(owner, name);
    case 'String':
      if (name === 'email') return mode === 'long' ? `${'x'.repeat(20_000)}@x.nl` : 'a@koers.example';
      if (mode === 'empty') return '';
      if (mode === 'long') return 'x'.repeat(20_000);
      return 'x';
    case 'Int':
      return name.endsWith('Year') ? 2026 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return mode === 'badDate' ? '2026-02-30' : '2026-06-01';
    case 'DateTime':
      return '2026-06-01T00:00:00.000Z';
    case 'JSON':
      return { $where: 'sleep(1000)' };
    default:
      throw new Error(`no sample for ${getNamedType(type).name}`);
  }
}

/**
 * True when a BAD_USER_INPUT error says which input is wrong: our own validation puts the path in
 * `extensions.field`; GraphQL's own variable coercion names the variable and field in the message.
 */
function namesField(error: GraphQLFormattedError | undefined): boolean {
  if (!error) return false;
  if (typeof error.extensions?.field === 'string' && error.extensions.field !== '') return true;
  return /Variable "\$\w+"/.test(error.message);
}

function operation(field: GraphQLField<unknown, unknown>, kind = 'mutation'): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Walk${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function variablesFor(args: readonly GraphQLArgument[], mode: Mode): Record<string, unknown> {
  return Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, 'Mutation', arg.name, mode)]));
}

async function call(
  field: GraphQLField<unknown, unknown>,
  mode: Mode,
  token?: string,
): Promise<{ status: number; body: FormattedExecutionResult }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: operation(field), variables: variablesFor(field.args, mode) }),
  });
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult };
}

let server: KoersServer;
let adminToken: string;
let documents: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  const models = server.runtime.models;
  const admin = await buildUser(models, { roles: ['ADMIN', 'MANAGER', 'TASKFORCE_MEMBER'] });
  adminToken = admin.token;
  await buildMunicipality(models);
  const standard = await buildStandard(models);
  const taskforce = await buildTaskforce(models, [admin]);
  const roadmap = await buildRoadmap(models, taskforce._id);
  const initiative = await models.Initiative.create({ title: 'Walk', deadline: '2027-01-01' });
  const page = await models.Page.create({ title: 'Walk' });
  documents = {
    [DocumentPrefix.Roadmap]: roadmap.id,
    [DocumentPrefix.Standard]: String(standard._id),
    [DocumentPrefix.Page]: String(page._id),
  };
  realIds = {
    municipalityId: 'GM0344',
    standardId: String(standard._id),
    roadmapId: roadmap.id,
    taskforceId: String(taskforce._id),
    ownerTaskforceId: String(taskforce._id),
    userId: admin.id,
    initiativeId: String(initiative._id),
    'UpdateInitiativeInput.id': String(initiative._id),
    'UpdateStandardInput.id': String(standard._id),
  };
});
afterAll(async () => {
  await server?.close();
});

describe('every mutation', () => {
  it('is covered by the walk', () => {
    expect(mutations.length).toBeGreaterThan(20);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED, except the documented public ones', async () => {
    const unexpected: string[] = [];
    for (const field of mutations) {
      const { body } = await call(field, 'minimal');
      const code = body.errors?.[0]?.extensions?.code ?? null;
      const expected =
        field.name in PUBLIC_MUTATIONS ? PUBLIC_MUTATIONS[field.name] : ErrorCode.Unauthenticated;
      if (code !== expected) unexpected.push(`${field.name}: ${String(code)} ${JSON.stringify(body.errors)}`);
    }
    expect(unexpected).toEqual([]);
  });

  it.each<Mode>(['badId', 'empty', 'long', 'badEnum', 'badDate'])(
    'refuses a signed-in %s call with a validation error, never an internal one',
    async (mode) => {
      const unexpected: string[] = [];
      for (const field of mutations) {
        // logout has nothing to malform, and would end the walker's session.
        if (field.args.length === 0) continue;
        // A mutation without an argument of the faulty kind has nothing to refuse in this mode.
        const faulty = JSON.stringify(variablesFor(field.args, mode));
        if (faulty === JSON.stringify(variablesFor(field.args, 'minimal'))) continue;
        const { body } = await call(field, mode, adminToken);
        const code = body.errors?.[0]?.extensions?.code;
        if (typeof code !== 'string' || !REFUSALS.has(code)) {
          unexpected.push(`${field.name}: ${String(code)} ${JSON.stringify(body.errors ?? body.data)}`);
        } else if (code === ErrorCode.BadUserInput && !namesField(body.errors?.[0])) {
          unexpected.push(`${field.name}: BAD_USER_INPUT naming no field: ${JSON.stringify(body.errors)}`);
        }
      }
      expect(unexpected).toEqual([]);
    },
  );
});

describe('every subscription', () => {
  it('refuses an anonymous socket with UNAUTHENTICATED, except the documented public ones', async () => {
    const walked = subscriptions.filter((field) => !PUBLIC_SUBSCRIPTIONS.has(field.name));
    expect(walked.map((field) => field.name)).toContain('roadmapCommentChanged');
    const client = subscriptionClient(server.port);
    try {
      const unexpected: string[] = [];
      for (const field of walked) {
        const document = parse(operation(field, 'subscription'));
        const result = await subscribe(client, document, variablesFor(field.args, 'minimal')).next();
        const code = result.errors?.[0]?.extensions?.code ?? null;
        if (code !== ErrorCode.Unauthenticated) unexpected.push(`${field.name}: ${JSON.stringify(result)}`);
      }
      expect(unexpected).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});

describe('every co-editing document kind', () => {
  it.each(Object.values(DocumentPrefix))(
    '%s: refuses anonymous and bad tokens (401) and bad ids (404) before the upgrade',
    async (kind) => {
      const id = documents[kind] as string;
      const status = (name: string, token: string | null) =>
        upgradeStatus(rawSocket(server.port, name, token));
      expect(await status(`${kind}:${id}`, adminToken)).toBe(101);
      expect(await status(`${kind}:${id}`, null)).toBe(401);
      expect(await status(`${kind}:${id}`, 'forged-token')).toBe(401);
      for (const bad of [unknownId(), id.toUpperCase(), 'not-an-id', '', '..%2F..%2Fetc', 'x'.repeat(65)]) {
        expect(await status(`${kind}:${bad}`, adminToken), `${kind}:${bad}`).toBe(404);
      }
    },
  );

  it('refuses an unknown prefix for anyone', async () => {
    const id = documents[DocumentPrefix.Roadmap] as string;
    expect(await upgradeStatus(rawSocket(server.port, `secret:${id}`, null))).toBe(401);
    expect(await upgradeStatus(rawSocket(server.port, `secret:${id}`, adminToken))).toBe(404);
    expect(await upgradeStatus(rawSocket(server.port, id, adminToken))).toBe(404);
  });
});
