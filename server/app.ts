import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { COLLAB_PATH } from '../common/collab';
import type { Config } from './config';
import { connectDatabase, type Database } from './db/database';
import { LoginLimiter } from './auth/loginLimiter';
import { ApiTokenLimiter } from './auth/apiTokenLimiter';
import { SessionWatch } from './auth/sessionWatch';
import { createModels, syncIndexes } from './db/models';
import { createPubSub } from './events/pubsub';
import { backfillSearchText } from './domain/search/backfill';
import { SearchIndex } from './domain/search/searchIndex';
import { createHttpContext } from './graphql/context';
import { buildSchema } from './graphql/schema';
import { SUBSCRIPTION_LIMITS, tokenLimitMiddleware, type SubscriptionLimits } from './graphql/limits';
import { createApolloServer } from './graphql/server';
import { createSubscriptionServer } from './graphql/subscriptions';
import { exportsRouter } from './http/exports';
import { clientConfigHandler } from './http/clientConfig';
import { jsonErrorHandler } from './http/errorHandler';
import { healthHandler } from './http/health';
import { graphiqlRouter, SCHEMA_SDL_PATH, schemaSdlHandler } from './http/apiContract';
import { securityHeaders } from './http/securityHeaders';
import { httpMetrics, metricsHandler } from './http/metrics';
import { livenessHandler, readinessHandler } from './http/probes';
import { requestLogger } from './http/requestLog';
import { pingDatabase } from './db/connection';
import { observabilityPlugin } from './graphql/observability';
import { addMetricSources } from './observability/metrics';
import { routeUpgrades } from './http/upgrade';
import { collabLimits, type CollabLimits } from './realtime/limits';
import { createCollabServer, type CollabServer } from './realtime/server';
import { publicPagesRouter } from './http/publicPages';
import { webAppRouter } from './http/webApp';
import { feedsRouter } from './http/feeds';
import type { Logger } from './logger';
import type { Runtime } from './runtime';
import { AdoptionStatusReadModel } from './db/stores/adoptionStatuses';
import { DataVersionReader } from './db/dataVersion';
import { ViewerCache } from './auth/viewerCache';
import { VersionedCache } from './db/versionedCache';
import { AdoptionStore } from './db/stores/adoptionStore';
import { moveCollabLog } from './db/collabLogMove';
import { createRecordStores } from './db/stores';
import { RoadmapItemStore } from './db/stores/roadmapItems';
import { WebhookSender } from './domain/webhook/sender';
import { MailService } from './domain/mail/scheduler';
import { unsubscribeRouter } from './http/unsubscribe';
import { RequestsInFlight } from './http/requestsInFlight';

/** A running Koers server. */
export interface KoersServer {
  /** `http://127.0.0.1:<port>`, handy for tests that start on port 0. */
  url: string;
  port: number;
  httpServer: Server;
  runtime: Runtime;
  /** The co-editing server (its stats are read by tests). */
  collab: CollabServer;
  /** Graceful stop: refuse new work, close sockets, flush, close the database. */
  close(): Promise<void>;
}

