/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 YYYY-MM-DD, e.g. 2026-12-31. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with time zone, e.g. 2026-11-24T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** What an account link is for, for the page that opens it (no personal data beyond the name). */
export type AccountLinkInfo = {
  __typename?: 'AccountLinkInfo';
  expiresAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  purpose: AccountLinkPurpose;
};

/**
 * A single-use link (valid for 7 days) that lets a person set a password and sign in. `path` is
 * shown once, to the admin who made it, only when e-mail is not configured (`sent` false); the
 * server keeps only a hash of its token.
 */
export type AccountLinkPayload = {
  __typename?: 'AccountLinkPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Path of the link on this site (with the token after #); null when the link was sent by e-mail. */
  path?: Maybe<Scalars['String']['output']>;
  sent: Scalars['Boolean']['output'];
  user: User;
};

export type AccountLinkPurpose =
  | 'INVITE'
  | 'RESET';

/** Where an account stands: ACTIVE, INVITED (no password set yet) or DEACTIVATED. */
export type AccountStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type AddRoadmapCommentInput = {
  body: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
};

export type AddRoadmapItemInput = {
  endYear: Scalars['Int']['input'];
  initiativeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  laneId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startYear: Scalars['Int']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** Where one municipality stands on one standard, with its full history. */
export type Adoption = {
  __typename?: 'Adoption';
  adoptedVersion?: Maybe<Scalars['String']['output']>;
  /** Oldest first. */
  history: Array<AdoptionHistoryEntry>;
  id: Scalars['ID']['output'];
  /** True for generated demo data, never a measured figure. */
  isDemo: Scalars['Boolean']['output'];
  municipality: Municipality;
  /** True when a new version was published after this record was last confirmed. */
  needsReview: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The cooperation whose editor reported this on the municipality's behalf; null when it reported itself. */
  reportedFor?: Maybe<Cooperation>;
  /** The version to review against, when needsReview. */
  reviewVersion?: Maybe<Scalars['String']['output']>;
  /** Where a real record comes from (a source, or a CSV import); null for a report made in Koers. */
  source?: Maybe<Scalars['String']['output']>;
  standard: Standard;
  status: AdoptionStatus;
  targetDate?: Maybe<Scalars['Date']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** One cell of the adoption matrix; NOT_STARTED where the municipality has no record. */
export type AdoptionCell = {
  __typename?: 'AdoptionCell';
  needsReview: Scalars['Boolean']['output'];
  standardId: Scalars['ID']['output'];
  status: AdoptionStatus;
};

export type AdoptionConnection = {
  __typename?: 'AdoptionConnection';
  edges: Array<AdoptionEdge>;
  nodes: Array<Adoption>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AdoptionEdge = {
  __typename?: 'AdoptionEdge';
  cursor: Scalars['String']['output'];
  node: Adoption;
};

/** One state an adoption record had, and who set it. */
export type AdoptionHistoryEntry = {
  __typename?: 'AdoptionHistoryEntry';
  adoptedVersion?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  by?: Maybe<User>;
  /** The cooperation through which this entry was reported, if any. */
  cooperation?: Maybe<Cooperation>;
  note?: Maybe<Scalars['String']['output']>;
  status: AdoptionStatus;
  targetDate?: Maybe<Scalars['Date']['output']>;
};

/** The preview (or the result) of an adoption CSV import. */
export type AdoptionImportResult = {
  __typename?: 'AdoptionImportResult';
  /** True when the rows were written: only when asked to apply and no row had an error. */
  applied: Scalars['Boolean']['output'];
  errorCount: Scalars['Int']['output'];
  rows: Array<AdoptionImportRow>;
};

/** One row of an adoption CSV import, as read, with what is wrong with it. */
export type AdoptionImportRow = {
  __typename?: 'AdoptionImportRow';
  errors: Array<Scalars['String']['output']>;
  /** Line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  municipalityCode?: Maybe<Scalars['String']['output']>;
  standard?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
};

/** Current municipalities × the asked standards, paged by municipality. */
export type AdoptionMatrixConnection = {
  __typename?: 'AdoptionMatrixConnection';
  edges: Array<AdoptionMatrixEdge>;
  nodes: Array<AdoptionMatrixRow>;
  pageInfo: PageInfo;
  standards: Array<Standard>;
  totalCount: Scalars['Int']['output'];
};

export type AdoptionMatrixEdge = {
  __typename?: 'AdoptionMatrixEdge';
  cursor: Scalars['String']['output'];
  node: AdoptionMatrixRow;
};

/** One municipality's row of the adoption matrix, cells in the order of the asked standards. */
export type AdoptionMatrixRow = {
  __typename?: 'AdoptionMatrixRow';
  cells: Array<AdoptionCell>;
  /** True where the cell rests on generated demo data, in the same order. */
  demo: Array<Scalars['Boolean']['output']>;
  municipality: Municipality;
  /** The cells' needsReview alone, in the same order. */
  needsReview: Array<Scalars['Boolean']['output']>;
  /** The cells' statuses alone, in the same order: the compact form for large matrices. */
  statuses: Array<AdoptionStatus>;
};

/** Adoption of a standard at the end of one period. */
export type AdoptionPoint = {
  __typename?: 'AdoptionPoint';
  byStatus: Array<StatusCount>;
  date: Scalars['Date']['output'];
  /** How many of `total` rest on generated demo data. */
  demo: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Where a municipality stands on a standard. EXPLAINED is deviating with an explanation (pas toe of leg uit). */
export type AdoptionStatus =
  | 'ADOPTED'
  | 'EXPLAINED'
  | 'IN_PROGRESS'
  | 'NOT_APPLICABLE'
  | 'NOT_STARTED'
  | 'PLANNED';

/**
 * Adoption of one standard over every current municipality: `total` is the number of current
 * municipalities; those without a record count as NOT_STARTED, so `byStatus` always sums to `total`.
 */
export type AdoptionSummary = {
  __typename?: 'AdoptionSummary';
  byStatus: Array<StatusCount>;
  /** How many of `total` rest on generated demo data, never measured. */
  demo: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/**
 * A credential for a system that is not a person (a municipality's case system, a dashboard, a
 * supplier's catalogue sync). It acts as its creator, but only within its scopes and, when it has one,
 * its municipality. The token itself is shown once, when it is created; Koers keeps only its hash.
 */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who created it: the token carries their rights, narrowed to its scopes. */
  createdBy?: Maybe<AuditActor>;
  expiresAt: Scalars['DateTime']['output'];
  /** The token's public id, as listed and audited (not the secret). */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute); null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The municipality it acts for; null for an admin's national token. */
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the token may do: `adoption:read`, `adoption:write`, `standards:read`, `standards:write`,
   * `roadmaps:read`, `initiatives:read` (docs/api.md says what each opens).
   */
  scopes: Array<Scalars['String']['output']>;
};

/** The person who made a change (only id and name, never contact details). */
export type AuditActor = {
  __typename?: 'AuditActor';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An API token as the audit log names it. */
export type AuditApiToken = {
  __typename?: 'AuditApiToken';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One recorded change: who did what to which subject, with the state before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** An action string such as `initiative:create`, `initiative:status`, `initiative:rollout`. */
  action: Scalars['String']['output'];
  /** Null when the change was made by the system (seeds, imports) or the user no longer exists. */
  actor?: Maybe<AuditActor>;
  after?: Maybe<Scalars['JSON']['output']>;
  /** The API token the change was made with (its name then); null when a person made it in Koers. */
  apiToken?: Maybe<AuditApiToken>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  subjectId: Scalars['ID']['output'];
  /** The subject's name or title as the change recorded it (after, else before); null when it has none. */
  subjectLabel?: Maybe<Scalars['String']['output']>;
  subjectType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** The values the audit log's filters can take: every action, subject type and person recorded so far. */
export type AuditLogFacets = {
  __typename?: 'AuditLogFacets';
  actions: Array<Scalars['String']['output']>;
  /** The people who made changes, by name (only id and name). */
  actors: Array<AuditActor>;
  subjectTypes: Array<Scalars['String']['output']>;
};

/** A new sign-in: the bearer token is shown once. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** Benefit figures; each may be unknown (null). */
export type Benefit = {
  __typename?: 'Benefit';
  citizensReached?: Maybe<Scalars['Int']['output']>;
  eurosPerYear?: Maybe<Scalars['Float']['output']>;
  hoursPerYear?: Maybe<Scalars['Float']['output']>;
};

export type BenefitInput = {
  citizensReached?: InputMaybe<Scalars['Int']['input']>;
  eurosPerYear?: InputMaybe<Scalars['Float']['input']>;
  hoursPerYear?: InputMaybe<Scalars['Float']['input']>;
};

export type ChangeObligationDeadlineInput = {
  /** Who decided, e.g. "VNG ALV" or "Forum Standaardisatie". */
  decidedBy: Scalars['String']['input'];
  /** Null removes the deadline. */
  newDeadline?: InputMaybe<Scalars['Date']['input']>;
  obligationId: Scalars['ID']['input'];
  /** Why it moved; required. */
  reason: Scalars['String']['input'];
};

/** A move of a standard's lifecycle: forward one stage, or back to an earlier one with a reason. */
export type ChangeStandardLifecycleInput = {
  lifecycle: Lifecycle;
  /** Required when moving back to an earlier stage. */
  reason?: InputMaybe<Scalars['String']['input']>;
  standardId: Scalars['ID']['input'];
  /** Only with DEPRECATED: the standard that replaces this one, if any. */
  successorId?: InputMaybe<Scalars['ID']['input']>;
};

/** An item present then and now whose title, status, lane or years changed; `from`/`to` give both states. */
export type ChangedRoadmapItem = {
  __typename?: 'ChangedRoadmapItem';
  fields: Array<RoadmapItemField>;
  from: RoadmapPeriod;
  /** Lane titles (null: no lane). */
  fromLane?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<Scalars['String']['output']>;
  fromTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  to: RoadmapPeriod;
  toLane?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<Scalars['String']['output']>;
  toTitle: Scalars['String']['output'];
};

/** How binding a standard is. */
export type ComplianceLevel =
  | 'AANBEVOLEN'
  | 'PAS_TOE_OF_LEG_UIT'
  | 'VERPLICHT';

export type ConfirmAdoptionReviewPayload = {
  __typename?: 'ConfirmAdoptionReviewPayload';
  /** The adoption record as confirmed; null for a municipality without a record. */
  adoption?: Maybe<Adoption>;
};

/** A samenwerkingsverband: municipalities that organise work together. */
export type Cooperation = {
  __typename?: 'Cooperation';
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** True when the sources list only part of the members. */
  memberListPartial: Scalars['Boolean']['output'];
  memberRoles: Array<CooperationMember>;
  members: Array<Municipality>;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  sources: Array<CooperationSource>;
};

/** Cooperations a page at a time, by name. */
export type CooperationConnection = {
  __typename?: 'CooperationConnection';
  edges: Array<CooperationEdge>;
  nodes: Array<Cooperation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CooperationEdge = {
  __typename?: 'CooperationEdge';
  cursor: Scalars['String']['output'];
  node: Cooperation;
};

/** A member's role in a cooperation, as the source names it. */
export type CooperationMember = {
  __typename?: 'CooperationMember';
  municipality: Municipality;
  nameInSource?: Maybe<Scalars['String']['output']>;
  /** e.g. lid, dienstverlener, afnemer, financier. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Where the facts about a cooperation come from. */
export type CooperationSource = {
  __typename?: 'CooperationSource';
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type CreateApiTokenInput = {
  /** The last day the token works (it ends at the start of the next day, UTC), at most 366 days ahead. */
  expiresOn: Scalars['Date']['input'];
  /** CBS code; required unless an admin creates a national token. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** What the token is for, e.g. `Zaaksysteem Utrecht`: at most 100 characters. */
  name: Scalars['String']['input'];
  /** At least one scope; see ApiToken.scopes. */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken: ApiToken;
  /** The secret, shown this once: send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

export type CreateCooperationInput = {
  /** CBS codes of the first members. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
};

export type CreateInitiativeInput = {
  deadline: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  expectedBenefit?: InputMaybe<BenefitInput>;
  /** CBS codes of participating municipalities; each starts NOT_STARTED. */
  municipalityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ownerTaskforceId?: InputMaybe<Scalars['ID']['input']>;
  roadmapItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type CreateObligationInput = {
  bindingLevel: ComplianceLevel;
  /** For COOPERATION. */
  cooperationId?: InputMaybe<Scalars['ID']['input']>;
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** CBS codes, for LIST. */
  municipalityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programmeId: Scalars['ID']['input'];
  scope: ObligationScope;
  standardId: Scalars['ID']['input'];
};

export type CreatePageInput = {
  /** Create it under this page. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Start from a template's section headings; an empty page without. */
  template?: InputMaybe<PageTemplate>;
  title: Scalars['String']['input'];
};

export type CreateRoadmapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endYear: Scalars['Int']['input'];
  /** The period is 1 to 15 whole years, both years included. */
  startYear: Scalars['Int']['input'];
  taskforceId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateRoadmapPayload = {
  __typename?: 'CreateRoadmapPayload';
  roadmap: Roadmap;
};

export type CreateStandardInput = {
  category: StandardCategory;
  complianceDeadline?: InputMaybe<Scalars['Date']['input']>;
  complianceLevel?: InputMaybe<ComplianceLevel>;
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  lifecycle: Lifecycle;
  links?: InputMaybe<Array<StandardLinkInput>>;
  name: Scalars['String']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTaskforceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** A moved deadline: when, from what to what, why, and who decided. */
export type DeadlineChange = {
  __typename?: 'DeadlineChange';
  at: Scalars['DateTime']['output'];
  decidedBy: Scalars['String']['output'];
  newDeadline?: Maybe<Scalars['Date']['output']>;
  oldDeadline?: Maybe<Scalars['Date']['output']>;
  reason: Scalars['String']['output'];
  recordedBy?: Maybe<User>;
};

export type DriftEntry = {
  __typename?: 'DriftEntry';
  /** Days later, for a milestone; null for an item. */
  days?: Maybe<Scalars['Int']['output']>;
  /** Item: the end year, as text; milestone: the date (YYYY-MM-DD). */
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DriftKind;
  title: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** Whole years later (for a milestone: the difference of the years of its dates). */
  years: Scalars['Int']['output'];
};

/** What slipped since a version: an item whose end year, or a milestone whose date, moved later. */
export type DriftKind =
  | 'ITEM'
  | 'MILESTONE';

export type ImportAdoptionsInput = {
  /** False: only check and preview. True: write every row, only if none has an error. */
  apply: Scalars['Boolean']['input'];
  /** The CSV text, with the columns of the adoption export (municipalityCode, standard, status, targetDate, adoptedVersion, note …). */
  csv: Scalars['String']['input'];
};

/** A quick win run by managers next to the ten-year roadmaps. */
export type Initiative = {
  __typename?: 'Initiative';
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['Date']['output'];
  /** Set when parts of this initiative are demo values (seed data), saying which; null otherwise. */
  demoNote?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  expectedBenefit: Benefit;
  id: Scalars['ID']['output'];
  /** The latest entry of the log (by date), or null. */
  latestRealisedBenefit?: Maybe<RealisedBenefit>;
  /** Statuses the workflow allows next. */
  nextStatuses: Array<InitiativeStatus>;
  /** True when the deadline has passed and the status is not DELIVERED or STOPPED. */
  overdue: Scalars['Boolean']['output'];
  owner?: Maybe<User>;
  ownerTaskforce?: Maybe<Taskforce>;
  participants: Array<InitiativeParticipant>;
  /** The realised-benefit log, oldest first. */
  realisedBenefits: Array<RealisedBenefit>;
  roadmapItemIds: Array<Scalars['ID']['output']>;
  /** Public sources of the initiative's facts. */
  sources: Array<InitiativeSource>;
  standardIds: Array<Scalars['ID']['output']>;
  standards: Array<InitiativeStandard>;
  status: InitiativeStatus;
  /** Set when the status is STOPPED. */
  stopReason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** True when the viewer may edit this initiative (MANAGER or ADMIN). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/**
 * Expected and realised benefit summed over the initiatives of the dashboard. Realised figures
 * take the LATEST entry (by date) of each initiative's log, not the sum of its entries: every
 * entry is a measurement of the yearly benefit at that date, so adding them would count a year
 * twice. Unknown figures count as 0.
 */
export type InitiativeBenefitTotals = {
  __typename?: 'InitiativeBenefitTotals';
  expectedCitizensReached: Scalars['Int']['output'];
  expectedEurosPerYear: Scalars['Float']['output'];
  expectedHoursPerYear: Scalars['Float']['output'];
  realisedCitizensReached: Scalars['Int']['output'];
  realisedEurosPerYear: Scalars['Float']['output'];
  realisedHoursPerYear: Scalars['Float']['output'];
};

/** What changed about an initiative. */
export type InitiativeChangeKind =
  | 'BENEFIT'
  | 'CREATED'
  | 'ROLLOUT'
  | 'STATUS'
  | 'UPDATED';

export type InitiativeChangedEvent = {
  __typename?: 'InitiativeChangedEvent';
  initiative: Initiative;
  kind: InitiativeChangeKind;
  /** The municipality whose rollout changed (ROLLOUT only). */
  municipality?: Maybe<Municipality>;
};

export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  nodes: Array<Initiative>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The manager dashboard, computed from one database read of the matching initiatives. */
export type InitiativeDashboard = {
  __typename?: 'InitiativeDashboard';
  benefit: InitiativeBenefitTotals;
  /** One row per status (including zero counts); the counts add up to total. */
  byStatus: Array<InitiativeStatusCount>;
  /** Open initiatives with a deadline from today up to 90 days ahead, soonest first. */
  deadlinesNext90Days: Array<InitiativeDeadline>;
  overdueCount: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type InitiativeDashboardFilter = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
};

export type InitiativeDeadline = {
  __typename?: 'InitiativeDeadline';
  deadline: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  status: InitiativeStatus;
  title: Scalars['String']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

/** A municipality taking part in an initiative, with its own rollout status. */
export type InitiativeParticipant = {
  __typename?: 'InitiativeParticipant';
  liveOn?: Maybe<Scalars['Date']['output']>;
  municipality: Municipality;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: RolloutStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type InitiativePayload = {
  __typename?: 'InitiativePayload';
  initiative: Initiative;
};

/** How far one linked quick win is rolled out. */
export type InitiativeRollout = {
  __typename?: 'InitiativeRollout';
  initiative: Initiative;
  /** Participants whose rollout is LIVE. */
  live: Scalars['Int']['output'];
  /** Participants that have not withdrawn (the denominator). */
  participants: Scalars['Int']['output'];
};

/** A public source (web page or document) an initiative's facts come from. */
export type InitiativeSource = {
  __typename?: 'InitiativeSource';
  date?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A standard linked to an initiative (a slim view until the catalogue's Standard type is merged). */
export type InitiativeStandard = {
  __typename?: 'InitiativeStandard';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/**
 * Workflow of a quick win: a new initiative starts as IDEA; it moves forward (steps may be
 * skipped) to PLANNED, IN_PROGRESS and DELIVERED, or to STOPPED with a reason from any non-final
 * state. DELIVERED and STOPPED are final.
 */
export type InitiativeStatus =
  | 'DELIVERED'
  | 'IDEA'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'STOPPED';

export type InitiativeStatusCount = {
  __typename?: 'InitiativeStatusCount';
  count: Scalars['Int']['output'];
  status: InitiativeStatus;
};

/** What a role needs: a municipality for MUNICIPALITY_EDITOR, optionally a taskforce or a cooperation. */
export type InviteUserInput = {
  /** The cooperation a MUNICIPALITY_EDITOR also reports for. */
  cooperationId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  /** CBS code; required with MUNICIPALITY_EDITOR. */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  roles: Array<Role>;
  /** Adds the person to this taskforce (for TASKFORCE_MEMBER). */
  taskforceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a standard is in its life, in order. */
export type Lifecycle =
  | 'CANDIDATE'
  | 'DEPRECATED'
  | 'DRAFT'
  | 'ESTABLISHED';

/** How often a kind of e-mail is sent. */
export type MailFrequency =
  | 'DAILY'
  | 'IMMEDIATELY'
  | 'OFF'
  | 'WEEKLY';

/** What Koers may e-mail about; each is a preference per person. */
export type MailKind =
  /** A reply to one's comment on a roadmap. */
  | 'COMMENT'
  /** Deadlines of obligations and quick wins for one's municipality: 30 and 7 days ahead, and passed. */
  | 'DEADLINE'
  /** A followed standard moved to another lifecycle stage. */
  | 'LIFECYCLE'
  /** A new version of a followed standard, with the review task it opens. */
  | 'NEW_VERSION'
  /** A quick win one's municipality takes part in changed status. */
  | 'QUICK_WIN';

/** The language of one's e-mail. */
export type MailLanguage =
  | 'en'
  | 'nl';

export type MailPreference = {
  __typename?: 'MailPreference';
  frequency: MailFrequency;
  kind: MailKind;
};

export type MailPreferenceInput = {
  frequency: MailFrequency;
  kind: MailKind;
};

/** The viewer's own e-mail settings. */
export type MailSettings = {
  __typename?: 'MailSettings';
  language: MailLanguage;
  /** One entry per kind, in a fixed order. */
  preferences: Array<MailPreference>;
};

export type MailSettingsInput = {
  language?: InputMaybe<MailLanguage>;
  /** Only the kinds given change. */
  preferences?: InputMaybe<Array<MailPreferenceInput>>;
};

/** Where an outgoing message stands. */
export type MailStatus =
  /** Refused for good, or failed too often. */
  | 'FAILED'
  /** Kept in the outbox: no SMTP server is configured. */
  | 'KEPT'
  /** Waiting to be sent (or to be retried after a temporary refusal). */
  | 'QUEUED'
  /** Being sent by a server process. */
  | 'SENDING'
  | 'SENT';

/** A municipal reorganisation: an ended municipality and (one of) the municipality it went into. */
export type Merger = {
  __typename?: 'Merger';
  effectiveDate: Scalars['Date']['output'];
  ended: Municipality;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  sources?: Maybe<Scalars['String']['output']>;
  successor: Municipality;
  /** FULL, or PART for a municipality split over several. */
  transition: Scalars['String']['output'];
};

export type MovedRoadmapItem = {
  __typename?: 'MovedRoadmapItem';
  from: RoadmapPeriod;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  to: RoadmapPeriod;
};

export type MovedRoadmapMilestone = {
  __typename?: 'MovedRoadmapMilestone';
  fromDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  toDate: Scalars['String']['output'];
};

/** A Dutch municipality (gemeente), identified by its CBS code. */
export type Municipality = {
  __typename?: 'Municipality';
  /** False once the municipality has ended. */
  active: Scalars['Boolean']['output'];
  /** This municipality's adoption records (standards without a record are NOT_STARTED). */
  adoptions: Array<Adoption>;
  /** The CBS code, e.g. GM0344 (same as id). */
  code: Scalars['String']['output'];
  cooperations: Array<Cooperation>;
  /** Where this municipality went when it ended (one record per receiving municipality of a split). */
  endedIn: Array<Merger>;
  /** The CBS code, e.g. GM0344. */
  id: Scalars['ID']['output'];
  /** The records of the municipalities that went into this one, read-only history. */
  inheritedAdoptions: Array<Adoption>;
  /** Centroid (WGS84), for drawing the municipality on a map; null for municipalities that ended before 2025. */
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  mergedInto?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  /** The CBS name, which disambiguates e.g. Hengelo (O.). */
  officialName: Scalars['String']['output'];
  /** Population (CBS 85984NED) on populationDate. */
  population?: Maybe<Scalars['Int']['output']>;
  populationDate?: Maybe<Scalars['Date']['output']>;
  /** The municipalities that went into this one. */
  predecessors: Array<Merger>;
  province: Province;
  /**
   * Every obligation that applies to this municipality (grouped by programme) plus every standard it
   * follows or reported on, with the state of each obligation as of today.
   */
  scorecard: Array<ScorecardGroup>;
  /** CBS size class of the population. */
  sizeClass?: Maybe<SizeClass>;
  subscriptions: Array<StandardSubscription>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Set when the municipality ended, e.g. in a merger; its history stays readable. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** True when the viewer may report adoption and subscriptions for this municipality. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  edges: Array<MunicipalityEdge>;
  nodes: Array<Municipality>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  cursor: Scalars['String']['output'];
  node: Municipality;
};

/** One municipality's standing on a programme: x of N obligations met. */
export type MunicipalityProgrammeProgress = {
  __typename?: 'MunicipalityProgrammeProgress';
  applicable: Scalars['Int']['output'];
  demo: Scalars['Int']['output'];
  explained: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  municipality: Municipality;
  notApplicable: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  sizeClass?: Maybe<SizeClass>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Sets the password through a single-use link and signs in. The same rules as everywhere: at
   * least 12 characters. An unknown, used or expired link is BAD_USER_INPUT on `token`.
   */
  acceptAccountLink: AuthPayload;
  /** Admins only; the editors who report for the cooperation may then report for the new member. */
  addCooperationMember: Cooperation;
  addRoadmapComment: RoadmapComment;
  addRoadmapItem: RoadmapItemPayload;
  /** Admin only: adds a member; their open co-editing sockets re-authorize. */
  addTaskforceMember: Taskforce;
  /** The roadmap's editors archive it: out of the list of current roadmaps, nothing is removed. */
  archiveRoadmap: Roadmap;
  /** The signed-in user changes their own password; other sessions of theirs end. */
  changeMyPassword: Scalars['Boolean']['output'];
  /** Moves an obligation's deadline and keeps the change (managers, admins). */
  changeObligationDeadline: Obligation;
  /** Admins only. DRAFT → CANDIDATE → ESTABLISHED → DEPRECATED one stage forward, or back with a reason. */
  changeStandardLifecycle: StandardPayload;
  /**
   * The municipality's editor confirms that its adoption status still holds after a new version: the
   * record (if any) gets a history entry and no longer needs review, and the review task closes.
   * NOT_FOUND when there is nothing to review.
   */
  confirmAdoptionReview: ConfirmAdoptionReviewPayload;
  /** Admins only: a new single-use link (an invitation again, or a password reset). */
  createAccountLink: AccountLinkPayload;
  /** Admins for any municipality (or none), municipality editors for their own municipality. */
  createApiToken: CreateApiTokenPayload;
  /** Admins only. A taken name is CONFLICT. */
  createCooperation: Cooperation;
  /** MANAGER or ADMIN. The initiative starts as IDEA, owned by the viewer. */
  createInitiative: InitiativePayload;
  /** Adds an obligation to a programme (managers, admins). */
  createObligation: Obligation;
  createPage: Page;
  /** Members of the taskforce and admins: a new roadmap with an empty live document. */
  createRoadmap: CreateRoadmapPayload;
  createRoadmapVersion: RoadmapVersion;
  /** Admins only. A slug already in use is CONFLICT. */
  createStandard: StandardPayload;
  /** Admin only: a new taskforce without members. */
  createTaskforce: Taskforce;
  /** Admins only: the account can no longer sign in; its sessions end and its open sockets close. */
  deactivateUser: User;
  /** Moves a page to the trash (restorable); it is unpublished at once and pages under it move up. */
  deletePage: Page;
  /** Removes the webhook and its delivery log; returns its id. */
  deleteWebhook: Scalars['ID']['output'];
  /** Imports measured adoption from CSV (admins; editors for their own municipalities): preview, then apply. */
  importAdoptions: AdoptionImportResult;
  /** Admins only: creates the account (without a password) and a single-use link for it. */
  inviteUser: AccountLinkPayload;
  /**
   * Signs in. Failed attempts are counted per account and address; too many lock that pair for
   * 15 minutes (RATE_LIMITED with extensions.retryAfterSeconds).
   */
  login: AuthPayload;
  /** Revokes the token this request was made with; open sockets using it are closed. */
  logout: Scalars['Boolean']['output'];
  /** Marks the viewer's own notifications read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Holds deliveries until resumed. */
  pauseWebhook: Webhook;
  /** A taskforce's members (and admins) publish, or change the slug or version of a publication. */
  publish: Publication;
  /**
   * Admins only. Appends a version, notifies the users of every subscribed municipality, marks their
   * adoption records as needing review for this version and gives each of them an open review task
   * (also those without an adoption record).
   */
  publishStandardVersion: StandardPayload;
  /** Admins only: the account can sign in again (with its password, or a new link). */
  reactivateUser: User;
  /** Records a merger (admins): the ended municipalities end on the date and point to the successor. */
  recordMerger: Array<Merger>;
  /** MANAGER or ADMIN. */
  recordRealisedBenefit: InitiativePayload;
  /**
   * Admins for any municipality, municipality editors for their own. The URL's host must resolve to
   * public addresses only (BAD_USER_INPUT on `url` otherwise).
   */
  registerWebhook: RegisterWebhookPayload;
  /** Admins only. */
  removeCooperationMember: Cooperation;
  removeRoadmapItem: RemoveRoadmapItemPayload;
  /** Admin only: removes a member; their open co-editing sockets re-authorize. */
  removeTaskforceMember: Taskforce;
  /** Editors of the cooperation (and admins): the same rules as updateAdoption, for each member reported for. */
  reportAdoptionForCooperation: ReportAdoptionForCooperationPayload;
  /** Sends a reset link when the address has an account and e-mail is configured; always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  resolveRoadmapComment: RoadmapComment;
  /** Brings a page back from the trash, at the top of the tree. */
  restorePage: Page;
  /** Applies a version as a new change on top; history is never rewritten. */
  restoreRoadmapVersion: Roadmap;
  /** Sends the held deliveries and starts counting failures again from zero. */
  resumeWebhook: Webhook;
  /** Revokes at once: the next request with it is UNAUTHENTICATED and its open sockets close (4403). */
  revokeApiToken: ApiToken;
  /** Queues a `webhook.test` event for this webhook and sends it at once (also while paused). */
  sendTestWebhookEvent: WebhookDelivery;
  setPageLinks: Page;
  /** Municipality editors for their municipalities, and admins. */
  subscribeToStandard: StandardSubscription;
  /** The roadmap's editors bring an archived roadmap back. */
  unarchiveRoadmap: Roadmap;
  /** Withdraws a publication at once: its URL answers 404. False when it was not published. */
  unpublish: Scalars['Boolean']['output'];
  /** Municipality editors for their municipalities, and admins; true when a subscription was removed. */
  unsubscribeFromStandard: Scalars['Boolean']['output'];
  /**
   * Reports where a municipality stands on a standard: municipality editors for their own municipality
   * (or their cooperation's members), admins for any. Appends to the history and clears needsReview.
   */
  updateAdoption: UpdateAdoptionPayload;
  /** Admins only: renames a cooperation. */
  updateCooperation: Cooperation;
  /** MANAGER or ADMIN. */
  updateInitiative: InitiativePayload;
  /** MANAGER or ADMIN; illegal transitions are BAD_USER_INPUT on `status`. */
  updateInitiativeStatus: InitiativePayload;
  /** Changes the viewer's own e-mail language and frequencies. */
  updateMyMailSettings: MailSettings;
  /** The signed-in user changes their own display name. */
  updateMyName: User;
  /** Renames or moves a page (not under itself or one of its own pages). */
  updatePage: Page;
  /** The roadmap's editors change its title, period or description; live editors see it at once. */
  updateRoadmap: UpdateRoadmapPayload;
  updateRoadmapItem: RoadmapItemPayload;
  /** MANAGER or ADMIN, or a MUNICIPALITY_EDITOR for a municipality they may edit. */
  updateRollout: InitiativePayload;
  /**
   * Admins only. A changed compliance deadline notifies the subscribed municipalities. The lifecycle
   * moves forward one stage at a time here; moving back needs changeStandardLifecycle with a reason.
   */
  updateStandard: StandardPayload;
  /** Admin only: renames a taskforce or changes its description. */
  updateTaskforce: Taskforce;
  /** Admins only: roles, municipality and cooperation; the person's open sockets re-decide access. */
  updateUserAccess: User;
};


export type MutationAcceptAccountLinkArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddCooperationMemberArgs = {
  cooperationId: Scalars['ID']['input'];
  municipalityId: Scalars['ID']['input'];
};


export type MutationAddRoadmapCommentArgs = {
  input: AddRoadmapCommentInput;
};


export type MutationAddRoadmapItemArgs = {
  input: AddRoadmapItemInput;
};


export type MutationAddTaskforceMemberArgs = {
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationArchiveRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeObligationDeadlineArgs = {
  input: ChangeObligationDeadlineInput;
};


export type MutationChangeStandardLifecycleArgs = {
  input: ChangeStandardLifecycleInput;
};


export type MutationConfirmAdoptionReviewArgs = {
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationCreateAccountLinkArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCooperationArgs = {
  input: CreateCooperationInput;
};


export type MutationCreateInitiativeArgs = {
  input: CreateInitiativeInput;
};


export type MutationCreateObligationArgs = {
  input: CreateObligationInput;
};


export type MutationCreatePageArgs = {
  input: CreatePageInput;
};


export type MutationCreateRoadmapArgs = {
  input: CreateRoadmapInput;
};


export type MutationCreateRoadmapVersionArgs = {
  name: Scalars['String']['input'];
  roadmapId: Scalars['ID']['input'];
};


export type MutationCreateStandardArgs = {
  input: CreateStandardInput;
};


export type MutationCreateTaskforceArgs = {
  input: CreateTaskforceInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeletePageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportAdoptionsArgs = {
  input: ImportAdoptionsInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPauseWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishArgs = {
  input: PublishInput;
};


export type MutationPublishStandardVersionArgs = {
  changes: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  number: Scalars['String']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordMergerArgs = {
  input: RecordMergerInput;
};


export type MutationRecordRealisedBenefitArgs = {
  input: RecordRealisedBenefitInput;
};


export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationRemoveCooperationMemberArgs = {
  cooperationId: Scalars['ID']['input'];
  municipalityId: Scalars['ID']['input'];
};


export type MutationRemoveRoadmapItemArgs = {
  input: RemoveRoadmapItemInput;
};


export type MutationRemoveTaskforceMemberArgs = {
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationReportAdoptionForCooperationArgs = {
  input: ReportAdoptionForCooperationInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResolveRoadmapCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreRoadmapVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationResumeWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendTestWebhookEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPageLinksArgs = {
  input: SetPageLinksInput;
};


export type MutationSubscribeToStandardArgs = {
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationUnarchiveRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishArgs = {
  kind: PublicationKind;
  subjectId: Scalars['ID']['input'];
};


export type MutationUnsubscribeFromStandardArgs = {
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationUpdateAdoptionArgs = {
  input: UpdateAdoptionInput;
};


export type MutationUpdateCooperationArgs = {
  input: UpdateCooperationInput;
};


export type MutationUpdateInitiativeArgs = {
  input: UpdateInitiativeInput;
};


export type MutationUpdateInitiativeStatusArgs = {
  input: UpdateInitiativeStatusInput;
};


export type MutationUpdateMyMailSettingsArgs = {
  input: MailSettingsInput;
};


export type MutationUpdateMyNameArgs = {
  name: Scalars['String']['input'];
};


export type MutationUpdatePageArgs = {
  input: UpdatePageInput;
};


export type MutationUpdateRoadmapArgs = {
  input: UpdateRoadmapInput;
};


export type MutationUpdateRoadmapItemArgs = {
  input: UpdateRoadmapItemInput;
};


export type MutationUpdateRolloutArgs = {
  input: UpdateRolloutInput;
};


export type MutationUpdateStandardArgs = {
  input: UpdateStandardInput;
};


export type MutationUpdateTaskforceArgs = {
  input: UpdateTaskforceInput;
};


export type MutationUpdateUserAccessArgs = {
  input: UpdateUserAccessInput;
};

/** Something that changed, addressed to the viewer. */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** e.g. STANDARD_VERSION or STANDARD_DEADLINE. */
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The standard this is about, when it is about one. */
  standard?: Maybe<Standard>;
  subjectId: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a programme asks of municipalities: a standard with a binding level and a deadline. */
export type Obligation = {
  __typename?: 'Obligation';
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  bindingLevel: ComplianceLevel;
  /** For COOPERATION obligations. */
  cooperation?: Maybe<Cooperation>;
  deadline?: Maybe<Scalars['Date']['output']>;
  /** Oldest first. */
  deadlineChanges: Array<DeadlineChange>;
  /** Days between the original and the current deadline; null when either is missing. */
  driftDays?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** For LIST obligations. */
  municipalities: Array<Municipality>;
  /** The deadline before its first change (equal to deadline when it never moved). */
  originalDeadline?: Maybe<Scalars['Date']['output']>;
  programme: Programme;
  /** Null when no standard is linked. */
  progress?: Maybe<ObligationProgress>;
  scope: ObligationScope;
  source?: Maybe<ObligationSource>;
  /** Null where the source names no standard: no per-municipality state can be computed then. */
  standard?: Maybe<Standard>;
  /** The standard, or what the source names where it names no standard. */
  subject: Scalars['String']['output'];
  viewerCanManage: Scalars['Boolean']['output'];
};


/** What a programme asks of municipalities: a standard with a binding level and a deadline. */
export type ObligationProgressArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * How the municipalities an obligation applies to stand on it. `applicable` counts current
 * municipalities in scope (minus those left out as demo when demo data is hidden); `demo` counts those
 * whose state rests on generated demo data.
 */
export type ObligationProgress = {
  __typename?: 'ObligationProgress';
  applicable: Scalars['Int']['output'];
  demo: Scalars['Int']['output'];
  explained: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  notApplicable: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

/** Whom an obligation applies to. */
export type ObligationScope =
  | 'ALL'
  | 'COOPERATION'
  | 'LIST';

/** Where an obligation comes from. */
export type ObligationSource = {
  __typename?: 'ObligationSource';
  note?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** Where one municipality stands on one obligation, computed from its adoption status and the deadline. */
export type ObligationState =
  /** EXPLAINED: deviating with an explanation (pas toe of leg uit). */
  | 'EXPLAINED'
  /** ADOPTED. */
  | 'MET'
  /** NOT_APPLICABLE to this municipality. */
  | 'NOT_APPLICABLE'
  /** Not adopted yet, and the deadline has not passed (or there is none). */
  | 'ON_TRACK'
  /** Not adopted, and the deadline has passed. */
  | 'OVERDUE';

/** One message of the outbox (admins only). */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  language: MailLanguage;
  lastError?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailStatus;
  subject: Scalars['String']['output'];
  /** The plain-text body. */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutboxMailConnection = {
  __typename?: 'OutboxMailConnection';
  edges: Array<OutboxMailEdge>;
  nodes: Array<OutboxMail>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutboxMailEdge = {
  __typename?: 'OutboxMailEdge';
  cursor: Scalars['String']['output'];
  node: OutboxMail;
};

/** A knowledge page; its body is co-edited live as the Yjs document `page:<id>`. */
export type Page = {
  __typename?: 'Page';
  /** Pages directly under this one, by title. */
  children: Array<Page>;
  createdAt: Scalars['DateTime']['output'];
  /** Set while the page is in the trash. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Standards, roadmap items and quick wins this page is about (each also lists the page). */
  links: Array<PageLink>;
  /** The page it sits under; null at the top of the knowledge tree. */
  parent?: Maybe<Page>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** True for admins, taskforce members and managers. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type PageConnection = {
  __typename?: 'PageConnection';
  edges: Array<PageEdge>;
  nodes: Array<Page>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PageEdge = {
  __typename?: 'PageEdge';
  cursor: Scalars['String']['output'];
  node: Page;
};

/** Relay-style pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Something a knowledge page links to: a standard, a roadmap item or a quick win (`INITIATIVE`).
 * `id` and `key` are those of a search hit of the same kind, so the web app links to it the same way.
 */
export type PageLink = {
  __typename?: 'PageLink';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  kind: SearchKind;
  title: Scalars['String']['output'];
};

/** The section headings a new page starts with. */
export type PageTemplate =
  /** Besluitvorming */
  | 'DECISION'
  /** Leg-uit-toelichting */
  | 'EXPLAINER'
  /** Implementatiehandleiding */
  | 'IMPLEMENTATION_GUIDE';

/** A steering programme (NUP, pas toe of leg uit, GDI, Samen Organiseren) and what it asks. */
export type Programme = {
  __typename?: 'Programme';
  description: Scalars['String']['output'];
  facts: Array<ProgrammeFact>;
  id: Scalars['ID']['output'];
  items: Array<ProgrammeItem>;
  name: Scalars['String']['output'];
  obligations: Array<Obligation>;
  owner: Scalars['String']['output'];
  periodFrom?: Maybe<Scalars['String']['output']>;
  periodNote?: Maybe<Scalars['String']['output']>;
  periodTo?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  /** What the sources do not give, said plainly. */
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** True when the viewer may move deadlines and add obligations (managers, admins). */
  viewerCanManage: Scalars['Boolean']['output'];
};

/** A programme's dashboard over current municipalities, optionally filtered (per obligation: Programme.obligations). */
export type ProgrammeDashboard = {
  __typename?: 'ProgrammeDashboard';
  cooperations: Array<ProgrammeGroupProgress>;
  municipalities: Array<MunicipalityProgrammeProgress>;
  provinces: Array<ProgrammeGroupProgress>;
  sizeClasses: Array<ProgrammeGroupProgress>;
  /** Totals over every obligation × municipality pair in the filter. */
  total: ProgrammeGroupProgress;
};

/** A sourced fact about a programme, with the date as the source gives it (a year, a month, a date). */
export type ProgrammeFact = {
  __typename?: 'ProgrammeFact';
  date?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  sourceTitle?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  topic?: Maybe<Scalars['String']['output']>;
};

/** How a group of municipalities (one municipality, a province, a cooperation, a size class) stands on a programme. */
export type ProgrammeGroupProgress = {
  __typename?: 'ProgrammeGroupProgress';
  /** Obligation × municipality pairs in scope. */
  applicable: Scalars['Int']['output'];
  demo: Scalars['Int']['output'];
  explained: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  met: Scalars['Int']['output'];
  municipalityCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  notApplicable: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  /** For a cooperation whose member list is partial. */
  partial: Scalars['Boolean']['output'];
};

/** A part of a programme without a binding level: a building block, a product, an example project. */
export type ProgrammeItem = {
  __typename?: 'ProgrammeItem';
  date?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  releases: Array<ProgrammeRelease>;
  sourceTitle?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  standard?: Maybe<Standard>;
  status?: Maybe<Scalars['String']['output']>;
};

/** A release of a product of a building block, as the release calendar lists it. */
export type ProgrammeRelease = {
  __typename?: 'ProgrammeRelease';
  date?: Maybe<Scalars['Date']['output']>;
  product: Scalars['String']['output'];
  release: Scalars['String']['output'];
  /** As in the source: gerealiseerd, gepland, verwacht, vervallen. */
  status: Scalars['String']['output'];
};

/** One of the twelve provinces. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  municipalityCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** Adoption of one standard within one province. */
export type ProvinceAdoption = {
  __typename?: 'ProvinceAdoption';
  byStatus: Array<StatusCount>;
  /** How many of `total` rest on generated demo data. */
  demo: Scalars['Int']['output'];
  province: Province;
  total: Scalars['Int']['output'];
};

/** A knowledge page as the public reads it: its text, without its editors. */
export type PublicPage = {
  __typename?: 'PublicPage';
  isDemo: Scalars['Boolean']['output'];
  /** The body, one paragraph (or heading line) per entry. */
  paragraphs: Array<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A quick win's progress as the public reads it: where each municipality stands, no people. */
export type PublicQuickWin = {
  __typename?: 'PublicQuickWin';
  deadline: Scalars['String']['output'];
  /** Which parts are demo values rather than facts; null for real data. */
  demoNote?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  isDemo: Scalars['Boolean']['output'];
  liveCount: Scalars['Int']['output'];
  participantCount: Scalars['Int']['output'];
  participants: Array<PublicRollout>;
  publishedAt: Scalars['DateTime']['output'];
  slug: Scalars['String']['output'];
  sources: Array<PublicSource>;
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * A roadmap as the public reads it: a redacted projection of the plan without people (no owners, no
 * authors), comments or drafts. Also the body of a roadmap's export for meetings.
 */
export type PublicRoadmap = {
  __typename?: 'PublicRoadmap';
  description: Scalars['String']['output'];
  endYear: Scalars['Int']['output'];
  isDemo: Scalars['Boolean']['output'];
  items: Array<PublicRoadmapItem>;
  lanes: Array<PublicRoadmapLane>;
  milestones: Array<PublicRoadmapMilestone>;
  /** When it was published; null in an export of a roadmap that is not published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null in an export of a roadmap that is not published. */
  slug?: Maybe<Scalars['String']['output']>;
  startYear: Scalars['Int']['output'];
  /** The taskforce that keeps the roadmap (a body, not a person). */
  taskforceName?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** When the plan shown last changed (the version's date when frozen). */
  updatedAt: Scalars['DateTime']['output'];
  /** The named version shown; null for the live plan. */
  versionName?: Maybe<Scalars['String']['output']>;
  /** The vision, one paragraph per entry. */
  vision: Array<Scalars['String']['output']>;
};

export type PublicRoadmapItem = {
  __typename?: 'PublicRoadmapItem';
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  laneId?: Maybe<Scalars['ID']['output']>;
  standards: Array<PublicStandardLink>;
  startYear: Scalars['Int']['output'];
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PublicRoadmapLane = {
  __typename?: 'PublicRoadmapLane';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type PublicRoadmapMilestone = {
  __typename?: 'PublicRoadmapMilestone';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type PublicRollout = {
  __typename?: 'PublicRollout';
  liveOn?: Maybe<Scalars['String']['output']>;
  municipalityCode: Scalars['String']['output'];
  municipalityName: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type PublicSource = {
  __typename?: 'PublicSource';
  date?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A standard as a public page links to it (`/standaarden/<slug>`). */
export type PublicStandardLink = {
  __typename?: 'PublicStandardLink';
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/**
 * A roadmap, a quick win's progress or a knowledge page, readable without signing in at
 * `/openbaar/roadmaps/<slug>`, `/openbaar/quick-wins/<slug>` or `/openbaar/kennis/<slug>`. Public:
 * it names no person.
 */
export type Publication = {
  __typename?: 'Publication';
  id: Scalars['ID']['output'];
  /** Published by the seeds: demo content, labelled as such. */
  isDemo: Scalars['Boolean']['output'];
  kind: PublicationKind;
  publishedAt: Scalars['DateTime']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The named roadmap version it is frozen at; null while it follows the live plan. */
  versionName?: Maybe<Scalars['String']['output']>;
};

export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  edges: Array<PublicationEdge>;
  nodes: Array<Publication>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  cursor: Scalars['String']['output'];
  node: Publication;
};

/** What a taskforce can publish for the public. */
export type PublicationKind =
  | 'PAGE'
  | 'QUICK_WIN'
  | 'ROADMAP';

export type PublishInput = {
  kind: PublicationKind;
  /** Lower-case words joined by hyphens; made from the title when left out. Kept when publishing again. */
  slug?: InputMaybe<Scalars['String']['input']>;
  subjectId: Scalars['ID']['input'];
  /** Roadmaps only: freeze at this named version; left out, the publication follows the live plan. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** What an unused, unexpired account link is for; null for an unknown, used or expired link. */
  accountLink?: Maybe<AccountLinkInfo>;
  /** Adoption of one standard per province. */
  adoptionByProvince: Array<ProvinceAdoption>;
  /** Dashboards: current municipalities (by name, optionally in one province) × up to 50 standards. */
  adoptionMatrix: AdoptionMatrixConnection;
  /** Adoption of one standard at the end of each period from `from` to `to`, from the history entries. */
  adoptionOverTime: Array<AdoptionPoint>;
  /** Adoption records, filtered by municipality, standard and status. */
  adoptions: AdoptionConnection;
  /**
   * API tokens, newest first, revoked and expired ones included: admins see every token (or one
   * municipality's), a municipality editor their own municipality's.
   */
  apiTokens: Array<ApiToken>;
  /** The version of the Koers API; answers without signing in. */
  apiVersion: Scalars['String']['output'];
  /**
   * Recorded changes, newest first, narrowed by any of the filters (all must match). MANAGER and
   * ADMIN only. `from` and `to` are whole days in Dutch time (Europe/Amsterdam), both included.
   */
  auditLog: AuditEventConnection;
  /** The actions and subject types the audit log holds, for its filters. MANAGER and ADMIN only. */
  auditLogFacets: AuditLogFacets;
  compareRoadmapVersion: RoadmapComparison;
  /** Cooperations by name, a page at a time (the admin list; `cooperations` gives all at once). Signed-in users. */
  cooperationPage: CooperationConnection;
  cooperations: Array<Cooperation>;
  /** The leg-uit register: EXPLAINED records of one standard, of a programme's standards, or (neither given) of all. */
  explanations: Array<Adoption>;
  initiative?: Maybe<Initiative>;
  initiativeDashboard: InitiativeDashboard;
  /** Initiatives by deadline (soonest first). Readable by every signed-in user. */
  initiatives: InitiativeConnection;
  /** Knowledge pages (not in the trash) that link to this standard, roadmap item (`<roadmapId>:<itemId>`) or quick win (`INITIATIVE`). */
  linkedPages: Array<Page>;
  /** The signed-in user, or null when signed out. */
  me?: Maybe<User>;
  /**
   * Municipalities by name. `province` is a province code (PV26) or name; `search` matches part of
   * the name, case-insensitively. Ended municipalities are left out unless `includeEnded`.
   */
  municipalities: MunicipalityConnection;
  /** One municipality by id or CBS code (they are the same). */
  municipality?: Maybe<Municipality>;
  /** Published roadmaps and quick wins the municipality `code` takes part in (through a taskforce member or the rollout); public. */
  municipalityPublications: Array<Publication>;
  /** The viewer's own e-mail settings. */
  myMailSettings: MailSettings;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** Admins only: every message Koers sent or would have sent, newest first. */
  outbox: OutboxMailConnection;
  /** One page, also while in the trash (with `deletedAt` set). */
  page?: Maybe<Page>;
  /** Pages not in the trash, by title. */
  pages: PageConnection;
  programme?: Maybe<Programme>;
  /** A programme's dashboard; public (adoption records are public). */
  programmeDashboard?: Maybe<ProgrammeDashboard>;
  /** Every programme, public. */
  programmes: Array<Programme>;
  provinces: Array<Province>;
  /** A published knowledge page; null when nothing is published under `slug`. */
  publicPage?: Maybe<PublicPage>;
  /** A published quick win; null when nothing is published under `slug`. */
  publicQuickWin?: Maybe<PublicQuickWin>;
  /** A published roadmap; null when nothing is published under `slug`. */
  publicRoadmap?: Maybe<PublicRoadmap>;
  /** The publication of a roadmap, quick win or page (for its editors); null while not published. */
  publication?: Maybe<Publication>;
  /** Everything published, newest first; public. */
  publications: PublicationConnection;
  /**
   * Open review tasks: of one municipality, or without `municipalityId` of the municipalities the
   * viewer may report for. Signed-in users only.
   */
  reviewTasks: Array<ReviewTask>;
  roadmap?: Maybe<Roadmap>;
  roadmapComments: Array<RoadmapComment>;
  /** A roadmap as printed for a meeting or exported as an image: the public projection, for any signed-in reader. */
  roadmapExport?: Maybe<PublicRoadmap>;
  roadmapVersions: Array<RoadmapVersion>;
  /** Current roadmaps, or with `archived: true` the archived ones. */
  roadmaps: RoadmapConnection;
  /**
   * Fuzzy, prefix and diacritics-insensitive search ("sudwest" finds Súdwest-Fryslân). `text` is at
   * most 200 characters; blank text gives no results. `first` (1–50, default 10) caps each group.
   */
  search: SearchResults;
  /** One standard by id or slug. */
  standard?: Maybe<Standard>;
  /** Standards by name; `search` matches part of the name, slug or summary, case-insensitively. */
  standards: StandardConnection;
  taskforce?: Maybe<Taskforce>;
  /** Taskforces by name, a page at a time (the admin list; `taskforces` gives all at once). Signed-in users. */
  taskforcePage: TaskforceConnection;
  taskforces: Array<Taskforce>;
  /** Pages in the trash, most recently deleted first. */
  trashedPages: PageConnection;
  /** Admins only: people by name; `search` matches part of the name or e-mail address. */
  users: UserConnection;
  /** One webhook's delivery log, newest first (the same as Webhook.deliveries). */
  webhookDeliveries: WebhookDeliveryConnection;
  /**
   * Webhooks, newest first: admins see every webhook (or one municipality's), a municipality editor
   * their own municipality's.
   */
  webhooks: Array<Webhook>;
};


export type QueryAccountLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryAdoptionByProvinceArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  standardId: Scalars['ID']['input'];
};


export type QueryAdoptionMatrixArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  standardIds: Array<Scalars['ID']['input']>;
};


export type QueryAdoptionOverTimeArgs = {
  from: Scalars['Date']['input'];
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  interval?: InputMaybe<TimeInterval>;
  standardId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryAdoptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AdoptionStatus>;
};


export type QueryApiTokensArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCompareRoadmapVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type QueryCooperationPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExplanationsArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  programmeSlug?: InputMaybe<Scalars['String']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeDashboardArgs = {
  filter?: InputMaybe<InitiativeDashboardFilter>;
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InitiativeStatus>;
};


export type QueryLinkedPagesArgs = {
  id: Scalars['ID']['input'];
  kind: SearchKind;
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMunicipalityArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMunicipalityPublicationsArgs = {
  code: Scalars['String']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProgrammeArgs = {
  slug: Scalars['String']['input'];
};


export type QueryProgrammeDashboardArgs = {
  cooperationId?: InputMaybe<Scalars['ID']['input']>;
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  sizeClass?: InputMaybe<SizeClass>;
  slug: Scalars['String']['input'];
};


export type QueryPublicPageArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicQuickWinArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicRoadmapArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicationArgs = {
  kind: PublicationKind;
  subjectId: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewTasksArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapCommentsArgs = {
  itemId: Scalars['ID']['input'];
  roadmapId: Scalars['ID']['input'];
};


export type QueryRoadmapExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapVersionsArgs = {
  roadmapId: Scalars['ID']['input'];
};


export type QueryRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  taskforceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryStandardArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStandardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<StandardCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lifecycle?: InputMaybe<Lifecycle>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTaskforceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTaskforcePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrashedPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};


export type QueryWebhooksArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
};

/** One measurement of realised benefit, as of `date`. */
export type RealisedBenefit = {
  __typename?: 'RealisedBenefit';
  citizensReached?: Maybe<Scalars['Int']['output']>;
  date: Scalars['Date']['output'];
  eurosPerYear?: Maybe<Scalars['Float']['output']>;
  hoursPerYear?: Maybe<Scalars['Float']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<User>;
};

/**
 * Which municipalities a standard's figure counts: those under an obligation of a programme for the
 * standard when there is one, else every current municipality.
 */
export type RealityBasis =
  | 'ALL_MUNICIPALITIES'
  | 'OBLIGATION';

/**
 * Totals over distinct standards and quick wins: `adopted`/`applicable` add municipality × standard
 * pairs, `live`/`participants` add participants.
 */
export type RealityTotals = {
  __typename?: 'RealityTotals';
  adopted: Scalars['Int']['output'];
  applicable: Scalars['Int']['output'];
  demo: Scalars['Int']['output'];
  items: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  live: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
};

export type RecordMergerInput = {
  effectiveDate: Scalars['Date']['input'];
  /** CBS codes of the municipalities that end. */
  endedIds: Array<Scalars['ID']['input']>;
  /** CBS code of the municipality they go into (new or existing). */
  successorId: Scalars['ID']['input'];
};

export type RecordRealisedBenefitInput = {
  citizensReached?: InputMaybe<Scalars['Int']['input']>;
  /** The date the figures were measured; defaults to today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  eurosPerYear?: InputMaybe<Scalars['Float']['input']>;
  hoursPerYear?: InputMaybe<Scalars['Float']['input']>;
  initiativeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterWebhookInput = {
  /** What or whose system it is, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one of the kinds listed at Webhook.kinds. */
  kinds: Array<Scalars['String']['input']>;
  /** CBS code; defaults to the editor's own municipality (admins must name one). */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** An `https` URL (plain `http` only where the server allows it), at most 500 characters. */
  url: Scalars['String']['input'];
};

export type RegisterWebhookPayload = {
  __typename?: 'RegisterWebhookPayload';
  /** The signing secret, shown this once: keep it to check `X-Koers-Signature`. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type RemoveRoadmapItemInput = {
  itemId: Scalars['ID']['input'];
  roadmapId: Scalars['ID']['input'];
};

export type RemoveRoadmapItemPayload = {
  __typename?: 'RemoveRoadmapItemPayload';
  itemId: Scalars['ID']['output'];
};

export type RenamedRoadmapLane = {
  __typename?: 'RenamedRoadmapLane';
  fromTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  toTitle: Scalars['String']['output'];
};

/**
 * A report by a cooperation's editor: for one member (`municipalityId`) or, without it, for every
 * current member at once ("voor alle leden"). Each record remembers the cooperation it came through.
 */
export type ReportAdoptionForCooperationInput = {
  adoptedVersion?: InputMaybe<Scalars['String']['input']>;
  cooperationId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  standardId: Scalars['ID']['input'];
  status: AdoptionStatus;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

export type ReportAdoptionForCooperationPayload = {
  __typename?: 'ReportAdoptionForCooperationPayload';
  adoptions: Array<Adoption>;
};

/**
 * A municipality that follows a standard is asked to review where it stands after a new version was
 * published: open until its editor confirms the status or reports a new one. Municipalities without an
 * adoption record get one too.
 */
export type ReviewTask = {
  __typename?: 'ReviewTask';
  id: Scalars['ID']['output'];
  municipality: Municipality;
  openedAt: Scalars['DateTime']['output'];
  standard: Standard;
  /** The published version to review against. */
  version: Scalars['String']['output'];
  /** True when the viewer may confirm or report for this municipality. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A ten-year roadmap, co-edited live as the Yjs document `roadmap:<id>`; these fields are its projection. */
export type Roadmap = {
  __typename?: 'Roadmap';
  /** Set while the roadmap is archived (out of the list of current roadmaps, kept whole). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** A short description for the list of roadmaps; empty when none. */
  description: Scalars['String']['output'];
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  items: Array<RoadmapItem>;
  lanes: Array<RoadmapLane>;
  milestones: Array<RoadmapMilestone>;
  /** Plan versus reality: adoption of the linked standards and rollout of the linked quick wins, from the read models. */
  reality: RoadmapReality;
  startYear: Scalars['Int']['output'];
  taskforce?: Maybe<Taskforce>;
  title: Scalars['String']['output'];
  /** The most recent activity. */
  updatedAt: Scalars['DateTime']['output'];
  /** True when the viewer may edit this roadmap (a member of its taskforce, or an admin). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A comment on a roadmap item; `parentId` makes a thread. */
export type RoadmapComment = {
  __typename?: 'RoadmapComment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What happened to a roadmap comment. */
export type RoadmapCommentChangeKind =
  /** A new thread, or a reply (`parentId` set). */
  | 'ADDED'
  | 'RESOLVED';

/** A comment on one of a roadmap's items changed; `comment` is as it is now. */
export type RoadmapCommentChangedEvent = {
  __typename?: 'RoadmapCommentChangedEvent';
  comment: RoadmapComment;
  kind: RoadmapCommentChangeKind;
};

/** The current roadmap compared with a version: plan versus plan (what changed) and drift (what slipped). */
export type RoadmapComparison = {
  __typename?: 'RoadmapComparison';
  added: Array<RoadmapItemSummary>;
  changed: Array<ChangedRoadmapItem>;
  /** Everything that slipped later since the version, most years first. */
  drift: Array<DriftEntry>;
  lanes: RoadmapLaneComparison;
  milestonesAdded: Array<RoadmapMilestoneSummary>;
  milestonesMoved: Array<MovedRoadmapMilestone>;
  milestonesRemoved: Array<RoadmapMilestoneSummary>;
  /** Items whose years changed (also in `changed`). */
  moved: Array<MovedRoadmapItem>;
  removed: Array<RoadmapItemSummary>;
  version: RoadmapVersion;
  vision: VisionComparison;
};

export type RoadmapConnection = {
  __typename?: 'RoadmapConnection';
  edges: Array<RoadmapEdge>;
  nodes: Array<Roadmap>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoadmapEdge = {
  __typename?: 'RoadmapEdge';
  cursor: Scalars['String']['output'];
  node: Roadmap;
};

export type RoadmapItem = {
  __typename?: 'RoadmapItem';
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  laneId?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<Scalars['String']['output']>;
  roadmap?: Maybe<Roadmap>;
  standards: Array<Standard>;
  startYear: Scalars['Int']['output'];
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A field of an item that differs from a compared version. */
export type RoadmapItemField =
  | 'LANE'
  | 'STATUS'
  | 'TITLE'
  | 'YEARS';

export type RoadmapItemPayload = {
  __typename?: 'RoadmapItemPayload';
  item: RoadmapItem;
};

/**
 * One item's plan versus reality. `late`: its end year has passed and its target is not reached — with
 * links, every linked standard adopted by all it applies to and every linked quick win live with all
 * its participants; without links, status DONE.
 */
export type RoadmapItemReality = {
  __typename?: 'RoadmapItemReality';
  initiatives: Array<InitiativeRollout>;
  itemId: Scalars['ID']['output'];
  late: Scalars['Boolean']['output'];
  standards: Array<StandardReality>;
  totals: RealityTotals;
};

export type RoadmapItemSummary = {
  __typename?: 'RoadmapItemSummary';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RoadmapLane = {
  __typename?: 'RoadmapLane';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RoadmapLaneComparison = {
  __typename?: 'RoadmapLaneComparison';
  added: Array<RoadmapLane>;
  removed: Array<RoadmapLane>;
  renamed: Array<RenamedRoadmapLane>;
};

export type RoadmapLaneReality = {
  __typename?: 'RoadmapLaneReality';
  /** Null for the items without a (known) lane. */
  laneId?: Maybe<Scalars['ID']['output']>;
  totals: RealityTotals;
};

export type RoadmapMilestone = {
  __typename?: 'RoadmapMilestone';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RoadmapMilestoneSummary = {
  __typename?: 'RoadmapMilestoneSummary';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RoadmapPeriod = {
  __typename?: 'RoadmapPeriod';
  endYear: Scalars['Int']['output'];
  startYear: Scalars['Int']['output'];
};

export type RoadmapReality = {
  __typename?: 'RoadmapReality';
  items: Array<RoadmapItemReality>;
  lanes: Array<RoadmapLaneReality>;
  roadmapId: Scalars['ID']['output'];
  totals: RealityTotals;
  /** The year `late` is judged against (the server's clock). */
  year: Scalars['Int']['output'];
};

/** A named version of a roadmap. */
export type RoadmapVersion = {
  __typename?: 'RoadmapVersion';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What a user may do beyond reading. A signed-in user without roles is a reader. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MUNICIPALITY_EDITOR'
  | 'TASKFORCE_MEMBER';

/** Where one participating municipality stands in the rollout. */
export type RolloutStatus =
  | 'LIVE'
  | 'NOT_STARTED'
  | 'PREPARING'
  | 'WITHDRAWN';

/** A programme's rows on a scorecard; `programme` is null for the standards outside every obligation. */
export type ScorecardGroup = {
  __typename?: 'ScorecardGroup';
  programme?: Maybe<Programme>;
  rows: Array<ScorecardRow>;
};

/** One row of a scorecard: a standard, the municipality's record of it, and the obligation it serves. */
export type ScorecardRow = {
  __typename?: 'ScorecardRow';
  /** Null where the municipality never reported on this standard (NOT_STARTED). */
  adoption?: Maybe<Adoption>;
  followed: Scalars['Boolean']['output'];
  /** Null for a standard the municipality follows or reported on outside any obligation. */
  obligation?: Maybe<Obligation>;
  standard: Standard;
  state?: Maybe<ObligationState>;
  status: AdoptionStatus;
};

/** The hits of one kind, best first. */
export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  kind: SearchKind;
  /** Every match of this kind, also those beyond `first`. */
  totalCount: Scalars['Int']['output'];
};

/** One thing that matches the search text. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** A short qualifier: the province, the category, the roadmap of an item, the status of a quick win. */
  context?: Maybe<Scalars['String']['output']>;
  /** The record's id (for a roadmap item `<roadmapId>:<itemId>`). */
  id: Scalars['ID']['output'];
  /**
   * What the hit's page is addressed by: the slug of a standard, the CBS code of a municipality,
   * the id of a roadmap, initiative or page, and the id of the roadmap a roadmap item is on.
   */
  key: Scalars['String']['output'];
  kind: SearchKind;
  /** Relevance within its kind; higher is better. */
  score: Scalars['Float']['output'];
  /** The part of the longer text (summary, description, page text) that matched, or its start; null when there is none. */
  snippet?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** What a search hit is; each kind links to its own page in the web app. */
export type SearchKind =
  | 'INITIATIVE'
  | 'MUNICIPALITY'
  | 'PAGE'
  | 'ROADMAP'
  | 'ROADMAP_ITEM'
  | 'STANDARD';

/**
 * Search results, one group per kind the viewer may read and that has hits, in the order of
 * SearchKind. Signed out: standards and municipalities (the public catalogue). Signed in: every kind.
 */
export type SearchResults = {
  __typename?: 'SearchResults';
  groups: Array<SearchGroup>;
  /** The text searched for, trimmed. */
  text: Scalars['String']['output'];
  /** The sum of the groups' totalCount. */
  totalCount: Scalars['Int']['output'];
};

/** Replaces what a page links to. Roadmap items by `<roadmapId>:<itemId>` (the id search gives them). */
export type SetPageLinksInput = {
  id: Scalars['ID']['input'];
  initiativeIds: Array<Scalars['ID']['input']>;
  roadmapItemIds: Array<Scalars['ID']['input']>;
  standardIds: Array<Scalars['ID']['input']>;
};

/** Municipalities grouped by population (CBS gemeentegrootteklassen), on 1 January 2024. */
export type SizeClass =
  | 'FROM_5K_TO_10K'
  | 'FROM_10K_TO_20K'
  | 'FROM_20K_TO_50K'
  | 'FROM_50K_TO_100K'
  | 'FROM_100K_TO_150K'
  | 'FROM_150K_TO_250K'
  | 'FROM_250K'
  | 'UNDER_5K';

/** A shared standard or building block. */
export type Standard = {
  __typename?: 'Standard';
  /** `includeDemo: false` leaves municipalities whose record is demo data out of the count. */
  adoptionSummary: AdoptionSummary;
  category: StandardCategory;
  complianceDeadline?: Maybe<Scalars['Date']['output']>;
  complianceLevel?: Maybe<ComplianceLevel>;
  establishedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  lifecycle: Lifecycle;
  /** Why the lifecycle last moved back to an earlier stage; null otherwise. */
  lifecycleReason?: Maybe<Scalars['String']['output']>;
  links: Array<StandardLink>;
  name: Scalars['String']['output'];
  owner?: Maybe<Scalars['String']['output']>;
  /** Roadmap items that link to this standard; empty for visitors who are not signed in (roadmaps are not public). */
  roadmapItems: Array<RoadmapItem>;
  slug: Scalars['String']['output'];
  /** Municipalities that follow this standard. */
  subscribers: Array<Municipality>;
  /** The standard that replaces this one, once it is DEPRECATED (where there is one). */
  successor?: Maybe<Standard>;
  summary: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  versions: Array<StandardVersion>;
  /** True when the viewer may edit this standard (admins). */
  viewerCanEdit: Scalars['Boolean']['output'];
};


/** A shared standard or building block. */
export type StandardAdoptionSummaryArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kind of entry in the catalogue. */
export type StandardCategory =
  | 'API_STANDARD'
  | 'BUILDING_BLOCK'
  | 'INFORMATION_MODEL'
  | 'MESSAGE_STANDARD'
  | 'OPEN_STANDARD';

export type StandardConnection = {
  __typename?: 'StandardConnection';
  edges: Array<StandardEdge>;
  nodes: Array<Standard>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StandardEdge = {
  __typename?: 'StandardEdge';
  cursor: Scalars['String']['output'];
  node: Standard;
};

/** A further link of a standard (specification, repository, contact): https, http or mailto only. */
export type StandardLink = {
  __typename?: 'StandardLink';
  label: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type StandardLinkInput = {
  label: Scalars['String']['input'];
  /** https://, http:// or mailto: only; any other scheme is BAD_USER_INPUT. */
  url: Scalars['String']['input'];
};

export type StandardPayload = {
  __typename?: 'StandardPayload';
  standard: Standard;
};

/** How far municipalities are with one linked standard (from the adoption status read model). */
export type StandardReality = {
  __typename?: 'StandardReality';
  adopted: Scalars['Int']['output'];
  /** Municipalities the standard applies to (the denominator). */
  applicable: Scalars['Int']['output'];
  basis: RealityBasis;
  /** Applicable municipalities whose status rests on generated demo data. */
  demo: Scalars['Int']['output'];
  /** True when an obligation for the standard has a deadline (else `overdue` is always 0). */
  hasDeadline: Scalars['Boolean']['output'];
  /** Applicable municipalities past an obligation's deadline without ADOPTED (or an explanation, or not applicable). */
  overdue: Scalars['Int']['output'];
  standard: Standard;
};

/** A municipality follows a standard and is notified of new versions and deadlines. */
export type StandardSubscription = {
  __typename?: 'StandardSubscription';
  id: Scalars['ID']['output'];
  municipality: Municipality;
  since: Scalars['DateTime']['output'];
  standard: Standard;
};

/** One published version of a standard. */
export type StandardVersion = {
  __typename?: 'StandardVersion';
  changes: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  number: Scalars['String']['output'];
};

/** How many municipalities are in one adoption status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: AdoptionStatus;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** An adoption record changed; both filters are optional. */
  adoptionChanged: Adoption;
  /** Every change to an initiative (or to the one with `id`). Signed-in users only. */
  initiativeChanged: InitiativeChangedEvent;
  /** New notifications for the signed-in viewer. */
  notificationAdded: Notification;
  /**
   * Comments added (threads and replies) and resolved on any item of the roadmap `roadmapId`, as
   * they happen. For signed-in users who may read the roadmap: the same errors as `roadmapComments`.
   */
  roadmapCommentChanged: RoadmapCommentChangedEvent;
  /**
   * The roadmap's reality, recomputed when an adoption of a linked standard or a linked quick win
   * changes, or when the roadmap's items change. Same errors as `roadmap`.
   */
  roadmapRealityChanged: RoadmapReality;
};


export type SubscriptionAdoptionChangedArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionInitiativeChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRoadmapCommentChangedArgs = {
  roadmapId: Scalars['ID']['input'];
};


export type SubscriptionRoadmapRealityChangedArgs = {
  roadmapId: Scalars['ID']['input'];
};

/** A group of people from several municipalities that co-owns roadmaps. */
export type Taskforce = {
  __typename?: 'Taskforce';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  members: Array<User>;
  name: Scalars['String']['output'];
  /** True when the viewer is a member (or admin) and may edit this taskforce's roadmaps. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** Taskforces a page at a time, by name. */
export type TaskforceConnection = {
  __typename?: 'TaskforceConnection';
  edges: Array<TaskforceEdge>;
  nodes: Array<Taskforce>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskforceEdge = {
  __typename?: 'TaskforceEdge';
  cursor: Scalars['String']['output'];
  node: Taskforce;
};

export type TextChange = {
  __typename?: 'TextChange';
  kind: TextChangeKind;
  text: Scalars['String']['output'];
};

/** How a part of the vision text changed: unchanged, added or removed words. */
export type TextChangeKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

/** Step between points of a time series. */
export type TimeInterval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type UpdateAdoptionInput = {
  adoptedVersion?: InputMaybe<Scalars['String']['input']>;
  /** CBS code, e.g. GM0344. */
  municipalityId: Scalars['ID']['input'];
  /** Required (non-empty) for EXPLAINED. */
  note?: InputMaybe<Scalars['String']['input']>;
  standardId: Scalars['ID']['input'];
  status: AdoptionStatus;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateAdoptionPayload = {
  __typename?: 'UpdateAdoptionPayload';
  adoption: Adoption;
};

export type UpdateCooperationInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** Fields left out stay as they are. */
export type UpdateInitiativeInput = {
  /** Adds these municipalities as participants (NOT_STARTED); existing ones keep their rollout. */
  addMunicipalityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  deadline?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedBenefit?: InputMaybe<BenefitInput>;
  id: Scalars['ID']['input'];
  ownerTaskforceId?: InputMaybe<Scalars['ID']['input']>;
  /** Removes these participants and their rollout. */
  removeMunicipalityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  roadmapItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInitiativeStatusInput = {
  id: Scalars['ID']['input'];
  /** Required when status is STOPPED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: InitiativeStatus;
};

/** Only the fields given change: a new title renames, `parentId` moves (null to the top). */
export type UpdatePageInput = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Set true with `parentId` left out to move the page to the top of the tree. */
  toTop?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Only the fields given change. A shortened period keeps every item; those outside it are listed. */
export type UpdateRoadmapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  startYear?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRoadmapItemInput = {
  endYear?: InputMaybe<Scalars['Int']['input']>;
  initiativeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemId: Scalars['ID']['input'];
  laneId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRoadmapPayload = {
  __typename?: 'UpdateRoadmapPayload';
  /** Items that lie (partly) outside the roadmap's period after the change: kept, to be moved by an editor. */
  itemsOutsidePeriod: Array<RoadmapItem>;
  roadmap: Roadmap;
};

/**
 * Sets one municipality's rollout. A municipality that is not yet a participant is added. Dates
 * left out are filled in: startedOn when PREPARING or LIVE is first reached, liveOn when LIVE is.
 */
export type UpdateRolloutInput = {
  initiativeId: Scalars['ID']['input'];
  liveOn?: InputMaybe<Scalars['Date']['input']>;
  municipalityId: Scalars['ID']['input'];
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  status: RolloutStatus;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateStandardInput = {
  category?: InputMaybe<StandardCategory>;
  complianceDeadline?: InputMaybe<Scalars['Date']['input']>;
  complianceLevel?: InputMaybe<ComplianceLevel>;
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Moves forward one stage only; a move back needs changeStandardLifecycle with a reason. */
  lifecycle?: InputMaybe<Lifecycle>;
  links?: InputMaybe<Array<StandardLinkInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateTaskforceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserAccessInput = {
  cooperationId?: InputMaybe<Scalars['ID']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

/** A person who signs in to Koers. */
export type User = {
  __typename?: 'User';
  /** Admins only (null for everyone else). */
  accountStatus?: Maybe<AccountStatus>;
  /** The cooperation this user also reports for, as MUNICIPALITY_EDITOR. */
  cooperation?: Maybe<Cooperation>;
  /** Visible to the user themself and to admins; null for everyone else. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The municipality this user works for (and reports adoption for, as MUNICIPALITY_EDITOR). */
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  roles: Array<Role>;
  taskforces: Array<Taskforce>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** The vision text then and now as a word diff; `changed` is false when they are equal. */
export type VisionComparison = {
  __typename?: 'VisionComparison';
  changed: Scalars['Boolean']['output'];
  parts: Array<TextChange>;
};

/**
 * An URL of a municipality's system (or its supplier's) that receives signed JSON POSTs when
 * something happens to the municipality's followed standards or its adoption records. docs/webhooks.md
 * describes the payloads and how to check the `X-Koers-Signature` header.
 */
export type Webhook = {
  __typename?: 'Webhook';
  /** Failed attempts since the last successful one. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** What or whose system it is; may be empty. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * The event kinds it receives: `standard.version_published`, `standard.lifecycle_changed`,
   * `review_task.created`, `adoption.updated`.
   */
  kinds: Array<Scalars['String']['output']>;
  municipality: Municipality;
  /** Who registered it; they are told when it pauses itself. */
  owner?: Maybe<AuditActor>;
  pausedAt?: Maybe<Scalars['DateTime']['output']>;
  /** MANUAL or FAILURES (paused after 10 failed attempts in a row); null while active. */
  pausedReason?: Maybe<Scalars['String']['output']>;
  status: WebhookStatus;
  url: Scalars['String']['output'];
};


/**
 * An URL of a municipality's system (or its supplier's) that receives signed JSON POSTs when
 * something happens to the municipality's followed standards or its adoption records. docs/webhooks.md
 * describes the payloads and how to check the `X-Koers-Signature` header.
 */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One try to deliver an event. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why no answer came, or the first 500 characters of a failing answer's body. */
  error?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the answer; null when none came (refused address, timeout, no connection). */
  responseCode?: Maybe<Scalars['Int']['output']>;
};

/** One event for one webhook, with every attempt to deliver it. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Array<WebhookAttempt>;
  /** The `id` in the body: the same on every retry. */
  eventId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** When the next attempt is due; null unless PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  queuedAt: Scalars['DateTime']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/**
 * PENDING waits for its (next) attempt; HELD waits for its paused webhook; DELIVERED got a 2xx
 * answer; FAILED gave up after 24 hours of retries.
 */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'HELD'
  | 'PENDING';

/** ACTIVE webhooks receive deliveries; PAUSED ones hold them until resumed. */
export type WebhookStatus =
  | 'ACTIVE'
  | 'PAUSED';

export type AdminE2ELoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AdminE2ELoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', name: string, roles: Array<Role> } } };

export type AdminE2EReviewTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminE2EReviewTasksQuery = { __typename?: 'Query', reviewTasks: Array<{ __typename?: 'ReviewTask', version: string, standard: { __typename?: 'Standard', slug: string }, municipality: { __typename?: 'Municipality', code: string } }> };

export type AdminE2EAdoptionsQueryVariables = Exact<{
  standardId: Scalars['ID']['input'];
}>;


export type AdminE2EAdoptionsQuery = { __typename?: 'Query', adoptions: { __typename?: 'AdoptionConnection', nodes: Array<{ __typename?: 'Adoption', status: AdoptionStatus, municipality: { __typename?: 'Municipality', code: string }, updatedBy?: { __typename?: 'User', name: string } | null, reportedFor?: { __typename?: 'Cooperation', name: string } | null }> } };

export type AdminE2ERoadmapsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminE2ERoadmapsQuery = { __typename?: 'Query', roadmaps: { __typename?: 'RoadmapConnection', nodes: Array<{ __typename?: 'Roadmap', id: string, title: string, startYear: number, endYear: number, description: string, lanes: Array<{ __typename?: 'RoadmapLane', title: string }> }> } };

export type CollabLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type CollabLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, name: string } } };

export type CollabCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type CollabCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string } };

export type MailE2EPublishMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type MailE2EPublishMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type E2ELoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type E2ELoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', taskforces: Array<{ __typename?: 'Taskforce', id: string }> } } };

export type E2ECreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type E2ECreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type E2EAddRoadmapItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type E2EAddRoadmapItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type E2ECreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type E2ECreateInitiativeMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type PublicE2ECommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type PublicE2ECommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string } };

export type PublicE2EPublishMutationVariables = Exact<{
  input: PublishInput;
}>;


export type PublicE2EPublishMutation = { __typename?: 'Mutation', publish: { __typename?: 'Publication', slug: string } };

export type RoadmapEditorLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type RoadmapEditorLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string } };

export type RoadmapEditorRemoveMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RoadmapEditorRemoveMemberMutation = { __typename?: 'Mutation', removeTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type RoadmapEditorAddMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RoadmapEditorAddMemberMutation = { __typename?: 'Mutation', addTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type RoadmapEditorItemsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoadmapEditorItemsQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', items: Array<{ __typename?: 'RoadmapItem', title: string, startYear: number, endYear: number, standards: Array<{ __typename?: 'Standard', name: string }> }> } | null };

export type MilestonesCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type MilestonesCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type MilestonesRoadmapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MilestonesRoadmapQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', milestones: Array<{ __typename?: 'RoadmapMilestone', title: string, date: string }>, items: Array<{ __typename?: 'RoadmapItem', title: string, owner?: string | null }> } | null };

export type RealityE2eCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type RealityE2eCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type RealityE2eAddItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type RealityE2eAddItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type RealityE2eReportMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type RealityE2eReportMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type ClusterLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ClusterLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string } };

export type ClusterUpdateAdoptionMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type ClusterUpdateAdoptionMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type ClusterAdoptionChangedSubscriptionVariables = Exact<{
  standardId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ClusterAdoptionChangedSubscription = { __typename?: 'Subscription', adoptionChanged: { __typename?: 'Adoption', status: AdoptionStatus } };

export type UpdateAdoptionMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type UpdateAdoptionMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', id: string, status: AdoptionStatus, targetDate?: string | null, adoptedVersion?: string | null, note?: string | null, needsReview: boolean, viewerCanEdit: boolean, municipality: { __typename?: 'Municipality', code: string }, standard: { __typename?: 'Standard', id: string }, updatedBy?: { __typename?: 'User', id: string } | null, history: Array<{ __typename?: 'AdoptionHistoryEntry', status: AdoptionStatus, note?: string | null, at: string, by?: { __typename?: 'User', id: string, name: string } | null }> } } };

export type ReportStatusMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type ReportStatusMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type AdoptionsQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AdoptionStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdoptionsQuery = { __typename?: 'Query', adoptions: { __typename?: 'AdoptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Adoption', status: AdoptionStatus, municipality: { __typename?: 'Municipality', code: string } }> } };

export type AdoptionChangedSubscriptionVariables = Exact<{
  standardId?: InputMaybe<Scalars['ID']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AdoptionChangedSubscription = { __typename?: 'Subscription', adoptionChanged: { __typename?: 'Adoption', status: AdoptionStatus, municipality: { __typename?: 'Municipality', code: string }, standard: { __typename?: 'Standard', id: string } } };

export type AdoptionDashboardsQueryVariables = Exact<{
  standardIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdoptionDashboardsQuery = { __typename?: 'Query', adoptionMatrix: { __typename?: 'AdoptionMatrixConnection', totalCount: number, standards: Array<{ __typename?: 'Standard', id: string }>, nodes: Array<{ __typename?: 'AdoptionMatrixRow', statuses: Array<AdoptionStatus>, needsReview: Array<boolean>, municipality: { __typename?: 'Municipality', code: string }, cells: Array<{ __typename?: 'AdoptionCell', standardId: string, status: AdoptionStatus }> }> }, adoptionByProvince: Array<{ __typename?: 'ProvinceAdoption', total: number, province: { __typename?: 'Province', code: string, name: string }, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> }> };

export type AdoptionOverTimeQueryVariables = Exact<{
  standardId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval?: InputMaybe<TimeInterval>;
}>;


export type AdoptionOverTimeQuery = { __typename?: 'Query', adoptionOverTime: Array<{ __typename?: 'AdoptionPoint', date: string, total: number, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> }> };

export type MunicipalityAdoptionsQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type MunicipalityAdoptionsQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', viewerCanEdit: boolean, adoptions: Array<{ __typename?: 'Adoption', status: AdoptionStatus, standard: { __typename?: 'Standard', id: string } }> } | null };

export type ReportForHistoryMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type ReportForHistoryMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', id: string } } };

export type AdoptionHistoryQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AdoptionHistoryQuery = { __typename?: 'Query', adoptions: { __typename?: 'AdoptionConnection', nodes: Array<{ __typename?: 'Adoption', status: AdoptionStatus, history: Array<{ __typename?: 'AdoptionHistoryEntry', status: AdoptionStatus, note?: string | null }> }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, scopes: Array<string>, expiresAt: string, active: boolean, municipality?: { __typename?: 'Municipality', code: string } | null } } };

export type ApiTokensQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, lastUsedAt?: string | null, revokedAt?: string | null, active: boolean, createdBy?: { __typename?: 'AuditActor', id: string } | null }> };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, active: boolean, revokedAt?: string | null } };

export type TokenAuditLogQueryVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type TokenAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', action: string, actor?: { __typename?: 'AuditActor', id: string } | null, apiToken?: { __typename?: 'AuditApiToken', id: string, name: string } | null }> } };

export type AdoptionChangedForTokenSubscriptionVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AdoptionChangedForTokenSubscription = { __typename?: 'Subscription', adoptionChanged: { __typename?: 'Adoption', id: string, status: AdoptionStatus } };

export type AuditCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type AuditCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type AuditCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type AuditCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string } };

export type AuditAddCommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type AuditAddCommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string } };

export type AuditAddMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type AuditAddMemberMutation = { __typename?: 'Mutation', addTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type AuditLogOfQueryVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type AuditLogOfQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', action: string, actor?: { __typename?: 'AuditActor', id: string } | null }> } };

export type FilteredAuditLogQueryVariables = Exact<{
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FilteredAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', action: string, subjectType: string, subjectId: string, at: string, actor?: { __typename?: 'AuditActor', name: string } | null }> } };

export type AuditFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditFacetsQuery = { __typename?: 'Query', auditLogFacets: { __typename?: 'AuditLogFacets', actions: Array<string>, subjectTypes: Array<string> } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email?: string | null, roles: Array<Role>, municipality?: { __typename?: 'Municipality', code: string } | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email?: string | null, taskforces: Array<{ __typename?: 'Taskforce', name: string, viewerCanEdit: boolean }> } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type TaskforceMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskforceMembersQuery = { __typename?: 'Query', taskforces: Array<{ __typename?: 'Taskforce', name: string, members: Array<{ __typename?: 'User', id: string, email?: string | null }> }> };

export type CatalogueCreateStandardMutationVariables = Exact<{
  input: CreateStandardInput;
}>;


export type CatalogueCreateStandardMutation = { __typename?: 'Mutation', createStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string, links: Array<{ __typename?: 'StandardLink', label: string, url: string }> } } };

export type CatalogueChangeLifecycleMutationVariables = Exact<{
  input: ChangeStandardLifecycleInput;
}>;


export type CatalogueChangeLifecycleMutation = { __typename?: 'Mutation', changeStandardLifecycle: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle, lifecycleReason?: string | null, successor?: { __typename?: 'Standard', name: string } | null } } };

export type CatalogueUpdateLifecycleMutationVariables = Exact<{
  input: UpdateStandardInput;
}>;


export type CatalogueUpdateLifecycleMutation = { __typename?: 'Mutation', updateStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle } } };

export type CataloguePublishMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type CataloguePublishMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', versions: Array<{ __typename?: 'StandardVersion', number: string }> } } };

export type CatalogueSubscribeMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type CatalogueSubscribeMutation = { __typename?: 'Mutation', subscribeToStandard: { __typename?: 'StandardSubscription', id: string } };

export type CatalogueReviewTasksQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CatalogueReviewTasksQuery = { __typename?: 'Query', reviewTasks: Array<{ __typename?: 'ReviewTask', version: string, viewerCanEdit: boolean, municipality: { __typename?: 'Municipality', code: string }, standard: { __typename?: 'Standard', id: string } }> };

export type CatalogueConfirmMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type CatalogueConfirmMutation = { __typename?: 'Mutation', confirmAdoptionReview: { __typename?: 'ConfirmAdoptionReviewPayload', adoption?: { __typename?: 'Adoption', status: AdoptionStatus, needsReview: boolean, history: Array<{ __typename?: 'AdoptionHistoryEntry', status: AdoptionStatus }> } | null } };

export type CatalogueReportMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type CatalogueReportMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', needsReview: boolean } } };

export type CatalogueAdoptionOfQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CatalogueAdoptionOfQuery = { __typename?: 'Query', adoptions: { __typename?: 'AdoptionConnection', nodes: Array<{ __typename?: 'Adoption', needsReview: boolean, reviewVersion?: string | null }> } };

export type CooperationCreateMutationVariables = Exact<{
  input: CreateCooperationInput;
}>;


export type CooperationCreateMutation = { __typename?: 'Mutation', createCooperation: { __typename?: 'Cooperation', id: string, name: string, members: Array<{ __typename?: 'Municipality', code: string }> } };

export type CooperationAddMemberMutationVariables = Exact<{
  cooperationId: Scalars['ID']['input'];
  municipalityId: Scalars['ID']['input'];
}>;


export type CooperationAddMemberMutation = { __typename?: 'Mutation', addCooperationMember: { __typename?: 'Cooperation', members: Array<{ __typename?: 'Municipality', code: string }> } };

export type CooperationRenameMutationVariables = Exact<{
  input: UpdateCooperationInput;
}>;


export type CooperationRenameMutation = { __typename?: 'Mutation', updateCooperation: { __typename?: 'Cooperation', name: string } };

export type CooperationReportMutationVariables = Exact<{
  input: ReportAdoptionForCooperationInput;
}>;


export type CooperationReportMutation = { __typename?: 'Mutation', reportAdoptionForCooperation: { __typename?: 'ReportAdoptionForCooperationPayload', adoptions: Array<{ __typename?: 'Adoption', status: AdoptionStatus, municipality: { __typename?: 'Municipality', code: string }, updatedBy?: { __typename?: 'User', name: string } | null, reportedFor?: { __typename?: 'Cooperation', name: string } | null, history: Array<{ __typename?: 'AdoptionHistoryEntry', cooperation?: { __typename?: 'Cooperation', name: string } | null }> }> } };

export type CooperationOwnReportMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type CooperationOwnReportMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', reportedFor?: { __typename?: 'Cooperation', name: string } | null } } };

export type ApiVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiVersionQuery = { __typename?: 'Query', apiVersion: string };

export type CreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateInitiativeMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string, title: string, status: InitiativeStatus, deadline: string, standardIds: Array<string>, nextStatuses: Array<InitiativeStatus>, owner?: { __typename?: 'User', id: string } | null, standards: Array<{ __typename?: 'InitiativeStandard', id: string, slug: string, name: string }>, participants: Array<{ __typename?: 'InitiativeParticipant', status: RolloutStatus, municipality: { __typename?: 'Municipality', id: string } }>, expectedBenefit: { __typename?: 'Benefit', hoursPerYear?: number | null, eurosPerYear?: number | null, citizensReached?: number | null } } } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type UpdateInitiativeMutation = { __typename?: 'Mutation', updateInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string, title: string, deadline: string, participants: Array<{ __typename?: 'InitiativeParticipant', status: RolloutStatus, municipality: { __typename?: 'Municipality', id: string } }> } } };

export type UpdateInitiativeStatusMutationVariables = Exact<{
  input: UpdateInitiativeStatusInput;
}>;


export type UpdateInitiativeStatusMutation = { __typename?: 'Mutation', updateInitiativeStatus: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', status: InitiativeStatus, stopReason?: string | null } } };

export type UpdateRolloutMutationVariables = Exact<{
  input: UpdateRolloutInput;
}>;


export type UpdateRolloutMutation = { __typename?: 'Mutation', updateRollout: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', participants: Array<{ __typename?: 'InitiativeParticipant', status: RolloutStatus, startedOn?: string | null, liveOn?: string | null, municipality: { __typename?: 'Municipality', id: string } }> } } };

export type RecordRealisedBenefitMutationVariables = Exact<{
  input: RecordRealisedBenefitInput;
}>;


export type RecordRealisedBenefitMutation = { __typename?: 'Mutation', recordRealisedBenefit: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', realisedBenefits: Array<{ __typename?: 'RealisedBenefit', date: string, hoursPerYear?: number | null, eurosPerYear?: number | null, citizensReached?: number | null, note?: string | null, recordedBy?: { __typename?: 'User', id: string } | null }>, latestRealisedBenefit?: { __typename?: 'RealisedBenefit', date: string } | null } } };

export type InitiativeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InitiativeQuery = { __typename?: 'Query', initiative?: { __typename?: 'Initiative', id: string, title: string, status: InitiativeStatus, overdue: boolean, viewerCanEdit: boolean } | null };

export type InitiativesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InitiativesQuery = { __typename?: 'Query', initiatives: { __typename?: 'InitiativeConnection', totalCount: number, nodes: Array<{ __typename?: 'Initiative', id: string, title: string, deadline: string, overdue: boolean }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type InitiativeDashboardQueryVariables = Exact<{
  filter?: InputMaybe<InitiativeDashboardFilter>;
}>;


export type InitiativeDashboardQuery = { __typename?: 'Query', initiativeDashboard: { __typename?: 'InitiativeDashboard', total: number, overdueCount: number, byStatus: Array<{ __typename?: 'InitiativeStatusCount', status: InitiativeStatus, count: number }>, benefit: { __typename?: 'InitiativeBenefitTotals', expectedHoursPerYear: number, realisedHoursPerYear: number, expectedEurosPerYear: number, realisedEurosPerYear: number }, deadlinesNext90Days: Array<{ __typename?: 'InitiativeDeadline', id: string, title: string, deadline: string }> } };

export type AuditLogQueryVariables = Exact<{
  subjectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', totalCount: number, nodes: Array<{ __typename?: 'AuditEvent', action: string, at: string, before?: unknown | null, after?: unknown | null, actor?: { __typename?: 'AuditActor', id: string, name: string } | null }> } };

export type InitiativeChangedSubscriptionVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InitiativeChangedSubscription = { __typename?: 'Subscription', initiativeChanged: { __typename?: 'InitiativeChangedEvent', kind: InitiativeChangeKind, municipality?: { __typename?: 'Municipality', id: string } | null, initiative: { __typename?: 'Initiative', id: string, participants: Array<{ __typename?: 'InitiativeParticipant', status: RolloutStatus, municipality: { __typename?: 'Municipality', id: string } }> } } };

export type KnowledgeCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type KnowledgeCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string, title: string, parent?: { __typename?: 'Page', id: string } | null } };

export type KnowledgeUpdatePageMutationVariables = Exact<{
  input: UpdatePageInput;
}>;


export type KnowledgeUpdatePageMutation = { __typename?: 'Mutation', updatePage: { __typename?: 'Page', id: string, title: string, parent?: { __typename?: 'Page', id: string } | null } };

export type KnowledgeSetLinksMutationVariables = Exact<{
  input: SetPageLinksInput;
}>;


export type KnowledgeSetLinksMutation = { __typename?: 'Mutation', setPageLinks: { __typename?: 'Page', links: Array<{ __typename?: 'PageLink', kind: SearchKind, id: string, title: string, key: string }> } };

export type KnowledgeLinkedPagesQueryVariables = Exact<{
  kind: SearchKind;
  id: Scalars['ID']['input'];
}>;


export type KnowledgeLinkedPagesQuery = { __typename?: 'Query', linkedPages: Array<{ __typename?: 'Page', id: string, title: string }> };

export type KnowledgeTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeTreeQuery = { __typename?: 'Query', page?: { __typename?: 'Page', title: string, deletedAt?: string | null, children: Array<{ __typename?: 'Page', title: string }> } | null, pages: { __typename?: 'PageConnection', nodes: Array<{ __typename?: 'Page', id: string }> }, trashedPages: { __typename?: 'PageConnection', nodes: Array<{ __typename?: 'Page', id: string }> } };

export type KnowledgeDeletePageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeDeletePageMutation = { __typename?: 'Mutation', deletePage: { __typename?: 'Page', deletedAt?: string | null } };

export type KnowledgeRestorePageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeRestorePageMutation = { __typename?: 'Mutation', restorePage: { __typename?: 'Page', deletedAt?: string | null } };

export type KnowledgePublishMutationVariables = Exact<{
  input: PublishInput;
}>;


export type KnowledgePublishMutation = { __typename?: 'Mutation', publish: { __typename?: 'Publication', slug: string } };

export type KnowledgePublicPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type KnowledgePublicPageQuery = { __typename?: 'Query', publicPage?: { __typename?: 'PublicPage', title: string } | null };

export type KnowledgeSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type KnowledgeSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, hits: Array<{ __typename?: 'SearchHit', id: string }> }> } };

export type MunicipalityListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MunicipalityListQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', code: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ProvinceListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceListQuery = { __typename?: 'Query', provinces: Array<{ __typename?: 'Province', code: string, name: string, municipalityCount: number }> };

export type MunicipalityProvinceQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type MunicipalityProvinceQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', province: { __typename?: 'Province', code: string, municipalityCount: number } } | null };

export type PublishStandardVersionMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type PublishStandardVersionMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', versions: Array<{ __typename?: 'StandardVersion', number: string, date?: string | null, changes: string }> } } };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'Notification', id: string, kind: string, message: string, read: boolean, standard?: { __typename?: 'Standard', id: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', kind: string, message: string, standard?: { __typename?: 'Standard', id: string } | null } };

export type SetDeadlineMutationVariables = Exact<{
  input: UpdateStandardInput;
}>;


export type SetDeadlineMutation = { __typename?: 'Mutation', updateStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', complianceDeadline?: string | null } } };

export type PeopleInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type PeopleInviteMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'AccountLinkPayload', sent: boolean, path?: string | null, expiresAt: string, user: { __typename?: 'User', id: string, email?: string | null, roles: Array<Role>, accountStatus?: AccountStatus | null, municipality?: { __typename?: 'Municipality', code: string } | null, taskforces: Array<{ __typename?: 'Taskforce', name: string }> } } };

export type PeopleLinkInfoQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PeopleLinkInfoQuery = { __typename?: 'Query', accountLink?: { __typename?: 'AccountLinkInfo', purpose: AccountLinkPurpose, name: string } | null };

export type PeopleAcceptMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type PeopleAcceptMutation = { __typename?: 'Mutation', acceptAccountLink: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', name: string, email?: string | null } } };

export type PeopleLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type PeopleLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string } };

export type PeopleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleMeQuery = { __typename?: 'Query', me?: { __typename?: 'User', name: string, roles: Array<Role> } | null };

export type PeopleUsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, nodes: Array<{ __typename?: 'User', email?: string | null, accountStatus?: AccountStatus | null }> } };

export type PeopleAccessMutationVariables = Exact<{
  input: UpdateUserAccessInput;
}>;


export type PeopleAccessMutation = { __typename?: 'Mutation', updateUserAccess: { __typename?: 'User', roles: Array<Role>, municipality?: { __typename?: 'Municipality', code: string } | null } };

export type PeopleDeactivateMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type PeopleDeactivateMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', accountStatus?: AccountStatus | null } };

export type PeopleReactivateMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type PeopleReactivateMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', accountStatus?: AccountStatus | null } };

export type PeopleCreateLinkMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type PeopleCreateLinkMutation = { __typename?: 'Mutation', createAccountLink: { __typename?: 'AccountLinkPayload', path?: string | null, sent: boolean } };

export type PeopleRenameMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type PeopleRenameMutation = { __typename?: 'Mutation', updateMyName: { __typename?: 'User', name: string } };

export type PeopleChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type PeopleChangePasswordMutation = { __typename?: 'Mutation', changeMyPassword: boolean };

export type PeopleResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type PeopleResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ProgrammeTestScorecardQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ProgrammeTestScorecardQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', sizeClass?: SizeClass | null, scorecard: Array<{ __typename?: 'ScorecardGroup', programme?: { __typename?: 'Programme', slug: string } | null, rows: Array<{ __typename?: 'ScorecardRow', status: AdoptionStatus, state?: ObligationState | null, standard: { __typename?: 'Standard', slug: string }, obligation?: { __typename?: 'Obligation', bindingLevel: ComplianceLevel } | null }> }> } | null };

export type ProgrammeTestReportMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type ProgrammeTestReportMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type ProgrammeTestPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ProgrammeTestPageQuery = { __typename?: 'Query', programme?: { __typename?: 'Programme', obligations: Array<{ __typename?: 'Obligation', id: string, deadline?: string | null, originalDeadline?: string | null, driftDays?: number | null, standard?: { __typename?: 'Standard', slug: string } | null, deadlineChanges: Array<{ __typename?: 'DeadlineChange', oldDeadline?: string | null, newDeadline?: string | null, reason: string, decidedBy: string }>, progress?: { __typename?: 'ObligationProgress', applicable: number, met: number, onTrack: number, overdue: number, explained: number, demo: number } | null }> } | null, programmeDashboard?: { __typename?: 'ProgrammeDashboard', total: { __typename?: 'ProgrammeGroupProgress', applicable: number, met: number, overdue: number, explained: number, demo: number }, cooperations: Array<{ __typename?: 'ProgrammeGroupProgress', name: string, applicable: number }> } | null };

export type ProgrammeTestChangeDeadlineMutationVariables = Exact<{
  input: ChangeObligationDeadlineInput;
}>;


export type ProgrammeTestChangeDeadlineMutation = { __typename?: 'Mutation', changeObligationDeadline: { __typename?: 'Obligation', deadline?: string | null, driftDays?: number | null } };

export type ProgrammeTestRecordMergerMutationVariables = Exact<{
  input: RecordMergerInput;
}>;


export type ProgrammeTestRecordMergerMutation = { __typename?: 'Mutation', recordMerger: Array<{ __typename?: 'Merger', effectiveDate: string, ended: { __typename?: 'Municipality', code: string, active: boolean, mergedInto?: { __typename?: 'Municipality', code: string } | null } }> };

export type ProgrammeTestInheritedQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ProgrammeTestInheritedQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', predecessors: Array<{ __typename?: 'Merger', ended: { __typename?: 'Municipality', code: string } }>, inheritedAdoptions: Array<{ __typename?: 'Adoption', status: AdoptionStatus, municipality: { __typename?: 'Municipality', code: string } }> } | null };

export type ProgrammeTestImportMutationVariables = Exact<{
  input: ImportAdoptionsInput;
}>;


export type ProgrammeTestImportMutation = { __typename?: 'Mutation', importAdoptions: { __typename?: 'AdoptionImportResult', applied: boolean, errorCount: number, rows: Array<{ __typename?: 'AdoptionImportRow', line: number, errors: Array<string> }> } };

export type PublicationTestPublishMutationVariables = Exact<{
  input: PublishInput;
}>;


export type PublicationTestPublishMutation = { __typename?: 'Mutation', publish: { __typename?: 'Publication', id: string, kind: PublicationKind, slug: string, title: string, versionName?: string | null, isDemo: boolean } };

export type PublicationTestUnpublishMutationVariables = Exact<{
  kind: PublicationKind;
  subjectId: Scalars['ID']['input'];
}>;


export type PublicationTestUnpublishMutation = { __typename?: 'Mutation', unpublish: boolean };

export type PublicationTestRoadmapQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicationTestRoadmapQuery = { __typename?: 'Query', publicRoadmap?: { __typename?: 'PublicRoadmap', slug?: string | null, title: string, description: string, startYear: number, endYear: number, vision: Array<string>, taskforceName?: string | null, versionName?: string | null, publishedAt?: string | null, updatedAt: string, isDemo: boolean, lanes: Array<{ __typename?: 'PublicRoadmapLane', id: string, title: string }>, items: Array<{ __typename?: 'PublicRoadmapItem', id: string, title: string, laneId?: string | null, startYear: number, endYear: number, status?: string | null, standards: Array<{ __typename?: 'PublicStandardLink', slug: string, name: string }> }>, milestones: Array<{ __typename?: 'PublicRoadmapMilestone', id: string, title: string, date: string }> } | null };

export type PublicationTestQuickWinQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicationTestQuickWinQuery = { __typename?: 'Query', publicQuickWin?: { __typename?: 'PublicQuickWin', title: string, liveCount: number, participantCount: number, participants: Array<{ __typename?: 'PublicRollout', municipalityCode: string, municipalityName: string, status: string }> } | null };

export type PublicationTestPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicationTestPageQuery = { __typename?: 'Query', publicPage?: { __typename?: 'PublicPage', title: string, paragraphs: Array<string> } | null };

export type PublicationTestListQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationTestListQuery = { __typename?: 'Query', publications: { __typename?: 'PublicationConnection', totalCount: number, nodes: Array<{ __typename?: 'Publication', kind: PublicationKind, slug: string, title: string }> } };

export type PublicationTestMunicipalityQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type PublicationTestMunicipalityQuery = { __typename?: 'Query', municipalityPublications: Array<{ __typename?: 'Publication', kind: PublicationKind, slug: string }> };

export type PublicationTestVersionMutationVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type PublicationTestVersionMutation = { __typename?: 'Mutation', createRoadmapVersion: { __typename?: 'RoadmapVersion', id: string } };

export type PublicationTestCommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type PublicationTestCommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string } };

export type PublicationTestSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type PublicationTestSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, hits: Array<{ __typename?: 'SearchHit', id: string, title: string }> }> } };

export type ResponseCacheCatalogueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ResponseCacheCatalogueQuery = { __typename?: 'Query', standards: { __typename?: 'StandardConnection', totalCount: number, nodes: Array<{ __typename?: 'Standard', id: string, name: string, viewerCanEdit: boolean, adoptionSummary: { __typename?: 'AdoptionSummary', total: number, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> } }> } };

export type ResponseCacheFollowersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ResponseCacheFollowersQuery = { __typename?: 'Query', standards: { __typename?: 'StandardConnection', nodes: Array<{ __typename?: 'Standard', name: string, subscribers: Array<{ __typename?: 'Municipality', code: string }> }> } };

export type AdminCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type AdminCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string, title: string, startYear: number, endYear: number, description: string, archivedAt?: string | null } } };

export type AdminUpdateRoadmapMutationVariables = Exact<{
  input: UpdateRoadmapInput;
}>;


export type AdminUpdateRoadmapMutation = { __typename?: 'Mutation', updateRoadmap: { __typename?: 'UpdateRoadmapPayload', roadmap: { __typename?: 'Roadmap', title: string, startYear: number, endYear: number, description: string }, itemsOutsidePeriod: Array<{ __typename?: 'RoadmapItem', title: string, startYear: number, endYear: number }> } };

export type AdminAddItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type AdminAddItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type AdminArchiveRoadmapMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminArchiveRoadmapMutation = { __typename?: 'Mutation', archiveRoadmap: { __typename?: 'Roadmap', archivedAt?: string | null } };

export type AdminUnarchiveRoadmapMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminUnarchiveRoadmapMutation = { __typename?: 'Mutation', unarchiveRoadmap: { __typename?: 'Roadmap', archivedAt?: string | null } };

export type AdminRoadmapsQueryVariables = Exact<{
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AdminRoadmapsQuery = { __typename?: 'Query', roadmaps: { __typename?: 'RoadmapConnection', nodes: Array<{ __typename?: 'Roadmap', id: string }> } };

export type AdminRoadmapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminRoadmapQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', title: string, endYear: number, items: Array<{ __typename?: 'RoadmapItem', title: string }> } | null };

export type RoadmapCommentFeedSubscriptionVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
}>;


export type RoadmapCommentFeedSubscription = { __typename?: 'Subscription', roadmapCommentChanged: { __typename?: 'RoadmapCommentChangedEvent', kind: RoadmapCommentChangeKind, comment: { __typename?: 'RoadmapComment', id: string, itemId: string, parentId?: string | null, body: string, resolvedAt?: string | null, author?: { __typename?: 'User', id: string } | null } } };

export type FeedAddCommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type FeedAddCommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string } };

export type FeedResolveCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeedResolveCommentMutation = { __typename?: 'Mutation', resolveRoadmapComment: { __typename?: 'RoadmapComment', resolvedAt?: string | null } };

export type FeedCommentsQueryVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
}>;


export type FeedCommentsQuery = { __typename?: 'Query', roadmapComments: Array<{ __typename?: 'RoadmapComment', id: string }> };

export type RealityTestFieldsFragment = { __typename?: 'RoadmapReality', year: number, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number, overdue: number, participants: number, live: number }, lanes: Array<{ __typename?: 'RoadmapLaneReality', laneId?: string | null, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number } }>, items: Array<{ __typename?: 'RoadmapItemReality', itemId: string, late: boolean, standards: Array<{ __typename?: 'StandardReality', basis: RealityBasis, applicable: number, adopted: number, overdue: number, hasDeadline: boolean, standard: { __typename?: 'Standard', name: string } }>, initiatives: Array<{ __typename?: 'InitiativeRollout', live: number, participants: number, initiative: { __typename?: 'Initiative', title: string } }> }> };

export type RealityTestQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RealityTestQueryQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', reality: { __typename?: 'RoadmapReality', year: number, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number, overdue: number, participants: number, live: number }, lanes: Array<{ __typename?: 'RoadmapLaneReality', laneId?: string | null, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number } }>, items: Array<{ __typename?: 'RoadmapItemReality', itemId: string, late: boolean, standards: Array<{ __typename?: 'StandardReality', basis: RealityBasis, applicable: number, adopted: number, overdue: number, hasDeadline: boolean, standard: { __typename?: 'Standard', name: string } }>, initiatives: Array<{ __typename?: 'InitiativeRollout', live: number, participants: number, initiative: { __typename?: 'Initiative', title: string } }> }> } } | null };

export type RealityTestFeedSubscriptionVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
}>;


export type RealityTestFeedSubscription = { __typename?: 'Subscription', roadmapRealityChanged: { __typename?: 'RoadmapReality', year: number, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number, overdue: number, participants: number, live: number }, lanes: Array<{ __typename?: 'RoadmapLaneReality', laneId?: string | null, totals: { __typename?: 'RealityTotals', items: number, late: number, applicable: number, adopted: number } }>, items: Array<{ __typename?: 'RoadmapItemReality', itemId: string, late: boolean, standards: Array<{ __typename?: 'StandardReality', basis: RealityBasis, applicable: number, adopted: number, overdue: number, hasDeadline: boolean, standard: { __typename?: 'Standard', name: string } }>, initiatives: Array<{ __typename?: 'InitiativeRollout', live: number, participants: number, initiative: { __typename?: 'Initiative', title: string } }> }> } };

export type RealityTestCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type RealityTestCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type RealityTestAddItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type RealityTestAddItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type RealityTestUpdateItemMutationVariables = Exact<{
  input: UpdateRoadmapItemInput;
}>;


export type RealityTestUpdateItemMutation = { __typename?: 'Mutation', updateRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type RealityTestReportMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type RealityTestReportMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type RealityTestRolloutMutationVariables = Exact<{
  input: UpdateRolloutInput;
}>;


export type RealityTestRolloutMutation = { __typename?: 'Mutation', updateRollout: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type RealityTestSaveVersionMutationVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RealityTestSaveVersionMutation = { __typename?: 'Mutation', createRoadmapVersion: { __typename?: 'RoadmapVersion', id: string } };

export type RealityTestCompareQueryVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;


export type RealityTestCompareQuery = { __typename?: 'Query', compareRoadmapVersion: { __typename?: 'RoadmapComparison', changed: Array<{ __typename?: 'ChangedRoadmapItem', id: string, fields: Array<RoadmapItemField>, fromLane?: string | null, toLane?: string | null }>, milestonesAdded: Array<{ __typename?: 'RoadmapMilestoneSummary', title: string }>, milestonesMoved: Array<{ __typename?: 'MovedRoadmapMilestone', title: string, fromDate: string, toDate: string }>, lanes: { __typename?: 'RoadmapLaneComparison', renamed: Array<{ __typename?: 'RenamedRoadmapLane', fromTitle: string, toTitle: string }> }, vision: { __typename?: 'VisionComparison', changed: boolean, parts: Array<{ __typename?: 'TextChange', kind: TextChangeKind, text: string }> }, drift: Array<{ __typename?: 'DriftEntry', kind: DriftKind, title: string, from: string, to: string, years: number, days?: number | null }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', text: string, totalCount: number, groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, totalCount: number, hits: Array<{ __typename?: 'SearchHit', kind: SearchKind, id: string, title: string, key: string, context?: string | null, snippet?: string | null, score: number }> }> } };

export type SearchCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type SearchCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type SearchAddRoadmapItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type SearchAddRoadmapItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type SearchUpdateRoadmapItemMutationVariables = Exact<{
  input: UpdateRoadmapItemInput;
}>;


export type SearchUpdateRoadmapItemMutation = { __typename?: 'Mutation', updateRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type SearchCreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type SearchCreateInitiativeMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type SearchUpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type SearchUpdateInitiativeMutation = { __typename?: 'Mutation', updateInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type SearchCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type SearchCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string } };

export type SearchUpdateStandardMutationVariables = Exact<{
  input: UpdateStandardInput;
}>;


export type SearchUpdateStandardMutation = { __typename?: 'Mutation', updateStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type FanoutSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type FanoutSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, hits: Array<{ __typename?: 'SearchHit', title: string }> }> } };

export type FanoutCreateStandardMutationVariables = Exact<{
  input: CreateStandardInput;
}>;


export type FanoutCreateStandardMutation = { __typename?: 'Mutation', createStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type FanoutCreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type FanoutCreateInitiativeMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type FanoutCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type FanoutCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string } };

export type ReportBeforeShutdownMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type ReportBeforeShutdownMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', id: string } } };

export type StandardsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<StandardCategory>;
  lifecycle?: InputMaybe<Lifecycle>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type StandardsQuery = { __typename?: 'Query', standards: { __typename?: 'StandardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StandardEdge', cursor: string }>, nodes: Array<{ __typename?: 'Standard', id: string, slug: string, name: string }> } };

export type StandardPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StandardPageQuery = { __typename?: 'Query', standards: { __typename?: 'StandardConnection', nodes: Array<{ __typename?: 'Standard', name: string, viewerCanEdit: boolean, adoptionSummary: { __typename?: 'AdoptionSummary', total: number, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> }, subscribers: Array<{ __typename?: 'Municipality', code: string }> }> } };

export type MunicipalityAdoptionPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MunicipalityAdoptionPageQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityConnection', nodes: Array<{ __typename?: 'Municipality', code: string, viewerCanEdit: boolean, adoptions: Array<{ __typename?: 'Adoption', status: AdoptionStatus, standard: { __typename?: 'Standard', name: string } }>, subscriptions: Array<{ __typename?: 'StandardSubscription', standard: { __typename?: 'Standard', slug: string } }> }> } };

export type StandardByQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
}>;


export type StandardByQuery = { __typename?: 'Query', standard?: { __typename?: 'Standard', id: string, slug: string, complianceDeadline?: string | null, versions: Array<{ __typename?: 'StandardVersion', number: string, date?: string | null, changes: string }>, adoptionSummary: { __typename?: 'AdoptionSummary', total: number, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> } } | null };

export type CreateStandardMutationVariables = Exact<{
  input: CreateStandardInput;
}>;


export type CreateStandardMutation = { __typename?: 'Mutation', createStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string, slug: string, name: string, category: StandardCategory, lifecycle: Lifecycle, viewerCanEdit: boolean } } };

export type UpdateStandardMutationVariables = Exact<{
  input: UpdateStandardInput;
}>;


export type UpdateStandardMutation = { __typename?: 'Mutation', updateStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string, slug: string, name: string, complianceDeadline?: string | null } } };

export type SubscribeToStandardMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type SubscribeToStandardMutation = { __typename?: 'Mutation', subscribeToStandard: { __typename?: 'StandardSubscription', municipality: { __typename?: 'Municipality', code: string }, standard: { __typename?: 'Standard', id: string } } };

export type UnsubscribeFromStandardMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type UnsubscribeFromStandardMutation = { __typename?: 'Mutation', unsubscribeFromStandard: boolean };

export type SeededTrendQueryVariables = Exact<{
  standardId: Scalars['ID']['input'];
}>;


export type SeededTrendQuery = { __typename?: 'Query', adoptionOverTime: Array<{ __typename?: 'AdoptionPoint', date: string, total: number, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> }> };

export type LinkedRoadmapItemsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type LinkedRoadmapItemsQuery = { __typename?: 'Query', standard?: { __typename?: 'Standard', name: string, roadmapItems: Array<{ __typename?: 'RoadmapItem', title: string, roadmap?: { __typename?: 'Roadmap', title: string } | null }> } | null };

export type LinkedCreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type LinkedCreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string } } };

export type LinkedAddItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type LinkedAddItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string } } };

export type TaskforceAdminCreateMutationVariables = Exact<{
  input: CreateTaskforceInput;
}>;


export type TaskforceAdminCreateMutation = { __typename?: 'Mutation', createTaskforce: { __typename?: 'Taskforce', id: string, name: string, description: string, members: Array<{ __typename?: 'User', id: string }> } };

export type TaskforceAdminUpdateMutationVariables = Exact<{
  input: UpdateTaskforceInput;
}>;


export type TaskforceAdminUpdateMutation = { __typename?: 'Mutation', updateTaskforce: { __typename?: 'Taskforce', name: string, description: string } };

export type TaskforceAdminAuditQueryVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type TaskforceAdminAuditQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', action: string }> } };

export type MunicipalityNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityNamesQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityConnection', totalCount: number } };

export type CatalogueSizeQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueSizeQuery = { __typename?: 'Query', standards: { __typename?: 'StandardConnection', totalCount: number } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export type MyRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRolesQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, roles: Array<Role> } | null };

export type CanEditUtrechtQueryVariables = Exact<{ [key: string]: never; }>;


export type CanEditUtrechtQuery = { __typename?: 'Query', municipality?: { __typename?: 'Municipality', viewerCanEdit: boolean } | null };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { __typename?: 'Mutation', registerWebhook: { __typename?: 'RegisterWebhookPayload', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, kinds: Array<string>, status: WebhookStatus, municipality: { __typename?: 'Municipality', code: string }, owner?: { __typename?: 'AuditActor', id: string } | null } } };

export type WebhookLogQueryVariables = Exact<{
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WebhookLogQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, status: WebhookStatus, pausedReason?: string | null, consecutiveFailures: number, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, eventId: string, kind: string, status: WebhookDeliveryStatus, nextAttemptAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', at: string, responseCode?: number | null, durationMs: number, error?: string | null }> }> } }> };

export type SendTestEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendTestEventMutation = { __typename?: 'Mutation', sendTestWebhookEvent: { __typename?: 'WebhookDelivery', id: string, eventId: string, status: WebhookDeliveryStatus } };

export type ResumeWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeWebhookMutation = { __typename?: 'Mutation', resumeWebhook: { __typename?: 'Webhook', id: string, status: WebhookStatus, consecutiveFailures: number } };

export type PauseWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PauseWebhookMutation = { __typename?: 'Mutation', pauseWebhook: { __typename?: 'Webhook', status: WebhookStatus, pausedReason?: string | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type PublishForWebhookMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
}>;


export type PublishForWebhookMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type FollowForWebhookMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type FollowForWebhookMutation = { __typename?: 'Mutation', subscribeToStandard: { __typename?: 'StandardSubscription', since: string } };

export type LifecycleForWebhookMutationVariables = Exact<{
  input: ChangeStandardLifecycleInput;
}>;


export type LifecycleForWebhookMutation = { __typename?: 'Mutation', changeStandardLifecycle: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle } } };

export type AdoptionForWebhookMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type AdoptionForWebhookMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', status: AdoptionStatus } } };

export type OwnerNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnerNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', nodes: Array<{ __typename?: 'Notification', kind: string, message: string, subjectType: string, subjectId: string }> } };

export type WebhookAuditQueryVariables = Exact<{
  subjectId: Scalars['ID']['input'];
}>;


export type WebhookAuditQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', action: string, after?: unknown | null }> } };

export type CreateForExportMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateForExportMutation = { __typename?: 'Mutation', createInitiative: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type RolloutForExportMutationVariables = Exact<{
  input: UpdateRolloutInput;
}>;


export type RolloutForExportMutation = { __typename?: 'Mutation', updateRollout: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', id: string } } };

export type PublishForFeedMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type PublishForFeedMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type LifecycleForFeedMutationVariables = Exact<{
  input: ChangeStandardLifecycleInput;
}>;


export type LifecycleForFeedMutation = { __typename?: 'Mutation', changeStandardLifecycle: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle } } };

export type UpdateForFeedMutationVariables = Exact<{
  input: UpdateStandardInput;
}>;


export type UpdateForFeedMutation = { __typename?: 'Mutation', updateStandard: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle } } };

export type SeededPublishMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
}>;


