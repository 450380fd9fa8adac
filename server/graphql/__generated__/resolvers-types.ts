import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { CooperationRecord } from '../../db/models/Cooperation';
import type { UserRecord } from '../../db/models/User';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import type { InitiativeRecord, ParticipantRecord, RealisedBenefitRecord } from '../../db/models/Initiative';
import type { StandardRecord } from '../../db/models/Standard';
import type { InitiativeChangedPayload } from '../initiative/events';
import type { AuditEventRecord } from '../../db/models/AuditEvent';
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
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Benefit: ResolverTypeWrapper<Benefit>;
  BenefitInput: BenefitInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cooperation: ResolverTypeWrapper<CooperationRecord>;
  CreateInitiativeInput: CreateInitiativeInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
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
  InitiativeStandard: ResolverTypeWrapper<StandardRecord>;
  InitiativeStatus: InitiativeStatus;
  InitiativeStatusCount: ResolverTypeWrapper<InitiativeStatusCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRecord>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<Province>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealisedBenefit: ResolverTypeWrapper<RealisedBenefitRecord>;
  RecordRealisedBenefitInput: RecordRealisedBenefitInput;
  Role: Role;
  RolloutStatus: RolloutStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Taskforce: ResolverTypeWrapper<TaskforceRecord>;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInitiativeStatusInput: UpdateInitiativeStatusInput;
  UpdateRolloutInput: UpdateRolloutInput;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditActor: AuditActor;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Benefit: Benefit;
  BenefitInput: BenefitInput;
  Boolean: Scalars['Boolean']['output'];
  Cooperation: CooperationRecord;
  CreateInitiativeInput: CreateInitiativeInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
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
  InitiativeStandard: StandardRecord;
  InitiativeStatusCount: InitiativeStatusCount;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Municipality: MunicipalityRecord;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Province: Province;
  Query: Record<PropertyKey, never>;
  RealisedBenefit: RealisedBenefitRecord;
  RecordRealisedBenefitInput: RecordRealisedBenefitInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Taskforce: TaskforceRecord;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInitiativeStatusInput: UpdateInitiativeStatusInput;
  UpdateRolloutInput: UpdateRolloutInput;
  User: UserRecord;
};

export type AuditActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['AuditActor']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type CooperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cooperation'] = ResolversParentTypes['Cooperation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InitiativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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

export type MunicipalityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createInitiative?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationCreateInitiativeArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordRealisedBenefit?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationRecordRealisedBenefitArgs, 'input'>>;
  updateInitiative?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeArgs, 'input'>>;
  updateInitiativeStatus?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeStatusArgs, 'input'>>;
  updateRollout?: Resolver<ResolversTypes['InitiativePayload'], ParentType, ContextType, RequireFields<MutationUpdateRolloutArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'subjectId'>>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  initiativeDashboard?: Resolver<ResolversTypes['InitiativeDashboard'], ParentType, ContextType, Partial<QueryInitiativeDashboardArgs>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<QueryInitiativesArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'includeEnded'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalityArgs>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType, RequireFields<QueryTaskforceArgs, 'id'>>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  initiativeChanged?: SubscriptionResolver<ResolversTypes['InitiativeChangedEvent'], "initiativeChanged", ParentType, ContextType, Partial<SubscriptionInitiativeChangedArgs>>;
};

export type TaskforceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Taskforce'] = ResolversParentTypes['Taskforce']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Benefit?: BenefitResolvers<ContextType>;
  Cooperation?: CooperationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeBenefitTotals?: InitiativeBenefitTotalsResolvers<ContextType>;
  InitiativeChangedEvent?: InitiativeChangedEventResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeDashboard?: InitiativeDashboardResolvers<ContextType>;
  InitiativeDeadline?: InitiativeDeadlineResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  InitiativeParticipant?: InitiativeParticipantResolvers<ContextType>;
  InitiativePayload?: InitiativePayloadResolvers<ContextType>;
  InitiativeStandard?: InitiativeStandardResolvers<ContextType>;
  InitiativeStatusCount?: InitiativeStatusCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealisedBenefit?: RealisedBenefitResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Taskforce?: TaskforceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

