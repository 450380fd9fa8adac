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


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const TaskforceMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskforceMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskforces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TaskforceMembersQuery, TaskforceMembersQueryVariables>;
export const ApiVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]} as unknown as DocumentNode<ApiVersionQuery, ApiVersionQueryVariables>;
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
export const LogoutCollabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutCollab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutCollabMutation, LogoutCollabMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskforceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskforceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskforceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;