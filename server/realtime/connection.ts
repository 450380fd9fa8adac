import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode } from '../../common/collab';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../logger';
import type { Access } from './access';
import type { LocalOrigin, Peer, SharedDocument } from './document';
import { RateBudget, sendBufferExceeded, type CollabLimits } from './limits';
import { bindPresence, type ClaimedEntry, type ClientClaim, type PresenceIdentity } from './presence';
import { decodeMessage, encodeAwarenessStates } from './protocol';

/**
 * One socket on one document. Writers' updates are applied (and so relayed and stored); readers'
 * update messages are dropped. A message that does not decode closes this socket only.
 */
export class CollabConnection implements Peer {
  /** Awareness client ids this socket announced, removed when it leaves. */
  private readonly clients = new Set<number>();
  private readonly origin: LocalOrigin;
  private readonly relayedOrigin: LocalOrigin;
  private closed = false;
  private alive = true;
  private readonly awarenessBudget: RateBudget;

  constructor(
    private readonly ws: WebSocket,
    readonly shared: SharedDocument,
    readonly viewer: Viewer,
    readonly access: Access,
    /** Who this socket's presence shows, whatever the client claims. */
    private readonly identity: PresenceIdentity,
    private readonly logger: Logger,
    private readonly onClosed: (connection: CollabConnection) => void,
    private readonly limits: CollabLimits,
  ) {
    this.origin = { userId: viewer.id, peer: this };
    this.relayedOrigin = { ...this.origin, relayed: true };
    this.awarenessBudget = new RateBudget(limits.awarenessBurst, limits.awarenessPerSecond);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer, isBinary: boolean) => this.onMessage(data, isBinary));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.cleanUp());
    ws.on('error', () => this.cleanUp());
    shared.peers.add(this);
    this.send(shared.syncStep1());
    const awareness = shared.awarenessMessage();
    if (awareness) this.send(awareness);
  }

  /**
   * Sends a message unless the socket is closing. A peer that stopped reading is dropped rather
   * than buffered for without bound; its client resyncs when it reconnects.
   */
  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (sendBufferExceeded(this.ws, this.limits)) {
      this.logger.warn({ docName: this.shared.name }, 'collab peer does not read; dropping it');
      this.ws.terminate();
      this.cleanUp();
      return;
    }
    this.ws.send(message);
  }

  /** Pings the peer; terminates it when the previous ping went unanswered (a dead network path). */
  heartbeat(): void {
    if (!this.alive) {
      this.ws.terminate();
      this.cleanUp();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  /** Closes the socket with a close code from common/collab.ts. */
  close(code: number, reason: string): void {
    this.ws.close(code, reason);
    this.cleanUp();
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    try {
      if (!isBinary) throw new Error('text frame');
      const message = decodeMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const { awareness } = this.shared;
      switch (message.type) {
        case 'syncStep1':
          this.send(this.shared.syncStep2(message.stateVector));
          break;
        case 'syncStep2':
          if (this.access === 'write') Y.applyUpdate(this.shared.doc, message.update, this.origin);
          break;
        case 'update':
          if (this.access === 'write')
            this.shared.applyFromPeer(message.update, data, this.origin, this.relayedOrigin);
          break;
        case 'awareness': {
          // A flood is throttled: over budget, presence updates are dropped (a later one catches up).
          if (!this.awarenessBudget.take()) break;
          const update = bindPresence(message.update, (entry) => this.claim(entry), this.identity);
          if (!update) break;
          awareness.on('update', this.trackClients);
          try {
            awarenessProtocol.applyAwarenessUpdate(awareness, update, this);
          } finally {
            awareness.off('update', this.trackClients);
          }
          if (this.clients.size > this.limits.maxAwarenessClients)
            throw new Error('too many awareness clients');
          break;
        }
        case 'queryAwareness':
          this.send(encodeAwarenessStates(awareness));
          break;
        case 'auth':
          break;
      }
    } catch (error) {
      this.logger.info(
        { err: (error as Error).message, docName: this.shared.name },
        'bad collab message; closing',
      );
      this.close(CloseCode.BadMessage, 'bad message');
    }
  }

  /** True when this socket announced the awareness client `clientId`. */
  holdsClient(clientId: number): boolean {
    return this.clients.has(clientId);
  }

  /** Hands the awareness client `clientId` over to another socket of the same user. */
  releaseClient(clientId: number): void {
    this.clients.delete(clientId);
  }

  /**
   * Whether this socket may set or remove the awareness state of an entry's client: its own ids,
   * and new ones. An id another socket announced stays that socket's, unless both belong to the
   * same user and the entry is newer than the state held (a client reconnecting before its old
   * socket is noticed gone; an echo of the state as it is does not move it). An id known only from
   * another process, or the server's own, is never claimable; removing an id nobody holds is moot.
   */
  private claim({ clientId, clock, removal }: ClaimedEntry): ClientClaim {
    if (this.clients.has(clientId)) return 'own';
    const { awareness, peers } = this.shared;
    if (clientId === awareness.clientID) return 'foreign';
    for (const peer of peers) {
      if (peer === this || !(peer instanceof CollabConnection) || !peer.holdsClient(clientId)) continue;
      const newer = clock > (awareness.meta.get(clientId)?.clock ?? 0);
      if (removal || !newer || peer.viewer.id !== this.viewer.id) return 'foreign';
      peer.releaseClient(clientId);
      return 'own';
    }
    if (removal || awareness.getStates().has(clientId)) return 'foreign';
    return 'own';
  }

  /**
   * Records the awareness clients this socket announced. Only states the update actually changed
   * count: the stock client sends every state it learns back to the server, so an echo of someone
   * else's state (same clock, ignored by the awareness) must not make their presence end with this
   * socket.
   */
  private readonly trackClients = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin !== this) return;
    for (const clientId of [...added, ...updated]) this.clients.add(clientId);
    for (const clientId of removed) this.clients.delete(clientId);
  };

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    this.shared.peers.delete(this);
    if (this.clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.shared.awareness, [...this.clients], this);
    }
    this.onClosed(this);
  }
}
