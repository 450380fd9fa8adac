import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { CooperationRecord, CooperationMemberRecord } from '../../db/models/Cooperation';
import type { MergerRecord } from '../../db/models/Merger';
import type { ProgrammeRecord, ProgrammeItemRecord } from '../../db/models/Programme';
import type { ObligationRecord, DeadlineChangeRecord } from '../../db/models/Obligation';
import type { ScorecardGroupResult, ScorecardRowResult, ProgrammeDashboardResult, MunicipalityProgress } from '../../domain/programme/queries';
import type { UserRecord } from '../../db/models/User';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import type { InitiativeRecord, ParticipantRecord, RealisedBenefitRecord } from '../../db/models/Initiative';
import type { StandardRecord } from '../../db/models/Standard';
import type { InitiativeChangedPayload } from '../../events/topics';
import type { AuditEventRecord } from '../../db/models/AuditEvent';
import type { ApiTokenRecord } from '../../db/models/ApiToken';
import type { WebhookRecord } from '../../db/models/Webhook';
import type { WebhookDeliveryRecord } from '../../db/models/WebhookDelivery';
import type { SubscriptionRecord } from '../../db/models/Subscription';
import type { AdoptionCurrent, AdoptionHistoryRecord } from '../../db/models/Adoption';
import type { MatrixRow } from '../../domain/adoption/dashboards';
import type { NotificationRecord } from '../../db/models/Notification';
import type { MailRecord } from '../../db/models/Mail';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import type { RoadmapVersionRecord } from '../../db/models/RoadmapVersion';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import type { RoadmapCommentChange } from '../../domain/roadmap/commentEvents';
import type { RoadmapRealityResult, ItemReality } from '../../domain/roadmap/reality';
import type { StandardFigures, RolloutFigures } from '../../domain/roadmap/realityFigures';
import type { PageRecord } from '../../db/models/Page';
import type { ReviewTaskRecord } from '../../db/models/ReviewTask';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  DateTime: { input: Date; output: Date | string; }
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLinkInfo: ResolverTypeWrapper<AccountLinkInfo>;
  AccountLinkPayload: ResolverTypeWrapper<Omit<AccountLinkPayload, 'user'> & { user: ResolversTypes['User'] }>;
  AccountLinkPurpose: AccountLinkPurpose;
  AccountStatus: AccountStatus;
  AddRoadmapCommentInput: AddRoadmapCommentInput;
  AddRoadmapItemInput: AddRoadmapItemInput;
  Adoption: ResolverTypeWrapper<AdoptionCurrent>;
  AdoptionCell: ResolverTypeWrapper<AdoptionCell>;
  AdoptionConnection: ResolverTypeWrapper<Omit<AdoptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AdoptionEdge']>, nodes: Array<ResolversTypes['Adoption']> }>;
  AdoptionEdge: ResolverTypeWrapper<Omit<AdoptionEdge, 'node'> & { node: ResolversTypes['Adoption'] }>;
  AdoptionHistoryEntry: ResolverTypeWrapper<AdoptionHistoryRecord>;
  AdoptionImportResult: ResolverTypeWrapper<AdoptionImportResult>;
  AdoptionImportRow: ResolverTypeWrapper<AdoptionImportRow>;
  AdoptionMatrixConnection: ResolverTypeWrapper<Omit<AdoptionMatrixConnection, 'edges' | 'nodes' | 'standards'> & { edges: Array<ResolversTypes['AdoptionMatrixEdge']>, nodes: Array<ResolversTypes['AdoptionMatrixRow']>, standards: Array<ResolversTypes['Standard']> }>;
  AdoptionMatrixEdge: ResolverTypeWrapper<Omit<AdoptionMatrixEdge, 'node'> & { node: ResolversTypes['AdoptionMatrixRow'] }>;
  AdoptionMatrixRow: ResolverTypeWrapper<MatrixRow>;
  AdoptionPoint: ResolverTypeWrapper<AdoptionPoint>;
  AdoptionStatus: AdoptionStatus;
  AdoptionSummary: ResolverTypeWrapper<AdoptionSummary>;
  ApiToken: ResolverTypeWrapper<ApiTokenRecord>;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditApiToken: ResolverTypeWrapper<AuditApiToken>;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditLogFacets: ResolverTypeWrapper<AuditLogFacets>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Benefit: ResolverTypeWrapper<Benefit>;
  BenefitInput: BenefitInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeObligationDeadlineInput: ChangeObligationDeadlineInput;
  ChangeStandardLifecycleInput: ChangeStandardLifecycleInput;
  ChangedRoadmapItem: ResolverTypeWrapper<ChangedRoadmapItem>;
  ComplianceLevel: ComplianceLevel;
  ConfirmAdoptionReviewPayload: ResolverTypeWrapper<Omit<ConfirmAdoptionReviewPayload, 'adoption'> & { adoption?: Maybe<ResolversTypes['Adoption']> }>;
  Cooperation: ResolverTypeWrapper<CooperationRecord>;
  CooperationConnection: ResolverTypeWrapper<Omit<CooperationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CooperationEdge']>, nodes: Array<ResolversTypes['Cooperation']> }>;
  CooperationEdge: ResolverTypeWrapper<Omit<CooperationEdge, 'node'> & { node: ResolversTypes['Cooperation'] }>;
  CooperationMember: ResolverTypeWrapper<CooperationMemberRecord>;
  CooperationSource: ResolverTypeWrapper<CooperationSource>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CreateCooperationInput: CreateCooperationInput;
  CreateInitiativeInput: CreateInitiativeInput;
  CreateObligationInput: CreateObligationInput;
  CreatePageInput: CreatePageInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateRoadmapPayload: ResolverTypeWrapper<Omit<CreateRoadmapPayload, 'roadmap'> & { roadmap: ResolversTypes['Roadmap'] }>;
  CreateStandardInput: CreateStandardInput;
  CreateTaskforceInput: CreateTaskforceInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineChange: ResolverTypeWrapper<DeadlineChangeRecord>;
  DriftEntry: ResolverTypeWrapper<DriftEntry>;
  DriftKind: DriftKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAdoptionsInput: ImportAdoptionsInput;
  Initiative: ResolverTypeWrapper<InitiativeRecord>;
  InitiativeBenefitTotals: ResolverTypeWrapper<InitiativeBenefitTotals>;
  InitiativeChangeKind: InitiativeChangeKind;
  InitiativeChangedEvent: ResolverTypeWrapper<InitiativeChangedPayload>;
  InitiativeConnection: ResolverTypeWrapper<Omit<InitiativeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InitiativeEdge']>, nodes: Array<ResolversTypes['Initiative']> }>;
  InitiativeDashboard: ResolverTypeWrapper<InitiativeDashboard>;
  InitiativeDashboardFilter: InitiativeDashboardFilter;
  InitiativeDeadline: ResolverTypeWrapper<InitiativeDeadline>;
  InitiativeEdge: ResolverTypeWrapper<Omit<InitiativeEdge, 'node'> & { node: ResolversTypes['Initiative'] }>;
  InitiativeParticipant: ResolverTypeWrapper<ParticipantRecord>;
  InitiativePayload: ResolverTypeWrapper<Omit<InitiativePayload, 'initiative'> & { initiative: ResolversTypes['Initiative'] }>;
  InitiativeRollout: ResolverTypeWrapper<RolloutFigures>;
  InitiativeSource: ResolverTypeWrapper<InitiativeSource>;
  InitiativeStandard: ResolverTypeWrapper<StandardRecord>;
  InitiativeStatus: InitiativeStatus;
  InitiativeStatusCount: ResolverTypeWrapper<InitiativeStatusCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InviteUserInput: InviteUserInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lifecycle: Lifecycle;
  MailFrequency: MailFrequency;
  MailKind: MailKind;
  MailLanguage: MailLanguage;
  MailPreference: ResolverTypeWrapper<MailPreference>;
  MailPreferenceInput: MailPreferenceInput;
  MailSettings: ResolverTypeWrapper<MailSettings>;
  MailSettingsInput: MailSettingsInput;
  MailStatus: MailStatus;
  Merger: ResolverTypeWrapper<MergerRecord>;
  MovedRoadmapItem: ResolverTypeWrapper<MovedRoadmapItem>;
  MovedRoadmapMilestone: ResolverTypeWrapper<MovedRoadmapMilestone>;
  Municipality: ResolverTypeWrapper<MunicipalityRecord>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  MunicipalityProgrammeProgress: ResolverTypeWrapper<MunicipalityProgress>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRecord>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  Obligation: ResolverTypeWrapper<ObligationRecord>;
  ObligationProgress: ResolverTypeWrapper<ObligationProgress>;
  ObligationScope: ObligationScope;
  ObligationSource: ResolverTypeWrapper<ObligationSource>;
  ObligationState: ObligationState;
  OutboxMail: ResolverTypeWrapper<MailRecord>;
  OutboxMailConnection: ResolverTypeWrapper<Omit<OutboxMailConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OutboxMailEdge']>, nodes: Array<ResolversTypes['OutboxMail']> }>;
  OutboxMailEdge: ResolverTypeWrapper<Omit<OutboxMailEdge, 'node'> & { node: ResolversTypes['OutboxMail'] }>;
  Page: ResolverTypeWrapper<PageRecord>;
  PageConnection: ResolverTypeWrapper<Omit<PageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PageEdge']>, nodes: Array<ResolversTypes['Page']> }>;
  PageEdge: ResolverTypeWrapper<Omit<PageEdge, 'node'> & { node: ResolversTypes['Page'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageLink: ResolverTypeWrapper<PageLink>;
  PageTemplate: PageTemplate;
  Programme: ResolverTypeWrapper<ProgrammeRecord>;
  ProgrammeDashboard: ResolverTypeWrapper<ProgrammeDashboardResult>;
  ProgrammeFact: ResolverTypeWrapper<ProgrammeFact>;
  ProgrammeGroupProgress: ResolverTypeWrapper<ProgrammeGroupProgress>;
  ProgrammeItem: ResolverTypeWrapper<ProgrammeItemRecord>;
  ProgrammeRelease: ResolverTypeWrapper<ProgrammeRelease>;
  Province: ResolverTypeWrapper<Province>;
  ProvinceAdoption: ResolverTypeWrapper<ProvinceAdoption>;
  PublicPage: ResolverTypeWrapper<PublicPage>;
  PublicQuickWin: ResolverTypeWrapper<PublicQuickWin>;
  PublicRoadmap: ResolverTypeWrapper<PublicRoadmap>;
  PublicRoadmapItem: ResolverTypeWrapper<PublicRoadmapItem>;
  PublicRoadmapLane: ResolverTypeWrapper<PublicRoadmapLane>;
  PublicRoadmapMilestone: ResolverTypeWrapper<PublicRoadmapMilestone>;
  PublicRollout: ResolverTypeWrapper<PublicRollout>;
  PublicSource: ResolverTypeWrapper<PublicSource>;
  PublicStandardLink: ResolverTypeWrapper<PublicStandardLink>;
  Publication: ResolverTypeWrapper<Publication>;
  PublicationConnection: ResolverTypeWrapper<PublicationConnection>;
  PublicationEdge: ResolverTypeWrapper<PublicationEdge>;
  PublicationKind: PublicationKind;
  PublishInput: PublishInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealisedBenefit: ResolverTypeWrapper<RealisedBenefitRecord>;
  RealityBasis: RealityBasis;
  RealityTotals: ResolverTypeWrapper<RealityTotals>;
  RecordMergerInput: RecordMergerInput;
  RecordRealisedBenefitInput: RecordRealisedBenefitInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: ResolverTypeWrapper<Omit<RegisterWebhookPayload, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  RemoveRoadmapItemInput: RemoveRoadmapItemInput;
  RemoveRoadmapItemPayload: ResolverTypeWrapper<RemoveRoadmapItemPayload>;
  RenamedRoadmapLane: ResolverTypeWrapper<RenamedRoadmapLane>;
  ReportAdoptionForCooperationInput: ReportAdoptionForCooperationInput;
  ReportAdoptionForCooperationPayload: ResolverTypeWrapper<Omit<ReportAdoptionForCooperationPayload, 'adoptions'> & { adoptions: Array<ResolversTypes['Adoption']> }>;
  ReviewTask: ResolverTypeWrapper<ReviewTaskRecord>;
  Roadmap: ResolverTypeWrapper<RoadmapRecord>;
  RoadmapComment: ResolverTypeWrapper<RoadmapCommentRecord>;
  RoadmapCommentChangeKind: RoadmapCommentChangeKind;
  RoadmapCommentChangedEvent: ResolverTypeWrapper<RoadmapCommentChange>;
  RoadmapComparison: ResolverTypeWrapper<Omit<RoadmapComparison, 'version'> & { version: ResolversTypes['RoadmapVersion'] }>;
  RoadmapConnection: ResolverTypeWrapper<Omit<RoadmapConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RoadmapEdge']>, nodes: Array<ResolversTypes['Roadmap']> }>;
  RoadmapEdge: ResolverTypeWrapper<Omit<RoadmapEdge, 'node'> & { node: ResolversTypes['Roadmap'] }>;
  RoadmapItem: ResolverTypeWrapper<RoadmapItemRecord>;
  RoadmapItemField: RoadmapItemField;
  RoadmapItemPayload: ResolverTypeWrapper<Omit<RoadmapItemPayload, 'item'> & { item: ResolversTypes['RoadmapItem'] }>;
  RoadmapItemReality: ResolverTypeWrapper<ItemReality>;
  RoadmapItemSummary: ResolverTypeWrapper<RoadmapItemSummary>;
  RoadmapLane: ResolverTypeWrapper<RoadmapLane>;
  RoadmapLaneComparison: ResolverTypeWrapper<RoadmapLaneComparison>;
  RoadmapLaneReality: ResolverTypeWrapper<RoadmapLaneReality>;
  RoadmapMilestone: ResolverTypeWrapper<RoadmapMilestone>;
  RoadmapMilestoneSummary: ResolverTypeWrapper<RoadmapMilestoneSummary>;
  RoadmapPeriod: ResolverTypeWrapper<RoadmapPeriod>;
  RoadmapReality: ResolverTypeWrapper<RoadmapRealityResult>;
  RoadmapVersion: ResolverTypeWrapper<RoadmapVersionRecord>;
  Role: Role;
  RolloutStatus: RolloutStatus;
  ScorecardGroup: ResolverTypeWrapper<ScorecardGroupResult>;
  ScorecardRow: ResolverTypeWrapper<ScorecardRowResult>;
  SearchGroup: ResolverTypeWrapper<SearchGroup>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchKind: SearchKind;
  SearchResults: ResolverTypeWrapper<SearchResults>;
  SetPageLinksInput: SetPageLinksInput;
  SizeClass: SizeClass;
  Standard: ResolverTypeWrapper<StandardRecord>;
  StandardCategory: StandardCategory;
  StandardConnection: ResolverTypeWrapper<Omit<StandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StandardEdge']>, nodes: Array<ResolversTypes['Standard']> }>;
  StandardEdge: ResolverTypeWrapper<Omit<StandardEdge, 'node'> & { node: ResolversTypes['Standard'] }>;
  StandardLink: ResolverTypeWrapper<StandardLink>;
  StandardLinkInput: StandardLinkInput;
  StandardPayload: ResolverTypeWrapper<Omit<StandardPayload, 'standard'> & { standard: ResolversTypes['Standard'] }>;
  StandardReality: ResolverTypeWrapper<StandardFigures>;
  StandardSubscription: ResolverTypeWrapper<SubscriptionRecord>;
  StandardVersion: ResolverTypeWrapper<StandardVersion>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Taskforce: ResolverTypeWrapper<TaskforceRecord>;
  TaskforceConnection: ResolverTypeWrapper<Omit<TaskforceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TaskforceEdge']>, nodes: Array<ResolversTypes['Taskforce']> }>;
  TaskforceEdge: ResolverTypeWrapper<Omit<TaskforceEdge, 'node'> & { node: ResolversTypes['Taskforce'] }>;
  TextChange: ResolverTypeWrapper<TextChange>;
  TextChangeKind: TextChangeKind;
  TimeInterval: TimeInterval;
  UpdateAdoptionInput: UpdateAdoptionInput;
  UpdateAdoptionPayload: ResolverTypeWrapper<Omit<UpdateAdoptionPayload, 'adoption'> & { adoption: ResolversTypes['Adoption'] }>;
  UpdateCooperationInput: UpdateCooperationInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInitiativeStatusInput: UpdateInitiativeStatusInput;
  UpdatePageInput: UpdatePageInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
  UpdateRoadmapItemInput: UpdateRoadmapItemInput;
  UpdateRoadmapPayload: ResolverTypeWrapper<Omit<UpdateRoadmapPayload, 'itemsOutsidePeriod' | 'roadmap'> & { itemsOutsidePeriod: Array<ResolversTypes['RoadmapItem']>, roadmap: ResolversTypes['Roadmap'] }>;
  UpdateRolloutInput: UpdateRolloutInput;
  UpdateStandardInput: UpdateStandardInput;
  UpdateTaskforceInput: UpdateTaskforceInput;
  UpdateUserAccessInput: UpdateUserAccessInput;
  User: ResolverTypeWrapper<UserRecord>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserEdge']>, nodes: Array<ResolversTypes['User']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  VisionComparison: ResolverTypeWrapper<VisionComparison>;
  Webhook: ResolverTypeWrapper<WebhookRecord>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttempt>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRecord>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookStatus: WebhookStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLinkInfo: AccountLinkInfo;
  AccountLinkPayload: Omit<AccountLinkPayload, 'user'> & { user: ResolversParentTypes['User'] };
  AddRoadmapCommentInput: AddRoadmapCommentInput;
  AddRoadmapItemInput: AddRoadmapItemInput;
  Adoption: AdoptionCurrent;
  AdoptionCell: AdoptionCell;
  AdoptionConnection: Omit<AdoptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AdoptionEdge']>, nodes: Array<ResolversParentTypes['Adoption']> };
  AdoptionEdge: Omit<AdoptionEdge, 'node'> & { node: ResolversParentTypes['Adoption'] };
  AdoptionHistoryEntry: AdoptionHistoryRecord;
  AdoptionImportResult: AdoptionImportResult;
  AdoptionImportRow: AdoptionImportRow;
  AdoptionMatrixConnection: Omit<AdoptionMatrixConnection, 'edges' | 'nodes' | 'standards'> & { edges: Array<ResolversParentTypes['AdoptionMatrixEdge']>, nodes: Array<ResolversParentTypes['AdoptionMatrixRow']>, standards: Array<ResolversParentTypes['Standard']> };
  AdoptionMatrixEdge: Omit<AdoptionMatrixEdge, 'node'> & { node: ResolversParentTypes['AdoptionMatrixRow'] };
  AdoptionMatrixRow: MatrixRow;
  AdoptionPoint: AdoptionPoint;
  AdoptionSummary: AdoptionSummary;
  ApiToken: ApiTokenRecord;
  AuditActor: AuditActor;
  AuditApiToken: AuditApiToken;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditLogFacets: AuditLogFacets;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Benefit: Benefit;
  BenefitInput: BenefitInput;
  Boolean: Scalars['Boolean']['output'];
  ChangeObligationDeadlineInput: ChangeObligationDeadlineInput;
  ChangeStandardLifecycleInput: ChangeStandardLifecycleInput;
  ChangedRoadmapItem: ChangedRoadmapItem;
  ConfirmAdoptionReviewPayload: Omit<ConfirmAdoptionReviewPayload, 'adoption'> & { adoption?: Maybe<ResolversParentTypes['Adoption']> };
  Cooperation: CooperationRecord;
  CooperationConnection: Omit<CooperationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CooperationEdge']>, nodes: Array<ResolversParentTypes['Cooperation']> };
  CooperationEdge: Omit<CooperationEdge, 'node'> & { node: ResolversParentTypes['Cooperation'] };
  CooperationMember: CooperationMemberRecord;
  CooperationSource: CooperationSource;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreateCooperationInput: CreateCooperationInput;
  CreateInitiativeInput: CreateInitiativeInput;
  CreateObligationInput: CreateObligationInput;
  CreatePageInput: CreatePageInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateRoadmapPayload: Omit<CreateRoadmapPayload, 'roadmap'> & { roadmap: ResolversParentTypes['Roadmap'] };
  CreateStandardInput: CreateStandardInput;
  CreateTaskforceInput: CreateTaskforceInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeadlineChange: DeadlineChangeRecord;
  DriftEntry: DriftEntry;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportAdoptionsInput: ImportAdoptionsInput;
  Initiative: InitiativeRecord;
  InitiativeBenefitTotals: InitiativeBenefitTotals;
  InitiativeChangedEvent: InitiativeChangedPayload;
  InitiativeConnection: Omit<InitiativeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InitiativeEdge']>, nodes: Array<ResolversParentTypes['Initiative']> };
  InitiativeDashboard: InitiativeDashboard;
  InitiativeDashboardFilter: InitiativeDashboardFilter;
  InitiativeDeadline: InitiativeDeadline;
  InitiativeEdge: Omit<InitiativeEdge, 'node'> & { node: ResolversParentTypes['Initiative'] };
  InitiativeParticipant: ParticipantRecord;
  InitiativePayload: Omit<InitiativePayload, 'initiative'> & { initiative: ResolversParentTypes['Initiative'] };
  InitiativeRollout: RolloutFigures;
  InitiativeSource: InitiativeSource;
  InitiativeStandard: StandardRecord;
  InitiativeStatusCount: InitiativeStatusCount;
  Int: Scalars['Int']['output'];
  InviteUserInput: InviteUserInput;
  JSON: Scalars['JSON']['output'];
  MailPreference: MailPreference;
  MailPreferenceInput: MailPreferenceInput;
  MailSettings: MailSettings;
  MailSettingsInput: MailSettingsInput;
  Merger: MergerRecord;
  MovedRoadmapItem: MovedRoadmapItem;
  MovedRoadmapMilestone: MovedRoadmapMilestone;
  Municipality: MunicipalityRecord;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  MunicipalityProgrammeProgress: MunicipalityProgress;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRecord;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  Obligation: ObligationRecord;
  ObligationProgress: ObligationProgress;
  ObligationSource: ObligationSource;
  OutboxMail: MailRecord;
  OutboxMailConnection: Omit<OutboxMailConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OutboxMailEdge']>, nodes: Array<ResolversParentTypes['OutboxMail']> };
  OutboxMailEdge: Omit<OutboxMailEdge, 'node'> & { node: ResolversParentTypes['OutboxMail'] };
  Page: PageRecord;
  PageConnection: Omit<PageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PageEdge']>, nodes: Array<ResolversParentTypes['Page']> };
  PageEdge: Omit<PageEdge, 'node'> & { node: ResolversParentTypes['Page'] };
  PageInfo: PageInfo;
  PageLink: PageLink;
  Programme: ProgrammeRecord;
  ProgrammeDashboard: ProgrammeDashboardResult;
  ProgrammeFact: ProgrammeFact;
  ProgrammeGroupProgress: ProgrammeGroupProgress;
  ProgrammeItem: ProgrammeItemRecord;
  ProgrammeRelease: ProgrammeRelease;
  Province: Province;
  ProvinceAdoption: ProvinceAdoption;
  PublicPage: PublicPage;
  PublicQuickWin: PublicQuickWin;
  PublicRoadmap: PublicRoadmap;
  PublicRoadmapItem: PublicRoadmapItem;
  PublicRoadmapLane: PublicRoadmapLane;
  PublicRoadmapMilestone: PublicRoadmapMilestone;
  PublicRollout: PublicRollout;
  PublicSource: PublicSource;
  PublicStandardLink: PublicStandardLink;
  Publication: Publication;
  PublicationConnection: PublicationConnection;
  PublicationEdge: PublicationEdge;
  PublishInput: PublishInput;
  Query: Record<PropertyKey, never>;
  RealisedBenefit: RealisedBenefitRecord;
  RealityTotals: RealityTotals;
  RecordMergerInput: RecordMergerInput;
  RecordRealisedBenefitInput: RecordRealisedBenefitInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: Omit<RegisterWebhookPayload, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  RemoveRoadmapItemInput: RemoveRoadmapItemInput;
  RemoveRoadmapItemPayload: RemoveRoadmapItemPayload;
  RenamedRoadmapLane: RenamedRoadmapLane;
  ReportAdoptionForCooperationInput: ReportAdoptionForCooperationInput;
  ReportAdoptionForCooperationPayload: Omit<ReportAdoptionForCooperationPayload, 'adoptions'> & { adoptions: Array<ResolversParentTypes['Adoption']> };
  ReviewTask: ReviewTaskRecord;
  Roadmap: RoadmapRecord;
  RoadmapComment: RoadmapCommentRecord;
  RoadmapCommentChangedEvent: RoadmapCommentChange;
  RoadmapComparison: Omit<RoadmapComparison, 'version'> & { version: ResolversParentTypes['RoadmapVersion'] };
  RoadmapConnection: Omit<RoadmapConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RoadmapEdge']>, nodes: Array<ResolversParentTypes['Roadmap']> };
  RoadmapEdge: Omit<RoadmapEdge, 'node'> & { node: ResolversParentTypes['Roadmap'] };
  RoadmapItem: RoadmapItemRecord;
  RoadmapItemPayload: Omit<RoadmapItemPayload, 'item'> & { item: ResolversParentTypes['RoadmapItem'] };
  RoadmapItemReality: ItemReality;
  RoadmapItemSummary: RoadmapItemSummary;
  RoadmapLane: RoadmapLane;
  RoadmapLaneComparison: RoadmapLaneComparison;
  RoadmapLaneReality: RoadmapLaneReality;
  RoadmapMilestone: RoadmapMilestone;
  RoadmapMilestoneSummary: RoadmapMilestoneSummary;
  RoadmapPeriod: RoadmapPeriod;
  RoadmapReality: RoadmapRealityResult;
  RoadmapVersion: RoadmapVersionRecord;
  ScorecardGroup: ScorecardGroupResult;
  ScorecardRow: ScorecardRowResult;
  SearchGroup: SearchGroup;
  SearchHit: SearchHit;
  SearchResults: SearchResults;
  SetPageLinksInput: SetPageLinksInput;
  Standard: StandardRecord;
  StandardConnection: Omit<StandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StandardEdge']>, nodes: Array<ResolversParentTypes['Standard']> };
  StandardEdge: Omit<StandardEdge, 'node'> & { node: ResolversParentTypes['Standard'] };
  StandardLink: StandardLink;
  StandardLinkInput: StandardLinkInput;
  StandardPayload: Omit<StandardPayload, 'standard'> & { standard: ResolversParentTypes['Standard'] };
  StandardReality: StandardFigures;
  StandardSubscription: SubscriptionRecord;
  StandardVersion: StandardVersion;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Taskforce: TaskforceRecord;
  TaskforceConnection: Omit<TaskforceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TaskforceEdge']>, nodes: Array<ResolversParentTypes['Taskforce']> };
  TaskforceEdge: Omit<TaskforceEdge, 'node'> & { node: ResolversParentTypes['Taskforce'] };
  TextChange: TextChange;
  UpdateAdoptionInput: UpdateAdoptionInput;
  UpdateAdoptionPayload: Omit<UpdateAdoptionPayload, 'adoption'> & { adoption: ResolversParentTypes['Adoption'] };
  UpdateCooperationInput: UpdateCooperationInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInitiativeStatusInput: UpdateInitiativeStatusInput;
  UpdatePageInput: UpdatePageInput;
  UpdateRoadmapInput: UpdateRoadmapInput;
  UpdateRoadmapItemInput: UpdateRoadmapItemInput;
  UpdateRoadmapPayload: Omit<UpdateRoadmapPayload, 'itemsOutsidePeriod' | 'roadmap'> & { itemsOutsidePeriod: Array<ResolversParentTypes['RoadmapItem']>, roadmap: ResolversParentTypes['Roadmap'] };
  UpdateRolloutInput: UpdateRolloutInput;
  UpdateStandardInput: UpdateStandardInput;
  UpdateTaskforceInput: UpdateTaskforceInput;
  UpdateUserAccessInput: UpdateUserAccessInput;
  User: UserRecord;
  UserConnection: Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserEdge']>, nodes: Array<ResolversParentTypes['User']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  VisionComparison: VisionComparison;
  Webhook: WebhookRecord;
  WebhookAttempt: WebhookAttempt;
  WebhookDelivery: WebhookDeliveryRecord;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
};

export type AccountLinkInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountLinkInfo'] = ResolversParentTypes['AccountLinkInfo']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['AccountLinkPurpose'], ParentType, ContextType>;
};

