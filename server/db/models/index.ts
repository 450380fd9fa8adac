import type { Connection } from 'mongoose';
import { isFerretDB } from '../connection';
import { accountTokenModel } from './AccountToken';
import { adoptionModel } from './Adoption';
import { adoptionHistoryModel } from './AdoptionHistory';
import { apiTokenModel } from './ApiToken';
import { auditEventModel } from './AuditEvent';
import { collabSnapshotModel } from './CollabSnapshot';
import { collabUpdateModel } from './CollabUpdate';
import { cooperationModel } from './Cooperation';
import { initiativeModel } from './Initiative';
import { mailModel } from './Mail';
import { mailClaimModel } from './MailClaim';
import { mailItemModel } from './MailItem';
import { mergerModel } from './Merger';
import { municipalityModel } from './Municipality';
import { notificationModel } from './Notification';
import { obligationModel } from './Obligation';
import { pageModel } from './Page';
import { programmeModel } from './Programme';
import { publicationModel } from './Publication';
import { reviewTaskModel } from './ReviewTask';
import { roadmapModel } from './Roadmap';
import { roadmapCommentModel } from './RoadmapComment';
import { roadmapItemModel } from './RoadmapItem';
import { roadmapVersionModel } from './RoadmapVersion';
import { sessionModel } from './Session';
import { standardModel } from './Standard';
import { subscriptionModel } from './Subscription';
import { taskforceModel } from './Taskforce';
import { userModel } from './User';
import { webhookModel } from './Webhook';
import { webhookClaimModel } from './WebhookClaim';
import { webhookDeliveryModel } from './WebhookDelivery';

/**
 * The database of the co-editing log (`collabUpdates`, `collabSnapshots`) beside the database
 * `name`, on FerretDB only: FerretDB keeps each database in its own SQLite file, with its own
 * writer, so reports and projections no longer queue behind the hundred small writes a second of
 * editing clients (server/db/collabLogMove.ts moves logs kept in the main database). On MongoDB
 * the log stays in the main database: no writer to share, and one database to grant and back up.
 */
export function collabDatabaseName(name: string): string {
  return `${name}_collab`;
}

/** Every model of Koers, bound to one connection (on FerretDB, the co-editing log to its own database). */
export function createModels(connection: Connection) {
  // Cached: one connection object per database, sharing the client and its pool.
  const collab = isFerretDB(connection)
    ? connection.useDb(collabDatabaseName(connection.name), { useCache: true })
    : connection;
  return {
    AccountToken: accountTokenModel(connection),
    Adoption: adoptionModel(connection),
    AdoptionHistory: adoptionHistoryModel(connection),
    ApiToken: apiTokenModel(connection),
    AuditEvent: auditEventModel(connection),
    CollabSnapshot: collabSnapshotModel(collab),
    CollabUpdate: collabUpdateModel(collab),
    Cooperation: cooperationModel(connection),
    Initiative: initiativeModel(connection),
    Mail: mailModel(connection),
    MailClaim: mailClaimModel(connection),
    MailItem: mailItemModel(connection),
    Merger: mergerModel(connection),
    Municipality: municipalityModel(connection),
    Notification: notificationModel(connection),
    Obligation: obligationModel(connection),
    Page: pageModel(connection),
    Programme: programmeModel(connection),
    Publication: publicationModel(connection),
    ReviewTask: reviewTaskModel(connection),
    Roadmap: roadmapModel(connection),
    RoadmapComment: roadmapCommentModel(connection),
    RoadmapItem: roadmapItemModel(connection),
    RoadmapVersion: roadmapVersionModel(connection),
    Session: sessionModel(connection),
    Standard: standardModel(connection),
    Subscription: subscriptionModel(connection),
    Taskforce: taskforceModel(connection),
    User: userModel(connection),
    Webhook: webhookModel(connection),
    WebhookClaim: webhookClaimModel(connection),
    WebhookDelivery: webhookDeliveryModel(connection),
  };
}

/** The models of one connection; held by the runtime. */
export type Models = ReturnType<typeof createModels>;

/** Creates the indexes of every model; safe to run on every start and after seeding. */
export async function syncIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
