import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { denyByDefault } from './denyByDefault';
import { resolvers } from './resolvers';

/** The folder holding the SDL, one file per domain: the contract. */
export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** Reads every `schema/*.graphql` file, in name order so errors point at stable places. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

/**
 * The executable schema: the SDL from `schema/` joined with the resolvers of every domain, private
 * unless listed as public (see denyByDefault).
 */
export function buildSchema(): GraphQLSchema {
  return denyByDefault(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
}
