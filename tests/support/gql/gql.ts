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
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n        title\n        status\n        deadline\n        owner {\n          id\n        }\n        standardIds\n        standards {\n          id\n          slug\n          name\n        }\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n        expectedBenefit {\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n        }\n        nextStatuses\n      }\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n        title\n        deadline\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  mutation UpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n        stopReason\n      }\n    }\n  }\n": typeof types.UpdateInitiativeStatusDocument,
    "\n  mutation UpdateRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        participants {\n          municipality {\n            id\n          }\n          status\n          startedOn\n          liveOn\n        }\n      }\n    }\n  }\n": typeof types.UpdateRolloutDocument,
    "\n  mutation RecordRealisedBenefit($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        realisedBenefits {\n          date\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n          note\n          recordedBy {\n            id\n          }\n        }\n        latestRealisedBenefit {\n          date\n        }\n      }\n    }\n  }\n": typeof types.RecordRealisedBenefitDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      status\n      overdue\n      viewerCanEdit\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  query Initiatives(\n    $first: Int\n    $after: String\n    $status: InitiativeStatus\n    $standardId: ID\n    $municipalityId: ID\n    $overdue: Boolean\n  ) {\n    initiatives(\n      first: $first\n      after: $after\n      status: $status\n      standardId: $standardId\n      municipalityId: $municipalityId\n      overdue: $overdue\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        deadline\n        overdue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InitiativesDocument,
    "\n  query InitiativeDashboard($filter: InitiativeDashboardFilter) {\n    initiativeDashboard(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      overdueCount\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n      }\n    }\n  }\n": typeof types.InitiativeDashboardDocument,
    "\n  query AuditLog($subjectId: ID!, $first: Int, $after: String) {\n    auditLog(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        actor {\n          id\n          name\n        }\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  subscription InitiativeChanged($id: ID) {\n    initiativeChanged(id: $id) {\n      kind\n      municipality {\n        id\n      }\n      initiative {\n        id\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": typeof types.InitiativeChangedDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": types.TaskforceMembersDocument,
    "\n  query ApiVersion {\n    apiVersion\n  }\n": types.ApiVersionDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n        title\n        status\n        deadline\n        owner {\n          id\n        }\n        standardIds\n        standards {\n          id\n          slug\n          name\n        }\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n        expectedBenefit {\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n        }\n        nextStatuses\n      }\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n        title\n        deadline\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  mutation UpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n        stopReason\n      }\n    }\n  }\n": types.UpdateInitiativeStatusDocument,
    "\n  mutation UpdateRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        participants {\n          municipality {\n            id\n          }\n          status\n          startedOn\n          liveOn\n        }\n      }\n    }\n  }\n": types.UpdateRolloutDocument,
    "\n  mutation RecordRealisedBenefit($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        realisedBenefits {\n          date\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n          note\n          recordedBy {\n            id\n          }\n        }\n        latestRealisedBenefit {\n          date\n        }\n      }\n    }\n  }\n": types.RecordRealisedBenefitDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      status\n      overdue\n      viewerCanEdit\n    }\n  }\n": types.InitiativeDocument,
    "\n  query Initiatives(\n    $first: Int\n    $after: String\n    $status: InitiativeStatus\n    $standardId: ID\n    $municipalityId: ID\n    $overdue: Boolean\n  ) {\n    initiatives(\n      first: $first\n      after: $after\n      status: $status\n      standardId: $standardId\n      municipalityId: $municipalityId\n      overdue: $overdue\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        deadline\n        overdue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InitiativesDocument,
    "\n  query InitiativeDashboard($filter: InitiativeDashboardFilter) {\n    initiativeDashboard(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      overdueCount\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n      }\n    }\n  }\n": types.InitiativeDashboardDocument,
    "\n  query AuditLog($subjectId: ID!, $first: Int, $after: String) {\n    auditLog(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        actor {\n          id\n          name\n        }\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  subscription InitiativeChanged($id: ID) {\n    initiativeChanged(id: $id) {\n      kind\n      municipality {\n        id\n      }\n      initiative {\n        id\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n": types.InitiativeChangedDocument,
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
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n        title\n        status\n        deadline\n        owner {\n          id\n        }\n        standardIds\n        standards {\n          id\n          slug\n          name\n        }\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n        expectedBenefit {\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n        }\n        nextStatuses\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n        title\n        status\n        deadline\n        owner {\n          id\n        }\n        standardIds\n        standards {\n          id\n          slug\n          name\n        }\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n        expectedBenefit {\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n        }\n        nextStatuses\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n        title\n        deadline\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n        title\n        deadline\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n        stopReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n        stopReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        participants {\n          municipality {\n            id\n          }\n          status\n          startedOn\n          liveOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        participants {\n          municipality {\n            id\n          }\n          status\n          startedOn\n          liveOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRealisedBenefit($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        realisedBenefits {\n          date\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n          note\n          recordedBy {\n            id\n          }\n        }\n        latestRealisedBenefit {\n          date\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRealisedBenefit($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        realisedBenefits {\n          date\n          hoursPerYear\n          eurosPerYear\n          citizensReached\n          note\n          recordedBy {\n            id\n          }\n        }\n        latestRealisedBenefit {\n          date\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      status\n      overdue\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      status\n      overdue\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiatives(\n    $first: Int\n    $after: String\n    $status: InitiativeStatus\n    $standardId: ID\n    $municipalityId: ID\n    $overdue: Boolean\n  ) {\n    initiatives(\n      first: $first\n      after: $after\n      status: $status\n      standardId: $standardId\n      municipalityId: $municipalityId\n      overdue: $overdue\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        deadline\n        overdue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiatives(\n    $first: Int\n    $after: String\n    $status: InitiativeStatus\n    $standardId: ID\n    $municipalityId: ID\n    $overdue: Boolean\n  ) {\n    initiatives(\n      first: $first\n      after: $after\n      status: $status\n      standardId: $standardId\n      municipalityId: $municipalityId\n      overdue: $overdue\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        deadline\n        overdue\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeDashboard($filter: InitiativeDashboardFilter) {\n    initiativeDashboard(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      overdueCount\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeDashboard($filter: InitiativeDashboardFilter) {\n    initiativeDashboard(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      overdueCount\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($subjectId: ID!, $first: Int, $after: String) {\n    auditLog(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        actor {\n          id\n          name\n        }\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($subjectId: ID!, $first: Int, $after: String) {\n    auditLog(subjectId: $subjectId, first: $first, after: $after) {\n      totalCount\n      nodes {\n        actor {\n          id\n          name\n        }\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeChanged($id: ID) {\n    initiativeChanged(id: $id) {\n      kind\n      municipality {\n        id\n      }\n      initiative {\n        id\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeChanged($id: ID) {\n    initiativeChanged(id: $id) {\n      kind\n      municipality {\n        id\n      }\n      initiative {\n        id\n        participants {\n          municipality {\n            id\n          }\n          status\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;