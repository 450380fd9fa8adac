// The schema-diff check of the published GraphQL contract (docs/api.md#versioning).
//   npx tsx scripts/schemaCheck.ts            fails on a breaking change CHANGELOG.md does not name
//   npx tsx scripts/schemaCheck.ts --release  keeps the current SDL as schema/releases/<version>.graphql
// KOERS_SCHEMA_RELEASES and KOERS_CHANGELOG point it at other files (its own tests use that).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, findBreakingChanges, findDangerousChanges, printSchema } from 'graphql';
import { loadTypeDefs, SCHEMA_DIR } from '../server/graphql/schema';
import { breakingChangesNotNamed, undatedDeprecations, unreleasedSection } from './schemaDiff';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const releasesDir = process.env.KOERS_SCHEMA_RELEASES ?? path.join(SCHEMA_DIR, 'releases');
const changelogFile = process.env.KOERS_CHANGELOG ?? path.join(root, 'CHANGELOG.md');

/** Release files by version, newest last (`0.10.0` after `0.9.0`). */
function releases(): string[] {
  return readdirSync(releasesDir)
    .filter((file) => /^\d+\.\d+\.\d+\.graphql$/.test(file))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const current = makeExecutableSchema({ typeDefs: loadTypeDefs() });

if (process.argv.includes('--release')) {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const file = path.join(releasesDir, `${version}.graphql`);
  writeFileSync(file, `${printSchema(current)}\n`);
  console.log(`kept the schema of ${version} in ${path.relative(root, file)}`);
} else {
  const last = releases().at(-1);
  if (!last) throw new Error(`no released schema in ${releasesDir}`);
  const released = buildSchema(readFileSync(path.join(releasesDir, last), 'utf8'));
  const breaking = findBreakingChanges(released, current);
  const dangerous = findDangerousChanges(released, current);
  const unnamed = breakingChangesNotNamed(breaking, unreleasedSection(readFileSync(changelogFile, 'utf8')));
  for (const change of dangerous) console.log(`dangerous (allowed): ${change.description}`);
  for (const change of breaking) console.log(`breaking: ${change.description}`);
  const undated = undatedDeprecations(current);
  for (const problem of undated)
    console.error(`@deprecated reason must start with "Since YYYY-MM-DD: ": ${problem}`);
  if (unnamed.length) {
    console.error(
      `\nBreaking changes against ${last} that CHANGELOG.md's [Unreleased] section does not name:`,
    );
    for (const { coordinate, description } of unnamed) console.error(`  - ${coordinate}: ${description}`);
    console.error(
      'Name each (e.g. `Type.field`) under "### Breaking", or keep the old schema and deprecate instead.',
    );
  }
  if (unnamed.length || undated.length) process.exit(1);
  console.log(
    `schema check against ${last}: ${breaking.length} breaking (all named), ${dangerous.length} dangerous`,
  );
}
