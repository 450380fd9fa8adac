/** The audit page's filters, as the query, the CSV export and the page's URL take them. */
export interface AuditFilters {
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
}

/** Each filter's name in the page's URL (Dutch, like the other addresses). */
const PARAM: Record<keyof AuditFilters, string> = {
  actorId: 'wie',
  action: 'soort',
  subjectType: 'onderdeel',
  subjectId: 'id',
  from: 'van',
  to: 'tot',
};

const KEYS = Object.keys(PARAM) as (keyof AuditFilters)[];

/** The filters in `params` (absent ones empty), so a filtered view can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const value = (key: keyof AuditFilters) => params.get(PARAM[key]) ?? '';
  return {
    actorId: value('actorId'),
    action: value('action'),
    subjectType: value('subjectType'),
    subjectId: value('subjectId'),
    from: value('from'),
    to: value('to'),
  };
}

/** The URL parameters for `filters`, leaving out empty ones. */
export function paramsFromFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key].trim()) params.set(PARAM[key], filters[key].trim());
  return params;
}

/** The filters as query variables or export parameters: empty ones left out (undefined). */
export function filterValues(filters: AuditFilters): Record<keyof AuditFilters, string | undefined> {
  return Object.fromEntries(KEYS.map((key) => [key, filters[key].trim() || undefined])) as Record<
    keyof AuditFilters,
    string | undefined
  >;
}