export type SeededPublishMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', versions: Array<{ __typename?: 'StandardVersion', number: string }> } } };

export type CrashPublishVersionMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type CrashPublishVersionMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type MailPublishVersionMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  changes: Scalars['String']['input'];
}>;


export type MailPublishVersionMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type MailChangeLifecycleMutationVariables = Exact<{
  input: ChangeStandardLifecycleInput;
}>;


export type MailChangeLifecycleMutation = { __typename?: 'Mutation', changeStandardLifecycle: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', lifecycle: Lifecycle } } };

export type MailMySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MailMySettingsQuery = { __typename?: 'Query', myMailSettings: { __typename?: 'MailSettings', language: MailLanguage, preferences: Array<{ __typename?: 'MailPreference', kind: MailKind, frequency: MailFrequency }> } };

export type MailUpdateSettingsMutationVariables = Exact<{
  input: MailSettingsInput;
}>;


export type MailUpdateSettingsMutation = { __typename?: 'Mutation', updateMyMailSettings: { __typename?: 'MailSettings', language: MailLanguage } };

export type MailOutboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MailOutboxQuery = { __typename?: 'Query', outbox: { __typename?: 'OutboxMailConnection', totalCount: number, nodes: Array<{ __typename?: 'OutboxMail', to: string, subject: string, status: MailStatus }> } };

export type MailAddCommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type MailAddCommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string } };

