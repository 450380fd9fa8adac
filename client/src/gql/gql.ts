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
    "\n  query MunicipalityCandidates($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MunicipalityCandidatesDocument,
    "\n  query UserCandidates($search: String!) {\n    users(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.UserCandidatesDocument,
    "\n  query AdoptionMapQuery($standardId: ID!, $after: String) {\n    adoptionMatrix(standardIds: [$standardId], first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        municipality {\n          id\n          code\n          name\n          lat\n          lon\n        }\n        cells {\n          standardId\n          status\n        }\n      }\n    }\n  }\n": typeof types.AdoptionMapQueryDocument,
    "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    targetDate\n    adoptedVersion\n    note\n    needsReview\n    reviewVersion\n    isDemo\n    updatedAt\n    viewerCanEdit\n    standard {\n      id\n      slug\n      name\n    }\n    municipality {\n      id\n    }\n  }\n": typeof types.AdoptionFieldsFragmentDoc,
    "\n  mutation UpdateAdoptionMutation($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        ...AdoptionFields\n      }\n    }\n  }\n": typeof types.UpdateAdoptionMutationDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    roles\n    municipality {\n      id\n      code\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query MeQuery {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeQueryDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": typeof types.LogoutMutationDocument,
    "\n  query SuccessorCandidates {\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SuccessorCandidatesDocument,
    "\n  fragment StandardAdminFields on Standard {\n    id\n    slug\n    name\n    category\n    summary\n    lifecycle\n    lifecycleReason\n    owner\n    url\n    complianceLevel\n    establishedOn\n    complianceDeadline\n    links {\n      label\n      url\n    }\n    successor {\n      id\n      name\n    }\n    versions {\n      number\n      date\n      changes\n    }\n  }\n": typeof types.StandardAdminFieldsFragmentDoc,
    "\n  mutation CreateStandardMutation($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": typeof types.CreateStandardMutationDocument,
    "\n  mutation UpdateStandardMutation($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": typeof types.UpdateStandardMutationDocument,
    "\n  mutation ChangeStandardLifecycleMutation($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": typeof types.ChangeStandardLifecycleMutationDocument,
    "\n  mutation PublishStandardVersionMutation(\n    $standardId: ID!\n    $number: String!\n    $date: Date!\n    $changes: String!\n  ) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": typeof types.PublishStandardVersionMutationDocument,
    "\n  fragment CooperationAdminFields on Cooperation {\n    id\n    name\n    members {\n      id\n      name\n    }\n  }\n": typeof types.CooperationAdminFieldsFragmentDoc,
    "\n  mutation CreateCooperationMutation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n": typeof types.CreateCooperationMutationDocument,
    "\n  mutation UpdateCooperationMutation($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n": typeof types.UpdateCooperationMutationDocument,
    "\n  mutation AddCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n": typeof types.AddCooperationMemberMutationDocument,
    "\n  mutation RemoveCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    removeCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n": typeof types.RemoveCooperationMemberMutationDocument,
    "\n  mutation ReportForCooperationMutation($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        updatedBy {\n          id\n          name\n        }\n        reportedFor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportForCooperationMutationDocument,
    "\n  query ParticipantCandidatesQuery($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        province {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ParticipantCandidatesQueryDocument,
    "\n  fragment QuickWinFields on Initiative {\n    id\n    title\n    description\n    status\n    stopReason\n    deadline\n    overdue\n    viewerCanEdit\n    nextStatuses\n    updatedAt\n    owner {\n      id\n      name\n    }\n    ownerTaskforce {\n      id\n      name\n    }\n    standards {\n      id\n      slug\n      name\n    }\n    participants {\n      municipality {\n        id\n        code\n        name\n      }\n      status\n      startedOn\n      liveOn\n    }\n    expectedBenefit {\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n    }\n    latestRealisedBenefit {\n      date\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n      note\n    }\n  }\n": typeof types.QuickWinFieldsFragmentDoc,
    "\n  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.CreateInitiativeMutationDocument,
    "\n  mutation RecordRealisedBenefitMutation($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.RecordRealisedBenefitMutationDocument,
    "\n  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.UpdateInitiativeMutationDocument,
    "\n  mutation UpdateInitiativeStatusMutation($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.UpdateInitiativeStatusMutationDocument,
    "\n  mutation UpdateRolloutMutation($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.UpdateRolloutMutationDocument,
    "\n  mutation CreatePageMutation($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n": typeof types.CreatePageMutationDocument,
    "\n  query NotificationBellQuery {\n    unread: notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": typeof types.NotificationBellQueryDocument,
    "\n  subscription NotificationAddedSubscription {\n    notificationAdded {\n      id\n      message\n      read\n      createdAt\n    }\n  }\n": typeof types.NotificationAddedSubscriptionDocument,
    "\n  mutation MarkNotificationsReadMutation($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadMutationDocument,
    "\n  query AccessOptions {\n    cooperations {\n      id\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n  }\n": typeof types.AccessOptionsDocument,
    "\n  mutation AcceptAccountLinkMutation($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptAccountLinkMutationDocument,
    "\n  mutation RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetMutationDocument,
    "\n  mutation UpdateMyNameMutation($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyNameMutationDocument,
    "\n  mutation ChangeMyPasswordMutation($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordMutationDocument,
    "\n  fragment PersonFields on User {\n    id\n    name\n    email\n    roles\n    accountStatus\n    municipality {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      path\n      sent\n      expiresAt\n      user {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.InviteUserMutationDocument,
    "\n  mutation CreateAccountLinkMutation($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.CreateAccountLinkMutationDocument,
    "\n  mutation UpdateUserAccessMutation($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdateUserAccessMutationDocument,
    "\n  mutation DeactivateUserMutation($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": typeof types.DeactivateUserMutationDocument,
    "\n  mutation ReactivateUserMutation($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": typeof types.ReactivateUserMutationDocument,
    "\n  query ReviewTasksQuery($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      id\n      version\n      openedAt\n      viewerCanEdit\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ReviewTasksQueryDocument,
    "\n  mutation ConfirmAdoptionReviewMutation($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        id\n        status\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n": typeof types.ConfirmAdoptionReviewMutationDocument,
    "\n  query StandardNameQuery($id: ID!) {\n    standard(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.StandardNameQueryDocument,
    "\n  fragment RoadmapCommentFields on RoadmapComment {\n    id\n    itemId\n    parentId\n    body\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoadmapCommentFieldsFragmentDoc,
    "\n  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      ...RoadmapCommentFields\n    }\n  }\n": typeof types.RoadmapCommentsQueryDocument,
    "\n  subscription RoadmapCommentChangedSubscription($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        ...RoadmapCommentFields\n      }\n    }\n  }\n": typeof types.RoadmapCommentChangedSubscriptionDocument,
    "\n  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      ...RoadmapCommentFields\n    }\n  }\n": typeof types.AddRoadmapCommentMutationDocument,
    "\n  mutation ResolveRoadmapCommentMutation($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": typeof types.ResolveRoadmapCommentMutationDocument,
    "\n  query RoadmapVersionsQuery($roadmapId: ID!) {\n    roadmapVersions(roadmapId: $roadmapId) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoadmapVersionsQueryDocument,
    "\n  fragment RoadmapComparisonFields on RoadmapComparison {\n    version {\n      id\n      name\n    }\n    added {\n      id\n      title\n    }\n    removed {\n      id\n      title\n    }\n    moved {\n      id\n      title\n      from {\n        startYear\n        endYear\n      }\n      to {\n        startYear\n        endYear\n      }\n    }\n  }\n": typeof types.RoadmapComparisonFieldsFragmentDoc,
    "\n  query CompareRoadmapVersionQuery($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      ...RoadmapComparisonFields\n    }\n  }\n": typeof types.CompareRoadmapVersionQueryDocument,
    "\n  mutation CreateRoadmapVersionMutation($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": typeof types.CreateRoadmapVersionMutationDocument,
    "\n  mutation RestoreRoadmapVersionMutation($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n    }\n  }\n": typeof types.RestoreRoadmapVersionMutationDocument,
    "\n  query NewRoadmapTaskforces {\n    taskforces {\n      id\n      name\n      viewerCanEdit\n    }\n  }\n": typeof types.NewRoadmapTaskforcesDocument,
    "\n  mutation CreateRoadmapMutation($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CreateRoadmapMutationDocument,
    "\n  mutation UpdateRoadmapMutation($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        id\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n": typeof types.UpdateRoadmapMutationDocument,
    "\n  mutation ArchiveRoadmapMutation($id: ID!) {\n    archiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveRoadmapMutationDocument,
    "\n  mutation UnarchiveRoadmapMutation($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveRoadmapMutationDocument,
    "\n  fragment StandardDescription_standard on Standard {\n    id\n    viewerCanEdit\n  }\n": typeof types.StandardDescription_StandardFragmentDoc,
    "\n  fragment StandardRoadmapItems_standard on Standard {\n    roadmapItems {\n      id\n      title\n      startYear\n      endYear\n      status\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n": typeof types.StandardRoadmapItems_StandardFragmentDoc,
    "\n  query StandardCandidatesQuery($search: String!) {\n    standards(search: $search, first: 8) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.StandardCandidatesQueryDocument,
    "\n  mutation SubscribeToStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.SubscribeToStandardMutationDocument,
    "\n  mutation UnsubscribeFromStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n": typeof types.UnsubscribeFromStandardMutationDocument,
    "\n  fragment TaskforceAdminFields on Taskforce {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n": typeof types.TaskforceAdminFieldsFragmentDoc,
    "\n  mutation CreateTaskforceMutation($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n": typeof types.CreateTaskforceMutationDocument,
    "\n  mutation UpdateTaskforceMutation($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n": typeof types.UpdateTaskforceMutationDocument,
    "\n  mutation AddTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n": typeof types.AddTaskforceMemberMutationDocument,
    "\n  mutation RemoveTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n": typeof types.RemoveTaskforceMemberMutationDocument,
    "\n  query HomePageQuery($municipalityCode: String!, $municipalityId: ID!, $hasMunicipality: Boolean!) {\n    municipality(code: $municipalityCode) @include(if: $hasMunicipality) {\n      id\n      name\n      code\n      adoptions {\n        id\n        status\n        needsReview\n        reviewVersion\n        standard {\n          id\n          slug\n          name\n        }\n      }\n    }\n    initiatives(first: 20, municipalityId: $municipalityId) @include(if: $hasMunicipality) {\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n      }\n    }\n    roadmaps(first: 50) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": typeof types.HomePageQueryDocument,
    "\n  query AccountLinkQuery($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n      expiresAt\n    }\n  }\n": typeof types.AccountLinkQueryDocument,
    "\n  query AdoptionPageQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AdoptionPageQueryDocument,
    "\n  query AdoptionFiguresQuery($standardId: ID!, $from: Date!, $to: Date!) {\n    standard(id: $standardId) {\n      id\n      slug\n      name\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: MONTH) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.AdoptionFiguresQueryDocument,
    "\n  subscription AdoptionChangedSubscription($standardId: ID!) {\n    adoptionChanged(standardId: $standardId) {\n      id\n      status\n      municipality {\n        id\n        code\n      }\n    }\n  }\n": typeof types.AdoptionChangedSubscriptionDocument,
    "\n  query CatalogueAdminQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n        lifecycle\n        versions {\n          number\n        }\n      }\n    }\n  }\n": typeof types.CatalogueAdminQueryDocument,
    "\n  query CooperationsAdminQuery {\n    cooperations {\n      ...CooperationAdminFields\n    }\n  }\n": typeof types.CooperationsAdminQueryDocument,
    "\n  query PeopleAdminQuery($search: String) {\n    users(search: $search, first: 100) {\n      nodes {\n        id\n        name\n        email\n        roles\n        accountStatus\n        municipality {\n          id\n          name\n        }\n        cooperation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleAdminQueryDocument,
    "\n  query StandardAdminQuery($slug: String!) {\n    standard(slug: $slug) {\n      ...StandardAdminFields\n      subscribers {\n        id\n      }\n    }\n  }\n": typeof types.StandardAdminQueryDocument,
    "\n  query TaskforcesAdminQuery {\n    taskforces {\n      ...TaskforceAdminFields\n    }\n  }\n": typeof types.TaskforcesAdminQueryDocument,
    "\n  query MunicipalityPageQuery($code: String!) {\n    municipality(code: $code) {\n      id\n      code\n      name\n      population\n      province {\n        code\n        name\n      }\n      viewerCanEdit\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n": typeof types.MunicipalityPageQueryDocument,
    "\n  query KnowledgeArticlePageQuery($id: ID!) {\n    page(id: $id) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n": typeof types.KnowledgeArticlePageQueryDocument,
    "\n  query KnowledgePageQuery {\n    pages(first: 100) {\n      nodes {\n        id\n        title\n        createdAt\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.KnowledgePageQueryDocument,
    "\n  query QuickWinPageQuery($id: ID!) {\n    initiative(id: $id) {\n      ...QuickWinFields\n    }\n  }\n": typeof types.QuickWinPageQueryDocument,
    "\n  subscription QuickWinChangedSubscription($id: ID!) {\n    initiativeChanged(id: $id) {\n      kind\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": typeof types.QuickWinChangedSubscriptionDocument,
    "\n  query QuickWinsPageQuery {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n        participants {\n          municipality {\n            id\n          }\n        }\n      }\n    }\n    initiativeDashboard {\n      total\n      overdueCount\n      byStatus {\n        status\n        count\n      }\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n        expectedCitizensReached\n        realisedCitizensReached\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n        status\n      }\n    }\n  }\n": typeof types.QuickWinsPageQueryDocument,
    "\n  subscription QuickWinsChangedSubscription {\n    initiativeChanged {\n      kind\n      initiative {\n        id\n        status\n      }\n    }\n  }\n": typeof types.QuickWinsChangedSubscriptionDocument,
    "\n  query RoadmapPageQuery($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      description\n      archivedAt\n      viewerCanEdit\n      taskforce {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoadmapPageQueryDocument,
    "\n  query RoadmapsPageQuery($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        updatedAt\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RoadmapsPageQueryDocument,
    "\n  query CooperationPageQuery {\n    cooperations {\n      id\n      name\n      members {\n        id\n        name\n        viewerCanEdit\n      }\n    }\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CooperationPageQueryDocument,
    "\n  query StandardPageQuery($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      category\n      lifecycle\n      owner\n      url\n      complianceLevel\n      establishedOn\n      complianceDeadline\n      viewerCanEdit\n      lifecycleReason\n      successor {\n        id\n        slug\n        name\n      }\n      links {\n        label\n        url\n      }\n      ...StandardRoadmapItems_standard\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      subscribers {\n        id\n        code\n        name\n      }\n      ...StandardDescription_standard\n    }\n  }\n": typeof types.StandardPageQueryDocument,
    "\n  query StandardsPageQuery(\n    $first: Int\n    $after: String\n    $search: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n  ) {\n    standards(first: $first, after: $after, search: $search, category: $category, lifecycle: $lifecycle) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        summary\n        category\n        lifecycle\n        complianceLevel\n      }\n    }\n  }\n": typeof types.StandardsPageQueryDocument,
    "\n  query SearchPageQuery($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n        }\n      }\n    }\n  }\n": typeof types.SearchPageQueryDocument,
};
const documents: Documents = {
    "\n  query MunicipalityCandidates($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MunicipalityCandidatesDocument,
    "\n  query UserCandidates($search: String!) {\n    users(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.UserCandidatesDocument,
    "\n  query AdoptionMapQuery($standardId: ID!, $after: String) {\n    adoptionMatrix(standardIds: [$standardId], first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        municipality {\n          id\n          code\n          name\n          lat\n          lon\n        }\n        cells {\n          standardId\n          status\n        }\n      }\n    }\n  }\n": types.AdoptionMapQueryDocument,
    "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    targetDate\n    adoptedVersion\n    note\n    needsReview\n    reviewVersion\n    isDemo\n    updatedAt\n    viewerCanEdit\n    standard {\n      id\n      slug\n      name\n    }\n    municipality {\n      id\n    }\n  }\n": types.AdoptionFieldsFragmentDoc,
    "\n  mutation UpdateAdoptionMutation($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        ...AdoptionFields\n      }\n    }\n  }\n": types.UpdateAdoptionMutationDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    roles\n    municipality {\n      id\n      code\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query MeQuery {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeQueryDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": types.LogoutMutationDocument,
    "\n  query SuccessorCandidates {\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.SuccessorCandidatesDocument,
    "\n  fragment StandardAdminFields on Standard {\n    id\n    slug\n    name\n    category\n    summary\n    lifecycle\n    lifecycleReason\n    owner\n    url\n    complianceLevel\n    establishedOn\n    complianceDeadline\n    links {\n      label\n      url\n    }\n    successor {\n      id\n      name\n    }\n    versions {\n      number\n      date\n      changes\n    }\n  }\n": types.StandardAdminFieldsFragmentDoc,
    "\n  mutation CreateStandardMutation($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": types.CreateStandardMutationDocument,
    "\n  mutation UpdateStandardMutation($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": types.UpdateStandardMutationDocument,
    "\n  mutation ChangeStandardLifecycleMutation($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": types.ChangeStandardLifecycleMutationDocument,
    "\n  mutation PublishStandardVersionMutation(\n    $standardId: ID!\n    $number: String!\n    $date: Date!\n    $changes: String!\n  ) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n": types.PublishStandardVersionMutationDocument,
    "\n  fragment CooperationAdminFields on Cooperation {\n    id\n    name\n    members {\n      id\n      name\n    }\n  }\n": types.CooperationAdminFieldsFragmentDoc,
    "\n  mutation CreateCooperationMutation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n": types.CreateCooperationMutationDocument,
    "\n  mutation UpdateCooperationMutation($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n": types.UpdateCooperationMutationDocument,
    "\n  mutation AddCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n": types.AddCooperationMemberMutationDocument,
    "\n  mutation RemoveCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    removeCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n": types.RemoveCooperationMemberMutationDocument,
    "\n  mutation ReportForCooperationMutation($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        updatedBy {\n          id\n          name\n        }\n        reportedFor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReportForCooperationMutationDocument,
    "\n  query ParticipantCandidatesQuery($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        province {\n          name\n        }\n      }\n    }\n  }\n": types.ParticipantCandidatesQueryDocument,
    "\n  fragment QuickWinFields on Initiative {\n    id\n    title\n    description\n    status\n    stopReason\n    deadline\n    overdue\n    viewerCanEdit\n    nextStatuses\n    updatedAt\n    owner {\n      id\n      name\n    }\n    ownerTaskforce {\n      id\n      name\n    }\n    standards {\n      id\n      slug\n      name\n    }\n    participants {\n      municipality {\n        id\n        code\n        name\n      }\n      status\n      startedOn\n      liveOn\n    }\n    expectedBenefit {\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n    }\n    latestRealisedBenefit {\n      date\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n      note\n    }\n  }\n": types.QuickWinFieldsFragmentDoc,
    "\n  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.CreateInitiativeMutationDocument,
    "\n  mutation RecordRealisedBenefitMutation($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.RecordRealisedBenefitMutationDocument,
    "\n  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.UpdateInitiativeMutationDocument,
    "\n  mutation UpdateInitiativeStatusMutation($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.UpdateInitiativeStatusMutationDocument,
    "\n  mutation UpdateRolloutMutation($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.UpdateRolloutMutationDocument,
    "\n  mutation CreatePageMutation($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n": types.CreatePageMutationDocument,
    "\n  query NotificationBellQuery {\n    unread: notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": types.NotificationBellQueryDocument,
    "\n  subscription NotificationAddedSubscription {\n    notificationAdded {\n      id\n      message\n      read\n      createdAt\n    }\n  }\n": types.NotificationAddedSubscriptionDocument,
    "\n  mutation MarkNotificationsReadMutation($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadMutationDocument,
    "\n  query AccessOptions {\n    cooperations {\n      id\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n  }\n": types.AccessOptionsDocument,
    "\n  mutation AcceptAccountLinkMutation($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptAccountLinkMutationDocument,
    "\n  mutation RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetMutationDocument,
    "\n  mutation UpdateMyNameMutation($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n": types.UpdateMyNameMutationDocument,
    "\n  mutation ChangeMyPasswordMutation($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordMutationDocument,
    "\n  fragment PersonFields on User {\n    id\n    name\n    email\n    roles\n    accountStatus\n    municipality {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      path\n      sent\n      expiresAt\n      user {\n        ...PersonFields\n      }\n    }\n  }\n": types.InviteUserMutationDocument,
    "\n  mutation CreateAccountLinkMutation($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.CreateAccountLinkMutationDocument,
    "\n  mutation UpdateUserAccessMutation($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdateUserAccessMutationDocument,
    "\n  mutation DeactivateUserMutation($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": types.DeactivateUserMutationDocument,
    "\n  mutation ReactivateUserMutation($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n": types.ReactivateUserMutationDocument,
    "\n  query ReviewTasksQuery($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      id\n      version\n      openedAt\n      viewerCanEdit\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ReviewTasksQueryDocument,
    "\n  mutation ConfirmAdoptionReviewMutation($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        id\n        status\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n": types.ConfirmAdoptionReviewMutationDocument,
    "\n  query StandardNameQuery($id: ID!) {\n    standard(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n": types.StandardNameQueryDocument,
    "\n  fragment RoadmapCommentFields on RoadmapComment {\n    id\n    itemId\n    parentId\n    body\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.RoadmapCommentFieldsFragmentDoc,
    "\n  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      ...RoadmapCommentFields\n    }\n  }\n": types.RoadmapCommentsQueryDocument,
    "\n  subscription RoadmapCommentChangedSubscription($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        ...RoadmapCommentFields\n      }\n    }\n  }\n": types.RoadmapCommentChangedSubscriptionDocument,
    "\n  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      ...RoadmapCommentFields\n    }\n  }\n": types.AddRoadmapCommentMutationDocument,
    "\n  mutation ResolveRoadmapCommentMutation($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": types.ResolveRoadmapCommentMutationDocument,
    "\n  query RoadmapVersionsQuery($roadmapId: ID!) {\n    roadmapVersions(roadmapId: $roadmapId) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": types.RoadmapVersionsQueryDocument,
    "\n  fragment RoadmapComparisonFields on RoadmapComparison {\n    version {\n      id\n      name\n    }\n    added {\n      id\n      title\n    }\n    removed {\n      id\n      title\n    }\n    moved {\n      id\n      title\n      from {\n        startYear\n        endYear\n      }\n      to {\n        startYear\n        endYear\n      }\n    }\n  }\n": types.RoadmapComparisonFieldsFragmentDoc,
    "\n  query CompareRoadmapVersionQuery($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      ...RoadmapComparisonFields\n    }\n  }\n": types.CompareRoadmapVersionQueryDocument,
    "\n  mutation CreateRoadmapVersionMutation($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": types.CreateRoadmapVersionMutationDocument,
    "\n  mutation RestoreRoadmapVersionMutation($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n    }\n  }\n": types.RestoreRoadmapVersionMutationDocument,
    "\n  query NewRoadmapTaskforces {\n    taskforces {\n      id\n      name\n      viewerCanEdit\n    }\n  }\n": types.NewRoadmapTaskforcesDocument,
    "\n  mutation CreateRoadmapMutation($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n": types.CreateRoadmapMutationDocument,
    "\n  mutation UpdateRoadmapMutation($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        id\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n": types.UpdateRoadmapMutationDocument,
    "\n  mutation ArchiveRoadmapMutation($id: ID!) {\n    archiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveRoadmapMutationDocument,
    "\n  mutation UnarchiveRoadmapMutation($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveRoadmapMutationDocument,
    "\n  fragment StandardDescription_standard on Standard {\n    id\n    viewerCanEdit\n  }\n": types.StandardDescription_StandardFragmentDoc,
    "\n  fragment StandardRoadmapItems_standard on Standard {\n    roadmapItems {\n      id\n      title\n      startYear\n      endYear\n      status\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n": types.StandardRoadmapItems_StandardFragmentDoc,
    "\n  query StandardCandidatesQuery($search: String!) {\n    standards(search: $search, first: 8) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.StandardCandidatesQueryDocument,
    "\n  mutation SubscribeToStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n      }\n    }\n  }\n": types.SubscribeToStandardMutationDocument,
    "\n  mutation UnsubscribeFromStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n": types.UnsubscribeFromStandardMutationDocument,
    "\n  fragment TaskforceAdminFields on Taskforce {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n": types.TaskforceAdminFieldsFragmentDoc,
    "\n  mutation CreateTaskforceMutation($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n": types.CreateTaskforceMutationDocument,
    "\n  mutation UpdateTaskforceMutation($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n": types.UpdateTaskforceMutationDocument,
    "\n  mutation AddTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n": types.AddTaskforceMemberMutationDocument,
    "\n  mutation RemoveTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n": types.RemoveTaskforceMemberMutationDocument,
    "\n  query HomePageQuery($municipalityCode: String!, $municipalityId: ID!, $hasMunicipality: Boolean!) {\n    municipality(code: $municipalityCode) @include(if: $hasMunicipality) {\n      id\n      name\n      code\n      adoptions {\n        id\n        status\n        needsReview\n        reviewVersion\n        standard {\n          id\n          slug\n          name\n        }\n      }\n    }\n    initiatives(first: 20, municipalityId: $municipalityId) @include(if: $hasMunicipality) {\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n      }\n    }\n    roadmaps(first: 50) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": types.HomePageQueryDocument,
    "\n  query AccountLinkQuery($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n      expiresAt\n    }\n  }\n": types.AccountLinkQueryDocument,
    "\n  query AdoptionPageQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.AdoptionPageQueryDocument,
    "\n  query AdoptionFiguresQuery($standardId: ID!, $from: Date!, $to: Date!) {\n    standard(id: $standardId) {\n      id\n      slug\n      name\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: MONTH) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": types.AdoptionFiguresQueryDocument,
    "\n  subscription AdoptionChangedSubscription($standardId: ID!) {\n    adoptionChanged(standardId: $standardId) {\n      id\n      status\n      municipality {\n        id\n        code\n      }\n    }\n  }\n": types.AdoptionChangedSubscriptionDocument,
    "\n  query CatalogueAdminQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n        lifecycle\n        versions {\n          number\n        }\n      }\n    }\n  }\n": types.CatalogueAdminQueryDocument,
    "\n  query CooperationsAdminQuery {\n    cooperations {\n      ...CooperationAdminFields\n    }\n  }\n": types.CooperationsAdminQueryDocument,
    "\n  query PeopleAdminQuery($search: String) {\n    users(search: $search, first: 100) {\n      nodes {\n        id\n        name\n        email\n        roles\n        accountStatus\n        municipality {\n          id\n          name\n        }\n        cooperation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleAdminQueryDocument,
    "\n  query StandardAdminQuery($slug: String!) {\n    standard(slug: $slug) {\n      ...StandardAdminFields\n      subscribers {\n        id\n      }\n    }\n  }\n": types.StandardAdminQueryDocument,
    "\n  query TaskforcesAdminQuery {\n    taskforces {\n      ...TaskforceAdminFields\n    }\n  }\n": types.TaskforcesAdminQueryDocument,
    "\n  query MunicipalityPageQuery($code: String!) {\n    municipality(code: $code) {\n      id\n      code\n      name\n      population\n      province {\n        code\n        name\n      }\n      viewerCanEdit\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n": types.MunicipalityPageQueryDocument,
    "\n  query KnowledgeArticlePageQuery($id: ID!) {\n    page(id: $id) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n": types.KnowledgeArticlePageQueryDocument,
    "\n  query KnowledgePageQuery {\n    pages(first: 100) {\n      nodes {\n        id\n        title\n        createdAt\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n": types.KnowledgePageQueryDocument,
    "\n  query QuickWinPageQuery($id: ID!) {\n    initiative(id: $id) {\n      ...QuickWinFields\n    }\n  }\n": types.QuickWinPageQueryDocument,
    "\n  subscription QuickWinChangedSubscription($id: ID!) {\n    initiativeChanged(id: $id) {\n      kind\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n": types.QuickWinChangedSubscriptionDocument,
    "\n  query QuickWinsPageQuery {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n        participants {\n          municipality {\n            id\n          }\n        }\n      }\n    }\n    initiativeDashboard {\n      total\n      overdueCount\n      byStatus {\n        status\n        count\n      }\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n        expectedCitizensReached\n        realisedCitizensReached\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n        status\n      }\n    }\n  }\n": types.QuickWinsPageQueryDocument,
    "\n  subscription QuickWinsChangedSubscription {\n    initiativeChanged {\n      kind\n      initiative {\n        id\n        status\n      }\n    }\n  }\n": types.QuickWinsChangedSubscriptionDocument,
    "\n  query RoadmapPageQuery($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      description\n      archivedAt\n      viewerCanEdit\n      taskforce {\n        id\n        name\n      }\n    }\n  }\n": types.RoadmapPageQueryDocument,
    "\n  query RoadmapsPageQuery($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        updatedAt\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RoadmapsPageQueryDocument,
    "\n  query CooperationPageQuery {\n    cooperations {\n      id\n      name\n      members {\n        id\n        name\n        viewerCanEdit\n      }\n    }\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CooperationPageQueryDocument,
    "\n  query StandardPageQuery($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      category\n      lifecycle\n      owner\n      url\n      complianceLevel\n      establishedOn\n      complianceDeadline\n      viewerCanEdit\n      lifecycleReason\n      successor {\n        id\n        slug\n        name\n      }\n      links {\n        label\n        url\n      }\n      ...StandardRoadmapItems_standard\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      subscribers {\n        id\n        code\n        name\n      }\n      ...StandardDescription_standard\n    }\n  }\n": types.StandardPageQueryDocument,
    "\n  query StandardsPageQuery(\n    $first: Int\n    $after: String\n    $search: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n  ) {\n    standards(first: $first, after: $after, search: $search, category: $category, lifecycle: $lifecycle) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        summary\n        category\n        lifecycle\n        complianceLevel\n      }\n    }\n  }\n": types.StandardsPageQueryDocument,
    "\n  query SearchPageQuery($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n        }\n      }\n    }\n  }\n": types.SearchPageQueryDocument,
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
export function graphql(source: "\n  query MunicipalityCandidates($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityCandidates($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserCandidates($search: String!) {\n    users(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserCandidates($search: String!) {\n    users(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionMapQuery($standardId: ID!, $after: String) {\n    adoptionMatrix(standardIds: [$standardId], first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        municipality {\n          id\n          code\n          name\n          lat\n          lon\n        }\n        cells {\n          standardId\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionMapQuery($standardId: ID!, $after: String) {\n    adoptionMatrix(standardIds: [$standardId], first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        municipality {\n          id\n          code\n          name\n          lat\n          lon\n        }\n        cells {\n          standardId\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    targetDate\n    adoptedVersion\n    note\n    needsReview\n    reviewVersion\n    isDemo\n    updatedAt\n    viewerCanEdit\n    standard {\n      id\n      slug\n      name\n    }\n    municipality {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    targetDate\n    adoptedVersion\n    note\n    needsReview\n    reviewVersion\n    isDemo\n    updatedAt\n    viewerCanEdit\n    standard {\n      id\n      slug\n      name\n    }\n    municipality {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdoptionMutation($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        ...AdoptionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdoptionMutation($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        ...AdoptionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    roles\n    municipality {\n      id\n      code\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    roles\n    municipality {\n      id\n      code\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeQuery {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query MeQuery {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessorCandidates {\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuccessorCandidates {\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardAdminFields on Standard {\n    id\n    slug\n    name\n    category\n    summary\n    lifecycle\n    lifecycleReason\n    owner\n    url\n    complianceLevel\n    establishedOn\n    complianceDeadline\n    links {\n      label\n      url\n    }\n    successor {\n      id\n      name\n    }\n    versions {\n      number\n      date\n      changes\n    }\n  }\n"): (typeof documents)["\n  fragment StandardAdminFields on Standard {\n    id\n    slug\n    name\n    category\n    summary\n    lifecycle\n    lifecycleReason\n    owner\n    url\n    complianceLevel\n    establishedOn\n    complianceDeadline\n    links {\n      label\n      url\n    }\n    successor {\n      id\n      name\n    }\n    versions {\n      number\n      date\n      changes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandardMutation($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStandardMutation($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStandardMutation($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStandardMutation($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStandardLifecycleMutation($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStandardLifecycleMutation($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishStandardVersionMutation(\n    $standardId: ID!\n    $number: String!\n    $date: Date!\n    $changes: String!\n  ) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishStandardVersionMutation(\n    $standardId: ID!\n    $number: String!\n    $date: Date!\n    $changes: String!\n  ) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        ...StandardAdminFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CooperationAdminFields on Cooperation {\n    id\n    name\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CooperationAdminFields on Cooperation {\n    id\n    name\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCooperationMutation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCooperationMutation($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCooperationMutation($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCooperationMutation($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      ...CooperationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    removeCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCooperationMemberMutation($cooperationId: ID!, $municipalityId: ID!) {\n    removeCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      ...CooperationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportForCooperationMutation($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        updatedBy {\n          id\n          name\n        }\n        reportedFor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportForCooperationMutation($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        updatedBy {\n          id\n          name\n        }\n        reportedFor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantCandidatesQuery($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        province {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantCandidatesQuery($search: String!) {\n    municipalities(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        province {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuickWinFields on Initiative {\n    id\n    title\n    description\n    status\n    stopReason\n    deadline\n    overdue\n    viewerCanEdit\n    nextStatuses\n    updatedAt\n    owner {\n      id\n      name\n    }\n    ownerTaskforce {\n      id\n      name\n    }\n    standards {\n      id\n      slug\n      name\n    }\n    participants {\n      municipality {\n        id\n        code\n        name\n      }\n      status\n      startedOn\n      liveOn\n    }\n    expectedBenefit {\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n    }\n    latestRealisedBenefit {\n      date\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment QuickWinFields on Initiative {\n    id\n    title\n    description\n    status\n    stopReason\n    deadline\n    overdue\n    viewerCanEdit\n    nextStatuses\n    updatedAt\n    owner {\n      id\n      name\n    }\n    ownerTaskforce {\n      id\n      name\n    }\n    standards {\n      id\n      slug\n      name\n    }\n    participants {\n      municipality {\n        id\n        code\n        name\n      }\n      status\n      startedOn\n      liveOn\n    }\n    expectedBenefit {\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n    }\n    latestRealisedBenefit {\n      date\n      hoursPerYear\n      eurosPerYear\n      citizensReached\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiativeMutation($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRealisedBenefitMutation($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRealisedBenefitMutation($input: RecordRealisedBenefitInput!) {\n    recordRealisedBenefit(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiativeMutation($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiativeStatusMutation($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiativeStatusMutation($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRolloutMutation($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRolloutMutation($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePageMutation($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePageMutation($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBellQuery {\n    unread: notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBellQuery {\n    unread: notifications(first: 1, unreadOnly: true) {\n      totalCount\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAddedSubscription {\n    notificationAdded {\n      id\n      message\n      read\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAddedSubscription {\n    notificationAdded {\n      id\n      message\n      read\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsReadMutation($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsReadMutation($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessOptions {\n    cooperations {\n      id\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccessOptions {\n    cooperations {\n      id\n      name\n    }\n    taskforces {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAccountLinkMutation($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAccountLinkMutation($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNameMutation($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNameMutation($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPasswordMutation($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPasswordMutation($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on User {\n    id\n    name\n    email\n    roles\n    accountStatus\n    municipality {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on User {\n    id\n    name\n    email\n    roles\n    accountStatus\n    municipality {\n      id\n      name\n    }\n    cooperation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      path\n      sent\n      expiresAt\n      user {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      path\n      sent\n      expiresAt\n      user {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountLinkMutation($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccountLinkMutation($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserAccessMutation($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserAccessMutation($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUserMutation($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUserMutation($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUserMutation($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUserMutation($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewTasksQuery($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      id\n      version\n      openedAt\n      viewerCanEdit\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewTasksQuery($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      id\n      version\n      openedAt\n      viewerCanEdit\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAdoptionReviewMutation($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        id\n        status\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAdoptionReviewMutation($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        id\n        status\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardNameQuery($id: ID!) {\n    standard(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query StandardNameQuery($id: ID!) {\n    standard(id: $id) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapCommentFields on RoadmapComment {\n    id\n    itemId\n    parentId\n    body\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoadmapCommentFields on RoadmapComment {\n    id\n    itemId\n    parentId\n    body\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      ...RoadmapCommentFields\n    }\n  }\n"): (typeof documents)["\n  query RoadmapCommentsQuery($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      ...RoadmapCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoadmapCommentChangedSubscription($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        ...RoadmapCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoadmapCommentChangedSubscription($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        ...RoadmapCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      ...RoadmapCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRoadmapCommentMutation($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      ...RoadmapCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRoadmapCommentMutation($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRoadmapCommentMutation($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapVersionsQuery($roadmapId: ID!) {\n    roadmapVersions(roadmapId: $roadmapId) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapVersionsQuery($roadmapId: ID!) {\n    roadmapVersions(roadmapId: $roadmapId) {\n      id\n      name\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapComparisonFields on RoadmapComparison {\n    version {\n      id\n      name\n    }\n    added {\n      id\n      title\n    }\n    removed {\n      id\n      title\n    }\n    moved {\n      id\n      title\n      from {\n        startYear\n        endYear\n      }\n      to {\n        startYear\n        endYear\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoadmapComparisonFields on RoadmapComparison {\n    version {\n      id\n      name\n    }\n    added {\n      id\n      title\n    }\n    removed {\n      id\n      title\n    }\n    moved {\n      id\n      title\n      from {\n        startYear\n        endYear\n      }\n      to {\n        startYear\n        endYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRoadmapVersionQuery($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      ...RoadmapComparisonFields\n    }\n  }\n"): (typeof documents)["\n  query CompareRoadmapVersionQuery($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      ...RoadmapComparisonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoadmapVersionMutation($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoadmapVersionMutation($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRoadmapVersionMutation($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRoadmapVersionMutation($versionId: ID!) {\n    restoreRoadmapVersion(versionId: $versionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRoadmapTaskforces {\n    taskforces {\n      id\n      name\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query NewRoadmapTaskforces {\n    taskforces {\n      id\n      name\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoadmapMutation($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoadmapMutation($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoadmapMutation($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        id\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoadmapMutation($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        id\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveRoadmapMutation($id: ID!) {\n    archiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveRoadmapMutation($id: ID!) {\n    archiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveRoadmapMutation($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveRoadmapMutation($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardDescription_standard on Standard {\n    id\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment StandardDescription_standard on Standard {\n    id\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StandardRoadmapItems_standard on Standard {\n    roadmapItems {\n      id\n      title\n      startYear\n      endYear\n      status\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StandardRoadmapItems_standard on Standard {\n    roadmapItems {\n      id\n      title\n      startYear\n      endYear\n      status\n      roadmap {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardCandidatesQuery($search: String!) {\n    standards(search: $search, first: 8) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardCandidatesQuery($search: String!) {\n    standards(search: $search, first: 8) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n      municipality {\n        id\n        code\n        name\n      }\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromStandardMutation($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskforceAdminFields on Taskforce {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskforceAdminFields on Taskforce {\n    id\n    name\n    description\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTaskforceMutation($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTaskforceMutation($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskforceMutation($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTaskforceMutation($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      ...TaskforceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTaskforceMemberMutation($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      ...TaskforceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePageQuery($municipalityCode: String!, $municipalityId: ID!, $hasMunicipality: Boolean!) {\n    municipality(code: $municipalityCode) @include(if: $hasMunicipality) {\n      id\n      name\n      code\n      adoptions {\n        id\n        status\n        needsReview\n        reviewVersion\n        standard {\n          id\n          slug\n          name\n        }\n      }\n    }\n    initiatives(first: 20, municipalityId: $municipalityId) @include(if: $hasMunicipality) {\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n      }\n    }\n    roadmaps(first: 50) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePageQuery($municipalityCode: String!, $municipalityId: ID!, $hasMunicipality: Boolean!) {\n    municipality(code: $municipalityCode) @include(if: $hasMunicipality) {\n      id\n      name\n      code\n      adoptions {\n        id\n        status\n        needsReview\n        reviewVersion\n        standard {\n          id\n          slug\n          name\n        }\n      }\n    }\n    initiatives(first: 20, municipalityId: $municipalityId) @include(if: $hasMunicipality) {\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n      }\n    }\n    roadmaps(first: 50) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n    notifications(first: 10) {\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountLinkQuery($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountLinkQuery($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionPageQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionPageQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionFiguresQuery($standardId: ID!, $from: Date!, $to: Date!) {\n    standard(id: $standardId) {\n      id\n      slug\n      name\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: MONTH) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionFiguresQuery($standardId: ID!, $from: Date!, $to: Date!) {\n    standard(id: $standardId) {\n      id\n      slug\n      name\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: MONTH) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdoptionChangedSubscription($standardId: ID!) {\n    adoptionChanged(standardId: $standardId) {\n      id\n      status\n      municipality {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AdoptionChangedSubscription($standardId: ID!) {\n    adoptionChanged(standardId: $standardId) {\n      id\n      status\n      municipality {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueAdminQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n        lifecycle\n        versions {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueAdminQuery {\n    standards(first: 100) {\n      nodes {\n        id\n        slug\n        name\n        lifecycle\n        versions {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperationsAdminQuery {\n    cooperations {\n      ...CooperationAdminFields\n    }\n  }\n"): (typeof documents)["\n  query CooperationsAdminQuery {\n    cooperations {\n      ...CooperationAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAdminQuery($search: String) {\n    users(search: $search, first: 100) {\n      nodes {\n        id\n        name\n        email\n        roles\n        accountStatus\n        municipality {\n          id\n          name\n        }\n        cooperation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleAdminQuery($search: String) {\n    users(search: $search, first: 100) {\n      nodes {\n        id\n        name\n        email\n        roles\n        accountStatus\n        municipality {\n          id\n          name\n        }\n        cooperation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardAdminQuery($slug: String!) {\n    standard(slug: $slug) {\n      ...StandardAdminFields\n      subscribers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardAdminQuery($slug: String!) {\n    standard(slug: $slug) {\n      ...StandardAdminFields\n      subscribers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskforcesAdminQuery {\n    taskforces {\n      ...TaskforceAdminFields\n    }\n  }\n"): (typeof documents)["\n  query TaskforcesAdminQuery {\n    taskforces {\n      ...TaskforceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityPageQuery($code: String!) {\n    municipality(code: $code) {\n      id\n      code\n      name\n      population\n      province {\n        code\n        name\n      }\n      viewerCanEdit\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityPageQuery($code: String!) {\n    municipality(code: $code) {\n      id\n      code\n      name\n      population\n      province {\n        code\n        name\n      }\n      viewerCanEdit\n      adoptions {\n        ...AdoptionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeArticlePageQuery($id: ID!) {\n    page(id: $id) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeArticlePageQuery($id: ID!) {\n    page(id: $id) {\n      id\n      title\n      createdAt\n      updatedAt\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePageQuery {\n    pages(first: 100) {\n      nodes {\n        id\n        title\n        createdAt\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgePageQuery {\n    pages(first: 100) {\n      nodes {\n        id\n        title\n        createdAt\n        updatedAt\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickWinPageQuery($id: ID!) {\n    initiative(id: $id) {\n      ...QuickWinFields\n    }\n  }\n"): (typeof documents)["\n  query QuickWinPageQuery($id: ID!) {\n    initiative(id: $id) {\n      ...QuickWinFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuickWinChangedSubscription($id: ID!) {\n    initiativeChanged(id: $id) {\n      kind\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuickWinChangedSubscription($id: ID!) {\n    initiativeChanged(id: $id) {\n      kind\n      initiative {\n        ...QuickWinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickWinsPageQuery {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n        participants {\n          municipality {\n            id\n          }\n        }\n      }\n    }\n    initiativeDashboard {\n      total\n      overdueCount\n      byStatus {\n        status\n        count\n      }\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n        expectedCitizensReached\n        realisedCitizensReached\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickWinsPageQuery {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        deadline\n        overdue\n        participants {\n          municipality {\n            id\n          }\n        }\n      }\n    }\n    initiativeDashboard {\n      total\n      overdueCount\n      byStatus {\n        status\n        count\n      }\n      benefit {\n        expectedHoursPerYear\n        realisedHoursPerYear\n        expectedEurosPerYear\n        realisedEurosPerYear\n        expectedCitizensReached\n        realisedCitizensReached\n      }\n      deadlinesNext90Days {\n        id\n        title\n        deadline\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuickWinsChangedSubscription {\n    initiativeChanged {\n      kind\n      initiative {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuickWinsChangedSubscription {\n    initiativeChanged {\n      kind\n      initiative {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapPageQuery($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      description\n      archivedAt\n      viewerCanEdit\n      taskforce {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapPageQuery($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      startYear\n      endYear\n      description\n      archivedAt\n      viewerCanEdit\n      taskforce {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapsPageQuery($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        updatedAt\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapsPageQuery($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        updatedAt\n        taskforce {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperationPageQuery {\n    cooperations {\n      id\n      name\n      members {\n        id\n        name\n        viewerCanEdit\n      }\n    }\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperationPageQuery {\n    cooperations {\n      id\n      name\n      members {\n        id\n        name\n        viewerCanEdit\n      }\n    }\n    standards(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardPageQuery($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      category\n      lifecycle\n      owner\n      url\n      complianceLevel\n      establishedOn\n      complianceDeadline\n      viewerCanEdit\n      lifecycleReason\n      successor {\n        id\n        slug\n        name\n      }\n      links {\n        label\n        url\n      }\n      ...StandardRoadmapItems_standard\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      subscribers {\n        id\n        code\n        name\n      }\n      ...StandardDescription_standard\n    }\n  }\n"): (typeof documents)["\n  query StandardPageQuery($slug: String!) {\n    standard(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      category\n      lifecycle\n      owner\n      url\n      complianceLevel\n      establishedOn\n      complianceDeadline\n      viewerCanEdit\n      lifecycleReason\n      successor {\n        id\n        slug\n        name\n      }\n      links {\n        label\n        url\n      }\n      ...StandardRoadmapItems_standard\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n      subscribers {\n        id\n        code\n        name\n      }\n      ...StandardDescription_standard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardsPageQuery(\n    $first: Int\n    $after: String\n    $search: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n  ) {\n    standards(first: $first, after: $after, search: $search, category: $category, lifecycle: $lifecycle) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        summary\n        category\n        lifecycle\n        complianceLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardsPageQuery(\n    $first: Int\n    $after: String\n    $search: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n  ) {\n    standards(first: $first, after: $after, search: $search, category: $category, lifecycle: $lifecycle) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        summary\n        category\n        lifecycle\n        complianceLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageQuery($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPageQuery($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;