import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: { input: 'string', output: 'string' },
  JSON: { input: 'unknown', output: 'unknown' },
};

/**
 * One source of truth: the SDL in schema/. Resolver types for the server, typed documents for the
 * web app and for the tests' operation helpers. `npm run codegen:check` fails when these are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'server/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        defaultScalarType: 'unknown',
        useIndexSignature: false,
        scalars,
        mappers: {
          Municipality: '../../db/models/Municipality#MunicipalityRecord',
          Cooperation: '../../db/models/Cooperation#CooperationRecord',
          CooperationMember: '../../db/models/Cooperation#CooperationMemberRecord',
          Merger: '../../db/models/Merger#MergerRecord',
          Programme: '../../db/models/Programme#ProgrammeRecord',
          ProgrammeItem: '../../db/models/Programme#ProgrammeItemRecord',
          Obligation: '../../db/models/Obligation#ObligationRecord',
          DeadlineChange: '../../db/models/Obligation#DeadlineChangeRecord',
          ScorecardGroup: '../../domain/programme/queries#ScorecardGroupResult',
          ScorecardRow: '../../domain/programme/queries#ScorecardRowResult',
          ProgrammeDashboard: '../../domain/programme/queries#ProgrammeDashboardResult',
          MunicipalityProgrammeProgress: '../../domain/programme/queries#MunicipalityProgress',
          User: '../../db/models/User#UserRecord',
          Taskforce: '../../db/models/Taskforce#TaskforceRecord',
          Initiative: '../../db/models/Initiative#InitiativeRecord',
          InitiativeParticipant: '../../db/models/Initiative#ParticipantRecord',
          RealisedBenefit: '../../db/models/Initiative#RealisedBenefitRecord',
          InitiativeStandard: '../../db/models/Standard#StandardRecord',
          InitiativeChangedEvent: '../../events/topics#InitiativeChangedPayload',
          AuditEvent: '../../db/models/AuditEvent#AuditEventRecord',
          ApiToken: '../../db/models/ApiToken#ApiTokenRecord',
          Webhook: '../../db/models/Webhook#WebhookRecord',
          WebhookDelivery: '../../db/models/WebhookDelivery#WebhookDeliveryRecord',
          Standard: '../../db/models/Standard#StandardRecord',
          StandardSubscription: '../../db/models/Subscription#SubscriptionRecord',
          Adoption: '../../db/models/Adoption#AdoptionCurrent',
          AdoptionHistoryEntry: '../../db/models/Adoption#AdoptionHistoryRecord',
          AdoptionMatrixRow: '../../domain/adoption/dashboards#MatrixRow',
          Notification: '../../db/models/Notification#NotificationRecord',
          OutboxMail: '../../db/models/Mail#MailRecord',
          Roadmap: '../../db/models/Roadmap#RoadmapRecord',
          RoadmapItem: '../../db/models/RoadmapItem#RoadmapItemRecord',
          RoadmapVersion: '../../db/models/RoadmapVersion#RoadmapVersionRecord',
          RoadmapComment: '../../db/models/RoadmapComment#RoadmapCommentRecord',
          RoadmapCommentChangedEvent: '../../domain/roadmap/commentEvents#RoadmapCommentChange',
          RoadmapReality: '../../domain/roadmap/reality#RoadmapRealityResult',
          RoadmapItemReality: '../../domain/roadmap/reality#ItemReality',
          StandardReality: '../../domain/roadmap/realityFigures#StandardFigures',
          InitiativeRollout: '../../domain/roadmap/realityFigures#RolloutFigures',
          Page: '../../db/models/Page#PageRecord',
          ReviewTask: '../../db/models/ReviewTask#ReviewTaskRecord',
        },
      },
    },
    'client/src/gql/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
    'tests/support/gql/': {
      documents: ['tests/**/*.ts', '!tests/support/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