export type MailUpdateInitiativeStatusMutationVariables = Exact<{
  input: UpdateInitiativeStatusInput;
}>;


export type MailUpdateInitiativeStatusMutation = { __typename?: 'Mutation', updateInitiativeStatus: { __typename?: 'InitiativePayload', initiative: { __typename?: 'Initiative', status: InitiativeStatus } } };

export type ReachFollowMutationVariables = Exact<{
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
}>;


export type ReachFollowMutation = { __typename?: 'Mutation', subscribeToStandard: { __typename?: 'StandardSubscription', since: string } };

export type ReachRegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type ReachRegisterWebhookMutation = { __typename?: 'Mutation', registerWebhook: { __typename?: 'RegisterWebhookPayload', secret: string } };

export type ReachPublishMutationVariables = Exact<{
  standardId: Scalars['ID']['input'];
}>;


export type ReachPublishMutation = { __typename?: 'Mutation', publishStandardVersion: { __typename?: 'StandardPayload', standard: { __typename?: 'Standard', id: string } } };

export type SessionLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionLogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SessionRemoveMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type SessionRemoveMemberMutation = { __typename?: 'Mutation', removeTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type SessionAddMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type SessionAddMemberMutation = { __typename?: 'Mutation', addTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type CreateRoadmapMutationVariables = Exact<{
  input: CreateRoadmapInput;
}>;


export type CreateRoadmapMutation = { __typename?: 'Mutation', createRoadmap: { __typename?: 'CreateRoadmapPayload', roadmap: { __typename?: 'Roadmap', id: string, title: string, viewerCanEdit: boolean } } };

export type AddRoadmapItemMutationVariables = Exact<{
  input: AddRoadmapItemInput;
}>;


export type AddRoadmapItemMutation = { __typename?: 'Mutation', addRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string, title: string } } };

