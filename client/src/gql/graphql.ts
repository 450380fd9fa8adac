/* eslint-disable */
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