export type AccountLinkPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AccountLinkPayload'] = ResolversParentTypes['AccountLinkPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type AdoptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Adoption'] = ResolversParentTypes['Adoption']> = {
  adoptedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AdoptionHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedFor?: Resolver<Maybe<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  reviewVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AdoptionCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionCell'] = ResolversParentTypes['AdoptionCell']> = {
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
};

export type AdoptionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionConnection'] = ResolversParentTypes['AdoptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AdoptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdoptionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionEdge'] = ResolversParentTypes['AdoptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Adoption'], ParentType, ContextType>;
};

export type AdoptionHistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionHistoryEntry'] = ResolversParentTypes['AdoptionHistoryEntry']> = {
  adoptedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cooperation?: Resolver<Maybe<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AdoptionImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionImportResult'] = ResolversParentTypes['AdoptionImportResult']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AdoptionImportRow']>, ParentType, ContextType>;
};

export type AdoptionImportRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionImportRow'] = ResolversParentTypes['AdoptionImportRow']> = {
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AdoptionMatrixConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionMatrixConnection'] = ResolversParentTypes['AdoptionMatrixConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AdoptionMatrixEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AdoptionMatrixRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdoptionMatrixEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionMatrixEdge'] = ResolversParentTypes['AdoptionMatrixEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AdoptionMatrixRow'], ParentType, ContextType>;
};