export type UpdateRoadmapItemMutationVariables = Exact<{
  input: UpdateRoadmapItemInput;
}>;


export type UpdateRoadmapItemMutation = { __typename?: 'Mutation', updateRoadmapItem: { __typename?: 'RoadmapItemPayload', item: { __typename?: 'RoadmapItem', id: string, startYear: number, endYear: number } } };

export type RemoveRoadmapItemMutationVariables = Exact<{
  input: RemoveRoadmapItemInput;
}>;


export type RemoveRoadmapItemMutation = { __typename?: 'Mutation', removeRoadmapItem: { __typename?: 'RemoveRoadmapItemPayload', itemId: string } };

export type RoadmapDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoadmapDetailQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', id: string, title: string, startYear: number, endYear: number, viewerCanEdit: boolean, taskforce?: { __typename?: 'Taskforce', id: string, name: string } | null, lanes: Array<{ __typename?: 'RoadmapLane', id: string, title: string }>, items: Array<{ __typename?: 'RoadmapItem', id: string, title: string, laneId?: string | null, startYear: number, endYear: number, status?: string | null, standards: Array<{ __typename?: 'Standard', id: string, name: string }> }>, milestones: Array<{ __typename?: 'RoadmapMilestone', id: string, title: string, date: string }> } | null };

