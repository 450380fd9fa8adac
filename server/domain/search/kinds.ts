import { SEARCH_KINDS, type SearchKind } from '../../../common/searchKinds';

export { SEARCH_KINDS, type SearchKind };

/** What is readable without signing in: the public catalogue. */
export const PUBLIC_SEARCH_KINDS: readonly SearchKind[] = ['STANDARD', 'MUNICIPALITY'];

/** One searchable record, flattened for the index. */
export interface SearchDocument {
  /** `_id` of the record, as a string. */
  id: string;
  kind: SearchKind;
  title: string;
  /** What the web app addresses the hit's page by (slug, CBS code, id, the item's roadmap id). */
  key: string;
  context: string | null;
  /** Short identifiers worth matching (slug, code, province, owner). */
  keywords: string;
  /** The longer text: searched, and the source of the snippet. */
  body: string;
}
