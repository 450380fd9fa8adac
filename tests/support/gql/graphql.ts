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

export type UpdateAdoptionMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type UpdateAdoptionMutation = { __typename?: 'Mutation', updateAdoption: { __typename?: 'UpdateAdoptionPayload', adoption: { __typename?: 'Adoption', id: string, status: AdoptionStatus, targetDate?: string | null, adoptedVersion?: string | null, note?: string | null, needsReview: boolean, viewerCanEdit: boolean, municipality: { __typename?: 'Municipality', code: string }, standard: { __typename?: 'Standard', id: string }, updatedBy?: { __typename?: 'User', id: string } | null, history: Array<{ __typename?: 'AdoptionHistoryEntry', status: AdoptionStatus, note?: string | null, at: string, by?: { __typename?: 'User', id: string, name: string } | null }> } } };

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


export type AdoptionDashboardsQuery = { __typename?: 'Query', adoptionMatrix: { __typename?: 'AdoptionMatrixConnection', totalCount: number, standards: Array<{ __typename?: 'Standard', id: string }>, nodes: Array<{ __typename?: 'AdoptionMatrixRow', municipality: { __typename?: 'Municipality', code: string }, cells: Array<{ __typename?: 'AdoptionCell', standardId: string, status: AdoptionStatus }> }> }, adoptionByProvince: Array<{ __typename?: 'ProvinceAdoption', total: number, province: { __typename?: 'Province', code: string, name: string }, byStatus: Array<{ __typename?: 'StatusCount', status: AdoptionStatus, count: number }> }> };

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

export type ApiVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiVersionQuery = { __typename?: 'Query', apiVersion: string };

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


export const UpdateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAdoptionMutation, UpdateAdoptionMutationVariables>;
export const AdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Adoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionsQuery, AdoptionsQueryVariables>;
export const AdoptionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdoptionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionChangedSubscription, AdoptionChangedSubscriptionVariables>;
export const AdoptionDashboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionDashboards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionByProvince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionDashboardsQuery, AdoptionDashboardsQueryVariables>;
export const AdoptionOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeInterval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionOverTimeQuery, AdoptionOverTimeQueryVariables>;
export const MunicipalityAdoptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityAdoptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityAdoptionsQuery, MunicipalityAdoptionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const TaskforceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskforceMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TaskforceMembersQuery, TaskforceMembersQueryVariables>;
export const ApiVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]} as unknown as DocumentNode<ApiVersionQuery, ApiVersionQueryVariables>;
export const StandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Standards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lifecycle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lifecycle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"lifecycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lifecycle"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StandardsQuery, StandardsQueryVariables>;
export const StandardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardPageQuery, StandardPageQueryVariables>;
export const MunicipalityAdoptionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityAdoptionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityAdoptionPageQuery, MunicipalityAdoptionPageQueryVariables>;
export const StandardByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"complianceDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StandardByQuery, StandardByQueryVariables>;
export const CreateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStandardMutation, CreateStandardMutationVariables>;
export const UpdateStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"complianceDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStandardMutation, UpdateStandardMutationVariables>;
export const SubscribeToStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeToStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeToStandardMutation, SubscribeToStandardMutationVariables>;
export const UnsubscribeFromStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeFromStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"standardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standardId"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeFromStandardMutation, UnsubscribeFromStandardMutationVariables>;