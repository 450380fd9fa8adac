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
    "\n  mutation AdminE2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        name\n        roles\n      }\n    }\n  }\n": typeof types.AdminE2ELoginDocument,
    "\n  query AdminE2EReviewTasks {\n    reviewTasks {\n      version\n      standard {\n        slug\n      }\n      municipality {\n        code\n      }\n    }\n  }\n": typeof types.AdminE2EReviewTasksDocument,
    "\n  query AdminE2EAdoptions($standardId: ID!) {\n    adoptions(standardId: $standardId) {\n      nodes {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminE2EAdoptionsDocument,
    "\n  query AdminE2ERoadmaps {\n    roadmaps(first: 100) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        description\n        lanes {\n          title\n        }\n      }\n    }\n  }\n": typeof types.AdminE2ERoadmapsDocument,
    "\n  mutation CollabLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CollabLoginDocument,
    "\n  mutation CollabCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": typeof types.CollabCreatePageDocument,
    "\n  mutation MailE2EPublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.MailE2EPublishDocument,
    "\n  mutation E2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        taskforces {\n          id\n        }\n      }\n    }\n  }\n": typeof types.E2ELoginDocument,
    "\n  mutation E2ECreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.E2ECreateRoadmapDocument,
    "\n  mutation E2EAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.E2EAddRoadmapItemDocument,
    "\n  mutation E2ECreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.E2ECreateInitiativeDocument,
    "\n  mutation PublicE2EComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": typeof types.PublicE2ECommentDocument,
    "\n  mutation PublicE2EPublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n": typeof types.PublicE2EPublishDocument,
    "\n  mutation RoadmapEditorLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.RoadmapEditorLoginDocument,
    "\n  mutation RoadmapEditorRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RoadmapEditorRemoveMemberDocument,
    "\n  mutation RoadmapEditorAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RoadmapEditorAddMemberDocument,
    "\n  query RoadmapEditorItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        title\n        startYear\n        endYear\n        standards {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RoadmapEditorItemsDocument,
    "\n  mutation MilestonesCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.MilestonesCreateRoadmapDocument,
    "\n  query MilestonesRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      milestones {\n        title\n        date\n      }\n      items {\n        title\n        owner\n      }\n    }\n  }\n": typeof types.MilestonesRoadmapDocument,
    "\n  mutation RealityE2eCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.RealityE2eCreateRoadmapDocument,
    "\n  mutation RealityE2eAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.RealityE2eAddItemDocument,
    "\n  mutation RealityE2eReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.RealityE2eReportDocument,
    "\n  mutation ClusterLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ClusterLoginDocument,
    "\n  mutation ClusterUpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.ClusterUpdateAdoptionDocument,
    "\n  subscription ClusterAdoptionChanged($standardId: ID) {\n    adoptionChanged(standardId: $standardId) {\n      status\n    }\n  }\n": typeof types.ClusterAdoptionChangedDocument,
    "\n  mutation UpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n        status\n        targetDate\n        adoptedVersion\n        note\n        needsReview\n        viewerCanEdit\n        municipality {\n          code\n        }\n        standard {\n          id\n        }\n        updatedBy {\n          id\n        }\n        history {\n          status\n          note\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateAdoptionDocument,
    "\n  mutation ReportStatus($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.ReportStatusDocument,
    "\n  query Adoptions(\n    $municipalityId: ID\n    $standardId: ID\n    $status: AdoptionStatus\n    $first: Int\n    $after: String\n  ) {\n    adoptions(\n      municipalityId: $municipalityId\n      standardId: $standardId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        status\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AdoptionsDocument,
    "\n  subscription AdoptionChanged($standardId: ID, $municipalityId: ID) {\n    adoptionChanged(standardId: $standardId, municipalityId: $municipalityId) {\n      status\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.AdoptionChangedDocument,
    "\n  query AdoptionDashboards($standardIds: [ID!]!, $standardId: ID!, $province: String, $first: Int) {\n    adoptionMatrix(standardIds: $standardIds, province: $province, first: $first) {\n      totalCount\n      standards {\n        id\n      }\n      nodes {\n        municipality {\n          code\n        }\n        cells {\n          standardId\n          status\n        }\n        statuses\n        needsReview\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.AdoptionDashboardsDocument,
    "\n  query AdoptionOverTime($standardId: ID!, $from: Date!, $to: Date!, $interval: TimeInterval) {\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: $interval) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.AdoptionOverTimeDocument,
    "\n  query MunicipalityAdoptions($code: String!) {\n    municipality(code: $code) {\n      viewerCanEdit\n      adoptions {\n        status\n        standard {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityAdoptionsDocument,
    "\n  mutation ReportForHistory($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n": typeof types.ReportForHistoryDocument,
    "\n  query AdoptionHistory($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        status\n        history {\n          status\n          note\n        }\n      }\n    }\n  }\n": typeof types.AdoptionHistoryDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        municipality {\n          code\n        }\n        expiresAt\n        active\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query ApiTokens($municipalityId: ID) {\n    apiTokens(municipalityId: $municipalityId) {\n      id\n      name\n      lastUsedAt\n      revokedAt\n      active\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query TokenAuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        apiToken {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TokenAuditLogDocument,
    "\n  subscription AdoptionChangedForToken($municipalityId: ID) {\n    adoptionChanged(municipalityId: $municipalityId) {\n      id\n      status\n    }\n  }\n": typeof types.AdoptionChangedForTokenDocument,
    "\n  mutation AuditCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.AuditCreateRoadmapDocument,
    "\n  mutation AuditCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCreatePageDocument,
    "\n  mutation AuditAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditAddCommentDocument,
    "\n  mutation AuditAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AuditAddMemberDocument,
    "\n  query AuditLogOf($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AuditLogOfDocument,
    "\n  query FilteredAuditLog(\n    $subjectId: ID\n    $subjectType: String\n    $actorId: ID\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      subjectId: $subjectId\n      subjectType: $subjectType\n      actorId: $actorId\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        action\n        subjectType\n        subjectId\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FilteredAuditLogDocument,
    "\n  query AuditFacets {\n    auditLogFacets {\n      actions\n      subjectTypes\n    }\n  }\n": typeof types.AuditFacetsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": typeof types.TaskforceMembersDocument,
    "\n  mutation CatalogueCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        links {\n          label\n          url\n        }\n      }\n    }\n  }\n": typeof types.CatalogueCreateStandardDocument,
    "\n  mutation CatalogueChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n        lifecycleReason\n        successor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CatalogueChangeLifecycleDocument,
    "\n  mutation CatalogueUpdateLifecycle($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": typeof types.CatalogueUpdateLifecycleDocument,
    "\n  mutation CataloguePublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n": typeof types.CataloguePublishDocument,
    "\n  mutation CatalogueSubscribe($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n    }\n  }\n": typeof types.CatalogueSubscribeDocument,
    "\n  query CatalogueReviewTasks($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      version\n      viewerCanEdit\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.CatalogueReviewTasksDocument,
    "\n  mutation CatalogueConfirm($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        status\n        needsReview\n        history {\n          status\n        }\n      }\n    }\n  }\n": typeof types.CatalogueConfirmDocument,
    "\n  mutation CatalogueReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        needsReview\n      }\n    }\n  }\n": typeof types.CatalogueReportDocument,
    "\n  query CatalogueAdoptionOf($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n": typeof types.CatalogueAdoptionOfDocument,
    "\n  mutation CooperationCreate($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      id\n      name\n      members {\n        code\n      }\n    }\n  }\n": typeof types.CooperationCreateDocument,
    "\n  mutation CooperationAddMember($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      members {\n        code\n      }\n    }\n  }\n": typeof types.CooperationAddMemberDocument,
    "\n  mutation CooperationRename($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      name\n    }\n  }\n": typeof types.CooperationRenameDocument,
    "\n  mutation CooperationReport($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n        history {\n          cooperation {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CooperationReportDocument,
    "\n  mutation CooperationOwnReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CooperationOwnReportDocument,
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
    "\n  mutation KnowledgeCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.KnowledgeCreatePageDocument,
    "\n  mutation KnowledgeUpdatePage($input: UpdatePageInput!) {\n    updatePage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.KnowledgeUpdatePageDocument,
    "\n  mutation KnowledgeSetLinks($input: SetPageLinksInput!) {\n    setPageLinks(input: $input) {\n      links {\n        kind\n        id\n        title\n        key\n      }\n    }\n  }\n": typeof types.KnowledgeSetLinksDocument,
    "\n  query KnowledgeLinkedPages($kind: SearchKind!, $id: ID!) {\n    linkedPages(kind: $kind, id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.KnowledgeLinkedPagesDocument,
    "\n  query KnowledgeTree($id: ID!) {\n    page(id: $id) {\n      title\n      deletedAt\n      children {\n        title\n      }\n    }\n    pages(first: 100) {\n      nodes {\n        id\n      }\n    }\n    trashedPages(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.KnowledgeTreeDocument,
    "\n  mutation KnowledgeDeletePage($id: ID!) {\n    deletePage(id: $id) {\n      deletedAt\n    }\n  }\n": typeof types.KnowledgeDeletePageDocument,
    "\n  mutation KnowledgeRestorePage($id: ID!) {\n    restorePage(id: $id) {\n      deletedAt\n    }\n  }\n": typeof types.KnowledgeRestorePageDocument,
    "\n  mutation KnowledgePublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n": typeof types.KnowledgePublishDocument,
    "\n  query KnowledgePublicPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n    }\n  }\n": typeof types.KnowledgePublicPageDocument,
    "\n  query KnowledgeSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeSearchDocument,
    "\n  query MunicipalityList(\n    $first: Int\n    $after: String\n    $province: String\n    $search: String\n    $includeEnded: Boolean\n  ) {\n    municipalities(\n      first: $first\n      after: $after\n      province: $province\n      search: $search\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      nodes {\n        code\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MunicipalityListDocument,
    "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": typeof types.ProvinceListDocument,
    "\n  query MunicipalityProvince($code: String!) {\n    municipality(code: $code) {\n      province {\n        code\n        municipalityCount\n      }\n    }\n  }\n": typeof types.MunicipalityProvinceDocument,
    "\n  mutation PublishStandardVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n          date\n          changes\n        }\n      }\n    }\n  }\n": typeof types.PublishStandardVersionDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        read\n        standard {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation SetDeadline($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        complianceDeadline\n      }\n    }\n  }\n": typeof types.SetDeadlineDocument,
    "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      sent\n      path\n      expiresAt\n      user {\n        id\n        email\n        roles\n        accountStatus\n        municipality {\n          code\n        }\n        taskforces {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleInviteDocument,
    "\n  query PeopleLinkInfo($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n": typeof types.PeopleLinkInfoDocument,
    "\n  mutation PeopleAccept($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        name\n        email\n      }\n    }\n  }\n": typeof types.PeopleAcceptDocument,
    "\n  mutation PeopleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.PeopleLoginDocument,
    "\n  query PeopleMe {\n    me {\n      name\n      roles\n    }\n  }\n": typeof types.PeopleMeDocument,
    "\n  query PeopleUsers($search: String) {\n    users(search: $search, first: 50) {\n      totalCount\n      nodes {\n        email\n        accountStatus\n      }\n    }\n  }\n": typeof types.PeopleUsersDocument,
    "\n  mutation PeopleAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      roles\n      municipality {\n        code\n      }\n    }\n  }\n": typeof types.PeopleAccessDocument,
    "\n  mutation PeopleDeactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n": typeof types.PeopleDeactivateDocument,
    "\n  mutation PeopleReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n": typeof types.PeopleReactivateDocument,
    "\n  mutation PeopleCreateLink($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n    }\n  }\n": typeof types.PeopleCreateLinkDocument,
    "\n  mutation PeopleRename($name: String!) {\n    updateMyName(name: $name) {\n      name\n    }\n  }\n": typeof types.PeopleRenameDocument,
    "\n  mutation PeopleChangePassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.PeopleChangePasswordDocument,
    "\n  mutation PeopleReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.PeopleResetDocument,
    "\n  query ProgrammeTestScorecard($code: String!) {\n    municipality(code: $code) {\n      sizeClass\n      scorecard {\n        programme {\n          slug\n        }\n        rows {\n          standard {\n            slug\n          }\n          status\n          state\n          obligation {\n            bindingLevel\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeTestScorecardDocument,
    "\n  mutation ProgrammeTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.ProgrammeTestReportDocument,
    "\n  query ProgrammeTestPage($slug: String!, $includeDemo: Boolean) {\n    programme(slug: $slug) {\n      obligations {\n        id\n        standard {\n          slug\n        }\n        deadline\n        originalDeadline\n        driftDays\n        deadlineChanges {\n          oldDeadline\n          newDeadline\n          reason\n          decidedBy\n        }\n        progress(includeDemo: $includeDemo) {\n          applicable\n          met\n          onTrack\n          overdue\n          explained\n          demo\n        }\n      }\n    }\n    programmeDashboard(slug: $slug, includeDemo: $includeDemo) {\n      total {\n        applicable\n        met\n        overdue\n        explained\n        demo\n      }\n      cooperations {\n        name\n        applicable\n      }\n    }\n  }\n": typeof types.ProgrammeTestPageDocument,
    "\n  mutation ProgrammeTestChangeDeadline($input: ChangeObligationDeadlineInput!) {\n    changeObligationDeadline(input: $input) {\n      deadline\n      driftDays\n    }\n  }\n": typeof types.ProgrammeTestChangeDeadlineDocument,
    "\n  mutation ProgrammeTestRecordMerger($input: RecordMergerInput!) {\n    recordMerger(input: $input) {\n      effectiveDate\n      ended {\n        code\n        active\n        mergedInto {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeTestRecordMergerDocument,
    "\n  query ProgrammeTestInherited($code: String!) {\n    municipality(code: $code) {\n      predecessors {\n        ended {\n          code\n        }\n      }\n      inheritedAdoptions {\n        municipality {\n          code\n        }\n        status\n      }\n    }\n  }\n": typeof types.ProgrammeTestInheritedDocument,
    "\n  mutation ProgrammeTestImport($input: ImportAdoptionsInput!) {\n    importAdoptions(input: $input) {\n      applied\n      errorCount\n      rows {\n        line\n        errors\n      }\n    }\n  }\n": typeof types.ProgrammeTestImportDocument,
    "\n  mutation PublicationTestPublish($input: PublishInput!) {\n    publish(input: $input) {\n      id\n      kind\n      slug\n      title\n      versionName\n      isDemo\n    }\n  }\n": typeof types.PublicationTestPublishDocument,
    "\n  mutation PublicationTestUnpublish($kind: PublicationKind!, $subjectId: ID!) {\n    unpublish(kind: $kind, subjectId: $subjectId)\n  }\n": typeof types.PublicationTestUnpublishDocument,
    "\n  query PublicationTestRoadmap($slug: String!) {\n    publicRoadmap(slug: $slug) {\n      slug\n      title\n      description\n      startYear\n      endYear\n      vision\n      taskforceName\n      versionName\n      publishedAt\n      updatedAt\n      isDemo\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          slug\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n": typeof types.PublicationTestRoadmapDocument,
    "\n  query PublicationTestQuickWin($slug: String!) {\n    publicQuickWin(slug: $slug) {\n      title\n      liveCount\n      participantCount\n      participants {\n        municipalityCode\n        municipalityName\n        status\n      }\n    }\n  }\n": typeof types.PublicationTestQuickWinDocument,
    "\n  query PublicationTestPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n      paragraphs\n    }\n  }\n": typeof types.PublicationTestPageDocument,
    "\n  query PublicationTestList {\n    publications(first: 50) {\n      totalCount\n      nodes {\n        kind\n        slug\n        title\n      }\n    }\n  }\n": typeof types.PublicationTestListDocument,
    "\n  query PublicationTestMunicipality($code: String!) {\n    municipalityPublications(code: $code) {\n      kind\n      slug\n    }\n  }\n": typeof types.PublicationTestMunicipalityDocument,
    "\n  mutation PublicationTestVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": typeof types.PublicationTestVersionDocument,
    "\n  mutation PublicationTestComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": typeof types.PublicationTestCommentDocument,
    "\n  query PublicationTestSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PublicationTestSearchDocument,
    "\n  query ResponseCacheCatalogue($first: Int) {\n    standards(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResponseCacheCatalogueDocument,
    "\n  query ResponseCacheFollowers($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ResponseCacheFollowersDocument,
    "\n  mutation AdminCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n        archivedAt\n      }\n    }\n  }\n": typeof types.AdminCreateRoadmapDocument,
    "\n  mutation AdminUpdateRoadmap($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n": typeof types.AdminUpdateRoadmapDocument,
    "\n  mutation AdminAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.AdminAddItemDocument,
    "\n  mutation AdminArchiveRoadmap($id: ID!) {\n    archiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n": typeof types.AdminArchiveRoadmapDocument,
    "\n  mutation AdminUnarchiveRoadmap($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n": typeof types.AdminUnarchiveRoadmapDocument,
    "\n  query AdminRoadmaps($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.AdminRoadmapsDocument,
    "\n  query AdminRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      title\n      endYear\n      items {\n        title\n      }\n    }\n  }\n": typeof types.AdminRoadmapDocument,
    "\n  subscription RoadmapCommentFeed($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        id\n        itemId\n        parentId\n        body\n        resolvedAt\n        author {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RoadmapCommentFeedDocument,
    "\n  mutation FeedAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": typeof types.FeedAddCommentDocument,
    "\n  mutation FeedResolveComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      resolvedAt\n    }\n  }\n": typeof types.FeedResolveCommentDocument,
    "\n  query FeedComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      id\n    }\n  }\n": typeof types.FeedCommentsDocument,
    "\n  fragment RealityTestFields on RoadmapReality {\n    year\n    totals {\n      items\n      late\n      applicable\n      adopted\n      overdue\n      participants\n      live\n    }\n    lanes {\n      laneId\n      totals {\n        items\n        late\n        applicable\n        adopted\n      }\n    }\n    items {\n      itemId\n      late\n      standards {\n        standard {\n          name\n        }\n        basis\n        applicable\n        adopted\n        overdue\n        hasDeadline\n      }\n      initiatives {\n        initiative {\n          title\n        }\n        live\n        participants\n      }\n    }\n  }\n": typeof types.RealityTestFieldsFragmentDoc,
    "\n  query RealityTestQuery($id: ID!) {\n    roadmap(id: $id) {\n      reality {\n        ...RealityTestFields\n      }\n    }\n  }\n": typeof types.RealityTestQueryDocument,
    "\n  subscription RealityTestFeed($roadmapId: ID!) {\n    roadmapRealityChanged(roadmapId: $roadmapId) {\n      ...RealityTestFields\n    }\n  }\n": typeof types.RealityTestFeedDocument,
    "\n  mutation RealityTestCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.RealityTestCreateRoadmapDocument,
    "\n  mutation RealityTestAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.RealityTestAddItemDocument,
    "\n  mutation RealityTestUpdateItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.RealityTestUpdateItemDocument,
    "\n  mutation RealityTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.RealityTestReportDocument,
    "\n  mutation RealityTestRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.RealityTestRolloutDocument,
    "\n  mutation RealityTestSaveVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": typeof types.RealityTestSaveVersionDocument,
    "\n  query RealityTestCompare($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      changed {\n        id\n        fields\n        fromLane\n        toLane\n      }\n      milestonesAdded {\n        title\n      }\n      milestonesMoved {\n        title\n        fromDate\n        toDate\n      }\n      lanes {\n        renamed {\n          fromTitle\n          toTitle\n        }\n      }\n      vision {\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n      drift {\n        kind\n        title\n        from\n        to\n        years\n        days\n      }\n    }\n  }\n": typeof types.RealityTestCompareDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n          score\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation SearchCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.SearchCreateRoadmapDocument,
    "\n  mutation SearchAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.SearchAddRoadmapItemDocument,
    "\n  mutation SearchUpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.SearchUpdateRoadmapItemDocument,
    "\n  mutation SearchCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.SearchCreateInitiativeDocument,
    "\n  mutation SearchUpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.SearchUpdateInitiativeDocument,
    "\n  mutation SearchCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": typeof types.SearchCreatePageDocument,
    "\n  mutation SearchUpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.SearchUpdateStandardDocument,
    "\n  query FanoutSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          title\n        }\n      }\n    }\n  }\n": typeof types.FanoutSearchDocument,
    "\n  mutation FanoutCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.FanoutCreateStandardDocument,
    "\n  mutation FanoutCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.FanoutCreateInitiativeDocument,
    "\n  mutation FanoutCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": typeof types.FanoutCreatePageDocument,
    "\n  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n": typeof types.ReportBeforeShutdownDocument,
    "\n  query Standards(\n    $first: Int\n    $after: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n    $search: String\n  ) {\n    standards(first: $first, after: $after, category: $category, lifecycle: $lifecycle, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.StandardsDocument,
    "\n  query StandardPage($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n": typeof types.StandardPageDocument,
    "\n  query MunicipalityAdoptionPage($first: Int) {\n    municipalities(first: $first) {\n      nodes {\n        code\n        viewerCanEdit\n        adoptions {\n          status\n          standard {\n            name\n          }\n        }\n        subscriptions {\n          standard {\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityAdoptionPageDocument,
    "\n  query StandardBy($id: ID, $slug: String) {\n    standard(id: $id, slug: $slug) {\n      id\n      slug\n      complianceDeadline\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.StandardByDocument,
    "\n  mutation CreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        category\n        lifecycle\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.CreateStandardDocument,
    "\n  mutation UpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        complianceDeadline\n      }\n    }\n  }\n": typeof types.UpdateStandardDocument,
    "\n  mutation SubscribeToStandard($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.SubscribeToStandardDocument,
    "\n  mutation UnsubscribeFromStandard($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n": typeof types.UnsubscribeFromStandardDocument,
    "\n  query SeededTrend($standardId: ID!) {\n    adoptionOverTime(standardId: $standardId, from: \"2020-01-01\", to: \"2026-11-24\", interval: YEAR) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.SeededTrendDocument,
    "\n  query LinkedRoadmapItems($slug: String!) {\n    standard(slug: $slug) {\n      name\n      roadmapItems {\n        title\n        roadmap {\n          title\n        }\n      }\n    }\n  }\n": typeof types.LinkedRoadmapItemsDocument,
    "\n  mutation LinkedCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": typeof types.LinkedCreateRoadmapDocument,
    "\n  mutation LinkedAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.LinkedAddItemDocument,
    "\n  mutation TaskforceAdminCreate($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      id\n      name\n      description\n      members {\n        id\n      }\n    }\n  }\n": typeof types.TaskforceAdminCreateDocument,
    "\n  mutation TaskforceAdminUpdate($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      name\n      description\n    }\n  }\n": typeof types.TaskforceAdminUpdateDocument,
    "\n  query TaskforceAdminAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.TaskforceAdminAuditDocument,
    "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.MunicipalityNamesDocument,
    "\n  query CatalogueSize {\n    standards(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.CatalogueSizeDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  query MyRoles {\n    me {\n      id\n      roles\n    }\n  }\n": typeof types.MyRolesDocument,
    "\n  query CanEditUtrecht {\n    municipality(code: \"GM0344\") {\n      viewerCanEdit\n    }\n  }\n": typeof types.CanEditUtrechtDocument,
    "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        kinds\n        status\n        municipality {\n          code\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegisterWebhookDocument,
    "\n  query WebhookLog($municipalityId: ID) {\n    webhooks(municipalityId: $municipalityId) {\n      id\n      status\n      pausedReason\n      consecutiveFailures\n      deliveries(first: 50) {\n        totalCount\n        nodes {\n          id\n          eventId\n          kind\n          status\n          nextAttemptAt\n          attempts {\n            at\n            responseCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookLogDocument,
    "\n  mutation SendTestEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) {\n      id\n      eventId\n      status\n    }\n  }\n": typeof types.SendTestEventDocument,
    "\n  mutation ResumeWebhook($id: ID!) {\n    resumeWebhook(id: $id) {\n      id\n      status\n      consecutiveFailures\n    }\n  }\n": typeof types.ResumeWebhookDocument,
    "\n  mutation PauseWebhook($id: ID!) {\n    pauseWebhook(id: $id) {\n      status\n      pausedReason\n    }\n  }\n": typeof types.PauseWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation PublishForWebhook($standardId: ID!, $number: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: \"2026-03-01\", changes: \"Nieuw\") {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.PublishForWebhookDocument,
    "\n  mutation FollowForWebhook($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n": typeof types.FollowForWebhookDocument,
    "\n  mutation LifecycleForWebhook($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": typeof types.LifecycleForWebhookDocument,
    "\n  mutation AdoptionForWebhook($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": typeof types.AdoptionForWebhookDocument,
    "\n  query OwnerNotifications {\n    notifications(first: 10) {\n      nodes {\n        kind\n        message\n        subjectType\n        subjectId\n      }\n    }\n  }\n": typeof types.OwnerNotificationsDocument,
    "\n  query WebhookAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        after\n      }\n    }\n  }\n": typeof types.WebhookAuditDocument,
    "\n  mutation CreateForExport($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.CreateForExportDocument,
    "\n  mutation RolloutForExport($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.RolloutForExportDocument,
    "\n  mutation PublishForFeed($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.PublishForFeedDocument,
    "\n  mutation LifecycleForFeed($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": typeof types.LifecycleForFeedDocument,
    "\n  mutation UpdateForFeed($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": typeof types.UpdateForFeedDocument,
    "\n  mutation SeededPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"1.0\"\n      date: \"2026-12-01\"\n      changes: \"Eerste versie\"\n    ) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n": typeof types.SeededPublishDocument,
    "\n  mutation CrashPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.CrashPublishVersionDocument,
    "\n  mutation MailPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.MailPublishVersionDocument,
    "\n  mutation MailChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": typeof types.MailChangeLifecycleDocument,
    "\n  query MailMySettings {\n    myMailSettings {\n      language\n      preferences {\n        kind\n        frequency\n      }\n    }\n  }\n": typeof types.MailMySettingsDocument,
    "\n  mutation MailUpdateSettings($input: MailSettingsInput!) {\n    updateMyMailSettings(input: $input) {\n      language\n    }\n  }\n": typeof types.MailUpdateSettingsDocument,
    "\n  query MailOutbox($first: Int) {\n    outbox(first: $first) {\n      totalCount\n      nodes {\n        to\n        subject\n        status\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  mutation MailAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": typeof types.MailAddCommentDocument,
    "\n  mutation MailUpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n      }\n    }\n  }\n": typeof types.MailUpdateInitiativeStatusDocument,
    "\n  mutation ReachFollow($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n": typeof types.ReachFollowDocument,
    "\n  mutation ReachRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n    }\n  }\n": typeof types.ReachRegisterWebhookDocument,
    "\n  mutation ReachPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"2.0\"\n      date: \"2026-12-01\"\n      changes: \"Nieuwe velden\"\n    ) {\n      standard {\n        id\n      }\n    }\n  }\n": typeof types.ReachPublishDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": typeof types.SessionLogoutDocument,
    "\n  mutation SessionRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.SessionRemoveMemberDocument,
    "\n  mutation SessionAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.SessionAddMemberDocument,
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
    "\n  mutation PageBodyCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": typeof types.PageBodyCreatePageDocument,
    "\n  query PageBodySearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n          snippet\n        }\n      }\n    }\n  }\n": typeof types.PageBodySearchDocument,
    "\n  mutation LogoutCollab {\n    logout\n  }\n": typeof types.LogoutCollabDocument,
    "\n  mutation RemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation AddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n      viewerCanEdit\n    }\n  }\n": typeof types.AddMemberDocument,
};
const documents: Documents = {
    "\n  mutation AdminE2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        name\n        roles\n      }\n    }\n  }\n": types.AdminE2ELoginDocument,
    "\n  query AdminE2EReviewTasks {\n    reviewTasks {\n      version\n      standard {\n        slug\n      }\n      municipality {\n        code\n      }\n    }\n  }\n": types.AdminE2EReviewTasksDocument,
    "\n  query AdminE2EAdoptions($standardId: ID!) {\n    adoptions(standardId: $standardId) {\n      nodes {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n": types.AdminE2EAdoptionsDocument,
    "\n  query AdminE2ERoadmaps {\n    roadmaps(first: 100) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        description\n        lanes {\n          title\n        }\n      }\n    }\n  }\n": types.AdminE2ERoadmapsDocument,
    "\n  mutation CollabLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.CollabLoginDocument,
    "\n  mutation CollabCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": types.CollabCreatePageDocument,
    "\n  mutation MailE2EPublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": types.MailE2EPublishDocument,
    "\n  mutation E2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        taskforces {\n          id\n        }\n      }\n    }\n  }\n": types.E2ELoginDocument,
    "\n  mutation E2ECreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.E2ECreateRoadmapDocument,
    "\n  mutation E2EAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.E2EAddRoadmapItemDocument,
    "\n  mutation E2ECreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.E2ECreateInitiativeDocument,
    "\n  mutation PublicE2EComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": types.PublicE2ECommentDocument,
    "\n  mutation PublicE2EPublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n": types.PublicE2EPublishDocument,
    "\n  mutation RoadmapEditorLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.RoadmapEditorLoginDocument,
    "\n  mutation RoadmapEditorRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.RoadmapEditorRemoveMemberDocument,
    "\n  mutation RoadmapEditorAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.RoadmapEditorAddMemberDocument,
    "\n  query RoadmapEditorItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        title\n        startYear\n        endYear\n        standards {\n          name\n        }\n      }\n    }\n  }\n": types.RoadmapEditorItemsDocument,
    "\n  mutation MilestonesCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.MilestonesCreateRoadmapDocument,
    "\n  query MilestonesRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      milestones {\n        title\n        date\n      }\n      items {\n        title\n        owner\n      }\n    }\n  }\n": types.MilestonesRoadmapDocument,
    "\n  mutation RealityE2eCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.RealityE2eCreateRoadmapDocument,
    "\n  mutation RealityE2eAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.RealityE2eAddItemDocument,
    "\n  mutation RealityE2eReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.RealityE2eReportDocument,
    "\n  mutation ClusterLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ClusterLoginDocument,
    "\n  mutation ClusterUpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.ClusterUpdateAdoptionDocument,
    "\n  subscription ClusterAdoptionChanged($standardId: ID) {\n    adoptionChanged(standardId: $standardId) {\n      status\n    }\n  }\n": types.ClusterAdoptionChangedDocument,
    "\n  mutation UpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n        status\n        targetDate\n        adoptedVersion\n        note\n        needsReview\n        viewerCanEdit\n        municipality {\n          code\n        }\n        standard {\n          id\n        }\n        updatedBy {\n          id\n        }\n        history {\n          status\n          note\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UpdateAdoptionDocument,
    "\n  mutation ReportStatus($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.ReportStatusDocument,
    "\n  query Adoptions(\n    $municipalityId: ID\n    $standardId: ID\n    $status: AdoptionStatus\n    $first: Int\n    $after: String\n  ) {\n    adoptions(\n      municipalityId: $municipalityId\n      standardId: $standardId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        status\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.AdoptionsDocument,
    "\n  subscription AdoptionChanged($standardId: ID, $municipalityId: ID) {\n    adoptionChanged(standardId: $standardId, municipalityId: $municipalityId) {\n      status\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": types.AdoptionChangedDocument,
    "\n  query AdoptionDashboards($standardIds: [ID!]!, $standardId: ID!, $province: String, $first: Int) {\n    adoptionMatrix(standardIds: $standardIds, province: $province, first: $first) {\n      totalCount\n      standards {\n        id\n      }\n      nodes {\n        municipality {\n          code\n        }\n        cells {\n          standardId\n          status\n        }\n        statuses\n        needsReview\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": types.AdoptionDashboardsDocument,
    "\n  query AdoptionOverTime($standardId: ID!, $from: Date!, $to: Date!, $interval: TimeInterval) {\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: $interval) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": types.AdoptionOverTimeDocument,
    "\n  query MunicipalityAdoptions($code: String!) {\n    municipality(code: $code) {\n      viewerCanEdit\n      adoptions {\n        status\n        standard {\n          id\n        }\n      }\n    }\n  }\n": types.MunicipalityAdoptionsDocument,
    "\n  mutation ReportForHistory($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n": types.ReportForHistoryDocument,
    "\n  query AdoptionHistory($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        status\n        history {\n          status\n          note\n        }\n      }\n    }\n  }\n": types.AdoptionHistoryDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        municipality {\n          code\n        }\n        expiresAt\n        active\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query ApiTokens($municipalityId: ID) {\n    apiTokens(municipalityId: $municipalityId) {\n      id\n      name\n      lastUsedAt\n      revokedAt\n      active\n      createdBy {\n        id\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query TokenAuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        apiToken {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TokenAuditLogDocument,
    "\n  subscription AdoptionChangedForToken($municipalityId: ID) {\n    adoptionChanged(municipalityId: $municipalityId) {\n      id\n      status\n    }\n  }\n": types.AdoptionChangedForTokenDocument,
    "\n  mutation AuditCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.AuditCreateRoadmapDocument,
    "\n  mutation AuditCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": types.AuditCreatePageDocument,
    "\n  mutation AuditAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": types.AuditAddCommentDocument,
    "\n  mutation AuditAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.AuditAddMemberDocument,
    "\n  query AuditLogOf($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n      }\n    }\n  }\n": types.AuditLogOfDocument,
    "\n  query FilteredAuditLog(\n    $subjectId: ID\n    $subjectType: String\n    $actorId: ID\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      subjectId: $subjectId\n      subjectType: $subjectType\n      actorId: $actorId\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        action\n        subjectType\n        subjectId\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n": types.FilteredAuditLogDocument,
    "\n  query AuditFacets {\n    auditLogFacets {\n      actions\n      subjectTypes\n    }\n  }\n": types.AuditFacetsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        roles\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      taskforces {\n        name\n        viewerCanEdit\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n      query TaskforceMembers {\n        taskforces {\n          name\n          members {\n            id\n            email\n          }\n        }\n      }\n    ": types.TaskforceMembersDocument,
    "\n  mutation CatalogueCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        links {\n          label\n          url\n        }\n      }\n    }\n  }\n": types.CatalogueCreateStandardDocument,
    "\n  mutation CatalogueChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n        lifecycleReason\n        successor {\n          name\n        }\n      }\n    }\n  }\n": types.CatalogueChangeLifecycleDocument,
    "\n  mutation CatalogueUpdateLifecycle($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": types.CatalogueUpdateLifecycleDocument,
    "\n  mutation CataloguePublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n": types.CataloguePublishDocument,
    "\n  mutation CatalogueSubscribe($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n    }\n  }\n": types.CatalogueSubscribeDocument,
    "\n  query CatalogueReviewTasks($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      version\n      viewerCanEdit\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": types.CatalogueReviewTasksDocument,
    "\n  mutation CatalogueConfirm($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        status\n        needsReview\n        history {\n          status\n        }\n      }\n    }\n  }\n": types.CatalogueConfirmDocument,
    "\n  mutation CatalogueReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        needsReview\n      }\n    }\n  }\n": types.CatalogueReportDocument,
    "\n  query CatalogueAdoptionOf($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n": types.CatalogueAdoptionOfDocument,
    "\n  mutation CooperationCreate($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      id\n      name\n      members {\n        code\n      }\n    }\n  }\n": types.CooperationCreateDocument,
    "\n  mutation CooperationAddMember($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      members {\n        code\n      }\n    }\n  }\n": types.CooperationAddMemberDocument,
    "\n  mutation CooperationRename($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      name\n    }\n  }\n": types.CooperationRenameDocument,
    "\n  mutation CooperationReport($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n        history {\n          cooperation {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CooperationReportDocument,
    "\n  mutation CooperationOwnReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n": types.CooperationOwnReportDocument,
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
    "\n  mutation KnowledgeCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": types.KnowledgeCreatePageDocument,
    "\n  mutation KnowledgeUpdatePage($input: UpdatePageInput!) {\n    updatePage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": types.KnowledgeUpdatePageDocument,
    "\n  mutation KnowledgeSetLinks($input: SetPageLinksInput!) {\n    setPageLinks(input: $input) {\n      links {\n        kind\n        id\n        title\n        key\n      }\n    }\n  }\n": types.KnowledgeSetLinksDocument,
    "\n  query KnowledgeLinkedPages($kind: SearchKind!, $id: ID!) {\n    linkedPages(kind: $kind, id: $id) {\n      id\n      title\n    }\n  }\n": types.KnowledgeLinkedPagesDocument,
    "\n  query KnowledgeTree($id: ID!) {\n    page(id: $id) {\n      title\n      deletedAt\n      children {\n        title\n      }\n    }\n    pages(first: 100) {\n      nodes {\n        id\n      }\n    }\n    trashedPages(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.KnowledgeTreeDocument,
    "\n  mutation KnowledgeDeletePage($id: ID!) {\n    deletePage(id: $id) {\n      deletedAt\n    }\n  }\n": types.KnowledgeDeletePageDocument,
    "\n  mutation KnowledgeRestorePage($id: ID!) {\n    restorePage(id: $id) {\n      deletedAt\n    }\n  }\n": types.KnowledgeRestorePageDocument,
    "\n  mutation KnowledgePublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n": types.KnowledgePublishDocument,
    "\n  query KnowledgePublicPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n    }\n  }\n": types.KnowledgePublicPageDocument,
    "\n  query KnowledgeSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n        }\n      }\n    }\n  }\n": types.KnowledgeSearchDocument,
    "\n  query MunicipalityList(\n    $first: Int\n    $after: String\n    $province: String\n    $search: String\n    $includeEnded: Boolean\n  ) {\n    municipalities(\n      first: $first\n      after: $after\n      province: $province\n      search: $search\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      nodes {\n        code\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MunicipalityListDocument,
    "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n": types.ProvinceListDocument,
    "\n  query MunicipalityProvince($code: String!) {\n    municipality(code: $code) {\n      province {\n        code\n        municipalityCount\n      }\n    }\n  }\n": types.MunicipalityProvinceDocument,
    "\n  mutation PublishStandardVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n          date\n          changes\n        }\n      }\n    }\n  }\n": types.PublishStandardVersionDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        read\n        standard {\n          id\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      standard {\n        id\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation SetDeadline($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        complianceDeadline\n      }\n    }\n  }\n": types.SetDeadlineDocument,
    "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      sent\n      path\n      expiresAt\n      user {\n        id\n        email\n        roles\n        accountStatus\n        municipality {\n          code\n        }\n        taskforces {\n          name\n        }\n      }\n    }\n  }\n": types.PeopleInviteDocument,
    "\n  query PeopleLinkInfo($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n": types.PeopleLinkInfoDocument,
    "\n  mutation PeopleAccept($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        name\n        email\n      }\n    }\n  }\n": types.PeopleAcceptDocument,
    "\n  mutation PeopleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.PeopleLoginDocument,
    "\n  query PeopleMe {\n    me {\n      name\n      roles\n    }\n  }\n": types.PeopleMeDocument,
    "\n  query PeopleUsers($search: String) {\n    users(search: $search, first: 50) {\n      totalCount\n      nodes {\n        email\n        accountStatus\n      }\n    }\n  }\n": types.PeopleUsersDocument,
    "\n  mutation PeopleAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      roles\n      municipality {\n        code\n      }\n    }\n  }\n": types.PeopleAccessDocument,
    "\n  mutation PeopleDeactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n": types.PeopleDeactivateDocument,
    "\n  mutation PeopleReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n": types.PeopleReactivateDocument,
    "\n  mutation PeopleCreateLink($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n    }\n  }\n": types.PeopleCreateLinkDocument,
    "\n  mutation PeopleRename($name: String!) {\n    updateMyName(name: $name) {\n      name\n    }\n  }\n": types.PeopleRenameDocument,
    "\n  mutation PeopleChangePassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.PeopleChangePasswordDocument,
    "\n  mutation PeopleReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.PeopleResetDocument,
    "\n  query ProgrammeTestScorecard($code: String!) {\n    municipality(code: $code) {\n      sizeClass\n      scorecard {\n        programme {\n          slug\n        }\n        rows {\n          standard {\n            slug\n          }\n          status\n          state\n          obligation {\n            bindingLevel\n          }\n        }\n      }\n    }\n  }\n": types.ProgrammeTestScorecardDocument,
    "\n  mutation ProgrammeTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.ProgrammeTestReportDocument,
    "\n  query ProgrammeTestPage($slug: String!, $includeDemo: Boolean) {\n    programme(slug: $slug) {\n      obligations {\n        id\n        standard {\n          slug\n        }\n        deadline\n        originalDeadline\n        driftDays\n        deadlineChanges {\n          oldDeadline\n          newDeadline\n          reason\n          decidedBy\n        }\n        progress(includeDemo: $includeDemo) {\n          applicable\n          met\n          onTrack\n          overdue\n          explained\n          demo\n        }\n      }\n    }\n    programmeDashboard(slug: $slug, includeDemo: $includeDemo) {\n      total {\n        applicable\n        met\n        overdue\n        explained\n        demo\n      }\n      cooperations {\n        name\n        applicable\n      }\n    }\n  }\n": types.ProgrammeTestPageDocument,
    "\n  mutation ProgrammeTestChangeDeadline($input: ChangeObligationDeadlineInput!) {\n    changeObligationDeadline(input: $input) {\n      deadline\n      driftDays\n    }\n  }\n": types.ProgrammeTestChangeDeadlineDocument,
    "\n  mutation ProgrammeTestRecordMerger($input: RecordMergerInput!) {\n    recordMerger(input: $input) {\n      effectiveDate\n      ended {\n        code\n        active\n        mergedInto {\n          code\n        }\n      }\n    }\n  }\n": types.ProgrammeTestRecordMergerDocument,
    "\n  query ProgrammeTestInherited($code: String!) {\n    municipality(code: $code) {\n      predecessors {\n        ended {\n          code\n        }\n      }\n      inheritedAdoptions {\n        municipality {\n          code\n        }\n        status\n      }\n    }\n  }\n": types.ProgrammeTestInheritedDocument,
    "\n  mutation ProgrammeTestImport($input: ImportAdoptionsInput!) {\n    importAdoptions(input: $input) {\n      applied\n      errorCount\n      rows {\n        line\n        errors\n      }\n    }\n  }\n": types.ProgrammeTestImportDocument,
    "\n  mutation PublicationTestPublish($input: PublishInput!) {\n    publish(input: $input) {\n      id\n      kind\n      slug\n      title\n      versionName\n      isDemo\n    }\n  }\n": types.PublicationTestPublishDocument,
    "\n  mutation PublicationTestUnpublish($kind: PublicationKind!, $subjectId: ID!) {\n    unpublish(kind: $kind, subjectId: $subjectId)\n  }\n": types.PublicationTestUnpublishDocument,
    "\n  query PublicationTestRoadmap($slug: String!) {\n    publicRoadmap(slug: $slug) {\n      slug\n      title\n      description\n      startYear\n      endYear\n      vision\n      taskforceName\n      versionName\n      publishedAt\n      updatedAt\n      isDemo\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          slug\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n": types.PublicationTestRoadmapDocument,
    "\n  query PublicationTestQuickWin($slug: String!) {\n    publicQuickWin(slug: $slug) {\n      title\n      liveCount\n      participantCount\n      participants {\n        municipalityCode\n        municipalityName\n        status\n      }\n    }\n  }\n": types.PublicationTestQuickWinDocument,
    "\n  query PublicationTestPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n      paragraphs\n    }\n  }\n": types.PublicationTestPageDocument,
    "\n  query PublicationTestList {\n    publications(first: 50) {\n      totalCount\n      nodes {\n        kind\n        slug\n        title\n      }\n    }\n  }\n": types.PublicationTestListDocument,
    "\n  query PublicationTestMunicipality($code: String!) {\n    municipalityPublications(code: $code) {\n      kind\n      slug\n    }\n  }\n": types.PublicationTestMunicipalityDocument,
    "\n  mutation PublicationTestVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": types.PublicationTestVersionDocument,
    "\n  mutation PublicationTestComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": types.PublicationTestCommentDocument,
    "\n  query PublicationTestSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PublicationTestSearchDocument,
    "\n  query ResponseCacheCatalogue($first: Int) {\n    standards(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n": types.ResponseCacheCatalogueDocument,
    "\n  query ResponseCacheFollowers($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n": types.ResponseCacheFollowersDocument,
    "\n  mutation AdminCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n        archivedAt\n      }\n    }\n  }\n": types.AdminCreateRoadmapDocument,
    "\n  mutation AdminUpdateRoadmap($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n": types.AdminUpdateRoadmapDocument,
    "\n  mutation AdminAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.AdminAddItemDocument,
    "\n  mutation AdminArchiveRoadmap($id: ID!) {\n    archiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n": types.AdminArchiveRoadmapDocument,
    "\n  mutation AdminUnarchiveRoadmap($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n": types.AdminUnarchiveRoadmapDocument,
    "\n  query AdminRoadmaps($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.AdminRoadmapsDocument,
    "\n  query AdminRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      title\n      endYear\n      items {\n        title\n      }\n    }\n  }\n": types.AdminRoadmapDocument,
    "\n  subscription RoadmapCommentFeed($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        id\n        itemId\n        parentId\n        body\n        resolvedAt\n        author {\n          id\n        }\n      }\n    }\n  }\n": types.RoadmapCommentFeedDocument,
    "\n  mutation FeedAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": types.FeedAddCommentDocument,
    "\n  mutation FeedResolveComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      resolvedAt\n    }\n  }\n": types.FeedResolveCommentDocument,
    "\n  query FeedComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      id\n    }\n  }\n": types.FeedCommentsDocument,
    "\n  fragment RealityTestFields on RoadmapReality {\n    year\n    totals {\n      items\n      late\n      applicable\n      adopted\n      overdue\n      participants\n      live\n    }\n    lanes {\n      laneId\n      totals {\n        items\n        late\n        applicable\n        adopted\n      }\n    }\n    items {\n      itemId\n      late\n      standards {\n        standard {\n          name\n        }\n        basis\n        applicable\n        adopted\n        overdue\n        hasDeadline\n      }\n      initiatives {\n        initiative {\n          title\n        }\n        live\n        participants\n      }\n    }\n  }\n": types.RealityTestFieldsFragmentDoc,
    "\n  query RealityTestQuery($id: ID!) {\n    roadmap(id: $id) {\n      reality {\n        ...RealityTestFields\n      }\n    }\n  }\n": types.RealityTestQueryDocument,
    "\n  subscription RealityTestFeed($roadmapId: ID!) {\n    roadmapRealityChanged(roadmapId: $roadmapId) {\n      ...RealityTestFields\n    }\n  }\n": types.RealityTestFeedDocument,
    "\n  mutation RealityTestCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.RealityTestCreateRoadmapDocument,
    "\n  mutation RealityTestAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.RealityTestAddItemDocument,
    "\n  mutation RealityTestUpdateItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.RealityTestUpdateItemDocument,
    "\n  mutation RealityTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.RealityTestReportDocument,
    "\n  mutation RealityTestRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.RealityTestRolloutDocument,
    "\n  mutation RealityTestSaveVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n": types.RealityTestSaveVersionDocument,
    "\n  query RealityTestCompare($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      changed {\n        id\n        fields\n        fromLane\n        toLane\n      }\n      milestonesAdded {\n        title\n      }\n      milestonesMoved {\n        title\n        fromDate\n        toDate\n      }\n      lanes {\n        renamed {\n          fromTitle\n          toTitle\n        }\n      }\n      vision {\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n      drift {\n        kind\n        title\n        from\n        to\n        years\n        days\n      }\n    }\n  }\n": types.RealityTestCompareDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n          score\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation SearchCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.SearchCreateRoadmapDocument,
    "\n  mutation SearchAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.SearchAddRoadmapItemDocument,
    "\n  mutation SearchUpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.SearchUpdateRoadmapItemDocument,
    "\n  mutation SearchCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.SearchCreateInitiativeDocument,
    "\n  mutation SearchUpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.SearchUpdateInitiativeDocument,
    "\n  mutation SearchCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": types.SearchCreatePageDocument,
    "\n  mutation SearchUpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n": types.SearchUpdateStandardDocument,
    "\n  query FanoutSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          title\n        }\n      }\n    }\n  }\n": types.FanoutSearchDocument,
    "\n  mutation FanoutCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n": types.FanoutCreateStandardDocument,
    "\n  mutation FanoutCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.FanoutCreateInitiativeDocument,
    "\n  mutation FanoutCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": types.FanoutCreatePageDocument,
    "\n  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n": types.ReportBeforeShutdownDocument,
    "\n  query Standards(\n    $first: Int\n    $after: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n    $search: String\n  ) {\n    standards(first: $first, after: $after, category: $category, lifecycle: $lifecycle, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.StandardsDocument,
    "\n  query StandardPage($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n": types.StandardPageDocument,
    "\n  query MunicipalityAdoptionPage($first: Int) {\n    municipalities(first: $first) {\n      nodes {\n        code\n        viewerCanEdit\n        adoptions {\n          status\n          standard {\n            name\n          }\n        }\n        subscriptions {\n          standard {\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.MunicipalityAdoptionPageDocument,
    "\n  query StandardBy($id: ID, $slug: String) {\n    standard(id: $id, slug: $slug) {\n      id\n      slug\n      complianceDeadline\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.StandardByDocument,
    "\n  mutation CreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        category\n        lifecycle\n        viewerCanEdit\n      }\n    }\n  }\n": types.CreateStandardDocument,
    "\n  mutation UpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        complianceDeadline\n      }\n    }\n  }\n": types.UpdateStandardDocument,
    "\n  mutation SubscribeToStandard($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n": types.SubscribeToStandardDocument,
    "\n  mutation UnsubscribeFromStandard($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n": types.UnsubscribeFromStandardDocument,
    "\n  query SeededTrend($standardId: ID!) {\n    adoptionOverTime(standardId: $standardId, from: \"2020-01-01\", to: \"2026-11-24\", interval: YEAR) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": types.SeededTrendDocument,
    "\n  query LinkedRoadmapItems($slug: String!) {\n    standard(slug: $slug) {\n      name\n      roadmapItems {\n        title\n        roadmap {\n          title\n        }\n      }\n    }\n  }\n": types.LinkedRoadmapItemsDocument,
    "\n  mutation LinkedCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n": types.LinkedCreateRoadmapDocument,
    "\n  mutation LinkedAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.LinkedAddItemDocument,
    "\n  mutation TaskforceAdminCreate($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      id\n      name\n      description\n      members {\n        id\n      }\n    }\n  }\n": types.TaskforceAdminCreateDocument,
    "\n  mutation TaskforceAdminUpdate($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      name\n      description\n    }\n  }\n": types.TaskforceAdminUpdateDocument,
    "\n  query TaskforceAdminAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n      }\n    }\n  }\n": types.TaskforceAdminAuditDocument,
    "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n": types.MunicipalityNamesDocument,
    "\n  query CatalogueSize {\n    standards(first: 5) {\n      totalCount\n    }\n  }\n": types.CatalogueSizeDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": types.WhoAmIDocument,
    "\n  query MyRoles {\n    me {\n      id\n      roles\n    }\n  }\n": types.MyRolesDocument,
    "\n  query CanEditUtrecht {\n    municipality(code: \"GM0344\") {\n      viewerCanEdit\n    }\n  }\n": types.CanEditUtrechtDocument,
    "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        kinds\n        status\n        municipality {\n          code\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.RegisterWebhookDocument,
    "\n  query WebhookLog($municipalityId: ID) {\n    webhooks(municipalityId: $municipalityId) {\n      id\n      status\n      pausedReason\n      consecutiveFailures\n      deliveries(first: 50) {\n        totalCount\n        nodes {\n          id\n          eventId\n          kind\n          status\n          nextAttemptAt\n          attempts {\n            at\n            responseCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n": types.WebhookLogDocument,
    "\n  mutation SendTestEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) {\n      id\n      eventId\n      status\n    }\n  }\n": types.SendTestEventDocument,
    "\n  mutation ResumeWebhook($id: ID!) {\n    resumeWebhook(id: $id) {\n      id\n      status\n      consecutiveFailures\n    }\n  }\n": types.ResumeWebhookDocument,
    "\n  mutation PauseWebhook($id: ID!) {\n    pauseWebhook(id: $id) {\n      status\n      pausedReason\n    }\n  }\n": types.PauseWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation PublishForWebhook($standardId: ID!, $number: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: \"2026-03-01\", changes: \"Nieuw\") {\n      standard {\n        id\n      }\n    }\n  }\n": types.PublishForWebhookDocument,
    "\n  mutation FollowForWebhook($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n": types.FollowForWebhookDocument,
    "\n  mutation LifecycleForWebhook($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": types.LifecycleForWebhookDocument,
    "\n  mutation AdoptionForWebhook($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n": types.AdoptionForWebhookDocument,
    "\n  query OwnerNotifications {\n    notifications(first: 10) {\n      nodes {\n        kind\n        message\n        subjectType\n        subjectId\n      }\n    }\n  }\n": types.OwnerNotificationsDocument,
    "\n  query WebhookAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        after\n      }\n    }\n  }\n": types.WebhookAuditDocument,
    "\n  mutation CreateForExport($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.CreateForExportDocument,
    "\n  mutation RolloutForExport($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.RolloutForExportDocument,
    "\n  mutation PublishForFeed($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": types.PublishForFeedDocument,
    "\n  mutation LifecycleForFeed($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": types.LifecycleForFeedDocument,
    "\n  mutation UpdateForFeed($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": types.UpdateForFeedDocument,
    "\n  mutation SeededPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"1.0\"\n      date: \"2026-12-01\"\n      changes: \"Eerste versie\"\n    ) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n": types.SeededPublishDocument,
    "\n  mutation CrashPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": types.CrashPublishVersionDocument,
    "\n  mutation MailPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n": types.MailPublishVersionDocument,
    "\n  mutation MailChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n": types.MailChangeLifecycleDocument,
    "\n  query MailMySettings {\n    myMailSettings {\n      language\n      preferences {\n        kind\n        frequency\n      }\n    }\n  }\n": types.MailMySettingsDocument,
    "\n  mutation MailUpdateSettings($input: MailSettingsInput!) {\n    updateMyMailSettings(input: $input) {\n      language\n    }\n  }\n": types.MailUpdateSettingsDocument,
    "\n  query MailOutbox($first: Int) {\n    outbox(first: $first) {\n      totalCount\n      nodes {\n        to\n        subject\n        status\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  mutation MailAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n": types.MailAddCommentDocument,
    "\n  mutation MailUpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n      }\n    }\n  }\n": types.MailUpdateInitiativeStatusDocument,
    "\n  mutation ReachFollow($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n": types.ReachFollowDocument,
    "\n  mutation ReachRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n    }\n  }\n": types.ReachRegisterWebhookDocument,
    "\n  mutation ReachPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"2.0\"\n      date: \"2026-12-01\"\n      changes: \"Nieuwe velden\"\n    ) {\n      standard {\n        id\n      }\n    }\n  }\n": types.ReachPublishDocument,
    "\n  mutation SessionLogout {\n    logout\n  }\n": types.SessionLogoutDocument,
    "\n  mutation SessionRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.SessionRemoveMemberDocument,
    "\n  mutation SessionAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n": types.SessionAddMemberDocument,
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
    "\n  mutation PageBodyCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n": types.PageBodyCreatePageDocument,
    "\n  query PageBodySearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n          snippet\n        }\n      }\n    }\n  }\n": types.PageBodySearchDocument,
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
export function graphql(source: "\n  mutation AdminE2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        name\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminE2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        name\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminE2EReviewTasks {\n    reviewTasks {\n      version\n      standard {\n        slug\n      }\n      municipality {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminE2EReviewTasks {\n    reviewTasks {\n      version\n      standard {\n        slug\n      }\n      municipality {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminE2EAdoptions($standardId: ID!) {\n    adoptions(standardId: $standardId) {\n      nodes {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminE2EAdoptions($standardId: ID!) {\n    adoptions(standardId: $standardId) {\n      nodes {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminE2ERoadmaps {\n    roadmaps(first: 100) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        description\n        lanes {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminE2ERoadmaps {\n    roadmaps(first: 100) {\n      nodes {\n        id\n        title\n        startYear\n        endYear\n        description\n        lanes {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CollabLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CollabCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailE2EPublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailE2EPublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        taskforces {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2ELogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        taskforces {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ECreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2ECreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2EAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2EAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ECreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2ECreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicE2EComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublicE2EComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicE2EPublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation PublicE2EPublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoadmapEditorLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation RoadmapEditorLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoadmapEditorRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RoadmapEditorRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoadmapEditorAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RoadmapEditorAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapEditorItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        title\n        startYear\n        endYear\n        standards {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapEditorItems($id: ID!) {\n    roadmap(id: $id) {\n      items {\n        title\n        startYear\n        endYear\n        standards {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MilestonesCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MilestonesCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MilestonesRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      milestones {\n        title\n        date\n      }\n      items {\n        title\n        owner\n      }\n    }\n  }\n"): (typeof documents)["\n  query MilestonesRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      milestones {\n        title\n        date\n      }\n      items {\n        title\n        owner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityE2eCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityE2eCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityE2eAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityE2eAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityE2eReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityE2eReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ClusterLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterUpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClusterUpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClusterAdoptionChanged($standardId: ID) {\n    adoptionChanged(standardId: $standardId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ClusterAdoptionChanged($standardId: ID) {\n    adoptionChanged(standardId: $standardId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n        status\n        targetDate\n        adoptedVersion\n        note\n        needsReview\n        viewerCanEdit\n        municipality {\n          code\n        }\n        standard {\n          id\n        }\n        updatedBy {\n          id\n        }\n        history {\n          status\n          note\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdoption($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n        status\n        targetDate\n        adoptedVersion\n        note\n        needsReview\n        viewerCanEdit\n        municipality {\n          code\n        }\n        standard {\n          id\n        }\n        updatedBy {\n          id\n        }\n        history {\n          status\n          note\n          at\n          by {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportStatus($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportStatus($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Adoptions(\n    $municipalityId: ID\n    $standardId: ID\n    $status: AdoptionStatus\n    $first: Int\n    $after: String\n  ) {\n    adoptions(\n      municipalityId: $municipalityId\n      standardId: $standardId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        status\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Adoptions(\n    $municipalityId: ID\n    $standardId: ID\n    $status: AdoptionStatus\n    $first: Int\n    $after: String\n  ) {\n    adoptions(\n      municipalityId: $municipalityId\n      standardId: $standardId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        status\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdoptionChanged($standardId: ID, $municipalityId: ID) {\n    adoptionChanged(standardId: $standardId, municipalityId: $municipalityId) {\n      status\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AdoptionChanged($standardId: ID, $municipalityId: ID) {\n    adoptionChanged(standardId: $standardId, municipalityId: $municipalityId) {\n      status\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionDashboards($standardIds: [ID!]!, $standardId: ID!, $province: String, $first: Int) {\n    adoptionMatrix(standardIds: $standardIds, province: $province, first: $first) {\n      totalCount\n      standards {\n        id\n      }\n      nodes {\n        municipality {\n          code\n        }\n        cells {\n          standardId\n          status\n        }\n        statuses\n        needsReview\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionDashboards($standardIds: [ID!]!, $standardId: ID!, $province: String, $first: Int) {\n    adoptionMatrix(standardIds: $standardIds, province: $province, first: $first) {\n      totalCount\n      standards {\n        id\n      }\n      nodes {\n        municipality {\n          code\n        }\n        cells {\n          standardId\n          status\n        }\n        statuses\n        needsReview\n      }\n    }\n    adoptionByProvince(standardId: $standardId) {\n      province {\n        code\n        name\n      }\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionOverTime($standardId: ID!, $from: Date!, $to: Date!, $interval: TimeInterval) {\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: $interval) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionOverTime($standardId: ID!, $from: Date!, $to: Date!, $interval: TimeInterval) {\n    adoptionOverTime(standardId: $standardId, from: $from, to: $to, interval: $interval) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityAdoptions($code: String!) {\n    municipality(code: $code) {\n      viewerCanEdit\n      adoptions {\n        status\n        standard {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityAdoptions($code: String!) {\n    municipality(code: $code) {\n      viewerCanEdit\n      adoptions {\n        status\n        standard {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportForHistory($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportForHistory($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionHistory($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        status\n        history {\n          status\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionHistory($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        status\n        history {\n          status\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        municipality {\n          code\n        }\n        expiresAt\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        municipality {\n          code\n        }\n        expiresAt\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($municipalityId: ID) {\n    apiTokens(municipalityId: $municipalityId) {\n      id\n      name\n      lastUsedAt\n      revokedAt\n      active\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($municipalityId: ID) {\n    apiTokens(municipalityId: $municipalityId) {\n      id\n      name\n      lastUsedAt\n      revokedAt\n      active\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenAuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        apiToken {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokenAuditLog($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        apiToken {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdoptionChangedForToken($municipalityId: ID) {\n    adoptionChanged(municipalityId: $municipalityId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription AdoptionChangedForToken($municipalityId: ID) {\n    adoptionChanged(municipalityId: $municipalityId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogOf($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogOf($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        actor {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredAuditLog(\n    $subjectId: ID\n    $subjectType: String\n    $actorId: ID\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      subjectId: $subjectId\n      subjectType: $subjectType\n      actorId: $actorId\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        action\n        subjectType\n        subjectId\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredAuditLog(\n    $subjectId: ID\n    $subjectType: String\n    $actorId: ID\n    $action: String\n    $from: Date\n    $to: Date\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      subjectId: $subjectId\n      subjectType: $subjectType\n      actorId: $actorId\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        action\n        subjectType\n        subjectId\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFacets {\n    auditLogFacets {\n      actions\n      subjectTypes\n    }\n  }\n"): (typeof documents)["\n  query AuditFacets {\n    auditLogFacets {\n      actions\n      subjectTypes\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CatalogueCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        links {\n          label\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        links {\n          label\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n        lifecycleReason\n        successor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n        lifecycleReason\n        successor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueUpdateLifecycle($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueUpdateLifecycle($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CataloguePublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CataloguePublish($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueSubscribe($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueSubscribe($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueReviewTasks($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      version\n      viewerCanEdit\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueReviewTasks($municipalityId: ID) {\n    reviewTasks(municipalityId: $municipalityId) {\n      version\n      viewerCanEdit\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueConfirm($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        status\n        needsReview\n        history {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueConfirm($municipalityId: ID!, $standardId: ID!) {\n    confirmAdoptionReview(municipalityId: $municipalityId, standardId: $standardId) {\n      adoption {\n        status\n        needsReview\n        history {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        needsReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        needsReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueAdoptionOf($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueAdoptionOf($municipalityId: ID, $standardId: ID) {\n    adoptions(municipalityId: $municipalityId, standardId: $standardId) {\n      nodes {\n        needsReview\n        reviewVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CooperationCreate($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      id\n      name\n      members {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CooperationCreate($input: CreateCooperationInput!) {\n    createCooperation(input: $input) {\n      id\n      name\n      members {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CooperationAddMember($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      members {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CooperationAddMember($cooperationId: ID!, $municipalityId: ID!) {\n    addCooperationMember(cooperationId: $cooperationId, municipalityId: $municipalityId) {\n      members {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CooperationRename($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CooperationRename($input: UpdateCooperationInput!) {\n    updateCooperation(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CooperationReport($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n        history {\n          cooperation {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CooperationReport($input: ReportAdoptionForCooperationInput!) {\n    reportAdoptionForCooperation(input: $input) {\n      adoptions {\n        status\n        municipality {\n          code\n        }\n        updatedBy {\n          name\n        }\n        reportedFor {\n          name\n        }\n        history {\n          cooperation {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CooperationOwnReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CooperationOwnReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        reportedFor {\n          name\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgeCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeUpdatePage($input: UpdatePageInput!) {\n    updatePage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgeUpdatePage($input: UpdatePageInput!) {\n    updatePage(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeSetLinks($input: SetPageLinksInput!) {\n    setPageLinks(input: $input) {\n      links {\n        kind\n        id\n        title\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgeSetLinks($input: SetPageLinksInput!) {\n    setPageLinks(input: $input) {\n      links {\n        kind\n        id\n        title\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeLinkedPages($kind: SearchKind!, $id: ID!) {\n    linkedPages(kind: $kind, id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeLinkedPages($kind: SearchKind!, $id: ID!) {\n    linkedPages(kind: $kind, id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeTree($id: ID!) {\n    page(id: $id) {\n      title\n      deletedAt\n      children {\n        title\n      }\n    }\n    pages(first: 100) {\n      nodes {\n        id\n      }\n    }\n    trashedPages(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeTree($id: ID!) {\n    page(id: $id) {\n      title\n      deletedAt\n      children {\n        title\n      }\n    }\n    pages(first: 100) {\n      nodes {\n        id\n      }\n    }\n    trashedPages(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeDeletePage($id: ID!) {\n    deletePage(id: $id) {\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgeDeletePage($id: ID!) {\n    deletePage(id: $id) {\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeRestorePage($id: ID!) {\n    restorePage(id: $id) {\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgeRestorePage($id: ID!) {\n    restorePage(id: $id) {\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgePublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation KnowledgePublish($input: PublishInput!) {\n    publish(input: $input) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePublicPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n    }\n  }\n"): (typeof documents)["\n  query KnowledgePublicPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityList(\n    $first: Int\n    $after: String\n    $province: String\n    $search: String\n    $includeEnded: Boolean\n  ) {\n    municipalities(\n      first: $first\n      after: $after\n      province: $province\n      search: $search\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      nodes {\n        code\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityList(\n    $first: Int\n    $after: String\n    $province: String\n    $search: String\n    $includeEnded: Boolean\n  ) {\n    municipalities(\n      first: $first\n      after: $after\n      province: $province\n      search: $search\n      includeEnded: $includeEnded\n    ) {\n      totalCount\n      nodes {\n        code\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n"): (typeof documents)["\n  query ProvinceList {\n    provinces {\n      code\n      name\n      municipalityCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityProvince($code: String!) {\n    municipality(code: $code) {\n      province {\n        code\n        municipalityCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityProvince($code: String!) {\n    municipality(code: $code) {\n      province {\n        code\n        municipalityCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishStandardVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n          date\n          changes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishStandardVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        versions {\n          number\n          date\n          changes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        read\n        standard {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        read\n        standard {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeadline($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        complianceDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeadline($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        complianceDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      sent\n      path\n      expiresAt\n      user {\n        id\n        email\n        roles\n        accountStatus\n        municipality {\n          code\n        }\n        taskforces {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      sent\n      path\n      expiresAt\n      user {\n        id\n        email\n        roles\n        accountStatus\n        municipality {\n          code\n        }\n        taskforces {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleLinkInfo($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n"): (typeof documents)["\n  query PeopleLinkInfo($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleAccept($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleAccept($token: String!, $password: String!) {\n    acceptAccountLink(token: $token, password: $password) {\n      token\n      user {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleMe {\n    me {\n      name\n      roles\n    }\n  }\n"): (typeof documents)["\n  query PeopleMe {\n    me {\n      name\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleUsers($search: String) {\n    users(search: $search, first: 50) {\n      totalCount\n      nodes {\n        email\n        accountStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleUsers($search: String) {\n    users(search: $search, first: 50) {\n      totalCount\n      nodes {\n        email\n        accountStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      roles\n      municipality {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      roles\n      municipality {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleDeactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleDeactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      accountStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateLink($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleCreateLink($userId: ID!) {\n    createAccountLink(userId: $userId) {\n      path\n      sent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleRename($name: String!) {\n    updateMyName(name: $name) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleRename($name: String!) {\n    updateMyName(name: $name) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleChangePassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation PeopleChangePassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation PeopleReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTestScorecard($code: String!) {\n    municipality(code: $code) {\n      sizeClass\n      scorecard {\n        programme {\n          slug\n        }\n        rows {\n          standard {\n            slug\n          }\n          status\n          state\n          obligation {\n            bindingLevel\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeTestScorecard($code: String!) {\n    municipality(code: $code) {\n      sizeClass\n      scorecard {\n        programme {\n          slug\n        }\n        rows {\n          standard {\n            slug\n          }\n          status\n          state\n          obligation {\n            bindingLevel\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgrammeTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgrammeTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTestPage($slug: String!, $includeDemo: Boolean) {\n    programme(slug: $slug) {\n      obligations {\n        id\n        standard {\n          slug\n        }\n        deadline\n        originalDeadline\n        driftDays\n        deadlineChanges {\n          oldDeadline\n          newDeadline\n          reason\n          decidedBy\n        }\n        progress(includeDemo: $includeDemo) {\n          applicable\n          met\n          onTrack\n          overdue\n          explained\n          demo\n        }\n      }\n    }\n    programmeDashboard(slug: $slug, includeDemo: $includeDemo) {\n      total {\n        applicable\n        met\n        overdue\n        explained\n        demo\n      }\n      cooperations {\n        name\n        applicable\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeTestPage($slug: String!, $includeDemo: Boolean) {\n    programme(slug: $slug) {\n      obligations {\n        id\n        standard {\n          slug\n        }\n        deadline\n        originalDeadline\n        driftDays\n        deadlineChanges {\n          oldDeadline\n          newDeadline\n          reason\n          decidedBy\n        }\n        progress(includeDemo: $includeDemo) {\n          applicable\n          met\n          onTrack\n          overdue\n          explained\n          demo\n        }\n      }\n    }\n    programmeDashboard(slug: $slug, includeDemo: $includeDemo) {\n      total {\n        applicable\n        met\n        overdue\n        explained\n        demo\n      }\n      cooperations {\n        name\n        applicable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgrammeTestChangeDeadline($input: ChangeObligationDeadlineInput!) {\n    changeObligationDeadline(input: $input) {\n      deadline\n      driftDays\n    }\n  }\n"): (typeof documents)["\n  mutation ProgrammeTestChangeDeadline($input: ChangeObligationDeadlineInput!) {\n    changeObligationDeadline(input: $input) {\n      deadline\n      driftDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgrammeTestRecordMerger($input: RecordMergerInput!) {\n    recordMerger(input: $input) {\n      effectiveDate\n      ended {\n        code\n        active\n        mergedInto {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgrammeTestRecordMerger($input: RecordMergerInput!) {\n    recordMerger(input: $input) {\n      effectiveDate\n      ended {\n        code\n        active\n        mergedInto {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTestInherited($code: String!) {\n    municipality(code: $code) {\n      predecessors {\n        ended {\n          code\n        }\n      }\n      inheritedAdoptions {\n        municipality {\n          code\n        }\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeTestInherited($code: String!) {\n    municipality(code: $code) {\n      predecessors {\n        ended {\n          code\n        }\n      }\n      inheritedAdoptions {\n        municipality {\n          code\n        }\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgrammeTestImport($input: ImportAdoptionsInput!) {\n    importAdoptions(input: $input) {\n      applied\n      errorCount\n      rows {\n        line\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgrammeTestImport($input: ImportAdoptionsInput!) {\n    importAdoptions(input: $input) {\n      applied\n      errorCount\n      rows {\n        line\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicationTestPublish($input: PublishInput!) {\n    publish(input: $input) {\n      id\n      kind\n      slug\n      title\n      versionName\n      isDemo\n    }\n  }\n"): (typeof documents)["\n  mutation PublicationTestPublish($input: PublishInput!) {\n    publish(input: $input) {\n      id\n      kind\n      slug\n      title\n      versionName\n      isDemo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicationTestUnpublish($kind: PublicationKind!, $subjectId: ID!) {\n    unpublish(kind: $kind, subjectId: $subjectId)\n  }\n"): (typeof documents)["\n  mutation PublicationTestUnpublish($kind: PublicationKind!, $subjectId: ID!) {\n    unpublish(kind: $kind, subjectId: $subjectId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestRoadmap($slug: String!) {\n    publicRoadmap(slug: $slug) {\n      slug\n      title\n      description\n      startYear\n      endYear\n      vision\n      taskforceName\n      versionName\n      publishedAt\n      updatedAt\n      isDemo\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          slug\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestRoadmap($slug: String!) {\n    publicRoadmap(slug: $slug) {\n      slug\n      title\n      description\n      startYear\n      endYear\n      vision\n      taskforceName\n      versionName\n      publishedAt\n      updatedAt\n      isDemo\n      lanes {\n        id\n        title\n      }\n      items {\n        id\n        title\n        laneId\n        startYear\n        endYear\n        status\n        standards {\n          slug\n          name\n        }\n      }\n      milestones {\n        id\n        title\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestQuickWin($slug: String!) {\n    publicQuickWin(slug: $slug) {\n      title\n      liveCount\n      participantCount\n      participants {\n        municipalityCode\n        municipalityName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestQuickWin($slug: String!) {\n    publicQuickWin(slug: $slug) {\n      title\n      liveCount\n      participantCount\n      participants {\n        municipalityCode\n        municipalityName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n      paragraphs\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestPage($slug: String!) {\n    publicPage(slug: $slug) {\n      title\n      paragraphs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestList {\n    publications(first: 50) {\n      totalCount\n      nodes {\n        kind\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestList {\n    publications(first: 50) {\n      totalCount\n      nodes {\n        kind\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestMunicipality($code: String!) {\n    municipalityPublications(code: $code) {\n      kind\n      slug\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestMunicipality($code: String!) {\n    municipalityPublications(code: $code) {\n      kind\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicationTestVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublicationTestVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicationTestComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublicationTestComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicationTestSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicationTestSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheCatalogue($first: Int) {\n    standards(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheCatalogue($first: Int) {\n    standards(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheFollowers($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheFollowers($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n        title\n        startYear\n        endYear\n        description\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRoadmap($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateRoadmap($input: UpdateRoadmapInput!) {\n    updateRoadmap(input: $input) {\n      roadmap {\n        title\n        startYear\n        endYear\n        description\n      }\n      itemsOutsidePeriod {\n        title\n        startYear\n        endYear\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveRoadmap($id: ID!) {\n    archiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminArchiveRoadmap($id: ID!) {\n    archiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnarchiveRoadmap($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUnarchiveRoadmap($id: ID!) {\n    unarchiveRoadmap(id: $id) {\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoadmaps($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRoadmaps($archived: Boolean) {\n    roadmaps(first: 100, archived: $archived) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      title\n      endYear\n      items {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRoadmap($id: ID!) {\n    roadmap(id: $id) {\n      title\n      endYear\n      items {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoadmapCommentFeed($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        id\n        itemId\n        parentId\n        body\n        resolvedAt\n        author {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoadmapCommentFeed($roadmapId: ID!) {\n    roadmapCommentChanged(roadmapId: $roadmapId) {\n      kind\n      comment {\n        id\n        itemId\n        parentId\n        body\n        resolvedAt\n        author {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FeedAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedResolveComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FeedResolveComment($id: ID!) {\n    resolveRoadmapComment(id: $id) {\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query FeedComments($roadmapId: ID!, $itemId: ID!) {\n    roadmapComments(roadmapId: $roadmapId, itemId: $itemId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RealityTestFields on RoadmapReality {\n    year\n    totals {\n      items\n      late\n      applicable\n      adopted\n      overdue\n      participants\n      live\n    }\n    lanes {\n      laneId\n      totals {\n        items\n        late\n        applicable\n        adopted\n      }\n    }\n    items {\n      itemId\n      late\n      standards {\n        standard {\n          name\n        }\n        basis\n        applicable\n        adopted\n        overdue\n        hasDeadline\n      }\n      initiatives {\n        initiative {\n          title\n        }\n        live\n        participants\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RealityTestFields on RoadmapReality {\n    year\n    totals {\n      items\n      late\n      applicable\n      adopted\n      overdue\n      participants\n      live\n    }\n    lanes {\n      laneId\n      totals {\n        items\n        late\n        applicable\n        adopted\n      }\n    }\n    items {\n      itemId\n      late\n      standards {\n        standard {\n          name\n        }\n        basis\n        applicable\n        adopted\n        overdue\n        hasDeadline\n      }\n      initiatives {\n        initiative {\n          title\n        }\n        live\n        participants\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealityTestQuery($id: ID!) {\n    roadmap(id: $id) {\n      reality {\n        ...RealityTestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RealityTestQuery($id: ID!) {\n    roadmap(id: $id) {\n      reality {\n        ...RealityTestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RealityTestFeed($roadmapId: ID!) {\n    roadmapRealityChanged(roadmapId: $roadmapId) {\n      ...RealityTestFields\n    }\n  }\n"): (typeof documents)["\n  subscription RealityTestFeed($roadmapId: ID!) {\n    roadmapRealityChanged(roadmapId: $roadmapId) {\n      ...RealityTestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestUpdateItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestUpdateItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestReport($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestRollout($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RealityTestSaveVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RealityTestSaveVersion($roadmapId: ID!, $name: String!) {\n    createRoadmapVersion(roadmapId: $roadmapId, name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealityTestCompare($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      changed {\n        id\n        fields\n        fromLane\n        toLane\n      }\n      milestonesAdded {\n        title\n      }\n      milestonesMoved {\n        title\n        fromDate\n        toDate\n      }\n      lanes {\n        renamed {\n          fromTitle\n          toTitle\n        }\n      }\n      vision {\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n      drift {\n        kind\n        title\n        from\n        to\n        years\n        days\n      }\n    }\n  }\n"): (typeof documents)["\n  query RealityTestCompare($versionId: ID!) {\n    compareRoadmapVersion(versionId: $versionId) {\n      changed {\n        id\n        fields\n        fromLane\n        toLane\n      }\n      milestonesAdded {\n        title\n      }\n      milestonesMoved {\n        title\n        fromDate\n        toDate\n      }\n      lanes {\n        renamed {\n          fromTitle\n          toTitle\n        }\n      }\n      vision {\n        changed\n        parts {\n          kind\n          text\n        }\n      }\n      drift {\n        kind\n        title\n        from\n        to\n        years\n        days\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      text\n      totalCount\n      groups {\n        kind\n        totalCount\n        hits {\n          kind\n          id\n          title\n          key\n          context\n          snippet\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchAddRoadmapItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchUpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchUpdateRoadmapItem($input: UpdateRoadmapItemInput!) {\n    updateRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchUpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchUpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SearchCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchUpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SearchUpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FanoutSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FanoutSearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FanoutCreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FanoutCreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FanoutCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportBeforeShutdown($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Standards(\n    $first: Int\n    $after: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n    $search: String\n  ) {\n    standards(first: $first, after: $after, category: $category, lifecycle: $lifecycle, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Standards(\n    $first: Int\n    $after: String\n    $category: StandardCategory\n    $lifecycle: Lifecycle\n    $search: String\n  ) {\n    standards(first: $first, after: $after, category: $category, lifecycle: $lifecycle, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardPage($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardPage($first: Int) {\n    standards(first: $first) {\n      nodes {\n        name\n        viewerCanEdit\n        adoptionSummary {\n          total\n          byStatus {\n            status\n            count\n          }\n        }\n        subscribers {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityAdoptionPage($first: Int) {\n    municipalities(first: $first) {\n      nodes {\n        code\n        viewerCanEdit\n        adoptions {\n          status\n          standard {\n            name\n          }\n        }\n        subscriptions {\n          standard {\n            slug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityAdoptionPage($first: Int) {\n    municipalities(first: $first) {\n      nodes {\n        code\n        viewerCanEdit\n        adoptions {\n          status\n          standard {\n            name\n          }\n        }\n        subscriptions {\n          standard {\n            slug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardBy($id: ID, $slug: String) {\n    standard(id: $id, slug: $slug) {\n      id\n      slug\n      complianceDeadline\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardBy($id: ID, $slug: String) {\n    standard(id: $id, slug: $slug) {\n      id\n      slug\n      complianceDeadline\n      versions {\n        number\n        date\n        changes\n      }\n      adoptionSummary {\n        total\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        category\n        lifecycle\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStandard($input: CreateStandardInput!) {\n    createStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        category\n        lifecycle\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        complianceDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStandard($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        id\n        slug\n        name\n        complianceDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToStandard($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeToStandard($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      municipality {\n        code\n      }\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromStandard($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromStandard($municipalityId: ID!, $standardId: ID!) {\n    unsubscribeFromStandard(municipalityId: $municipalityId, standardId: $standardId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededTrend($standardId: ID!) {\n    adoptionOverTime(standardId: $standardId, from: \"2020-01-01\", to: \"2026-11-24\", interval: YEAR) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeededTrend($standardId: ID!) {\n    adoptionOverTime(standardId: $standardId, from: \"2020-01-01\", to: \"2026-11-24\", interval: YEAR) {\n      date\n      total\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedRoadmapItems($slug: String!) {\n    standard(slug: $slug) {\n      name\n      roadmapItems {\n        title\n        roadmap {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkedRoadmapItems($slug: String!) {\n    standard(slug: $slug) {\n      name\n      roadmapItems {\n        title\n        roadmap {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkedCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkedCreateRoadmap($input: CreateRoadmapInput!) {\n    createRoadmap(input: $input) {\n      roadmap {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkedAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkedAddItem($input: AddRoadmapItemInput!) {\n    addRoadmapItem(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskforceAdminCreate($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      id\n      name\n      description\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaskforceAdminCreate($input: CreateTaskforceInput!) {\n    createTaskforce(input: $input) {\n      id\n      name\n      description\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskforceAdminUpdate($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation TaskforceAdminUpdate($input: UpdateTaskforceInput!) {\n    updateTaskforce(input: $input) {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskforceAdminAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskforceAdminAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityNames {\n    municipalities(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueSize {\n    standards(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CatalogueSize {\n    standards(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoles {\n    me {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  query MyRoles {\n    me {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanEditUtrecht {\n    municipality(code: \"GM0344\") {\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  query CanEditUtrecht {\n    municipality(code: \"GM0344\") {\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        kinds\n        status\n        municipality {\n          code\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n        kinds\n        status\n        municipality {\n          code\n        }\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookLog($municipalityId: ID) {\n    webhooks(municipalityId: $municipalityId) {\n      id\n      status\n      pausedReason\n      consecutiveFailures\n      deliveries(first: 50) {\n        totalCount\n        nodes {\n          id\n          eventId\n          kind\n          status\n          nextAttemptAt\n          attempts {\n            at\n            responseCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookLog($municipalityId: ID) {\n    webhooks(municipalityId: $municipalityId) {\n      id\n      status\n      pausedReason\n      consecutiveFailures\n      deliveries(first: 50) {\n        totalCount\n        nodes {\n          id\n          eventId\n          kind\n          status\n          nextAttemptAt\n          attempts {\n            at\n            responseCode\n            durationMs\n            error\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) {\n      id\n      eventId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) {\n      id\n      eventId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeWebhook($id: ID!) {\n    resumeWebhook(id: $id) {\n      id\n      status\n      consecutiveFailures\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeWebhook($id: ID!) {\n    resumeWebhook(id: $id) {\n      id\n      status\n      consecutiveFailures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseWebhook($id: ID!) {\n    pauseWebhook(id: $id) {\n      status\n      pausedReason\n    }\n  }\n"): (typeof documents)["\n  mutation PauseWebhook($id: ID!) {\n    pauseWebhook(id: $id) {\n      status\n      pausedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishForWebhook($standardId: ID!, $number: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: \"2026-03-01\", changes: \"Nieuw\") {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishForWebhook($standardId: ID!, $number: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: \"2026-03-01\", changes: \"Nieuw\") {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowForWebhook($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation FollowForWebhook($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleForWebhook($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleForWebhook($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionForWebhook($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptionForWebhook($input: UpdateAdoptionInput!) {\n    updateAdoption(input: $input) {\n      adoption {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerNotifications {\n    notifications(first: 10) {\n      nodes {\n        kind\n        message\n        subjectType\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnerNotifications {\n    notifications(first: 10) {\n      nodes {\n        kind\n        message\n        subjectType\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookAudit($subjectId: ID!) {\n    auditLog(subjectId: $subjectId) {\n      nodes {\n        action\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForExport($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForExport($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolloutForExport($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RolloutForExport($input: UpdateRolloutInput!) {\n    updateRollout(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishForFeed($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishForFeed($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleForFeed($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleForFeed($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForFeed($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForFeed($input: UpdateStandardInput!) {\n    updateStandard(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeededPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"1.0\"\n      date: \"2026-12-01\"\n      changes: \"Eerste versie\"\n    ) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeededPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"1.0\"\n      date: \"2026-12-01\"\n      changes: \"Eerste versie\"\n    ) {\n      standard {\n        versions {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CrashPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailPublishVersion($standardId: ID!, $number: String!, $date: Date!, $changes: String!) {\n    publishStandardVersion(standardId: $standardId, number: $number, date: $date, changes: $changes) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailChangeLifecycle($input: ChangeStandardLifecycleInput!) {\n    changeStandardLifecycle(input: $input) {\n      standard {\n        lifecycle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailMySettings {\n    myMailSettings {\n      language\n      preferences {\n        kind\n        frequency\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailMySettings {\n    myMailSettings {\n      language\n      preferences {\n        kind\n        frequency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailUpdateSettings($input: MailSettingsInput!) {\n    updateMyMailSettings(input: $input) {\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation MailUpdateSettings($input: MailSettingsInput!) {\n    updateMyMailSettings(input: $input) {\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($first: Int) {\n    outbox(first: $first) {\n      totalCount\n      nodes {\n        to\n        subject\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($first: Int) {\n    outbox(first: $first) {\n      totalCount\n      nodes {\n        to\n        subject\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MailAddComment($input: AddRoadmapCommentInput!) {\n    addRoadmapComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailUpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailUpdateInitiativeStatus($input: UpdateInitiativeStatusInput!) {\n    updateInitiativeStatus(input: $input) {\n      initiative {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachFollow($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation ReachFollow($municipalityId: ID!, $standardId: ID!) {\n    subscribeToStandard(municipalityId: $municipalityId, standardId: $standardId) {\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ReachRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"2.0\"\n      date: \"2026-12-01\"\n      changes: \"Nieuwe velden\"\n    ) {\n      standard {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReachPublish($standardId: ID!) {\n    publishStandardVersion(\n      standardId: $standardId\n      number: \"2.0\"\n      date: \"2026-12-01\"\n      changes: \"Nieuwe velden\"\n    ) {\n      standard {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation SessionLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRemoveMember($taskforceId: ID!, $userId: ID!) {\n    removeTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SessionAddMember($taskforceId: ID!, $userId: ID!) {\n    addTaskforceMember(taskforceId: $taskforceId, userId: $userId) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation PageBodyCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PageBodyCreatePage($input: CreatePageInput!) {\n    createPage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageBodySearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n          snippet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PageBodySearch($text: String!) {\n    search(text: $text) {\n      groups {\n        kind\n        hits {\n          id\n          title\n          snippet\n        }\n      }\n    }\n  }\n"];
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