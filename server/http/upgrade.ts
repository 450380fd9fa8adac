import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Handles one WebSocket upgrade for the path prefix it was registered under. */
export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Routes HTTP upgrades by path, so GraphQL subscriptions (`/graphql`) and co-editing (`/collab/…`)
 * share one port; any other path is refused before a WebSocket exists.
 */
export function routeUpgrades(
  server: Server,
  routes: Array<[prefix: string, handler: UpgradeHandler]>,
): void {
  server.on('upgrade', (request, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
    if (!route) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    route[1](request, socket, head);
  });
}
