/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": typeof types.TaskforceMembersDocument,
    "\n  query ApiVersion {\n    apiVersion\n  }\n": typeof types.ApiVersionDocument,
    "\n  mutation CreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.CreateRoadmapDocument,
    "\n  mutation AddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AddRoadmapItemDocument,
    "\n  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n        startYear\n        endYear\n      }\n    }\n  }\n": typeof types.UpdateRoadmapItemDocument,
    "\n  mutation RemoveRoadmapItem($input: RemoveRoadmapItemInput!) {\n    removeRoadmapItem(input: $input) {\n      itemId\n    }\n  }\n": typeof types.RemoveRoadmapItemDocument,
    "\n  query RoadmapDetail($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      taskforce {\n        id\n        name\n      }\n      viewerCanEdit\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          id\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n": typeof types.RoadmapDetailDocument,
    "\n  query StandardRoadmapItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        standards {\n          roadmapItems {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.StandardRoadmapItemsDocument,
    "\n  query RoadmapList($taskforceId: ID, $first: Int) {\n    roadmaps(taskforceId: $taskforceId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RoadmapListDocument,
    "\n  mutation CreateRoadmapVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoadmapVersionDocument,
    "\n  query CompareRoadmapVersion($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      added {\n        id\n        title\n      }\n      removed {\n        id\n        title\n      }\n      moved {\n        id\n        title\n        from {\n          startYear\n          endYear\n        }\n        to {\n          startYear\n          endYear\n        }\n      }\n    }\n  }\n": typeof types.CompareRoadmapVersionDocument,
    "\n  mutation RestoreRoadmapVersion($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n      items {\n        title\n      }\n    }\n  }\n": typeof types.RestoreRoadmapVersionDocument,
    "\n  mutation AddRoadmapComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n      body\n      author {\n        id\n      }\n    }\n  }\n": typeof types.AddRoadmapCommentDocument,
    "\n  mutation ResolveRoadmapComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": typeof types.ResolveRoadmapCommentDocument,
    "\n  query RoadmapComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      body\n      parentId\n    }\n  }\n": typeof types.RoadmapCommentsDocument,
    "\n  mutation CreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      viewerCanEdit\n    }\n  }\n": typeof types.CreatePageDocument,
    "\n  query Pages {\n    pages(first: 10) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PagesDocument,
    "\n  mutation LogoutCollab {\n    logout\n  }\n": typeof types.LogoutCollabDocument,
    "\n  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation AddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n      viewerCanEdit\n    }\n  }\n": typeof types.AddMemberDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": types.TaskforceMembersDocument,
    "\n  query ApiVersion {\n    apiVersion\n  }\n": types.ApiVersionDocument,
    "\n  mutation CreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        viewerCanEdit\n      }\n    }\n  }\n": types.CreateRoadmapDocument,
    "\n  mutation AddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n        title\n      }\n    }\n  }\n": types.AddRoadmapItemDocument,
    "\n  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n        startYear\n        endYear\n      }\n    }\n  }\n": types.UpdateRoadmapItemDocument,
    "\n  mutation RemoveRoadmapItem($input: RemoveRoadmapItemInput!) {\n    removeRoadmapItem(input: $input) {\n      itemId\n    }\n  }\n": types.RemoveRoadmapItemDocument,
    "\n  query RoadmapDetail($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      taskforce {\n        id\n        name\n      }\n      viewerCanEdit\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          id\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n": types.RoadmapDetailDocument,
    "\n  query StandardRoadmapItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        standards {\n          roadmapItems {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.StandardRoadmapItemsDocument,
    "\n  query RoadmapList($taskforceId: ID, $first: Int) {\n    roadmaps(taskforceId: $taskforceId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.RoadmapListDocument,
    "\n  mutation CreateRoadmapVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateRoadmapVersionDocument,
    "\n  query CompareRoadmapVersion($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      added {\n        id\n        title\n      }\n      removed {\n        id\n        title\n      }\n      moved {\n        id\n        title\n        from {\n          startYear\n          endYear\n        }\n        to {\n          startYear\n          endYear\n        }\n      }\n    }\n  }\n": types.CompareRoadmapVersionDocument,
    "\n  mutation RestoreRoadmapVersion($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n      items {\n        title\n      }\n    }\n  }\n": types.RestoreRoadmapVersionDocument,
    "\n  mutation AddRoadmapComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n      body\n      author {\n        id\n      }\n    }\n  }\n": types.AddRoadmapCommentDocument,
    "\n  mutation ResolveRoadmapComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": types.ResolveRoadmapCommentDocument,
    "\n  query RoadmapComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      body\n      parentId\n    }\n  }\n": types.RoadmapCommentsDocument,
    "\n  mutation CreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      viewerCanEdit\n    }\n  }\n": types.CreatePageDocument,
    "\n  query Pages {\n    pages(first: 10) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.PagesDocument,
    "\n  mutation LogoutCollab {\n    logout\n  }\n": types.LogoutCollabDocument,
    "\n  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation AddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n      viewerCanEdit\n    }\n  }\n": types.AddMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    "): (typeof documents)["\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiVersion {\n    apiVersion\n  }\n"): (typeof documents)["\n  query ApiVersion {\n    apiVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n        startYear\n        endYear\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n        startYear\n        endYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoadmapItem($input: RemoveRoadmapItemInput!) {\n    removeRoadmapItem(input: $input) {\n      itemId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRoadmapItem($input: RemoveRoadmapItemInput!) {\n    removeRoadmapItem(input: $input) {\n      itemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapDetail($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      taskforce {\n        id\n        name\n      }\n      viewerCanEdit\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          id\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapDetail($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      taskforce {\n        id\n        name\n      }\n      viewerCanEdit\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          id\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardRoadmapItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        standards {\n          roadmapItems {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardRoadmapItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        standards {\n          roadmapItems {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapList($taskforceId: ID, $first: Int) {\n    roadmaps(taskforceId: $taskforceId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapList($taskforceId: ID, $first: Int) {\n    roadmaps(taskforceId: $taskforceId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoadmapVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoadmapVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRoadmapVersion($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      added {\n        id\n        title\n      }\n      removed {\n        id\n        title\n      }\n      moved {\n        id\n        title\n        from {\n          startYear\n          endYear\n        }\n        to {\n          startYear\n          endYear\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareRoadmapVersion($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      added {\n        id\n        title\n      }\n      removed {\n        id\n        title\n      }\n      moved {\n        id\n        title\n        from {\n          startYear\n          endYear\n        }\n        to {\n          startYear\n          endYear\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRoadmapVersion($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n      items {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRoadmapVersion($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n      items {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoadmapComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n      body\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoadmapComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n      body\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRoadmapComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRoadmapComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      body\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query RoadmapComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      body\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pages {\n    pages(first: 10) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pages {\n    pages(first: 10) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutCollab {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutCollab {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n      viewerCanEdit\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;