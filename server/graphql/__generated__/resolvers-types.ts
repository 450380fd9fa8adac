import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { CooperationRecord } from '../../db/models/Cooperation';
import type { UserRecord } from '../../db/models/User';
import type { TaskforceRecord } from '../../db/models/Taskforce';
import type { StandardRecord } from '../../db/models/Standard';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import type { RoadmapVersionRecord } from '../../db/models/RoadmapVersion';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import type { PageRecord } from '../../db/models/Page';
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

export type AddRoadmapCommentInput = {
  body: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
};

export type AddRoadmapItemInput = {
  endYear: Scalars['Int']['input'];
  laneId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startYear: Scalars['Int']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A new sign-in: the bearer token is shown once. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** A samenwerkingsverband: municipalities that organise work together. */
export type Cooperation = {
  __typename?: 'Cooperation';
  id: Scalars['ID']['output'];
  members: Array<Municipality>;
  name: Scalars['String']['output'];
};

export type CreatePageInput = {
  title: Scalars['String']['input'];
};

export type CreateRoadmapInput = {
  endYear: Scalars['Int']['input'];
  startYear: Scalars['Int']['input'];
  taskforceId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateRoadmapPayload = {
  __typename?: 'CreateRoadmapPayload';
  roadmap: Roadmap;
};

export type MovedRoadmapItem = {
  __typename?: 'MovedRoadmapItem';
  from: RoadmapPeriod;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  to: RoadmapPeriod;
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
  addRoadmapComment: RoadmapComment;
  addRoadmapItem: RoadmapItemPayload;
  /** Admin only: adds a member; their open co-editing sockets re-authorize. */
  addTaskforceMember: Taskforce;
  createPage: Page;
  createRoadmap: CreateRoadmapPayload;
  createRoadmapVersion: RoadmapVersion;
  /**
   * Signs in. Failed attempts are counted per account and address; too many lock that pair for
   * 15 minutes (RATE_LIMITED with extensions.retryAfterSeconds).
   */
  login: AuthPayload;
  /** Revokes the token this request was made with; open sockets using it are closed. */
  logout: Scalars['Boolean']['output'];
  removeRoadmapItem: RemoveRoadmapItemPayload;
  /** Admin only: removes a member; their open co-editing sockets re-authorize. */
  removeTaskforceMember: Taskforce;
  resolveRoadmapComment: RoadmapComment;
  /** Applies a version as a new change on top; history is never rewritten. */
  restoreRoadmapVersion: Roadmap;
  updateRoadmapItem: RoadmapItemPayload;
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


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRemoveRoadmapItemArgs = {
  input: RemoveRoadmapItemInput;
};


export type MutationRemoveTaskforceMemberArgs = {
  taskforceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationResolveRoadmapCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreRoadmapVersionArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationUpdateRoadmapItemArgs = {
  input: UpdateRoadmapItemInput;
};

/** A knowledge page; its body is co-edited live as the Yjs document `page:<id>`. */
export type Page = {
  __typename?: 'Page';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
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
  compareRoadmapVersion: RoadmapComparison;
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
  page?: Maybe<Page>;
  pages: PageConnection;
  provinces: Array<Province>;
  roadmap?: Maybe<Roadmap>;
  roadmapComments: Array<RoadmapComment>;
  roadmapVersions: Array<RoadmapVersion>;
  roadmaps: RoadmapConnection;
  taskforce?: Maybe<Taskforce>;
  taskforces: Array<Taskforce>;
};


export type QueryCompareRoadmapVersionArgs = {
  versionId: Scalars['ID']['input'];
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


export type QueryPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoadmapCommentsArgs = {
  itemId: Scalars['ID']['input'];
  roadmapId: Scalars['ID']['input'];
};


export type QueryRoadmapVersionsArgs = {
  roadmapId: Scalars['ID']['input'];
};


export type QueryRoadmapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  taskforceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTaskforceArgs = {
  id: Scalars['ID']['input'];
};

export type RemoveRoadmapItemInput = {
  itemId: Scalars['ID']['input'];
  roadmapId: Scalars['ID']['input'];
};

export type RemoveRoadmapItemPayload = {
  __typename?: 'RemoveRoadmapItemPayload';
  itemId: Scalars['ID']['output'];
};

/** A ten-year roadmap, co-edited live as the Yjs document `roadmap:<id>`; these fields are its projection. */
export type Roadmap = {
  __typename?: 'Roadmap';
  createdAt: Scalars['DateTime']['output'];
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  items: Array<RoadmapItem>;
  lanes: Array<RoadmapLane>;
  milestones: Array<RoadmapMilestone>;
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

/** The current roadmap compared with a version: plan versus actual. */
export type RoadmapComparison = {
  __typename?: 'RoadmapComparison';
  added: Array<RoadmapItemSummary>;
  moved: Array<MovedRoadmapItem>;
  removed: Array<RoadmapItemSummary>;
  version: RoadmapVersion;
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

export type RoadmapItemPayload = {
  __typename?: 'RoadmapItemPayload';
  item: RoadmapItem;
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

export type RoadmapMilestone = {
  __typename?: 'RoadmapMilestone';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RoadmapPeriod = {
  __typename?: 'RoadmapPeriod';
  endYear: Scalars['Int']['output'];
  startYear: Scalars['Int']['output'];
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

/** A shared standard or building block (stub on the realtime branch; the standards branch owns this type). */
export type Standard = {
  __typename?: 'Standard';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Roadmap items that link to this standard. */
  roadmapItems: Array<RoadmapItem>;
  slug: Scalars['String']['output'];
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

export type UpdateRoadmapItemInput = {
  endYear?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
  laneId?: InputMaybe<Scalars['ID']['input']>;
  roadmapId: Scalars['ID']['input'];
  standardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  AddRoadmapCommentInput: AddRoadmapCommentInput;
  AddRoadmapItemInput: AddRoadmapItemInput;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cooperation: ResolverTypeWrapper<CooperationRecord>;
  CreatePageInput: CreatePageInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateRoadmapPayload: ResolverTypeWrapper<Omit<CreateRoadmapPayload, 'roadmap'> & { roadmap: ResolversTypes['Roadmap'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MovedRoadmapItem: ResolverTypeWrapper<MovedRoadmapItem>;
  Municipality: ResolverTypeWrapper<MunicipalityRecord>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Page: ResolverTypeWrapper<PageRecord>;
  PageConnection: ResolverTypeWrapper<Omit<PageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PageEdge']>, nodes: Array<ResolversTypes['Page']> }>;
  PageEdge: ResolverTypeWrapper<Omit<PageEdge, 'node'> & { node: ResolversTypes['Page'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<Province>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveRoadmapItemInput: RemoveRoadmapItemInput;
  RemoveRoadmapItemPayload: ResolverTypeWrapper<RemoveRoadmapItemPayload>;
  Roadmap: ResolverTypeWrapper<RoadmapRecord>;
  RoadmapComment: ResolverTypeWrapper<RoadmapCommentRecord>;
  RoadmapComparison: ResolverTypeWrapper<Omit<RoadmapComparison, 'version'> & { version: ResolversTypes['RoadmapVersion'] }>;
  RoadmapConnection: ResolverTypeWrapper<Omit<RoadmapConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RoadmapEdge']>, nodes: Array<ResolversTypes['Roadmap']> }>;
  RoadmapEdge: ResolverTypeWrapper<Omit<RoadmapEdge, 'node'> & { node: ResolversTypes['Roadmap'] }>;
  RoadmapItem: ResolverTypeWrapper<RoadmapItemRecord>;
  RoadmapItemPayload: ResolverTypeWrapper<Omit<RoadmapItemPayload, 'item'> & { item: ResolversTypes['RoadmapItem'] }>;
  RoadmapItemSummary: ResolverTypeWrapper<RoadmapItemSummary>;
  RoadmapLane: ResolverTypeWrapper<RoadmapLane>;
  RoadmapMilestone: ResolverTypeWrapper<RoadmapMilestone>;
  RoadmapPeriod: ResolverTypeWrapper<RoadmapPeriod>;
  RoadmapVersion: ResolverTypeWrapper<RoadmapVersionRecord>;
  Role: Role;
  Standard: ResolverTypeWrapper<StandardRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Taskforce: ResolverTypeWrapper<TaskforceRecord>;
  UpdateRoadmapItemInput: UpdateRoadmapItemInput;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddRoadmapCommentInput: AddRoadmapCommentInput;
  AddRoadmapItemInput: AddRoadmapItemInput;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  Cooperation: CooperationRecord;
  CreatePageInput: CreatePageInput;
  CreateRoadmapInput: CreateRoadmapInput;
  CreateRoadmapPayload: Omit<CreateRoadmapPayload, 'roadmap'> & { roadmap: ResolversParentTypes['Roadmap'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MovedRoadmapItem: MovedRoadmapItem;
  Municipality: MunicipalityRecord;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  Page: PageRecord;
  PageConnection: Omit<PageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PageEdge']>, nodes: Array<ResolversParentTypes['Page']> };
  PageEdge: Omit<PageEdge, 'node'> & { node: ResolversParentTypes['Page'] };
  PageInfo: PageInfo;
  Province: Province;
  Query: Record<PropertyKey, never>;
  RemoveRoadmapItemInput: RemoveRoadmapItemInput;
  RemoveRoadmapItemPayload: RemoveRoadmapItemPayload;
  Roadmap: RoadmapRecord;
  RoadmapComment: RoadmapCommentRecord;
  RoadmapComparison: Omit<RoadmapComparison, 'version'> & { version: ResolversParentTypes['RoadmapVersion'] };
  RoadmapConnection: Omit<RoadmapConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RoadmapEdge']>, nodes: Array<ResolversParentTypes['Roadmap']> };
  RoadmapEdge: Omit<RoadmapEdge, 'node'> & { node: ResolversParentTypes['Roadmap'] };
  RoadmapItem: RoadmapItemRecord;
  RoadmapItemPayload: Omit<RoadmapItemPayload, 'item'> & { item: ResolversParentTypes['RoadmapItem'] };
  RoadmapItemSummary: RoadmapItemSummary;
  RoadmapLane: RoadmapLane;
  RoadmapMilestone: RoadmapMilestone;
  RoadmapPeriod: RoadmapPeriod;
  RoadmapVersion: RoadmapVersionRecord;
  Standard: StandardRecord;
  String: Scalars['String']['output'];
  Taskforce: TaskforceRecord;
  UpdateRoadmapItemInput: UpdateRoadmapItemInput;
  User: UserRecord;
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

export type CreateRoadmapPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateRoadmapPayload'] = ResolversParentTypes['CreateRoadmapPayload']> = {
  roadmap?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MovedRoadmapItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MovedRoadmapItem'] = ResolversParentTypes['MovedRoadmapItem']> = {
  from?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RoadmapPeriod'], ParentType, ContextType>;
};

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
  addRoadmapComment?: Resolver<ResolversTypes['RoadmapComment'], ParentType, ContextType, RequireFields<MutationAddRoadmapCommentArgs, 'input'>>;
  addRoadmapItem?: Resolver<ResolversTypes['RoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationAddRoadmapItemArgs, 'input'>>;
  addTaskforceMember?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationAddTaskforceMemberArgs, 'taskforceId' | 'userId'>>;
  createPage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationCreatePageArgs, 'input'>>;
  createRoadmap?: Resolver<ResolversTypes['CreateRoadmapPayload'], ParentType, ContextType, RequireFields<MutationCreateRoadmapArgs, 'input'>>;
  createRoadmapVersion?: Resolver<ResolversTypes['RoadmapVersion'], ParentType, ContextType, RequireFields<MutationCreateRoadmapVersionArgs, 'name' | 'roadmapId'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removeRoadmapItem?: Resolver<ResolversTypes['RemoveRoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationRemoveRoadmapItemArgs, 'input'>>;
  removeTaskforceMember?: Resolver<ResolversTypes['Taskforce'], ParentType, ContextType, RequireFields<MutationRemoveTaskforceMemberArgs, 'taskforceId' | 'userId'>>;
  resolveRoadmapComment?: Resolver<ResolversTypes['RoadmapComment'], ParentType, ContextType, RequireFields<MutationResolveRoadmapCommentArgs, 'id'>>;
  restoreRoadmapVersion?: Resolver<ResolversTypes['Roadmap'], ParentType, ContextType, RequireFields<MutationRestoreRoadmapVersionArgs, 'versionId'>>;
  updateRoadmapItem?: Resolver<ResolversTypes['RoadmapItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateRoadmapItemArgs, 'input'>>;
};

export type PageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type ProvinceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  compareRoadmapVersion?: Resolver<ResolversTypes['RoadmapComparison'], ParentType, ContextType, RequireFields<QueryCompareRoadmapVersionArgs, 'versionId'>>;
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'includeEnded'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalityArgs>>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'id'>>;
  pages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, Partial<QueryPagesArgs>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  roadmap?: Resolver<Maybe<ResolversTypes['Roadmap']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'id'>>;
  roadmapComments?: Resolver<Array<ResolversTypes['RoadmapComment']>, ParentType, ContextType, RequireFields<QueryRoadmapCommentsArgs, 'itemId' | 'roadmapId'>>;
  roadmapVersions?: Resolver<Array<ResolversTypes['RoadmapVersion']>, ParentType, ContextType, RequireFields<QueryRoadmapVersionsArgs, 'roadmapId'>>;
  roadmaps?: Resolver<ResolversTypes['RoadmapConnection'], ParentType, ContextType, Partial<QueryRoadmapsArgs>>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType, RequireFields<QueryTaskforceArgs, 'id'>>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
};

export type RemoveRoadmapItemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveRoadmapItemPayload'] = ResolversParentTypes['RemoveRoadmapItemPayload']> = {
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RoadmapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Roadmap'] = ResolversParentTypes['Roadmap']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['RoadmapLane']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['RoadmapMilestone']>, ParentType, ContextType>;
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

export type RoadmapComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapComparison'] = ResolversParentTypes['RoadmapComparison']> = {
  added?: Resolver<Array<ResolversTypes['RoadmapItemSummary']>, ParentType, ContextType>;
  moved?: Resolver<Array<ResolversTypes['MovedRoadmapItem']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['RoadmapItemSummary']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['RoadmapVersion'], ParentType, ContextType>;
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

export type RoadmapItemSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapItemSummary'] = ResolversParentTypes['RoadmapItemSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapLaneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapLane'] = ResolversParentTypes['RoadmapLane']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapMilestone'] = ResolversParentTypes['RoadmapMilestone']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoadmapPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapPeriod'] = ResolversParentTypes['RoadmapPeriod']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoadmapVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoadmapVersion'] = ResolversParentTypes['RoadmapVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StandardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Standard'] = ResolversParentTypes['Standard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roadmapItems?: Resolver<Array<ResolversTypes['RoadmapItem']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Cooperation?: CooperationResolvers<ContextType>;
  CreateRoadmapPayload?: CreateRoadmapPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  MovedRoadmapItem?: MovedRoadmapItemResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageConnection?: PageConnectionResolvers<ContextType>;
  PageEdge?: PageEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveRoadmapItemPayload?: RemoveRoadmapItemPayloadResolvers<ContextType>;
  Roadmap?: RoadmapResolvers<ContextType>;
  RoadmapComment?: RoadmapCommentResolvers<ContextType>;
  RoadmapComparison?: RoadmapComparisonResolvers<ContextType>;
  RoadmapConnection?: RoadmapConnectionResolvers<ContextType>;
  RoadmapEdge?: RoadmapEdgeResolvers<ContextType>;
  RoadmapItem?: RoadmapItemResolvers<ContextType>;
  RoadmapItemPayload?: RoadmapItemPayloadResolvers<ContextType>;
  RoadmapItemSummary?: RoadmapItemSummaryResolvers<ContextType>;
  RoadmapLane?: RoadmapLaneResolvers<ContextType>;
  RoadmapMilestone?: RoadmapMilestoneResolvers<ContextType>;
  RoadmapPeriod?: RoadmapPeriodResolvers<ContextType>;
  RoadmapVersion?: RoadmapVersionResolvers<ContextType>;
  Standard?: StandardResolvers<ContextType>;
  Taskforce?: TaskforceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

