import type { Connection } from 'mongoose';
import type { ApiTokenLimiter } from './auth/apiTokenLimiter';
import type { LoginLimiter } from './auth/loginLimiter';
import type { SessionWatch } from './auth/sessionWatch';
import type { Config } from './config';
import type { DataVersionReader } from './db/dataVersion';
import type { Models } from './db/models';
import type { VersionedCache } from './db/versionedCache';
import type { ViewerCache } from './auth/viewerCache';
import type { PubSub } from './events/pubsub';
import type { Logger } from './logger';
import type { AdoptionStatusReadModel } from './db/stores/adoptionStatuses';
import type { LiveDocuments } from './domain/liveDocuments';
import type { SearchIndex } from './domain/search/searchIndex';
import type { AdoptionStore } from './db/stores/adoptionStore';
import type { RecordStores } from './db/stores';
import type { RoadmapItemStore } from './db/stores/roadmapItems';
import type { AccountMailer } from './domain/user/mailer';
import type { WebhookSender } from './domain/webhook/sender';
import type { MailService } from './domain/mail/scheduler';

/**
 * What a running Koers process holds for its lifetime and hands to request contexts, the realtime
 * server and jobs. Built once in `app.ts`.
 */
export interface Runtime {
  config: Config;
  logger: Logger;
  connection: Connection;
  models: Models;
  pubsub: PubSub;
  loginLimiter: LoginLimiter;
  /** Ends live sockets when their session expires or is revoked (every kind of socket). */
  sessions: SessionWatch;
  /** Requests per API token. */
  apiTokenLimiter: ApiTokenLimiter;
  /** The in-process full-text index behind the `search` query. */
  search: SearchIndex;
  /** Co-edited documents in memory; the GraphQL bridge applies changes through it. */
  documents: LiveDocuments;
  /** The collections' version counters, read once per round trip however many requests ask. */
  dataVersions: DataVersionReader;
  /** The viewers of recently used tokens, while nothing they are built from changed. */
  viewers: ViewerCache;
  /** Hot reference data (standards, municipalities) in memory while their versions hold. */
  cache: VersionedCache;
  /** Every adoption's current status in memory, for summaries and the matrix. */
  adoptionStatuses: AdoptionStatusReadModel;
  /** Every write of adoption records, behind which FerretDB's work-arounds stay. */
  adoptions: AdoptionStore;
  /** The projected items of roadmaps, in memory per set the projection wrote. */
  roadmapItems: RoadmapItemStore;
  /** Read-change-write stores of the aggregates whose commands compute writes from the current state. */
  stores: RecordStores;
  /** Delivers account links (invitations, password resets); unset while e-mail is not configured. */
  mailer?: AccountMailer;
  /** Sends queued webhook deliveries (in every process, sharing the queue through leases). */
  webhooks: WebhookSender;
  /** The e-mail queue: digests, reminders and sending (or keeping in the outbox). */
  mail: MailService;
  /** The clock; tests pin it to check deadlines and "overdue" without waiting. */
  now(): Date;
}
