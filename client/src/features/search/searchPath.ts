import type { SearchKind } from '../../gql/graphql';

const prefixes: Record<SearchKind, string> = {
  STANDARD: '/standaarden/',
  MUNICIPALITY: '/gemeenten/',
  ROADMAP: '/roadmaps/',
  // An item has no page of its own: it links to the roadmap it is on (its key).
  ROADMAP_ITEM: '/roadmaps/',
  INITIATIVE: '/quick-wins/',
  PAGE: '/kennis/',
};

/** The web-app path of a search hit's page, from its kind and key. */
export function searchHitPath(hit: { kind: SearchKind; key: string }): string {
  return `${prefixes[hit.kind]}${encodeURIComponent(hit.key)}`;
}

/** The path of the results page for `text`. */
export function searchPagePath(text: string): string {
  return `/zoeken?${new URLSearchParams({ q: text }).toString()}`;
}