export type AdoptionMatrixRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionMatrixRow'] = ResolversParentTypes['AdoptionMatrixRow']> = {
  cells?: Resolver<Array<ResolversTypes['AdoptionCell']>, ParentType, ContextType>;
  demo?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  needsReview?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['AdoptionStatus']>, ParentType, ContextType>;
};

export type AdoptionPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionPoint'] = ResolversParentTypes['AdoptionPoint']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdoptionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionSummary'] = ResolversParentTypes['AdoptionSummary']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditApiToken'] = ResolversParentTypes['AuditApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  apiToken?: Resolver<Maybe<ResolversTypes['AuditApiToken']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLogFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditLogFacets'] = ResolversParentTypes['AuditLogFacets']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  subjectTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type BenefitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = {
  citizensReached?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eurosPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ChangedRoadmapItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangedRoadmapItem'] = ResolversParentTypes['ChangedRoadmapItem']> = {
  fields?: Resolver<Array<ResolversTypes['RoadmapItemField']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
  fromLane?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
  toLane?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfirmAdoptionReviewPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfirmAdoptionReviewPayload'] = ResolversParentTypes['ConfirmAdoptionReviewPayload']> = {
  adoption?: Resolver<Maybe<ResolversTypes['Adoption']>, ParentType, ContextType>;
};