export type StandardRoadmapItemsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StandardRoadmapItemsQuery = { __typename?: 'Query', roadmap?: { __typename?: 'Roadmap', items: Array<{ __typename?: 'RoadmapItem', standards: Array<{ __typename?: 'Standard', roadmapItems: Array<{ __typename?: 'RoadmapItem', id: string, title: string }> }> }> } | null };

export type RoadmapListQueryVariables = Exact<{
  taskforceId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RoadmapListQuery = { __typename?: 'Query', roadmaps: { __typename?: 'RoadmapConnection', totalCount: number, nodes: Array<{ __typename?: 'Roadmap', id: string, title: string }> } };

export type CreateRoadmapVersionMutationVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateRoadmapVersionMutation = { __typename?: 'Mutation', createRoadmapVersion: { __typename?: 'RoadmapVersion', id: string, name: string } };

export type CompareRoadmapVersionQueryVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;


export type CompareRoadmapVersionQuery = { __typename?: 'Query', compareRoadmapVersion: { __typename?: 'RoadmapComparison', added: Array<{ __typename?: 'RoadmapItemSummary', id: string, title: string }>, removed: Array<{ __typename?: 'RoadmapItemSummary', id: string, title: string }>, moved: Array<{ __typename?: 'MovedRoadmapItem', id: string, title: string, from: { __typename?: 'RoadmapPeriod', startYear: number, endYear: number }, to: { __typename?: 'RoadmapPeriod', startYear: number, endYear: number } }> } };

export type RestoreRoadmapVersionMutationVariables = Exact<{
  versionId: Scalars['ID']['input'];
}>;


export type RestoreRoadmapVersionMutation = { __typename?: 'Mutation', restoreRoadmapVersion: { __typename?: 'Roadmap', id: string, items: Array<{ __typename?: 'RoadmapItem', title: string }> } };

export type AddRoadmapCommentMutationVariables = Exact<{
  input: AddRoadmapCommentInput;
}>;


export type AddRoadmapCommentMutation = { __typename?: 'Mutation', addRoadmapComment: { __typename?: 'RoadmapComment', id: string, body: string, author?: { __typename?: 'User', id: string } | null } };

export type ResolveRoadmapCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveRoadmapCommentMutation = { __typename?: 'Mutation', resolveRoadmapComment: { __typename?: 'RoadmapComment', id: string, resolvedAt?: string | null } };

export type RoadmapCommentsQueryVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
}>;