/** Options for {@link startKoers}; tests pass their own database. */
export interface StartOptions {
  database?: Database;
  /** A fixed clock for tests of deadlines. */
  now?: () => Date;
  /** Smaller co-editing limits for tests of them. */
  collabLimits?: Partial<CollabLimits>;
  /** Smaller graphql-ws limits for tests of them. */
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

/** Connects the database and starts HTTP, GraphQL, WebSockets and the web app on `config.port`. */
export async function startKoers(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<KoersServer> {
  const database = options.database ?? (await connectDatabase(config, logger));
  const models = createModels(database.connection);
  await syncIndexes(models);
  const moved = await moveCollabLog(database.connection, models);
  if (moved.updates + moved.snapshots > 0) {
    logger.info(moved, 'moved the co-editing log into its own database');
  }
  const dataVersions = new DataVersionReader(database.connection);
  const adoptionStatuses = new AdoptionStatusReadModel(models);
  // `documents` needs the runtime itself, so it is set right after.
  const pubsub = createPubSub(config.redisUrl, config.redisPrefix, logger);
  const runtime = {
    config,
    logger,
    connection: database.connection,
    models,
    pubsub,
    sessions: new SessionWatch(pubsub),
    loginLimiter: new LoginLimiter(config, logger),
    apiTokenLimiter: new ApiTokenLimiter(
      {
        requestsPerMinute: config.apiTokenRateLimit,
        redisUrl: config.redisUrl,
        redisPrefix: config.redisPrefix,
      },
      logger,
    ),
    dataVersions,
    cache: new VersionedCache(),
    viewers: new ViewerCache(),
    adoptionStatuses,
    adoptions: new AdoptionStore(models, adoptionStatuses),
    stores: createRecordStores(models),
    roadmapItems: new RoadmapItemStore(models),
    now: options.now ?? (() => new Date()),
  } as Runtime;
  runtime.mail = new MailService(runtime, models);
  const collab = createCollabServer(runtime, collabLimits(options.collabLimits));
  runtime.documents = collab.registry;
  runtime.webhooks = new WebhookSender(runtime);
  runtime.webhooks.start();

  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.protocol believe X-Forwarded-* only from TRUST_PROXY, like clientAddress().
  app.set('trust proxy', config.trustedHops);
  app.use(requestLogger(logger, config.trustedHops), httpMetrics);
  const httpServer = createServer(app);
  const schema = buildSchema();
  runtime.search = new SearchIndex(models, runtime.pubsub, logger);
  // Texts of documents no one opened since their projection arrived; search catches up as it runs.
  const backfill = backfillSearchText(models, runtime.pubsub, logger).catch((error: unknown) =>
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'search backfill failed'),
  );

  // Request handlers still running, over HTTP and sockets: a graceful stop waits for them.
  const requests = new RequestsInFlight();
  const subscriptions = createSubscriptionServer(
    schema,
    runtime,
    { ...SUBSCRIPTION_LIMITS, ...options.subscriptionLimits },
    (work) => requests.track(work),
  );
  const apollo = createApolloServer(
    schema,
    logger,
    [ApolloServerPluginDrainHttpServer({ httpServer }), observabilityPlugin],
    config.nodeEnv === 'production',
  );
  await apollo.start();

  app.use(securityHeaders(config));
  let stopping = false;
  const databaseUp = () => pingDatabase(database.connection);
  const removeMetricSources = addMetricSources({
    sockets: () => ({ collab: collab.stats().connections, graphqlWs: subscriptions.wss.clients.size }),
    loadedDocuments: () => collab.registry.loadedNames().length,
    databaseUp,
    redisUp: () => runtime.pubsub.redisUp(),
  });
  app.get('/healthz', healthHandler(database.connection));
  app.get('/livez', livenessHandler);
  app.get('/readyz', readinessHandler({ stopping: () => stopping, databaseUp }));
  app.get('/metrics', metricsHandler);
  app.get('/config.json', clientConfigHandler(config));
  app.get(SCHEMA_SDL_PATH, schemaSdlHandler(schema));
  app.use(graphiqlRouter(config.apiExplorer));
  const graphql = expressMiddleware(apollo, { context: ({ req }) => createHttpContext(runtime, req) });
  app.use('/graphql', express.json({ limit: '1mb' }), tokenLimitMiddleware, (req, res, next) => {
    const handled = graphql(req, res, next);
    requests.track(handled);
    return handled;
  });
  app.use(exportsRouter(runtime));
  app.use(feedsRouter(runtime));
  app.use(unsubscribeRouter(runtime));
  app.use(publicPagesRouter(runtime));
  app.use(webAppRouter());
  app.use(jsonErrorHandler(logger));

  routeUpgrades(httpServer, [
    [
      '/graphql',
      (request, socket, head) =>
        subscriptions.wss.handleUpgrade(request, socket, head, (ws) =>
          subscriptions.wss.emit('connection', ws, request),
        ),
    ],
    [COLLAB_PATH, collab.handleUpgrade],
  ]);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port }, 'Koers is listening');
  runtime.mail.start();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopping = true;
      removeMetricSources();
      await runtime.webhooks.close();
      await runtime.mail.close();
      await subscriptions.dispose();
      await collab.close();
      await apollo.stop();
      // Mutations whose client hung up still run: their writes finish before the database closes.
      if (requests.count > 0) logger.info({ requests: requests.count }, 'waiting for requests in flight');
      await requests.settled();
      await backfill;
      runtime.search.close();
      await runtime.sessions.close();
      await runtime.pubsub.close();
      await runtime.loginLimiter.close();
      runtime.apiTokenLimiter.close();
      if (!options.database) await database.close();
    })());

  return { url: `http://127.0.0.1:${port}`, port, httpServer, runtime, collab, close };
}