export type CooperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cooperation'] = ResolversParentTypes['Cooperation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberListPartial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberRoles?: Resolver<Array<ResolversTypes['CooperationMember']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['CooperationSource']>, ParentType, ContextType>;
};

export type CooperationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CooperationConnection'] = ResolversParentTypes['CooperationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CooperationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CooperationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CooperationEdge'] = ResolversParentTypes['CooperationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cooperation'], ParentType, ContextType>;
};

export type CooperationMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CooperationMember'] = ResolversParentTypes['CooperationMember']> = {
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  nameInSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CooperationSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CooperationSource'] = ResolversParentTypes['CooperationSource']> = {
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateRoadmapPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateRoadmapPayload'] = ResolversParentTypes['CreateRoadmapPayload']> = {
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeadlineChange'] = ResolversParentTypes['DeadlineChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  oldDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type DriftEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DriftEntry'] = ResolversParentTypes['DriftEntry']> = {
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DriftKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demoNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedBenefit?: Resolver<ResolversTypes['Benefit'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestRealisedBenefit?: Resolver<Maybe<ResolversTypes['RealisedBenefit']>, ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['InitiativeStatus']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ownerTaskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['InitiativeParticipant']>, ParentType, ContextType>;
  realisedBenefits?: Resolver<Array<ResolversTypes['RealisedBenefit']>, ParentType, ContextType>;
  roadmapItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['InitiativeSource']>, ParentType, ContextType>;
  standardIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['InitiativeStandard']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  stopReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InitiativeBenefitTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeBenefitTotals'] = ResolversParentTypes['InitiativeBenefitTotals']> = {
  expectedCitizensReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedEurosPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedHoursPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  realisedCitizensReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  realisedEurosPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  realisedHoursPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InitiativeChangedEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeChangedEvent'] = ResolversParentTypes['InitiativeChangedEvent']> = {
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeChangeKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
};