export type RoadmapCommentsQuery = { __typename?: 'Query', roadmapComments: Array<{ __typename?: 'RoadmapComment', body: string, parentId?: string | null }> };

export type CreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type CreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string, title: string, viewerCanEdit: boolean } };

export type PagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesQuery = { __typename?: 'Query', pages: { __typename?: 'PageConnection', nodes: Array<{ __typename?: 'Page', id: string, title: string }> } };

export type PageBodyCreatePageMutationVariables = Exact<{
  input: CreatePageInput;
}>;


export type PageBodyCreatePageMutation = { __typename?: 'Mutation', createPage: { __typename?: 'Page', id: string } };

export type PageBodySearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type PageBodySearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, hits: Array<{ __typename?: 'SearchHit', id: string, title: string, snippet?: string | null }> }> } };

export type LogoutCollabMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutCollabMutation = { __typename?: 'Mutation', logout: boolean };

export type RemoveMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeTaskforceMember: { __typename?: 'Taskforce', id: string } };

export type AddMemberMutationVariables = Exact<{
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type AddMemberMutation = { __typename?: 'Mutation', addTaskforceMember: { __typename?: 'Taskforce', id: string, viewerCanEdit: boolean } };

export const RealityTestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RealityTestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapReality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"hasDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestFieldsFragment, unknown>;
export const AdminE2ELoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminE2ELogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<AdminE2ELoginMutation, AdminE2ELoginMutationVariables>;
export const AdminE2EReviewTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminE2EReviewTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminE2EReviewTasksQuery, AdminE2EReviewTasksQueryVariables>;
export const AdminE2EAdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminE2EAdoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminE2EAdoptionsQuery, AdminE2EAdoptionsQueryVariables>;
export const AdminE2ERoadmapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminE2ERoadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminE2ERoadmapsQuery, AdminE2ERoadmapsQueryVariables>;
export const CollabLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollabLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CollabLoginMutation, CollabLoginMutationVariables>;
export const CollabCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollabCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CollabCreatePageMutation, CollabCreatePageMutationVariables>;
export const MailE2EPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailE2EPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MailE2EPublishMutation, MailE2EPublishMutationVariables>;
export const E2ELoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2ELogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2ELoginMutation, E2ELoginMutationVariables>;
export const E2ECreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2ECreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<E2ECreateRoadmapMutation, E2ECreateRoadmapMutationVariables>;
export const E2EAddRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2EAddRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<E2EAddRoadmapItemMutation, E2EAddRoadmapItemMutationVariables>;
export const E2ECreateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2ECreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<E2ECreateInitiativeMutation, E2ECreateInitiativeMutationVariables>;
export const PublicE2ECommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicE2EComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublicE2ECommentMutation, PublicE2ECommentMutationVariables>;
export const PublicE2EPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicE2EPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<PublicE2EPublishMutation, PublicE2EPublishMutationVariables>;
export const RoadmapEditorLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoadmapEditorLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RoadmapEditorLoginMutation, RoadmapEditorLoginMutationVariables>;
export const RoadmapEditorRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoadmapEditorRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoadmapEditorRemoveMemberMutation, RoadmapEditorRemoveMemberMutationVariables>;
export const RoadmapEditorAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoadmapEditorAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoadmapEditorAddMemberMutation, RoadmapEditorAddMemberMutationVariables>;
export const RoadmapEditorItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapEditorItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapEditorItemsQuery, RoadmapEditorItemsQueryVariables>;
export const MilestonesCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MilestonesCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MilestonesCreateRoadmapMutation, MilestonesCreateRoadmapMutationVariables>;
export const MilestonesRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MilestonesRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}}]}}]}}]} as unknown as DocumentNode<MilestonesRoadmapQuery, MilestonesRoadmapQueryVariables>;
export const RealityE2eCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityE2eCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityE2eCreateRoadmapMutation, RealityE2eCreateRoadmapMutationVariables>;
export const RealityE2eAddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityE2eAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityE2eAddItemMutation, RealityE2eAddItemMutationVariables>;
export const RealityE2eReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityE2eReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RealityE2eReportMutation, RealityE2eReportMutationVariables>;
export const ClusterLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClusterLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ClusterLoginMutation, ClusterLoginMutationVariables>;
export const ClusterUpdateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClusterUpdateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterUpdateAdoptionMutation, ClusterUpdateAdoptionMutationVariables>;
export const ClusterAdoptionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClusterAdoptionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClusterAdoptionChangedSubscription, ClusterAdoptionChangedSubscriptionVariables>;
export const UpdateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAdoptionMutation, UpdateAdoptionMutationVariables>;
export const ReportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportStatusMutation, ReportStatusMutationVariables>;
export const AdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Adoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionsQuery, AdoptionsQueryVariables>;
export const AdoptionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdoptionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionChangedSubscription, AdoptionChangedSubscriptionVariables>;
export const AdoptionDashboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionDashboards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionByProvince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionDashboardsQuery, AdoptionDashboardsQueryVariables>;
export const AdoptionOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeInterval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionOverTimeQuery, AdoptionOverTimeQueryVariables>;
export const MunicipalityAdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityAdoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityAdoptionsQuery, MunicipalityAdoptionsQueryVariables>;
export const ReportForHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportForHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportForHistoryMutation, ReportForHistoryMutationVariables>;
export const AdoptionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionHistoryQuery, AdoptionHistoryQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const TokenAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokenAuditLogQuery, TokenAuditLogQueryVariables>;
export const AdoptionChangedForTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdoptionChangedForToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdoptionChangedForTokenSubscription, AdoptionChangedForTokenSubscriptionVariables>;
export const AuditCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditCreateRoadmapMutation, AuditCreateRoadmapMutationVariables>;
export const AuditCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditCreatePageMutation, AuditCreatePageMutationVariables>;
export const AuditAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditAddCommentMutation, AuditAddCommentMutationVariables>;
export const AuditAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditAddMemberMutation, AuditAddMemberMutationVariables>;
export const AuditLogOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogOfQuery, AuditLogOfQueryVariables>;
export const FilteredAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredAuditLogQuery, FilteredAuditLogQueryVariables>;
export const AuditFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}}]}}]}}]} as unknown as DocumentNode<AuditFacetsQuery, AuditFacetsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const TaskforceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskforceMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TaskforceMembersQuery, TaskforceMembersQueryVariables>;
export const CatalogueCreateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateStandardMutation, CatalogueCreateStandardMutationVariables>;
export const CatalogueChangeLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueChangeLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStandardLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStandardLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleReason"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueChangeLifecycleMutation, CatalogueChangeLifecycleMutationVariables>;
export const CatalogueUpdateLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueUpdateLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueUpdateLifecycleMutation, CatalogueUpdateLifecycleMutationVariables>;
export const CataloguePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CataloguePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CataloguePublishMutation, CataloguePublishMutationVariables>;
export const CatalogueSubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CatalogueSubscribeMutation, CatalogueSubscribeMutationVariables>;
export const CatalogueReviewTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueReviewTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueReviewTasksQuery, CatalogueReviewTasksQueryVariables>;
export const CatalogueConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAdoptionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueConfirmMutation, CatalogueConfirmMutationVariables>;
export const CatalogueReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueReportMutation, CatalogueReportMutationVariables>;
export const CatalogueAdoptionOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueAdoptionOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewVersion"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueAdoptionOfQuery, CatalogueAdoptionOfQueryVariables>;
export const CooperationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CooperationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CooperationCreateMutation, CooperationCreateMutationVariables>;
export const CooperationAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CooperationAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCooperationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CooperationAddMemberMutation, CooperationAddMemberMutationVariables>;
export const CooperationRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CooperationRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CooperationRenameMutation, CooperationRenameMutationVariables>;
export const CooperationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CooperationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAdoptionForCooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAdoptionForCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationReportMutation, CooperationReportMutationVariables>;
export const CooperationOwnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CooperationOwnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationOwnReportMutation, CooperationOwnReportMutationVariables>;
export const ApiVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]} as unknown as DocumentNode<ApiVersionQuery, ApiVersionQueryVariables>;
export const CreateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardIds"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"eurosPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"citizensReached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const UpdateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const UpdateInitiativeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInitiativeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInitiativeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiativeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInitiativeStatusMutation, UpdateInitiativeStatusMutationVariables>;
export const UpdateRolloutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRolloutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"liveOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRolloutMutation, UpdateRolloutMutationVariables>;
export const RecordRealisedBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRealisedBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRealisedBenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRealisedBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realisedBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"eurosPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"citizensReached"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRealisedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordRealisedBenefitMutation, RecordRealisedBenefitMutationVariables>;
export const InitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<InitiativeQuery, InitiativeQueryVariables>;
export const InitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativesQuery, InitiativesQueryVariables>;
export const InitiativeDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitiativeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiativeDashboardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedHoursPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"realisedHoursPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEurosPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"realisedEurosPerYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesNext90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeDashboardQuery, InitiativeDashboardQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const InitiativeChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InitiativeChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InitiativeChangedSubscription, InitiativeChangedSubscriptionVariables>;
export const KnowledgeCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgeCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeCreatePageMutation, KnowledgeCreatePageMutationVariables>;
export const KnowledgeUpdatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgeUpdatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeUpdatePageMutation, KnowledgeUpdatePageMutationVariables>;
export const KnowledgeSetLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgeSetLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPageLinksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPageLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeSetLinksMutation, KnowledgeSetLinksMutationVariables>;
export const KnowledgeLinkedPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeLinkedPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgeLinkedPagesQuery, KnowledgeLinkedPagesQueryVariables>;
export const KnowledgeTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trashedPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeTreeQuery, KnowledgeTreeQueryVariables>;
export const KnowledgeDeletePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgeDeletePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<KnowledgeDeletePageMutation, KnowledgeDeletePageMutationVariables>;
export const KnowledgeRestorePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgeRestorePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<KnowledgeRestorePageMutation, KnowledgeRestorePageMutationVariables>;
export const KnowledgePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KnowledgePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<KnowledgePublishMutation, KnowledgePublishMutationVariables>;
export const KnowledgePublicPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgePublicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KnowledgePublicPageQuery, KnowledgePublicPageQueryVariables>;
export const KnowledgeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeSearchQuery, KnowledgeSearchQueryVariables>;
export const MunicipalityListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityListQuery, MunicipalityListQueryVariables>;
export const ProvinceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCount"}}]}}]}}]} as unknown as DocumentNode<ProvinceListQuery, ProvinceListQueryVariables>;
export const MunicipalityProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCount"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityProvinceQuery, MunicipalityProvinceQueryVariables>;
export const PublishStandardVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishStandardVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishStandardVersionMutation, PublishStandardVersionMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const SetDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<SetDeadlineMutation, SetDeadlineMutationVariables>;
export const PeopleInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleInviteMutation, PeopleInviteMutationVariables>;
export const PeopleLinkInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleLinkInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleLinkInfoQuery, PeopleLinkInfoQueryVariables>;
export const PeopleAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAccountLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleAcceptMutation, PeopleAcceptMutationVariables>;
export const PeopleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PeopleLoginMutation, PeopleLoginMutationVariables>;
export const PeopleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<PeopleMeQuery, PeopleMeQueryVariables>;
export const PeopleUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleUsersQuery, PeopleUsersQueryVariables>;
export const PeopleAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleAccessMutation, PeopleAccessMutationVariables>;
export const PeopleDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}}]}}]}}]} as unknown as DocumentNode<PeopleDeactivateMutation, PeopleDeactivateMutationVariables>;
export const PeopleReactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleReactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatus"}}]}}]}}]} as unknown as DocumentNode<PeopleReactivateMutation, PeopleReactivateMutationVariables>;
export const PeopleCreateLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleCreateLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}}]}}]}}]} as unknown as DocumentNode<PeopleCreateLinkMutation, PeopleCreateLinkMutationVariables>;
export const PeopleRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleRenameMutation, PeopleRenameMutationVariables>;
export const PeopleChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PeopleChangePasswordMutation, PeopleChangePasswordMutationVariables>;
export const PeopleResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<PeopleResetMutation, PeopleResetMutationVariables>;
export const ProgrammeTestScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTestScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindingLevel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestScorecardQuery, ProgrammeTestScorecardQueryVariables>;
export const ProgrammeTestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeTestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestReportMutation, ProgrammeTestReportMutationVariables>;
export const ProgrammeTestPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"originalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"driftDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oldDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"newDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDemo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDemo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestPageQuery, ProgrammeTestPageQueryVariables>;
export const ProgrammeTestChangeDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeTestChangeDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeObligationDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeObligationDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"driftDays"}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestChangeDeadlineMutation, ProgrammeTestChangeDeadlineMutationVariables>;
export const ProgrammeTestRecordMergerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeTestRecordMerger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMergerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMerger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestRecordMergerMutation, ProgrammeTestRecordMergerMutationVariables>;
export const ProgrammeTestInheritedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTestInherited"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inheritedAdoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestInheritedQuery, ProgrammeTestInheritedQueryVariables>;
export const ProgrammeTestImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeTestImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAdoptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAdoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTestImportMutation, ProgrammeTestImportMutationVariables>;
export const PublicationTestPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicationTestPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionName"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]}}]} as unknown as DocumentNode<PublicationTestPublishMutation, PublicationTestPublishMutationVariables>;
export const PublicationTestUnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicationTestUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}]}}]} as unknown as DocumentNode<PublicationTestUnpublishMutation, PublicationTestUnpublishMutationVariables>;
export const PublicationTestRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"taskforceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationTestRoadmapQuery, PublicationTestRoadmapQueryVariables>;
export const PublicationTestQuickWinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestQuickWin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicQuickWin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"liveCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationTestQuickWinQuery, PublicationTestQuickWinQueryVariables>;
export const PublicationTestPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}}]}}]}}]} as unknown as DocumentNode<PublicationTestPageQuery, PublicationTestPageQueryVariables>;
export const PublicationTestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationTestListQuery, PublicationTestListQueryVariables>;
export const PublicationTestMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityPublications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<PublicationTestMunicipalityQuery, PublicationTestMunicipalityQueryVariables>;
export const PublicationTestVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicationTestVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublicationTestVersionMutation, PublicationTestVersionMutationVariables>;
export const PublicationTestCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicationTestComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublicationTestCommentMutation, PublicationTestCommentMutationVariables>;
export const PublicationTestSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicationTestSearchQuery, PublicationTestSearchQueryVariables>;
export const ResponseCacheCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheCatalogueQuery, ResponseCacheCatalogueQueryVariables>;
export const ResponseCacheFollowersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheFollowers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheFollowersQuery, ResponseCacheFollowersQueryVariables>;
export const AdminCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateRoadmapMutation, AdminCreateRoadmapMutationVariables>;
export const AdminUpdateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemsOutsidePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateRoadmapMutation, AdminUpdateRoadmapMutationVariables>;
export const AdminAddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAddItemMutation, AdminAddItemMutationVariables>;
export const AdminArchiveRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminArchiveRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminArchiveRoadmapMutation, AdminArchiveRoadmapMutationVariables>;
export const AdminUnarchiveRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnarchiveRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminUnarchiveRoadmapMutation, AdminUnarchiveRoadmapMutationVariables>;
export const AdminRoadmapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRoadmaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRoadmapsQuery, AdminRoadmapsQueryVariables>;
export const AdminRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRoadmapQuery, AdminRoadmapQueryVariables>;
export const RoadmapCommentFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoadmapCommentFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmapCommentChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapCommentFeedSubscription, RoadmapCommentFeedSubscriptionVariables>;
export const FeedAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedAddCommentMutation, FeedAddCommentMutationVariables>;
export const FeedResolveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<FeedResolveCommentMutation, FeedResolveCommentMutationVariables>;
export const FeedCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmapComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedCommentsQuery, FeedCommentsQueryVariables>;
export const RealityTestQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealityTestQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RealityTestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RealityTestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapReality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"hasDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestQueryQuery, RealityTestQueryQueryVariables>;
export const RealityTestFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RealityTestFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmapRealityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RealityTestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RealityTestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoadmapReality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"hasDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestFeedSubscription, RealityTestFeedSubscriptionVariables>;
export const RealityTestCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestCreateRoadmapMutation, RealityTestCreateRoadmapMutationVariables>;
export const RealityTestAddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestAddItemMutation, RealityTestAddItemMutationVariables>;
export const RealityTestUpdateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestUpdateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestUpdateItemMutation, RealityTestUpdateItemMutationVariables>;
export const RealityTestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestReportMutation, RealityTestReportMutationVariables>;
export const RealityTestRolloutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestRollout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRolloutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestRolloutMutation, RealityTestRolloutMutationVariables>;
export const RealityTestSaveVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealityTestSaveVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RealityTestSaveVersionMutation, RealityTestSaveVersionMutationVariables>;
export const RealityTestCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealityTestCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"fromLane"}},{"kind":"Field","name":{"kind":"Name","value":"toLane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesMoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTitle"}},{"kind":"Field","name":{"kind":"Name","value":"toTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]}}]} as unknown as DocumentNode<RealityTestCompareQuery, RealityTestCompareQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SearchCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCreateRoadmapMutation, SearchCreateRoadmapMutationVariables>;
export const SearchAddRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchAddRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchAddRoadmapItemMutation, SearchAddRoadmapItemMutationVariables>;
export const SearchUpdateRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchUpdateRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchUpdateRoadmapItemMutation, SearchUpdateRoadmapItemMutationVariables>;
export const SearchCreateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchCreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCreateInitiativeMutation, SearchCreateInitiativeMutationVariables>;
export const SearchUpdateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchUpdateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchUpdateInitiativeMutation, SearchUpdateInitiativeMutationVariables>;
export const SearchCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SearchCreatePageMutation, SearchCreatePageMutationVariables>;
export const SearchUpdateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SearchUpdateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchUpdateStandardMutation, SearchUpdateStandardMutationVariables>;
export const FanoutSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FanoutSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FanoutSearchQuery, FanoutSearchQueryVariables>;
export const FanoutCreateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FanoutCreateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FanoutCreateStandardMutation, FanoutCreateStandardMutationVariables>;
export const FanoutCreateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FanoutCreateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FanoutCreateInitiativeMutation, FanoutCreateInitiativeMutationVariables>;
export const FanoutCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FanoutCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FanoutCreatePageMutation, FanoutCreatePageMutationVariables>;
export const ReportBeforeShutdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportBeforeShutdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBeforeShutdownMutation, ReportBeforeShutdownMutationVariables>;
export const StandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Standards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lifecycle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lifecycle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"lifecycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lifecycle"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StandardsQuery, StandardsQueryVariables>;
export const StandardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardPageQuery, StandardPageQueryVariables>;
export const MunicipalityAdoptionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityAdoptionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityAdoptionPageQuery, MunicipalityAdoptionPageQueryVariables>;
export const StandardByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"complianceDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardByQuery, StandardByQueryVariables>;
export const CreateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStandardMutation, CreateStandardMutationVariables>;
export const UpdateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"complianceDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStandardMutation, UpdateStandardMutationVariables>;
export const SubscribeToStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeToStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeToStandardMutation, SubscribeToStandardMutationVariables>;
export const UnsubscribeFromStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeFromStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeFromStandardMutation, UnsubscribeFromStandardMutationVariables>;
export const SeededTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeededTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2020-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-11-24","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SeededTrendQuery, SeededTrendQueryVariables>;
export const LinkedRoadmapItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedRoadmapItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkedRoadmapItemsQuery, LinkedRoadmapItemsQueryVariables>;
export const LinkedCreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkedCreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedCreateRoadmapMutation, LinkedCreateRoadmapMutationVariables>;
export const LinkedAddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkedAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedAddItemMutation, LinkedAddItemMutationVariables>;
export const TaskforceAdminCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskforceAdminCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskforceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaskforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskforceAdminCreateMutation, TaskforceAdminCreateMutationVariables>;
export const TaskforceAdminUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskforceAdminUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskforceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaskforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<TaskforceAdminUpdateMutation, TaskforceAdminUpdateMutationVariables>;
export const TaskforceAdminAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskforceAdminAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<TaskforceAdminAuditQuery, TaskforceAdminAuditQueryVariables>;
export const MunicipalityNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MunicipalityNamesQuery, MunicipalityNamesQueryVariables>;
export const CatalogueSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CatalogueSizeQuery, CatalogueSizeQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const MyRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MyRolesQuery, MyRolesQueryVariables>;
export const CanEditUtrechtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanEditUtrecht"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"GM0344","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<CanEditUtrechtQuery, CanEditUtrechtQueryVariables>;
export const RegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const WebhookLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookLogQuery, WebhookLogQueryVariables>;
export const SendTestEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendTestEventMutation, SendTestEventMutationVariables>;
export const ResumeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}}]}}]} as unknown as DocumentNode<ResumeWebhookMutation, ResumeWebhookMutationVariables>;
export const PauseWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}}]}}]}}]} as unknown as DocumentNode<PauseWebhookMutation, PauseWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const PublishForWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishForWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"StringValue","value":"Nieuw","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishForWebhookMutation, PublishForWebhookMutationVariables>;
export const FollowForWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowForWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<FollowForWebhookMutation, FollowForWebhookMutationVariables>;
export const LifecycleForWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleForWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStandardLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStandardLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleForWebhookMutation, LifecycleForWebhookMutationVariables>;
export const AdoptionForWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptionForWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionForWebhookMutation, AdoptionForWebhookMutationVariables>;
export const OwnerNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]} as unknown as DocumentNode<OwnerNotificationsQuery, OwnerNotificationsQueryVariables>;
export const WebhookAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookAuditQuery, WebhookAuditQueryVariables>;
export const CreateForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateForExportMutation, CreateForExportMutationVariables>;
export const RolloutForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolloutForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRolloutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RolloutForExportMutation, RolloutForExportMutationVariables>;
export const PublishForFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishForFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishForFeedMutation, PublishForFeedMutationVariables>;
export const LifecycleForFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleForFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStandardLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStandardLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleForFeedMutation, LifecycleForFeedMutationVariables>;
export const UpdateForFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateForFeedMutation, UpdateForFeedMutationVariables>;
export const SeededPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeededPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"StringValue","value":"1.0","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-12-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"StringValue","value":"Eerste versie","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeededPublishMutation, SeededPublishMutationVariables>;
export const CrashPublishVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashPublishVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrashPublishVersionMutation, CrashPublishVersionMutationVariables>;
export const MailPublishVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailPublishVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MailPublishVersionMutation, MailPublishVersionMutationVariables>;
export const MailChangeLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailChangeLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStandardLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStandardLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]} as unknown as DocumentNode<MailChangeLifecycleMutation, MailChangeLifecycleMutationVariables>;
export const MailMySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailMySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]}}]} as unknown as DocumentNode<MailMySettingsQuery, MailMySettingsQueryVariables>;
export const MailUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyMailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<MailUpdateSettingsMutation, MailUpdateSettingsMutationVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const MailAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MailAddCommentMutation, MailAddCommentMutationVariables>;
export const MailUpdateInitiativeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailUpdateInitiativeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInitiativeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiativeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MailUpdateInitiativeStatusMutation, MailUpdateInitiativeStatusMutationVariables>;
export const ReachFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReachFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<ReachFollowMutation, ReachFollowMutationVariables>;
export const ReachRegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReachRegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ReachRegisterWebhookMutation, ReachRegisterWebhookMutationVariables>;
export const ReachPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReachPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStandardVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"StringValue","value":"2.0","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-12-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"StringValue","value":"Nieuwe velden","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReachPublishMutation, ReachPublishMutationVariables>;
export const SessionLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionLogoutMutation, SessionLogoutMutationVariables>;
export const SessionRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionRemoveMemberMutation, SessionRemoveMemberMutationVariables>;
export const SessionAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionAddMemberMutation, SessionAddMemberMutationVariables>;
export const CreateRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoadmapMutation, CreateRoadmapMutationVariables>;
export const AddRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddRoadmapItemMutation, AddRoadmapItemMutationVariables>;
export const UpdateRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoadmapItemMutation, UpdateRoadmapItemMutationVariables>;
export const RemoveRoadmapItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoadmapItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRoadmapItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoadmapItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}}]}}]}}]} as unknown as DocumentNode<RemoveRoadmapItemMutation, RemoveRoadmapItemMutationVariables>;
export const RoadmapDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"taskforce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"lanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapDetailQuery, RoadmapDetailQueryVariables>;
export const StandardRoadmapItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardRoadmapItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmapItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardRoadmapItemsQuery, StandardRoadmapItemsQueryVariables>;
export const RoadmapListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapListQuery, RoadmapListQueryVariables>;
export const CreateRoadmapVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoadmapVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRoadmapVersionMutation, CreateRoadmapVersionMutationVariables>;
export const CompareRoadmapVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareRoadmapVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareRoadmapVersionQuery, CompareRoadmapVersionQueryVariables>;
export const RestoreRoadmapVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRoadmapVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreRoadmapVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreRoadmapVersionMutation, RestoreRoadmapVersionMutationVariables>;
export const AddRoadmapCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoadmapComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoadmapCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddRoadmapCommentMutation, AddRoadmapCommentMutationVariables>;
export const ResolveRoadmapCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveRoadmapComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRoadmapComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveRoadmapCommentMutation, ResolveRoadmapCommentMutationVariables>;
export const RoadmapCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmapComments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<RoadmapCommentsQuery, RoadmapCommentsQueryVariables>;
export const CreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<CreatePageMutation, CreatePageMutationVariables>;
export const PagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PagesQuery, PagesQueryVariables>;
export const PageBodyCreatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageBodyCreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PageBodyCreatePageMutation, PageBodyCreatePageMutationVariables>;
export const PageBodySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageBodySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageBodySearchQuery, PageBodySearchQueryVariables>;
export const LogoutCollabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutCollab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutCollabMutation, LogoutCollabMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;