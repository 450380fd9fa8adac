import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  breakingChangesNotNamed,
  coordinateOf,
  undatedDeprecations,
  unreleasedSection,
} from '../../scripts/schemaDiff';

const before = buildSchema(`
  type Query { a(x: Int): String, b: Int, c: Kind }
  enum Kind { ONE TWO }
  input Filter { q: String }
  type Mutation { m(f: Filter): Int }
`);
const after = buildSchema(`
  type Query { a: String, b: String, c: Kind }
  enum Kind { ONE }
  input Filter { q: String, must: Int! }
  type Mutation { m(f: Filter, n: Int!): Int }
`);

describe('coordinateOf', () => {
  it('names each breaking change by its schema coordinate', () => {
    const coordinates = findBreakingChanges(before, after).map(coordinateOf).sort();
    expect(coordinates).toEqual(
      ['Filter.must', 'Kind.TWO', 'Mutation.m(n:)', 'Query.a(x:)', 'Query.b'].sort(),
    );
  });
});

describe('breakingChangesNotNamed', () => {
  it('accepts only coordinates named in backticks in the Unreleased section', () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n### Breaking\n\n- `Query.b` is a String now; Kind.TWO\n\n## [0.1.0]\n\n- `Kind.TWO`\n';
    const unnamed = breakingChangesNotNamed(findBreakingChanges(before, after), unreleasedSection(changelog));
    expect(unnamed.map((u) => u.coordinate).sort()).toEqual([
      'Filter.must',
      'Kind.TWO',
      'Mutation.m(n:)',
      'Query.a(x:)',
    ]);
  });
});

describe('undatedDeprecations', () => {
  it('wants every deprecation reason to start with the day it was deprecated', () => {
    const schema = buildSchema(`
      type Query {
        old: String @deprecated(reason: "Since 2026-12-02: use new. Removed after 2027-06-02.")
        older: String @deprecated(reason: "use new")
        oldest: String @deprecated
        new(flag: Boolean @deprecated(reason: "no longer used")): String
      }
    `);
    expect(undatedDeprecations(schema)).toEqual([
      'Query.older: "use new"',
      'Query.oldest: "No longer supported"',
      'Query.new(flag:): "no longer used"',
    ]);
  });
});
