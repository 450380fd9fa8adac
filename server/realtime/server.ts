import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CloseCode, COLLAB_PATH, MAX_MESSAGE_BYTES, parseDocumentName } from '../../common/collab';
import { isApiToken } from '../auth/apiTokens';
import { clientAddress } from '../auth/clientAddress';
import { buildViewer, resolveToken, type ResolvedToken } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from '../domain/loaders';
import { TASKFORCE_MEMBERSHIP_CHANGED } from '../events/topics';
import type { Runtime } from '../runtime';
import { accessTo, documentAccess, documentOwner } from './access';
import { CollabConnection } from './connection';
import type { PresenceIdentity } from './presence';
import { createFanout } from './fanout';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './limits';
import { DocumentRegistry } from './registry';

/** The co-editing server: `/collab/<document>` upgrades, the documents in memory, revocation. */
export interface CollabServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  registry: DocumentRegistry;
  /** Upgrades being checked and sockets open (for tests and diagnostics). */
  stats(): { pendingUpgrades: number; connections: number };
  /** Closes sockets and flushes every document. */
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: 401 | 404 | 503, text: string): void {
  // A socket already ended (by ws, or a refusal before) takes no reply: a second end would raise an
  // unhandled write-after-end error and stop the process, as seen during a shutdown under load.
  if (socket.destroyed || socket.writableEnded) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** True once the client hung up: the rest of its upgrade would be wasted database work. */
function gone(socket: Duplex): boolean {
  return socket.destroyed || !socket.readable || !socket.writable;
}

/** Builds the co-editing server on the runtime; `app.ts` routes `/collab` upgrades to it. */
export function createCollabServer(
  runtime: Runtime,
  limits: CollabLimits = DEFAULT_COLLAB_LIMITS,
): CollabServer {
  const { logger, models } = runtime;
  const fanout = createFanout(runtime.config.redisUrl, runtime.config.redisPrefix, logger);
  const registry = new DocumentRegistry(runtime, fanout, limits.waitBeforeRetry);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const connections = new Set<CollabConnection>();
  let pendingUpgrades = 0;
  /** Counts membership changes, to spot those that race an upgrade (sign-outs: SessionWatch). */
  let accessEvents = 0;
  const heartbeat = setInterval(() => connections.forEach((c) => c.heartbeat()), limits.pingIntervalMs);
  heartbeat.unref();

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const eventsBefore = accessEvents;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
    const token = url.searchParams.get('token');
    // The document is loaded only once the session and the document are known to exist, so an
    // anonymous upgrade never makes the server load one; except for a token resolved here within
    // the minute (the web app's own GraphQL requests), whose document loads while both are read:
    // a first sync then waits for the longest read, not for all of them in turn. Nothing of the
    // document is sent before access is decided below.
    let loading =
      token && runtime.viewers.knows(token) && parseDocumentName(name) ? registry.acquire(name) : null;
    // Marks a load that fails while this waits on something else as handled; it is awaited below.
    loading?.catch(() => undefined);
    const loaders = createLoaders(models, runtime);
    /** Whether this upgrade still owns the hold `loading` takes (a socket takes it over). */
    let holding = true;
    try {
      const [resolved, owner] = await Promise.all([signIn(token, loaders), documentOwner(models, name)]);
      if (gone(socket)) return;
      if (!resolved) return refuse(socket, 401, 'Unauthorized');
      if (!owner) return refuse(socket, 404, 'Not Found');
      const { viewer, expiresAt } = resolved;
      loading ??= registry.acquire(name);
      const [shared, identity] = await Promise.all([loading, presenceOf(viewer, loaders)]);
      if (gone(socket)) return;
      const access = accessTo(viewer, owner);
      if (shared.holders > limits.maxConnectionsPerDocument)
        return refuse(socket, 503, 'Service Unavailable');
      holding = false;
      // ws aborts a handshake on a socket that closed meanwhile without calling back: release the
      // hold then, or the document would stay in memory for good.
      const releaseUnlessUpgraded = () => registry.release(shared);
      socket.once('close', releaseUnlessUpgraded);
      wss.handleUpgrade(request, socket, head, (ws) => {
        socket.off('close', releaseUnlessUpgraded);
        // Expiry and logout while the socket is open close it, through the watch every socket shares.
        const unwatch = runtime.sessions.watch(
          { sessionId: viewer.sessionId, userId: viewer.id, expiresAt },
          (reason) =>
            connection.close(
              CloseCode.Unauthenticated,
              reason === 'expired' ? 'session expired' : 'signed out',
            ),
        );
        const connection = new CollabConnection(
          ws,
          shared,
          viewer,
          access,
          identity,
          logger,
          (closed) => {
            unwatch();
            connections.delete(closed);
            registry.release(closed.shared);
          },
          limits,
        );
        connections.add(connection);
        // A membership change during the awaits above was rechecked without this
        // socket, whose rights were read before it: decide again now that it is registered.
        if (accessEvents !== eventsBefore)
          recheck(viewer.id).catch((error: Error) =>
            logger.error({ err: error.message }, 'access recheck failed'),
          );
      });
    } finally {
      if (holding)
        loading?.then(
          (shared) => registry.release(shared),
          () => undefined,
        );
    }
  }

  /**
   * The viewer of a sign-in token and until when it holds, or null: the request's one read of the
   * version counters decides whether the viewer cache holds (as for GraphQL requests). API tokens
   * are for systems, which do not co-edit.
   */
  async function signIn(token: string | null, loaders: Loaders): Promise<ResolvedToken | null> {
    if (!token || token.length > 200 || isApiToken(token)) return null;
    return runtime.viewers.resolve(token, await loaders.dataVersions(), () => resolveToken(models, token));
  }

  /** The identity a viewer's presence shows: their name and their municipality's. */
  async function presenceOf(viewer: Viewer, loaders: Loaders): Promise<PresenceIdentity> {
    const municipality = viewer.municipalityId
      ? await loaders.municipalityById.load(viewer.municipalityId)
      : null;
    return { id: viewer.id, name: viewer.name, municipality: municipality?.name ?? null };
  }

  /** Re-decides access of a user's sockets; closes those whose session ended or rights changed. */
  async function recheck(userId: string): Promise<void> {
    const affected = [...connections].filter((c) => c.viewer.id === userId);
    if (affected.length === 0) return;
    const user = await models.User.findById(userId).lean();
    for (const connection of affected) {
      const session = await models.Session.findById(connection.viewer.sessionId, { revokedAt: 1 }).lean();
      if (!user || !session || session.revokedAt) {
        connection.close(CloseCode.Unauthenticated, 'signed out');
        continue;
      }
      const viewer = await buildViewer(models, user, connection.viewer.sessionId);
      const access = await documentAccess(models, viewer, connection.shared.name);
      if (access !== connection.access) connection.close(CloseCode.AccessChanged, 'access changed');
    }
  }

  const membership = runtime.pubsub.subscribe(TASKFORCE_MEMBERSHIP_CHANGED);
  void (async () => {
    for await (const { userId } of membership) {
      accessEvents++;
      await recheck(userId).catch((error: Error) =>
        logger.error({ err: error.message }, 'access recheck failed'),
      );
    }
  })();

  return {
    registry,
    stats: () => ({ pendingUpgrades, connections: connections.size }),
    handleUpgrade(request, socket, head) {
      // Upgrades wait on the database before their token is known: bound them, so a flood of
      // anonymous attempts costs a counter, not memory.
      if (pendingUpgrades >= limits.maxPendingUpgrades) return refuse(socket, 503, 'Service Unavailable');
      pendingUpgrades++;
      upgrade(request, socket, head)
        .catch((error: Error) => {
          const address = clientAddress(request, runtime.config.trustedHops);
          // During shutdown a refused upgrade is expected; the client reconnects to another process.
          if (registry.closing)
            logger.info({ err: error.message, address }, 'collab upgrade refused: shutting down');
          else logger.error({ err: error.message, address }, 'collab upgrade failed');
          if (!socket.destroyed) refuse(socket, 503, 'Service Unavailable');
        })
        .finally(() => pendingUpgrades--);
    },
    async close() {
      clearInterval(heartbeat);
      await membership.return?.();
      for (const connection of connections) connection.close(CloseCode.GoingAway, 'server shutting down');
      await registry.close();
      await fanout.close();
      wss.close();
    },
  };
}
