/** The kinds of things search finds, in the order results are grouped. */
export const SEARCH_KINDS = [
  'STANDARD',
  'MUNICIPALITY',
  'ROADMAP',
  'ROADMAP_ITEM',
  'INITIATIVE',
  'PAGE',
] as const;

/** One of {@link SEARCH_KINDS}. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

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
