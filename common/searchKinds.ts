/** The kinds of things search finds, in the order results are grouped (the GraphQL `SearchKind`). */
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
