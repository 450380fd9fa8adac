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
    "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.MunicipalityNamesDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": typeof types.WhoAmIDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": types.TaskforceMembersDocument,
    "\n  query ApiVersion {\n    apiVersion\n  }\n": types.ApiVersionDocument,
    "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n": types.MunicipalityNamesDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": types.WhoAmIDocument,
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
export function graphql(source: "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;