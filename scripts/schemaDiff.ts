import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type BreakingChange,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema coordinate a breaking change is about (`Type`, `Type.field`, `Type.field(arg:)`,
 * `Enum.VALUE`), read from graphql-js's description of it: what a changelog names.
 */
export function coordinateOf(change: BreakingChange): string {
  const { description } = change;
  const requiredArg = /^A required arg (\w+) on (\w+)\.(\w+) was added/.exec(description);
  if (requiredArg) return `${requiredArg[2]}.${requiredArg[3]}(${requiredArg[1]}:)`;
  const arg = /^(\w+)\.(\w+) arg (\w+) /.exec(description);
  if (arg) return `${arg[1]}.${arg[2]}(${arg[3]}:)`;
  const requiredInputField = /^A required field (\w+) on input type (\w+) was added/.exec(description);
  if (requiredInputField) return `${requiredInputField[2]}.${requiredInputField[1]}`;
  const enumValue = /^(\w+) was removed from enum type (\w+)/.exec(description);
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`;
  const member = /^(\w+) was removed from union type (\w+)/.exec(description);
  if (member) return member[2] ?? description;
  const field = /^(\w+)\.(\w+) /.exec(description);
  if (field) return `${field[1]}.${field[2]}`;
  const type = /^(\w+) /.exec(description);
  return type?.[1] ?? description;
}

/** The text of the `## [Unreleased]` section of a Keep a Changelog file (empty when there is none). */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## \[Unreleased\]/im);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const end = rest.search(/^## \[/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The breaking changes whose coordinate the section does not name in backticks, e.g. `Query.foo`. */
export function breakingChangesNotNamed(
  changes: readonly BreakingChange[],
  section: string,
): Array<{ coordinate: string; description: string }> {
  return changes
    .map((change) => ({ coordinate: coordinateOf(change), description: change.description }))
    .filter(({ coordinate }) => !section.includes(`\`${coordinate}\``));
}

/** The convention of a deprecation reason: the day it was deprecated, then what to use instead. */
export const DEPRECATION_REASON = /^Since \d{4}-\d{2}-\d{2}: /;

/** Deprecated fields, arguments, input fields and enum values whose reason does not start with a date. */
export function undatedDeprecations(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const check = (coordinate: string, reason: string | null | undefined) => {
    if (reason != null && !DEPRECATION_REASON.test(reason)) found.push(`${coordinate}: "${reason}"`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type))
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.deprecationReason);
        if ('args' in field)
          for (const arg of field.args)
            check(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    }
  }
  return found;
}