export type InitiativeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeConnection'] = ResolversParentTypes['InitiativeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InitiativeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeDashboard'] = ResolversParentTypes['InitiativeDashboard']> = {
  benefit?: Resolver<ResolversTypes['InitiativeBenefitTotals'], ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['InitiativeStatusCount']>, ParentType, ContextType>;
  deadlinesNext90Days?: Resolver<Array<ResolversTypes['InitiativeDeadline']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeDeadlineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeDeadline'] = ResolversParentTypes['InitiativeDeadline']> = {
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InitiativeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeEdge'] = ResolversParentTypes['InitiativeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
};

export type InitiativeParticipantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeParticipant'] = ResolversParentTypes['InitiativeParticipant']> = {
  liveOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RolloutStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type InitiativePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativePayload'] = ResolversParentTypes['InitiativePayload']> = {
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
};

export type InitiativeRolloutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeRollout'] = ResolversParentTypes['InitiativeRollout']> = {
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeSource'] = ResolversParentTypes['InitiativeSource']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InitiativeStandardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeStandard'] = ResolversParentTypes['InitiativeStandard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InitiativeStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeStatusCount'] = ResolversParentTypes['InitiativeStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MailPreferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MailPreference'] = ResolversParentTypes['MailPreference']> = {
  frequency?: Resolver<ResolversTypes['MailFrequency'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MailKind'], ParentType, ContextType>;
};

export type MailSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MailSettings'] = ResolversParentTypes['MailSettings']> = {
  language?: Resolver<ResolversTypes['MailLanguage'], ParentType, ContextType>;
  preferences?: Resolver<Array<ResolversTypes['MailPreference']>, ParentType, ContextType>;
};

export type MergerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Merger'] = ResolversParentTypes['Merger']> = {
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  successor?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  transition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MovedRoadmapItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MovedRoadmapItem'] = ResolversParentTypes['MovedRoadmapItem']> = {
  from?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
};

