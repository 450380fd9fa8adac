import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CloseCode, COLLAB_PATH, MAX_MESSAGE_BYTES } from '../../common/collab';
import { buildViewer, viewerFromToken } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { TASKFORCE_MEMBERSHIP_CHANGED_TOPIC } from '../graphql/taskforce/events';
import { SESSION_REVOKED_TOPIC } from '../graphql/user/service';
import type { Runtime } from '../runtime';
import { documentAccess } from './access';
import { CollabConnection } from './connection';
import { createFanout } from './fanout';
import { DocumentRegistry } from './registry';

/** The co-editing server: `/collab/<document>` upgrades, the documents in memory, revocation. */
export interface CollabServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  registry: DocumentRegistry;
  /** Closes sockets and flushes every document. */
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: 401 | 404 | 503, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Builds the co-editing server on the runtime; `app.ts` routes `/collab` upgrades to it. */
export function createCollabServer(runtime: Runtime): CollabServer {
  const { logger, models } = runtime;
  const fanout = createFanout(runtime.config.redisUrl, runtime.config.redisPrefix, logger);
  const registry = new DocumentRegistry(runtime, fanout);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const connections = new Set<CollabConnection>();

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
    const viewer = await viewerFromToken(models, url.searchParams.get('token'));
    if (!viewer) return refuse(socket, 401, 'Unauthorized');
    const access = await documentAccess(models, viewer, name);
    if (!access) return refuse(socket, 404, 'Not Found');
    const shared = await registry.acquire(name);
    if (socket.destroyed) return registry.release(shared);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new CollabConnection(ws, shared, viewer, access, logger, (closed) => {
        connections.delete(closed);
        registry.release(closed.shared);
      });
      connections.add(connection);
    });
  }

  /** Re-decides access of a user's sockets; closes those whose rights changed. */
  async function recheck(userId: string): Promise<void> {
    const affected = [...connections].filter((c) => c.viewer.id === userId);
    if (affected.length === 0) return;
    const user = await models.User.findById(userId).lean();
    for (const connection of affected) {
      let viewer: Viewer | null = null;
      if (user) viewer = await buildViewer(models, user, connection.viewer.sessionId);
      const access = viewer ? await documentAccess(models, viewer, connection.shared.name) : null;
      if (access !== connection.access) connection.close(CloseCode.AccessChanged, 'access changed');
    }
  }

  const revoked = runtime.pubsub.subscribe<{ sessionId: string }>(SESSION_REVOKED_TOPIC);
  const membership = runtime.pubsub.subscribe<{ userId: string }>(TASKFORCE_MEMBERSHIP_CHANGED_TOPIC);
  void (async () => {
    for await (const { sessionId } of revoked) {
      for (const connection of connections) {
        if (connection.viewer.sessionId === sessionId)
          connection.close(CloseCode.Unauthenticated, 'signed out');
      }
    }
  })();
  void (async () => {
    for await (const { userId } of membership) {
      await recheck(userId).catch((error: Error) =>
        logger.error({ err: error.message }, 'access recheck failed'),
      );
    }
  })();

  return {
    registry,
    handleUpgrade(request, socket, head) {
      upgrade(request, socket, head).catch((error: Error) => {
        logger.error({ err: error.message }, 'collab upgrade failed');
        if (!socket.destroyed) refuse(socket, 503, 'Service Unavailable');
      });
    },
    async close() {
      await revoked.return?.();
      await membership.return?.();
      for (const connection of connections) connection.close(CloseCode.GoingAway, 'server shutting down');
      await registry.close();
      await fanout.close();
      wss.close();
    },
  };
}
