/**
 * What a visitor who is not signed in may read: the public catalogue, the adoption figures and
 * sign-in. Everything else requires a signed-in viewer (server/graphql/denyByDefault.ts), so a new
 * query, field or type is private until it is listed here. `'*'` makes every field of a type
 * public; a list names the public ones.
 */
export const PUBLIC_FIELDS: Readonly<Record<string, '*' | readonly string[]>> = {
  Query: [
    'apiVersion',
    'adoptions',
    'adoptionMatrix',
    'adoptionByProvince',
    'adoptionOverTime',
    'municipalities',
    'municipality',
    'provinces',
    'cooperations',
    'programmes',
    'programme',
    'programmeDashboard',
    'explanations',
    // Published roadmaps, quick wins and pages: the public read model, which names no person.
    'publications',
    'publicRoadmap',
    'publicQuickWin',
    'publicPage',
    'municipalityPublications',
    'search',
    'standards',
    'standard',
    // Answers null for a visitor: the web app asks it to learn whether someone is signed in.
    'me',
    // The page that opens an invitation or reset link, before anyone is signed in.
    'accountLink',
  ],
  Mutation: ['login', 'acceptAccountLink', 'requestPasswordReset'],
  AccountLinkInfo: '*',
  Subscription: ['adoptionChanged'],
  AuthPayload: '*',
  Standard: '*',
  StandardVersion: '*',
  StandardSubscription: '*',
  StandardConnection: '*',
  StandardEdge: '*',
  Municipality: '*',
  MunicipalityConnection: '*',
  MunicipalityEdge: '*',
  Cooperation: '*',
  Province: '*',
  // Who reported is a person: for signed-in users only (`updatedBy`, `by` are left out).
  Adoption: [
    'id',
    'municipality',
    'standard',
    'status',
    'targetDate',
    'adoptedVersion',
    'note',
    'needsReview',
    'reviewVersion',
    'isDemo',
    'source',
    'updatedAt',
    'history',
    'viewerCanEdit',
  ],
  AdoptionHistoryEntry: ['status', 'targetDate', 'adoptedVersion', 'note', 'at'],
  AdoptionConnection: '*',
  AdoptionEdge: '*',
  AdoptionSummary: '*',
  StatusCount: '*',
  AdoptionPoint: '*',
  ProvinceAdoption: '*',
  AdoptionMatrixConnection: '*',
  AdoptionMatrixEdge: '*',
  AdoptionMatrixRow: '*',
  AdoptionCell: '*',
  // Programmes, their obligations and dashboards are public accountability, like the adoption figures.
  Programme: '*',
  ProgrammeFact: '*',
  ProgrammeItem: '*',
  ProgrammeRelease: '*',
  Obligation: '*',
  ObligationSource: '*',
  ObligationProgress: '*',
  // Who recorded a deadline change is a person (`recordedBy` is left out); who decided is a body.
  DeadlineChange: ['at', 'oldDeadline', 'newDeadline', 'reason', 'decidedBy'],
  ProgrammeDashboard: '*',
  ProgrammeGroupProgress: '*',
  MunicipalityProgrammeProgress: '*',
  ScorecardGroup: '*',
  ScorecardRow: '*',
  Merger: '*',
  CooperationMember: '*',
  CooperationSource: '*',
  // The redacted projections of server/domain/publication/readModel.ts: built to be public.
  Publication: '*',
  PublicationConnection: '*',
  PublicationEdge: '*',
  PublicRoadmap: '*',
  PublicRoadmapLane: '*',
  PublicRoadmapItem: '*',
  PublicRoadmapMilestone: '*',
  PublicStandardLink: '*',
  PublicQuickWin: '*',
  PublicRollout: '*',
  PublicSource: '*',
  PublicPage: '*',
  PageInfo: '*',
  SearchResults: '*',
  SearchGroup: '*',
  SearchHit: '*',
};

/** True when a visitor may read `typeName.fieldName`. */
export function isPublicField(typeName: string, fieldName: string): boolean {
  const fields = PUBLIC_FIELDS[typeName];
  return fields === '*' || (fields?.includes(fieldName) ?? false);
}