export type MovedRoadmapMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MovedRoadmapMilestone'] = ResolversParentTypes['MovedRoadmapMilestone']> = {
  fromDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  adoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  endedIn?: Resolver<Array<ResolversTypes['Merger']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inheritedAdoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Merger']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  scorecard?: Resolver<Array<ResolversTypes['ScorecardGroup']>, ParentType, ContextType>;
  sizeClass?: Resolver<Maybe<ResolversTypes['SizeClass']>, ParentType, ContextType>;
  subscriptions?: Resolver<Array<ResolversTypes['StandardSubscription']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MunicipalityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MunicipalityProgrammeProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityProgrammeProgress'] = ResolversParentTypes['MunicipalityProgrammeProgress']> = {
  applicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizeClass?: Resolver<Maybe<ResolversTypes['SizeClass']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptAccountLink?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptAccountLinkArgs, 'password' | 'token'>>;
  addCooperationMember?: Resolver<ResolversTypes['Cooperation'], ParentType, ContextType, RequireFields<MutationAddCooperationMemberArgs, 'cooperationId' | 'municipalityId'>>;
  addRoadmapComment?: Resolver<ResolversTypes['RoadmapComment'], ParentType, ContextType, RequireFields<MutationAddRoadmapCommentArgs, 'input'>>;
  addRoadmapItem?: Resolver<ResolversTypes['RoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationAddRoadmapItemArgs, 'input'>>;
  addTaskforceMember?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationAddTaskforceMemberArgs, 'taskforceId' | 'userId'>>;
  archiveRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationArchiveRoadmapArgs, 'id'>>;
  changeMyPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangeMyPasswordArgs, 'currentPassword' | 'newPassword'>>;
  changeObligationDeadline?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType, RequireFields<MutationChangeObligationDeadlineArgs, 'input'>>;
  changeStandardLifecycle?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationChangeStandardLifecycleArgs, 'input'>>;
  confirmAdoptionReview?: Resolver<ResolversTypes['ConfirmAdoptionReviewPayload'], ParentType, ContextType, RequireFields<MutationConfirmAdoptionReviewArgs, 'municipalityId' | 'standardId'>>;
  createAccountLink?: Resolver<ResolversTypes['AccountLinkPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountLinkArgs, 'userId'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createCooperation?: Resolver<ResolversTypes['Cooperation'], ParentType, ContextType, RequireFields<MutationCreateCooperationArgs, 'input'>>;
  createInitiative?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationCreateInitiativeArgs, 'input'>>;
  createObligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType, RequireFields<MutationCreateObligationArgs, 'input'>>;
  createPage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationCreatePageArgs, 'input'>>;
  createRoadmap?: Resolver<ResolversTypes['CreateRoadmapPayload'], ParentType, ContextType, RequireFields<MutationCreateRoadmapArgs, 'input'>>;
  createRoadmapVersion?: Resolver<ResolversTypes['RoadmapVersion'], ParentType, ContextType, RequireFields<MutationCreateRoadmapVersionArgs, 'name' | 'roadmapId'>>;
  createStandard?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationCreateStandardArgs, 'input'>>;
  createTaskforce?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationCreateTaskforceArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'userId'>>;
  deletePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationDeletePageArgs, 'id'>>;
  deleteWebhook?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  importAdoptions?: Resolver<ResolversTypes['AdoptionImportResult'], ParentType, ContextType, RequireFields<MutationImportAdoptionsArgs, 'input'>>;
  inviteUser?: Resolver<ResolversTypes['AccountLinkPayload'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  pauseWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationPauseWebhookArgs, 'id'>>;
  publish?: Resolver<ResolversTypes['Publication'], ParentType, ContextType, RequireFields<MutationPublishArgs, 'input'>>;
  publishStandardVersion?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationPublishStandardVersionArgs, 'changes' | 'date' | 'number' | 'standardId'>>;
  reactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReactivateUserArgs, 'userId'>>;
  recordMerger?: Resolver<Array<ResolversTypes['Merger']>, ParentType, ContextType, RequireFields<MutationRecordMergerArgs, 'input'>>;
  recordRealisedBenefit?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationRecordRealisedBenefitArgs, 'input'>>;
  registerWebhook?: Resolver<ResolversTypes['RegisterWebhookPayload'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  removeCooperationMember?: Resolver<ResolversTypes['Cooperation'], ParentType, ContextType, RequireFields<MutationRemoveCooperationMemberArgs, 'cooperationId' | 'municipalityId'>>;
  removeRoadmapItem?: Resolver<ResolversTypes['RemoveRoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationRemoveRoadmapItemArgs, 'input'>>;
  removeTaskforceMember?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationRemoveTaskforceMemberArgs, 'taskforceId' | 'userId'>>;
  reportAdoptionForCooperation?: Resolver<ResolversTypes['ReportAdoptionForCooperationPayload'], ParentType, ContextType, RequireFields<MutationReportAdoptionForCooperationArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resolveRoadmapComment?: Resolver<ResolversTypes['RoadmapComment'], ParentType, ContextType, RequireFields<MutationResolveRoadmapCommentArgs, 'id'>>;
  restorePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationRestorePageArgs, 'id'>>;
  restoreRoadmapVersion?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationRestoreRoadmapVersionArgs, 'versionId'>>;
  resumeWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationResumeWebhookArgs, 'id'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  sendTestWebhookEvent?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationSendTestWebhookEventArgs, 'id'>>;
  setPageLinks?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationSetPageLinksArgs, 'input'>>;
  subscribeToStandard?: Resolver<ResolversTypes['StandardSubscription'], ParentType, ContextType, RequireFields<MutationSubscribeToStandardArgs, 'municipalityId' | 'standardId'>>;
  unarchiveRoadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationUnarchiveRoadmapArgs, 'id'>>;
  unpublish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnpublishArgs, 'kind' | 'subjectId'>>;
  unsubscribeFromStandard?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnsubscribeFromStandardArgs, 'municipalityId' | 'standardId'>>;
  updateAdoption?: Resolver<ResolversTypes['UpdateAdoptionPayload'], ParentType, ContextType, RequireFields<MutationUpdateAdoptionArgs, 'input'>>;
  updateCooperation?: Resolver<ResolversTypes['Cooperation'], ParentType, ContextType, RequireFields<MutationUpdateCooperationArgs, 'input'>>;
  updateInitiative?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeArgs, 'input'>>;
  updateInitiativeStatus?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeStatusArgs, 'input'>>;
  updateMyMailSettings?: Resolver<ResolversTypes['MailSettings'], ParentType, ContextType, RequireFields<MutationUpdateMyMailSettingsArgs, 'input'>>;
  updateMyName?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateMyNameArgs, 'name'>>;
  updatePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationUpdatePageArgs, 'input'>>;
  updateRoadmap?: Resolver<ResolversTypes['UpdateRoadmapPayload'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapArgs, 'input'>>;
  updateRoadmapItem?: Resolver<ResolversTypes['RoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapItemArgs, 'input'>>;
  updateRollout?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateRolloutArgs, 'input'>>;
  updateStandard?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationUpdateStandardArgs, 'input'>>;
  updateTaskforce?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationUpdateTaskforceArgs, 'input'>>;
  updateUserAccess?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserAccessArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bindingLevel?: Resolver<ResolversTypes['ComplianceLevel'], ParentType, ContextType>;
  cooperation?: Resolver<Maybe<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deadlineChanges?: Resolver<Array<ResolversTypes['DeadlineChange']>, ParentType, ContextType>;
  driftDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  originalDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['ObligationProgress']>, ParentType, ContextType, RequireFields<ObligationProgressArgs, 'includeDemo'>>;
  scope?: Resolver<ResolversTypes['ObligationScope'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ObligationSource']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ObligationProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObligationProgress'] = ResolversParentTypes['ObligationProgress']> = {
  applicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObligationSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObligationSource'] = ResolversParentTypes['ObligationSource']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutboxMailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboxMail'] = ResolversParentTypes['OutboxMail']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['MailLanguage'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboxMailConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboxMailConnection'] = ResolversParentTypes['OutboxMailConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutboxMailEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OutboxMail']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutboxMailEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboxMailEdge'] = ResolversParentTypes['OutboxMailEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutboxMail'], ParentType, ContextType>;
};

export type PageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page']> = {
  children?: Resolver<Array<ResolversTypes['Page']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['PageLink']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PageConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageConnection'] = ResolversParentTypes['PageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Page']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageEdge'] = ResolversParentTypes['PageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Page'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageLink'] = ResolversParentTypes['PageLink']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['ProgrammeFact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ProgrammeItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProgrammeDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeDashboard'] = ResolversParentTypes['ProgrammeDashboard']> = {
  cooperations?: Resolver<Array<ResolversTypes['ProgrammeGroupProgress']>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['MunicipalityProgrammeProgress']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['ProgrammeGroupProgress']>, ParentType, ContextType>;
  sizeClasses?: Resolver<Array<ResolversTypes['ProgrammeGroupProgress']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ProgrammeGroupProgress'], ParentType, ContextType>;
};

export type ProgrammeFactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeFact'] = ResolversParentTypes['ProgrammeFact']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeGroupProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeGroupProgress'] = ResolversParentTypes['ProgrammeGroupProgress']> = {
  applicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProgrammeItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeItem'] = ResolversParentTypes['ProgrammeItem']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['ProgrammeRelease']>, ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgrammeReleaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeRelease'] = ResolversParentTypes['ProgrammeRelease']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceAdoptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceAdoption'] = ResolversParentTypes['ProvinceAdoption']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicPage'] = ResolversParentTypes['PublicPage']> = {
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PublicQuickWinResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicQuickWin'] = ResolversParentTypes['PublicQuickWin']> = {
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  demoNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  liveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['PublicRollout']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['PublicSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicRoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicRoadmap'] = ResolversParentTypes['PublicRoadmap']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PublicRoadmapItem']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['PublicRoadmapLane']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['PublicRoadmapMilestone']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taskforceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vision?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublicRoadmapItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicRoadmapItem'] = ResolversParentTypes['PublicRoadmapItem']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['PublicStandardLink']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicRoadmapLaneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicRoadmapLane'] = ResolversParentTypes['PublicRoadmapLane']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicRoadmapMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicRoadmapMilestone'] = ResolversParentTypes['PublicRoadmapMilestone']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicRolloutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicRollout'] = ResolversParentTypes['PublicRollout']> = {
  liveOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicSource'] = ResolversParentTypes['PublicSource']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicStandardLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicStandardLink'] = ResolversParentTypes['PublicStandardLink']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PublicationKind'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublicationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicationConnection'] = ResolversParentTypes['PublicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicationEdge'] = ResolversParentTypes['PublicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountLink?: Resolver<Maybe<ResolversTypes['AccountLinkInfo']>, ParentType, ContextType, RequireFields<QueryAccountLinkArgs, 'token'>>;
  adoptionByProvince?: Resolver<Array<ResolversTypes['ProvinceAdoption']>, ParentType, ContextType, RequireFields<QueryAdoptionByProvinceArgs, 'includeDemo' | 'standardId'>>;
  adoptionMatrix?: Resolver<ResolversTypes['AdoptionMatrixConnection'], ParentType, ContextType, RequireFields<QueryAdoptionMatrixArgs, 'standardIds'>>;
  adoptionOverTime?: Resolver<Array<ResolversTypes['AdoptionPoint']>, ParentType, ContextType, RequireFields<QueryAdoptionOverTimeArgs, 'from' | 'includeDemo' | 'interval' | 'standardId' | 'to'>>;
  adoptions?: Resolver<ResolversTypes['AdoptionConnection'], ParentType, ContextType, Partial<QueryAdoptionsArgs>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  auditLogFacets?: Resolver<ResolversTypes['AuditLogFacets'], ParentType, ContextType>;
  compareRoadmapVersion?: Resolver<ResolversTypes['RoadmapComparison'], ParentType, ContextType, RequireFields<QueryCompareRoadmapVersionArgs, 'versionId'>>;
  cooperationPage?: Resolver<ResolversTypes['CooperationConnection'], ParentType, ContextType, Partial<QueryCooperationPageArgs>>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  explanations?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType, RequireFields<QueryExplanationsArgs, 'includeDemo'>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  initiativeDashboard?: Resolver<ResolversTypes['InitiativeDashboard'], ParentType, ContextType, Partial<QueryInitiativeDashboardArgs>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<QueryInitiativesArgs>>;
  linkedPages?: Resolver<Array<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryLinkedPagesArgs, 'id' | 'kind'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'includeEnded'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalityArgs>>;
  municipalityPublications?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<QueryMunicipalityPublicationsArgs, 'code'>>;
  myMailSettings?: Resolver<ResolversTypes['MailSettings'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'unreadOnly'>>;
  outbox?: Resolver<ResolversTypes['OutboxMailConnection'], ParentType, ContextType, Partial<QueryOutboxArgs>>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'id'>>;
  pages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, Partial<QueryPagesArgs>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'slug'>>;
  programmeDashboard?: Resolver<Maybe<ResolversTypes['ProgrammeDashboard']>, ParentType, ContextType, RequireFields<QueryProgrammeDashboardArgs, 'includeDemo' | 'slug'>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  publicPage?: Resolver<Maybe<ResolversTypes['PublicPage']>, ParentType, ContextType, RequireFields<QueryPublicPageArgs, 'slug'>>;
  publicQuickWin?: Resolver<Maybe<ResolversTypes['PublicQuickWin']>, ParentType, ContextType, RequireFields<QueryPublicQuickWinArgs, 'slug'>>;
  publicRoadmap?: Resolver<Maybe<ResolversTypes['PublicRoadmap']>, ParentType, ContextType, RequireFields<QueryPublicRoadmapArgs, 'slug'>>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<QueryPublicationArgs, 'kind' | 'subjectId'>>;
  publications?: Resolver<ResolversTypes['PublicationConnection'], ParentType, ContextType, Partial<QueryPublicationsArgs>>;
  reviewTasks?: Resolver<Array<ResolversTypes['ReviewTask']>, ParentType, ContextType, Partial<QueryReviewTasksArgs>>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmapComments?: Resolver<Array<ResolversTypes['RoadmapComment']>, ParentType, ContextType, RequireFields<QueryRoadmapCommentsArgs, 'itemId' | 'roadmapId'>>;
  roadmapExport?: Resolver<Maybe<ResolversTypes['PublicRoadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapExportArgs, 'id'>>;
  roadmapVersions?: Resolver<Array<ResolversTypes['RoadmapVersion']>, ParentType, ContextType, RequireFields<QueryRoadmapVersionsArgs, 'roadmapId'>>;
  roadmaps?: Resolver<ResolversTypes['RoadmapConnection'], ParentType, ContextType, RequireFields<QueryRoadmapsArgs, 'archived'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType, Partial<QueryStandardArgs>>;
  standards?: Resolver<ResolversTypes['StandardConnection'], ParentType, ContextType, Partial<QueryStandardsArgs>>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType, RequireFields<QueryTaskforceArgs, 'id'>>;
  taskforcePage?: Resolver<ResolversTypes['TaskforceConnection'], ParentType, ContextType, Partial<QueryTaskforcePageArgs>>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
  trashedPages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, Partial<QueryTrashedPagesArgs>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'webhookId'>>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType, Partial<QueryWebhooksArgs>>;
};

export type RealisedBenefitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RealisedBenefit'] = ResolversParentTypes['RealisedBenefit']> = {
  citizensReached?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eurosPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type RealityTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RealityTotals'] = ResolversParentTypes['RealityTotals']> = {
  adopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  live?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisterWebhookPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterWebhookPayload'] = ResolversParentTypes['RegisterWebhookPayload']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type RemoveRoadmapItemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveRoadmapItemPayload'] = ResolversParentTypes['RemoveRoadmapItemPayload']> = {
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RenamedRoadmapLaneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RenamedRoadmapLane'] = ResolversParentTypes['RenamedRoadmapLane']> = {
  fromTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportAdoptionForCooperationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportAdoptionForCooperationPayload'] = ResolversParentTypes['ReportAdoptionForCooperationPayload']> = {
  adoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
};

export type ReviewTaskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewTask'] = ResolversParentTypes['ReviewTask']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['RoadmapLane']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['RoadmapMilestone']>, ParentType, ContextType>;
  reality?: Resolver<ResolversTypes['RoadmapReality'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RoadmapCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapComment'] = ResolversParentTypes['RoadmapComment']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RoadmapCommentChangedEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapCommentChangedEvent'] = ResolversParentTypes['RoadmapCommentChangedEvent']> = {
  comment?: Resolver<ResolversTypes['RoadmapComment'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoadmapCommentChangeKind'], ParentType, ContextType>;
};

export type RoadmapComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapComparison'] = ResolversParentTypes['RoadmapComparison']> = {
  added?: Resolver<Array<ResolversTypes['RoadmapItemSummary']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['ChangedRoadmapItem']>, ParentType, ContextType>;
  drift?: Resolver<Array<ResolversTypes['DriftEntry']>, ParentType, ContextType>;
  lanes?: Resolver<ResolversTypes['RoadmapLaneComparison'], ParentType, ContextType>;
  milestonesAdded?: Resolver<Array<ResolversTypes['RoadmapMilestoneSummary']>, ParentType, ContextType>;
  milestonesMoved?: Resolver<Array<ResolversTypes['MovedRoadmapMilestone']>, ParentType, ContextType>;
  milestonesRemoved?: Resolver<Array<ResolversTypes['RoadmapMilestoneSummary']>, ParentType, ContextType>;
  moved?: Resolver<Array<ResolversTypes['MovedRoadmapItem']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['RoadmapItemSummary']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['RoadmapVersion'], ParentType, ContextType>;
  vision?: Resolver<ResolversTypes['VisionComparison'], ParentType, ContextType>;
};

export type RoadmapConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapConnection'] = ResolversParentTypes['RoadmapConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoadmapEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoadmapEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapEdge'] = ResolversParentTypes['RoadmapEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
};

