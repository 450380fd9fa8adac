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

export type AppShellQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQueryQuery = { __typename?: 'Query', apiVersion: string };


export const AppShellQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShellQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]} as unknown as DocumentNode<AppShellQueryQuery, AppShellQueryQueryVariables>;