import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { CooperationRecord } from '../../db/models/Cooperation';
import type { UserRecord } from '../../db/models/User';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import type { StandardRecord } from '../../db/models/Standard';
import type { SubscriptionRecord } from '../../db/models/Subscription';
import type { AdoptionRecord, AdoptionHistoryRecord } from '../../db/models/Adoption';
import type { NotificationRecord } from '../../db/models/Notification';
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
  /** The version to review against, when needsReview. */
  reviewVersion?: Maybe<Scalars['String']['output']>;
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
  note?: Maybe<Scalars['String']['output']>;
  status: AdoptionStatus;
  targetDate?: Maybe<Scalars['Date']['output']>;
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
  municipality: Municipality;
};

/** Adoption of a standard at the end of one period. */
export type AdoptionPoint = {
  __typename?: 'AdoptionPoint';
  byStatus: Array<StatusCount>;
  date: Scalars['Date']['output'];
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
  total: Scalars['Int']['output'];
};

/** A new sign-in: the bearer token is shown once. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** How binding a standard is. */
export type ComplianceLevel =
  | 'AANBEVOLEN'
  | 'PAS_TOE_OF_LEG_UIT'
  | 'VERPLICHT';

/** A samenwerkingsverband: municipalities that organise work together. */
export type Cooperation = {
  __typename?: 'Cooperation';
  id: Scalars['ID']['output'];
  members: Array<Municipality>;
  name: Scalars['String']['output'];
};

export type CreateStandardInput = {
  category: StandardCategory;
  complianceDeadline?: InputMaybe<Scalars['Date']['input']>;
  complianceLevel?: InputMaybe<ComplianceLevel>;
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  lifecycle: Lifecycle;
  name: Scalars['String']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where a standard is in its life, in order. */
export type Lifecycle =
  | 'CANDIDATE'
  | 'DEPRECATED'
  | 'DRAFT'
  | 'ESTABLISHED';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Admins only. A slug already in use is CONFLICT. */
  createStandard: StandardPayload;
  /**
   * Signs in. Failed attempts are counted per account and address; too many lock that pair for
   * 15 minutes (RATE_LIMITED with extensions.retryAfterSeconds).
   */
  login: AuthPayload;
  /** Revokes the token this request was made with; open sockets using it are closed. */
  logout: Scalars['Boolean']['output'];
  /** Marks the viewer's own notifications read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /**
   * Admins only. Appends a version, notifies the users of every subscribed municipality and marks
   * their adoption records as needing review for this version.
   */
  publishStandardVersion: StandardPayload;
  /** Municipality editors for their municipalities, and admins. */
  subscribeToStandard: StandardSubscription;
  /** Municipality editors for their municipalities, and admins; true when a subscription was removed. */
  unsubscribeFromStandard: Scalars['Boolean']['output'];
  /**
   * Reports where a municipality stands on a standard: municipality editors for their own municipality
   * (or their cooperation's members), admins for any. Appends to the history and clears needsReview.
   */
  updateAdoption: UpdateAdoptionPayload;
  /** Admins only. A changed compliance deadline notifies the subscribed municipalities. */
  updateStandard: StandardPayload;
};