export type RoadmapItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapItem'] = ResolversParentTypes['RoadmapItem']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapItemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapItemPayload'] = ResolversParentTypes['RoadmapItemPayload']> = {
  item?: Resolver<ResolversTypes['RoadmapItem'], ParentType, ContextType>;
};

export type RoadmapItemRealityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapItemReality'] = ResolversParentTypes['RoadmapItemReality']> = {
  initiatives?: Resolver<Array<ResolversTypes['InitiativeRollout']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['StandardReality']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RealityTotals'], ParentType, ContextType>;
};

export type RoadmapItemSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapItemSummary'] = ResolversParentTypes['RoadmapItemSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapLaneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapLane'] = ResolversParentTypes['RoadmapLane']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapLaneComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapLaneComparison'] = ResolversParentTypes['RoadmapLaneComparison']> = {
  added?: Resolver<Array<ResolversTypes['RoadmapLane']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['RoadmapLane']>, ParentType, ContextType>;
  renamed?: Resolver<Array<ResolversTypes['RenamedRoadmapLane']>, ParentType, ContextType>;
};

export type RoadmapLaneRealityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapLaneReality'] = ResolversParentTypes['RoadmapLaneReality']> = {
  laneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RealityTotals'], ParentType, ContextType>;
};

export type RoadmapMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapMilestone'] = ResolversParentTypes['RoadmapMilestone']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapMilestoneSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapMilestoneSummary'] = ResolversParentTypes['RoadmapMilestoneSummary']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapPeriod'] = ResolversParentTypes['RoadmapPeriod']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoadmapRealityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapReality'] = ResolversParentTypes['RoadmapReality']> = {
  items?: Resolver<Array<ResolversTypes['RoadmapItemReality']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['RoadmapLaneReality']>, ParentType, ContextType>;
  roadmapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RealityTotals'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoadmapVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapVersion'] = ResolversParentTypes['RoadmapVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScorecardGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardGroup'] = ResolversParentTypes['ScorecardGroup']> = {
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ScorecardRow']>, ParentType, ContextType>;
};

export type ScorecardRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardRow'] = ResolversParentTypes['ScorecardRow']> = {
  adoption?: Resolver<Maybe<ResolversTypes['Adoption']>, ParentType, ContextType>;
  followed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ObligationState']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
};

export type SearchGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchGroup'] = ResolversParentTypes['SearchGroup']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  groups?: Resolver<Array<ResolversTypes['SearchGroup']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StandardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard']> = {
  adoptionSummary?: Resolver<ResolversTypes['AdoptionSummary'], ParentType, ContextType, RequireFields<StandardAdoptionSummaryArgs, 'includeDemo'>>;
  category?: Resolver<ResolversTypes['StandardCategory'], ParentType, ContextType>;
  complianceDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  complianceLevel?: Resolver<Maybe<ResolversTypes['ComplianceLevel']>, ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['Lifecycle'], ParentType, ContextType>;
  lifecycleReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['StandardLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roadmapItems?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscribers?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['StandardVersion']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StandardConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardConnection'] = ResolversParentTypes['StandardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StandardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Standard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StandardEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardEdge'] = ResolversParentTypes['StandardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StandardLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardLink'] = ResolversParentTypes['StandardLink']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StandardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardPayload'] = ResolversParentTypes['StandardPayload']> = {
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StandardRealityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardReality'] = ResolversParentTypes['StandardReality']> = {
  adopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applicable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['RealityBasis'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasDeadline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StandardSubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardSubscription'] = ResolversParentTypes['StandardSubscription']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Standard'], ParentType, ContextType>;
};

export type StandardVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardVersion'] = ResolversParentTypes['StandardVersion']> = {
  changes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  adoptionChanged?: SubscriptionResolver<ResolversTypes['Adoption'], "adoptionChanged", ParentType, ContextType, Partial<SubscriptionAdoptionChangedArgs>>;
  initiativeChanged?: SubscriptionResolver<ResolversTypes['InitiativeChangedEvent'], "initiativeChanged", ParentType, ContextType, Partial<SubscriptionInitiativeChangedArgs>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
  roadmapCommentChanged?: SubscriptionResolver<ResolversTypes['RoadmapCommentChangedEvent'], "roadmapCommentChanged", ParentType, ContextType, RequireFields<SubscriptionRoadmapCommentChangedArgs, 'roadmapId'>>;
  roadmapRealityChanged?: SubscriptionResolver<ResolversTypes['RoadmapReality'], "roadmapRealityChanged", ParentType, ContextType, RequireFields<SubscriptionRoadmapRealityChangedArgs, 'roadmapId'>>;
};

export type TaskforceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Taskforce'] = ResolversParentTypes['Taskforce']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TaskforceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskforceConnection'] = ResolversParentTypes['TaskforceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskforceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskforceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TaskforceEdge'] = ResolversParentTypes['TaskforceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType>;
};

export type TextChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextChange'] = ResolversParentTypes['TextChange']> = {
  kind?: Resolver<ResolversTypes['TextChangeKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateAdoptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateAdoptionPayload'] = ResolversParentTypes['UpdateAdoptionPayload']> = {
  adoption?: Resolver<ResolversTypes['Adoption'], ParentType, ContextType>;
};

