import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  isObjectType,
  type FormattedExecutionResult,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../common/errorCodes';
import type { KoersServer } from '../../../server/app';
import { PUBLIC_FIELDS, isPublicField } from '../../../server/graphql/publicFields';
import { buildSchema } from '../../../server/graphql/schema';
import { buildMunicipality, buildStandard, buildTaskforce, buildUser } from '../../support/factories';
import { startTestServer } from '../../support/server';

/**
 * Deny by default, walked: every query that is not on the public list refuses a visitor, and from
 * every public root a visitor reaches no private field on any nested path (the taskforce members
 * behind `adoptions { nodes { updatedBy { taskforces { members } } } }` were once public).
 */

const schema = buildSchema();
const queryType = schema.getQueryType() as GraphQLObjectType;
/** How deep the walk selects below a public root. */
const DEPTH = 4;

let server: KoersServer;
let ids: Record<string, string> = {};

/** A minimal value for a required argument. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType as GraphQLInputType, name);
  if (type instanceof GraphQLList) return [sample(type.ofType as GraphQLInputType, name)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull)
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return ids[name.replace(/Ids$/, 'Id')] ?? ids.standardId;
    case 'Int':
      return 1;
    case 'Date':
      return name === 'from' ? '2020-01-01' : '2026-06-01';
    default:
      return name === 'text' ? 'utrecht' : 'x';
  }
}

function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((arg) => arg.type instanceof GraphQLNonNull);
  if (required.length === 0) return '';
  // Queries take scalars, enums and lists of them: JSON writes the scalars as GraphQL literals,
  // an enum value is written bare.
  const literal = (arg: (typeof required)[number]) => {
    const value = sample(arg.type, arg.name);
    return getNamedType(arg.type) instanceof GraphQLEnumType && typeof value === 'string'
      ? value
      : JSON.stringify(value);
  };
  return `(${required.map((arg) => `${arg.name}: ${literal(arg)}`).join(', ')})`;
}

/** Every field of `type` down to `depth`, not re-entering a type already on the path. */
function selection(type: GraphQLObjectType, depth: number, path: readonly string[]): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return [`${field.name}${argumentsOf(field)}`];
    if (depth === 0 || path.includes(named.name)) return [];
    return [
      `${field.name}${argumentsOf(field)} { __typename ${selection(named, depth - 1, [...path, named.name])} }`,
    ];
  });
  return fields.join(' ');
}

/** The private fields (type.field) whose values the response holds as non-null, with their paths. */
function leaks(type: GraphQLObjectType, value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaks(type, item, `${path}.${i}`));
  const found: string[] = [];
  for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
    if (name === '__typename') continue;
    const field = type.getFields()[name];
    if (!field) continue;
    if (!isPublicField(type.name, name) && child !== null)
      found.push(`${type.name}.${name} at ${path}.${name}`);
    const named = getNamedType(field.type);
    if (isObjectType(named)) found.push(...leaks(named, child, `${path}.${name}`));
  }
  return found;
}

async function anonymous(query: string): Promise<FormattedExecutionResult> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as FormattedExecutionResult;
}

beforeAll(async () => {
  server = await startTestServer();
  const { models } = server.runtime;
  await buildMunicipality(models);
  const standard = await buildStandard(models);
  const editor = await buildUser(models, { roles: ['MUNICIPALITY_EDITOR'], municipalityId: 'GM0344' });
  await buildTaskforce(models, [editor]);
  // A report by a person who sits on a taskforce: the path that once led to member lists.
  await models.Adoption.create({
    municipalityId: 'GM0344',
    standardId: standard._id,
    status: 'ADOPTED',
    updatedByUserId: editor.id,
    history: [{ status: 'ADOPTED', at: new Date(), byUserId: editor.id }],
  });
  await models.Subscription.create({ municipalityId: 'GM0344', standardId: standard._id, since: new Date() });
  ids = { standardId: String(standard._id), municipalityId: 'GM0344', id: String(standard._id) };
});
afterAll(async () => {
  await server?.close();
});

describe('deny by default', () => {
  it('refuses a visitor every query that is not on the public list', async () => {
    const publicQueries = PUBLIC_FIELDS.Query as readonly string[];
    const unexpected: string[] = [];
    for (const field of Object.values(queryType.getFields())) {
      if (publicQueries.includes(field.name)) continue;
      const named = getNamedType(field.type);
      const body = await anonymous(
        `{ ${field.name}${argumentsOf(field)}${isObjectType(named) ? ' { __typename }' : ''} }`,
      );
      const code = body.errors?.[0]?.extensions?.code;
      if (code !== ErrorCode.Unauthenticated) unexpected.push(`${field.name}: ${JSON.stringify(body)}`);
    }
    expect(unexpected).toEqual([]);
  });

  it.each((PUBLIC_FIELDS.Query as readonly string[]).filter((name) => name !== 'me'))(
    'reaches no private field from the public root %s, on any nested path',
    async (name) => {
      const field = queryType.getFields()[name]!;
      const named = getNamedType(field.type);
      // Lookups whose arguments are all optional still need one to find something.
      const args =
        { municipality: '(code: "GM0344")', standard: `(id: "${ids.standardId}")` }[name] ??
        argumentsOf(field);
      const query = isObjectType(named)
        ? `{ ${name}${args} { __typename ${selection(named, DEPTH, [named.name])} } }`
        : `{ ${name}${args} }`;
      const body = await anonymous(query);
      const data = (body.data ?? {}) as Record<string, unknown>;
      expect(body.errors?.filter((e) => e.extensions?.code !== ErrorCode.Unauthenticated) ?? []).toEqual([]);
      expect(isObjectType(named) ? leaks(named, data[name], name) : []).toEqual([]);
    },
  );

  it('refuses the path from an adoption to the person who reported it', async () => {
    const body = await anonymous(
      '{ adoptions(municipalityId: "GM0344") { nodes { status updatedBy { name taskforces { members { name } } } history { status by { name } } } } }',
    );
    const node = (body.data as { adoptions: { nodes: Array<Record<string, unknown>> } }).adoptions.nodes[0];
    expect(node?.status).toBe('ADOPTED');
    expect(node?.updatedBy).toBeNull();
    expect((node?.history as Array<{ by: unknown }>)[0]?.by).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([
      ErrorCode.Unauthenticated,
      ErrorCode.Unauthenticated,
    ]);
  });
});
