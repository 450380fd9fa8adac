import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** For a BAD_USER_INPUT about one link (`links.<n>.url` or `.label`), the link's index; else null. */
export function linkErrorIndex(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const match = /^links\.(\d+)\./.exec(String(graphQLError.extensions?.field ?? ''));
    if (match) return Number(match[1]);
  }
  return null;
}
