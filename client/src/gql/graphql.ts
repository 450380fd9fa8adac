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

/** The person who made a change (only id and name, never contact details). */
export type AuditActor = {
  __typename?: 'AuditActor';
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
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  subjectId: Scalars['ID']['output'];
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

/** A samenwerkingsverband: municipalities that organise work together. */
export type Cooperation = {
  __typename?: 'Cooperation';
  id: Scalars['ID']['output'];
  members: Array<Municipality>;
  name: Scalars['String']['output'];
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

/** A quick win run by managers next to the ten-year roadmaps. */
export type Initiative = {
  __typename?: 'Initiative';
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['Date']['output'];
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

/** A Dutch municipality (gemeente), identified by its CBS code. */
export type Municipality = {
  __typename?: 'Municipality';
  /** False once the municipality has ended. */
  active: Scalars['Boolean']['output'];
  /** The CBS code, e.g. GM0344 (same as id). */
  code: Scalars['String']['output'];
  cooperations: Array<Cooperation>;
  /** The CBS code, e.g. GM0344. */
  id: Scalars['ID']['output'];
  /** Centroid (WGS84), for drawing the municipality on a map. */
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  mergedInto?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  /** The CBS name, which disambiguates e.g. Hengelo (O.). */
  officialName: Scalars['String']['output'];
  population?: Maybe<Scalars['Int']['output']>;
  province: Province;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Set when the municipality ended, e.g. in a merger; its history stays readable. */
  validUntil?: Maybe<Scalars['Date']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** MANAGER or ADMIN. The initiative starts as IDEA, owned by the viewer. */
  createInitiative: InitiativePayload;
  /**
   * Signs in. Failed attempts are counted per account and address; too many lock that pair for
   * 15 minutes (RATE_LIMITED with extensions.retryAfterSeconds).
   */
  login: AuthPayload;
  /** Revokes the token this request was made with; open sockets using it are closed. */
  logout: Scalars['Boolean']['output'];
  /** MANAGER or ADMIN. */
  recordRealisedBenefit: InitiativePayload;
  /** MANAGER or ADMIN. */
  updateInitiative: InitiativePayload;
  /** MANAGER or ADMIN; illegal transitions are BAD_USER_INPUT on `status`. */
  updateInitiativeStatus: InitiativePayload;
  /** MANAGER or ADMIN, or a MUNICIPALITY_EDITOR for a municipality they may edit. */
  updateRollout: InitiativePayload;
};


export type MutationCreateInitiativeArgs = {
  input: CreateInitiativeInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordRealisedBenefitArgs = {
  input: RecordRealisedBenefitInput;
};


export type MutationUpdateInitiativeArgs = {
  input: UpdateInitiativeInput;
};


export type MutationUpdateInitiativeStatusArgs = {
  input: UpdateInitiativeStatusInput;
};


export type MutationUpdateRolloutArgs = {
  input: UpdateRolloutInput;
};

/** Relay-style pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One of the twelve provinces. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  municipalityCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The version of the Koers API; answers without signing in. */
  apiVersion: Scalars['String']['output'];
  /** The changes to one subject (e.g. an initiative id), newest first. MANAGER and ADMIN only. */
  auditLog: AuditEventConnection;
  cooperations: Array<Cooperation>;
  initiative?: Maybe<Initiative>;
  initiativeDashboard: InitiativeDashboard;
  /** Initiatives by deadline (soonest first). Readable by every signed-in user. */
  initiatives: InitiativeConnection;
  /** The signed-in user, or null when signed out. */
  me?: Maybe<User>;
  /**
   * Municipalities by name. `province` is a province code (PV26) or name; `search` matches part of
   * the name, case-insensitively. Ended municipalities are left out unless `includeEnded`.
   */
  municipalities: MunicipalityConnection;
  /** One municipality by id or CBS code (they are the same). */
  municipality?: Maybe<Municipality>;
  provinces: Array<Province>;
  taskforce?: Maybe<Taskforce>;
  taskforces: Array<Taskforce>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subjectId: Scalars['ID']['input'];
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


export type QueryTaskforceArgs = {
  id: Scalars['ID']['input'];
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

export type RecordRealisedBenefitInput = {
  citizensReached?: InputMaybe<Scalars['Int']['input']>;
  /** The date the figures were measured; defaults to today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  eurosPerYear?: InputMaybe<Scalars['Float']['input']>;
  hoursPerYear?: InputMaybe<Scalars['Float']['input']>;
  initiativeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to an initiative (or to the one with `id`). Signed-in users only. */
  initiativeChanged: InitiativeChangedEvent;
};


export type SubscriptionInitiativeChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
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

/** A person who signs in to Koers. */
export type User = {
  __typename?: 'User';
  /** Visible to the user themself and to admins; null for everyone else. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The municipality this user works for (and reports adoption for, as MUNICIPALITY_EDITOR). */
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  roles: Array<Role>;
  taskforces: Array<Taskforce>;
};

export type AppShellQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQueryQuery = { __typename?: 'Query', apiVersion: string };


export const AppShellQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShellQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]} as unknown as DocumentNode<AppShellQueryQuery, AppShellQueryQueryVariables>;