export type UpdateRoadmapPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateRoadmapPayload'] = ResolversParentTypes['UpdateRoadmapPayload']> = {
  itemsOutsidePeriod?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  accountStatus?: Resolver<Maybe<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
  cooperation?: Resolver<Maybe<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type VisionComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VisionComparison'] = ResolversParentTypes['VisionComparison']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['TextChange']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookDeliveriesArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  pausedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pausedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  queuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AccountLinkInfo?: AccountLinkInfoResolvers<ContextType>;
  AccountLinkPayload?: AccountLinkPayloadResolvers<ContextType>;
  Adoption?: AdoptionResolvers<ContextType>;
  AdoptionCell?: AdoptionCellResolvers<ContextType>;
  AdoptionConnection?: AdoptionConnectionResolvers<ContextType>;
  AdoptionEdge?: AdoptionEdgeResolvers<ContextType>;
  AdoptionHistoryEntry?: AdoptionHistoryEntryResolvers<ContextType>;
  AdoptionImportResult?: AdoptionImportResultResolvers<ContextType>;
  AdoptionImportRow?: AdoptionImportRowResolvers<ContextType>;
  AdoptionMatrixConnection?: AdoptionMatrixConnectionResolvers<ContextType>;
  AdoptionMatrixEdge?: AdoptionMatrixEdgeResolvers<ContextType>;
  AdoptionMatrixRow?: AdoptionMatrixRowResolvers<ContextType>;
  AdoptionPoint?: AdoptionPointResolvers<ContextType>;
  AdoptionSummary?: AdoptionSummaryResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditApiToken?: AuditApiTokenResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditLogFacets?: AuditLogFacetsResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  ChangedRoadmapItem?: ChangedRoadmapItemResolvers<ContextType>;
  ConfirmAdoptionReviewPayload?: ConfirmAdoptionReviewPayloadResolvers<ContextType>;
  Cooperation?: CooperationResolvers<ContextType>;
  CooperationConnection?: CooperationConnectionResolvers<ContextType>;
  CooperationEdge?: CooperationEdgeResolvers<ContextType>;
  CooperationMember?: CooperationMemberResolvers<ContextType>;
  CooperationSource?: CooperationSourceResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateRoadmapPayload?: CreateRoadmapPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeadlineChange?: DeadlineChangeResolvers<ContextType>;
  DriftEntry?: DriftEntryResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeBenefitTotals?: InitiativeBenefitTotalsResolvers<ContextType>;
  InitiativeChangedEvent?: InitiativeChangedEventResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeDashboard?: InitiativeDashboardResolvers<ContextType>;
  InitiativeDeadline?: InitiativeDeadlineResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  InitiativeParticipant?: InitiativeParticipantResolvers<ContextType>;
  InitiativePayload?: InitiativePayloadResolvers<ContextType>;
  InitiativeRollout?: InitiativeRolloutResolvers<ContextType>;
  InitiativeSource?: InitiativeSourceResolvers<ContextType>;
  InitiativeStandard?: InitiativeStandardResolvers<ContextType>;
  InitiativeStatusCount?: InitiativeStatusCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MailPreference?: MailPreferenceResolvers<ContextType>;
  MailSettings?: MailSettingsResolvers<ContextType>;
  Merger?: MergerResolvers<ContextType>;
  MovedRoadmapItem?: MovedRoadmapItemResolvers<ContextType>;
  MovedRoadmapMilestone?: MovedRoadmapMilestoneResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  MunicipalityProgrammeProgress?: MunicipalityProgrammeProgressResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationProgress?: ObligationProgressResolvers<ContextType>;
  ObligationSource?: ObligationSourceResolvers<ContextType>;
  OutboxMail?: OutboxMailResolvers<ContextType>;
  OutboxMailConnection?: OutboxMailConnectionResolvers<ContextType>;
  OutboxMailEdge?: OutboxMailEdgeResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageConnection?: PageConnectionResolvers<ContextType>;
  PageEdge?: PageEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PageLink?: PageLinkResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeDashboard?: ProgrammeDashboardResolvers<ContextType>;
  ProgrammeFact?: ProgrammeFactResolvers<ContextType>;
  ProgrammeGroupProgress?: ProgrammeGroupProgressResolvers<ContextType>;
  ProgrammeItem?: ProgrammeItemResolvers<ContextType>;
  ProgrammeRelease?: ProgrammeReleaseResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceAdoption?: ProvinceAdoptionResolvers<ContextType>;
  PublicPage?: PublicPageResolvers<ContextType>;
  PublicQuickWin?: PublicQuickWinResolvers<ContextType>;
  PublicRoadmap?: PublicRoadmapResolvers<ContextType>;
  PublicRoadmapItem?: PublicRoadmapItemResolvers<ContextType>;
  PublicRoadmapLane?: PublicRoadmapLaneResolvers<ContextType>;
  PublicRoadmapMilestone?: PublicRoadmapMilestoneResolvers<ContextType>;
  PublicRollout?: PublicRolloutResolvers<ContextType>;
  PublicSource?: PublicSourceResolvers<ContextType>;
  PublicStandardLink?: PublicStandardLinkResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationConnection?: PublicationConnectionResolvers<ContextType>;
  PublicationEdge?: PublicationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealisedBenefit?: RealisedBenefitResolvers<ContextType>;
  RealityTotals?: RealityTotalsResolvers<ContextType>;
  RegisterWebhookPayload?: RegisterWebhookPayloadResolvers<ContextType>;
  RemoveRoadmapItemPayload?: RemoveRoadmapItemPayloadResolvers<ContextType>;
  RenamedRoadmapLane?: RenamedRoadmapLaneResolvers<ContextType>;
  ReportAdoptionForCooperationPayload?: ReportAdoptionForCooperationPayloadResolvers<ContextType>;
  ReviewTask?: ReviewTaskResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapComment?: RoadmapCommentResolvers<ContextType>;
  RoadmapCommentChangedEvent?: RoadmapCommentChangedEventResolvers<ContextType>;
  RoadmapComparison?: RoadmapComparisonResolvers<ContextType>;
  RoadmapConnection?: RoadmapConnectionResolvers<ContextType>;
  RoadmapEdge?: RoadmapEdgeResolvers<ContextType>;
  RoadmapItem?: RoadmapItemResolvers<ContextType>;
  RoadmapItemPayload?: RoadmapItemPayloadResolvers<ContextType>;
  RoadmapItemReality?: RoadmapItemRealityResolvers<ContextType>;
  RoadmapItemSummary?: RoadmapItemSummaryResolvers<ContextType>;
  RoadmapLane?: RoadmapLaneResolvers<ContextType>;
  RoadmapLaneComparison?: RoadmapLaneComparisonResolvers<ContextType>;
  RoadmapLaneReality?: RoadmapLaneRealityResolvers<ContextType>;
  RoadmapMilestone?: RoadmapMilestoneResolvers<ContextType>;
  RoadmapMilestoneSummary?: RoadmapMilestoneSummaryResolvers<ContextType>;
  RoadmapPeriod?: RoadmapPeriodResolvers<ContextType>;
  RoadmapReality?: RoadmapRealityResolvers<ContextType>;
  RoadmapVersion?: RoadmapVersionResolvers<ContextType>;
  ScorecardGroup?: ScorecardGroupResolvers<ContextType>;
  ScorecardRow?: ScorecardRowResolvers<ContextType>;
  SearchGroup?: SearchGroupResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  StandardConnection?: StandardConnectionResolvers<ContextType>;
  StandardEdge?: StandardEdgeResolvers<ContextType>;
  StandardLink?: StandardLinkResolvers<ContextType>;
  StandardPayload?: StandardPayloadResolvers<ContextType>;
  StandardReality?: StandardRealityResolvers<ContextType>;
  StandardSubscription?: StandardSubscriptionResolvers<ContextType>;
  StandardVersion?: StandardVersionResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Taskforce?: TaskforceResolvers<ContextType>;
  TaskforceConnection?: TaskforceConnectionResolvers<ContextType>;
  TaskforceEdge?: TaskforceEdgeResolvers<ContextType>;
  TextChange?: TextChangeResolvers<ContextType>;
  UpdateAdoptionPayload?: UpdateAdoptionPayloadResolvers<ContextType>;
  UpdateRoadmapPayload?: UpdateRoadmapPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  VisionComparison?: VisionComparisonResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
};

