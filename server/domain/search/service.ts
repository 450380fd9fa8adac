import { MAX_SEARCH_LENGTH } from '../../../common/validation';
import type { Viewer } from '../../auth/viewer';
import { badUserInput } from '../../errors';
import { PUBLIC_SEARCH_KINDS, SEARCH_KINDS, type SearchKind } from './kinds';
import { snippetOf } from './text';
import type { RequestContext } from '../context';

const DEFAULT_FIRST = 10;
const MAX_FIRST = 50;

/**
 * The kinds `viewer` may read, deciding as each domain's queries do: standards and municipalities
 * are public; roadmaps (and their items), initiatives and knowledge pages are for everyone signed
 * in. Fail closed: a kind added later is hidden from visitors until it is listed as public.
 */
export function searchableKinds(viewer: Viewer | null): readonly SearchKind[] {
  return viewer ? SEARCH_KINDS : PUBLIC_SEARCH_KINDS;
}

/**
 * Searches what the viewer may read. The text only ever reaches the in-process index, never the
 * database, so operator-shaped text (`{"$gt": ""}`) is plain text.
 */
export async function search(ctx: RequestContext, args: { text: string; first?: number | null }) {
  if (args.text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('text', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw badUserInput('first', `must be between 1 and ${MAX_FIRST}`);
  }
  const text = args.text.trim();
  if (text.length === 0) return { text, totalCount: 0, groups: [] };
  const results = await ctx.runtime.search.search(searchableKinds(ctx.viewer), text);
  const groups = results
    .filter(({ matches }) => matches.length > 0)
    .map(({ kind, matches }) => ({
      kind,
      totalCount: matches.length,
      hits: matches.slice(0, first).map(({ document, score, terms }) => ({
        kind,
        id: document.id,
        title: document.title,
        key: document.key,
        context: document.context,
        snippet: snippetOf(document.body, terms),
        score,
      })),
    }));
  return { text, totalCount: groups.reduce((sum, group) => sum + group.totalCount, 0), groups };
}