export type MutationCreateStandardArgs = {
  input: CreateStandardInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPublishStandardVersionArgs = {
  changes: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  number: Scalars['String']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationSubscribeToStandardArgs = {
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationUnsubscribeFromStandardArgs = {
  municipalityId: Scalars['ID']['input'];
  standardId: Scalars['ID']['input'];
};


export type MutationUpdateAdoptionArgs = {
  input: UpdateAdoptionInput;
};


export type MutationUpdateStandardArgs = {
  input: UpdateStandardInput;
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

/** Adoption of one standard within one province. */
export type ProvinceAdoption = {
  __typename?: 'ProvinceAdoption';
  byStatus: Array<StatusCount>;
  province: Province;
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Adoption of one standard per province. */
  adoptionByProvince: Array<ProvinceAdoption>;
  /** Dashboards: current municipalities (by name, optionally in one province) × up to 50 standards. */
  adoptionMatrix: AdoptionMatrixConnection;
  /** Adoption of one standard at the end of each period from `from` to `to`, from the history entries. */
  adoptionOverTime: Array<AdoptionPoint>;
  /** Adoption records, filtered by municipality, standard and status. */
  adoptions: AdoptionConnection;
  /** The version of the Koers API; answers without signing in. */
  apiVersion: Scalars['String']['output'];
  cooperations: Array<Cooperation>;
  /** The signed-in user, or null when signed out. */
  me?: Maybe<User>;
  /**
   * Municipalities by name. `province` is a province code (PV26) or name; `search` matches part of
   * the name, case-insensitively. Ended municipalities are left out unless `includeEnded`.
   */
  municipalities: MunicipalityConnection;
  /** One municipality by id or CBS code (they are the same). */
  municipality?: Maybe<Municipality>;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  provinces: Array<Province>;
  /** One standard by id or slug. */
  standard?: Maybe<Standard>;
  /** Standards by name; `search` matches part of the name, slug or summary, case-insensitively. */
  standards: StandardConnection;
  taskforce?: Maybe<Taskforce>;
  taskforces: Array<Taskforce>;
};


export type QueryAdoptionByProvinceArgs = {
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


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
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

/** What a user may do beyond reading. A signed-in user without roles is a reader. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MUNICIPALITY_EDITOR'
  | 'TASKFORCE_MEMBER';

/** A shared standard or building block. */
export type Standard = {
  __typename?: 'Standard';
  adoptionSummary: AdoptionSummary;
  category: StandardCategory;
  complianceDeadline?: Maybe<Scalars['Date']['output']>;
  complianceLevel?: Maybe<ComplianceLevel>;
  establishedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  lifecycle: Lifecycle;
  name: Scalars['String']['output'];
  owner?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  /** Municipalities that follow this standard. */
  subscribers: Array<Municipality>;
  summary: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  versions: Array<StandardVersion>;
  /** True when the viewer may edit this standard (admins). */
  viewerCanEdit: Scalars['Boolean']['output'];
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

export type StandardPayload = {
  __typename?: 'StandardPayload';
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
  /** New notifications for the signed-in viewer. */
  notificationAdded: Notification;
};


export type SubscriptionAdoptionChangedArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  standardId?: InputMaybe<Scalars['ID']['input']>;
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

/** Only the fields given are changed; null clears an optional field. */
export type UpdateStandardInput = {
  category?: InputMaybe<StandardCategory>;
  complianceDeadline?: InputMaybe<Scalars['Date']['input']>;
  complianceLevel?: InputMaybe<ComplianceLevel>;
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lifecycle?: InputMaybe<Lifecycle>;
  name?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
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
  Adoption: ResolverTypeWrapper<AdoptionRecord>;
  AdoptionCell: ResolverTypeWrapper<AdoptionCell>;
  AdoptionConnection: ResolverTypeWrapper<Omit<AdoptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AdoptionEdge']>, nodes: Array<ResolversTypes['Adoption']> }>;
  AdoptionEdge: ResolverTypeWrapper<Omit<AdoptionEdge, 'node'> & { node: ResolversTypes['Adoption'] }>;
  AdoptionHistoryEntry: ResolverTypeWrapper<AdoptionHistoryRecord>;
  AdoptionMatrixConnection: ResolverTypeWrapper<Omit<AdoptionMatrixConnection, 'edges' | 'nodes' | 'standards'> & { edges: Array<ResolversTypes['AdoptionMatrixEdge']>, nodes: Array<ResolversTypes['AdoptionMatrixRow']>, standards: Array<ResolversTypes['Standard']> }>;
  AdoptionMatrixEdge: ResolverTypeWrapper<Omit<AdoptionMatrixEdge, 'node'> & { node: ResolversTypes['AdoptionMatrixRow'] }>;
  AdoptionMatrixRow: ResolverTypeWrapper<Omit<AdoptionMatrixRow, 'municipality'> & { municipality: ResolversTypes['Municipality'] }>;
  AdoptionPoint: ResolverTypeWrapper<AdoptionPoint>;
  AdoptionStatus: AdoptionStatus;
  AdoptionSummary: ResolverTypeWrapper<AdoptionSummary>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ComplianceLevel: ComplianceLevel;
  Cooperation: ResolverTypeWrapper<CooperationRecord>;
  CreateStandardInput: CreateStandardInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lifecycle: Lifecycle;
  Municipality: ResolverTypeWrapper<MunicipalityRecord>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRecord>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<Province>;
  ProvinceAdoption: ResolverTypeWrapper<ProvinceAdoption>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Standard: ResolverTypeWrapper<StandardRecord>;
  StandardCategory: StandardCategory;
  StandardConnection: ResolverTypeWrapper<Omit<StandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StandardEdge']>, nodes: Array<ResolversTypes['Standard']> }>;
  StandardEdge: ResolverTypeWrapper<Omit<StandardEdge, 'node'> & { node: ResolversTypes['Standard'] }>;
  StandardPayload: ResolverTypeWrapper<Omit<StandardPayload, 'standard'> & { standard: ResolversTypes['Standard'] }>;
  StandardSubscription: ResolverTypeWrapper<SubscriptionRecord>;
  StandardVersion: ResolverTypeWrapper<StandardVersion>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Taskforce: ResolverTypeWrapper<TaskforceRecord>;
  TimeInterval: TimeInterval;
  UpdateAdoptionInput: UpdateAdoptionInput;
  UpdateAdoptionPayload: ResolverTypeWrapper<Omit<UpdateAdoptionPayload, 'adoption'> & { adoption: ResolversTypes['Adoption'] }>;
  UpdateStandardInput: UpdateStandardInput;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Adoption: AdoptionRecord;
  AdoptionCell: AdoptionCell;
  AdoptionConnection: Omit<AdoptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AdoptionEdge']>, nodes: Array<ResolversParentTypes['Adoption']> };
  AdoptionEdge: Omit<AdoptionEdge, 'node'> & { node: ResolversParentTypes['Adoption'] };
  AdoptionHistoryEntry: AdoptionHistoryRecord;
  AdoptionMatrixConnection: Omit<AdoptionMatrixConnection, 'edges' | 'nodes' | 'standards'> & { edges: Array<ResolversParentTypes['AdoptionMatrixEdge']>, nodes: Array<ResolversParentTypes['AdoptionMatrixRow']>, standards: Array<ResolversParentTypes['Standard']> };
  AdoptionMatrixEdge: Omit<AdoptionMatrixEdge, 'node'> & { node: ResolversParentTypes['AdoptionMatrixRow'] };
  AdoptionMatrixRow: Omit<AdoptionMatrixRow, 'municipality'> & { municipality: ResolversParentTypes['Municipality'] };
  AdoptionPoint: AdoptionPoint;
  AdoptionSummary: AdoptionSummary;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  Cooperation: CooperationRecord;
  CreateStandardInput: CreateStandardInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Municipality: MunicipalityRecord;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRecord;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  PageInfo: PageInfo;
  Province: Province;
  ProvinceAdoption: ProvinceAdoption;
  Query: Record<PropertyKey, never>;
  Standard: StandardRecord;
  StandardConnection: Omit<StandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StandardEdge']>, nodes: Array<ResolversParentTypes['Standard']> };
  StandardEdge: Omit<StandardEdge, 'node'> & { node: ResolversParentTypes['Standard'] };
  StandardPayload: Omit<StandardPayload, 'standard'> & { standard: ResolversParentTypes['Standard'] };
  StandardSubscription: SubscriptionRecord;
  StandardVersion: StandardVersion;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Taskforce: TaskforceRecord;
  UpdateAdoptionInput: UpdateAdoptionInput;
  UpdateAdoptionPayload: Omit<UpdateAdoptionPayload, 'adoption'> & { adoption: ResolversParentTypes['Adoption'] };
  UpdateStandardInput: UpdateStandardInput;
  User: UserRecord;
};

export type AdoptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Adoption'] = ResolversParentTypes['Adoption']> = {
  adoptedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AdoptionHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type AdoptionPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionPoint'] = ResolversParentTypes['AdoptionPoint']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdoptionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionSummary'] = ResolversParentTypes['AdoptionSummary']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

export type MunicipalityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  adoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createStandard?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationCreateStandardArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  publishStandardVersion?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationPublishStandardVersionArgs, 'changes' | 'date' | 'number' | 'standardId'>>;
  subscribeToStandard?: Resolver<ResolversTypes['StandardSubscription'], ParentType, ContextType, RequireFields<MutationSubscribeToStandardArgs, 'municipalityId' | 'standardId'>>;
  unsubscribeFromStandard?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnsubscribeFromStandardArgs, 'municipalityId' | 'standardId'>>;
  updateAdoption?: Resolver<ResolversTypes['UpdateAdoptionPayload'], ParentType, ContextType, RequireFields<MutationUpdateAdoptionArgs, 'input'>>;
  updateStandard?: Resolver<ResolversTypes['StandardPayload'], ParentType, ContextType, RequireFields<MutationUpdateStandardArgs, 'input'>>;
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

export type ProvinceAdoptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceAdoption'] = ResolversParentTypes['ProvinceAdoption']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  adoptionByProvince?: Resolver<Array<ResolversTypes['ProvinceAdoption']>, ParentType, ContextType, RequireFields<QueryAdoptionByProvinceArgs, 'standardId'>>;
  adoptionMatrix?: Resolver<ResolversTypes['AdoptionMatrixConnection'], ParentType, ContextType, RequireFields<QueryAdoptionMatrixArgs, 'standardIds'>>;
  adoptionOverTime?: Resolver<Array<ResolversTypes['AdoptionPoint']>, ParentType, ContextType, RequireFields<QueryAdoptionOverTimeArgs, 'from' | 'interval' | 'standardId' | 'to'>>;
  adoptions?: Resolver<ResolversTypes['AdoptionConnection'], ParentType, ContextType, Partial<QueryAdoptionsArgs>>;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'includeEnded'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalityArgs>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'unreadOnly'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Standard']>, ParentType, ContextType, Partial<QueryStandardArgs>>;
  standards?: Resolver<ResolversTypes['StandardConnection'], ParentType, ContextType, Partial<QueryStandardsArgs>>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType, RequireFields<QueryTaskforceArgs, 'id'>>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
};

export type StandardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard']> = {
  adoptionSummary?: Resolver<ResolversTypes['AdoptionSummary'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['StandardCategory'], ParentType, ContextType>;
  complianceDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  complianceLevel?: Resolver<Maybe<ResolversTypes['ComplianceLevel']>, ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['Lifecycle'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscribers?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
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

export type StandardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StandardPayload'] = ResolversParentTypes['StandardPayload']> = {
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
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
};

export type TaskforceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Taskforce'] = ResolversParentTypes['Taskforce']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpdateAdoptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateAdoptionPayload'] = ResolversParentTypes['UpdateAdoptionPayload']> = {
  adoption?: Resolver<ResolversTypes['Adoption'], ParentType, ContextType>;
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
  Adoption?: AdoptionResolvers<ContextType>;
  AdoptionCell?: AdoptionCellResolvers<ContextType>;
  AdoptionConnection?: AdoptionConnectionResolvers<ContextType>;
  AdoptionEdge?: AdoptionEdgeResolvers<ContextType>;
  AdoptionHistoryEntry?: AdoptionHistoryEntryResolvers<ContextType>;
  AdoptionMatrixConnection?: AdoptionMatrixConnectionResolvers<ContextType>;
  AdoptionMatrixEdge?: AdoptionMatrixEdgeResolvers<ContextType>;
  AdoptionMatrixRow?: AdoptionMatrixRowResolvers<ContextType>;
  AdoptionPoint?: AdoptionPointResolvers<ContextType>;
  AdoptionSummary?: AdoptionSummaryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Cooperation?: CooperationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceAdoption?: ProvinceAdoptionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  StandardConnection?: StandardConnectionResolvers<ContextType>;
  StandardEdge?: StandardEdgeResolvers<ContextType>;
  StandardPayload?: StandardPayloadResolvers<ContextType>;
  StandardSubscription?: StandardSubscriptionResolvers<ContextType>;
  StandardVersion?: StandardVersionResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Taskforce?: TaskforceResolvers<ContextType>;
  UpdateAdoptionPayload?: UpdateAdoptionPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

