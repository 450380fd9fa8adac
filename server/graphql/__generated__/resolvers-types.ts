import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import type { CooperationRecord } from '../../db/models/Cooperation';
import type { UserRecord } from '../../db/models/User';
import type { TaskforceRecord } from '../../db/models/Taskforce';
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
  /**
   * Signs in. Failed attempts are counted per account and address; too many lock that pair for
   * 15 minutes (RATE_LIMITED with extensions.retryAfterSeconds).
   */
  login: AuthPayload;
  /** Revokes the token this request was made with; open sockets using it are closed. */
  logout: Scalars['Boolean']['output'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
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
  provinces: Array<Province>;
  taskforce?: Maybe<Taskforce>;
  taskforces: Array<Taskforce>;
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

/** What a user may do beyond reading. A signed-in user without roles is a reader. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MUNICIPALITY_EDITOR'
  | 'TASKFORCE_MEMBER';

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
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cooperation: ResolverTypeWrapper<CooperationRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRecord>;
  MunicipalityConnection: ResolverTypeWrapper<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<Province>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Taskforce: ResolverTypeWrapper<TaskforceRecord>;
  User: ResolverTypeWrapper<UserRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  Cooperation: CooperationRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Municipality: MunicipalityRecord;
  MunicipalityConnection: Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> };
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Province: Province;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Taskforce: TaskforceRecord;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
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
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  cooperations?: Resolver<Array<ResolversTypes['Cooperation']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'includeEnded'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalityArgs>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  taskforce?: Resolver<Maybe<ResolversTypes['Taskforce']>, ParentType, ContextType, RequireFields<QueryTaskforceArgs, 'id'>>;
  taskforces?: Resolver<Array<ResolversTypes['Taskforce']>, ParentType, ContextType>;
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
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Taskforce?: TaskforceResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

