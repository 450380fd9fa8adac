import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { CloseCode, MessageType } from '../../../../common/collab';
import type { CollabUser } from './collabUser';

/** Where the connection to the co-editing server stands, as the UI shows it. */
export type CollabStatus = 'connecting' | 'syncing' | 'connected' | 'offline' | 'readOnly';

/** Why the server ended the session for good: sign in again, or the document is gone. */
export type CollabProblem = 'unauthenticated' | 'notFound';

/** A snapshot of one session, replaced (never mutated) on every change. */
export interface CollabState {
  status: CollabStatus;
  /** The server's state has been received on the current connection. */
  synced: boolean;
  /** The viewer may edit now: the `canEdit` passed in, but false after an access change (4403)
   * until the caller passes the refetched value, and false when the document is gone. */
  canEdit: boolean;
  /** Local edits the server has not yet confirmed receiving (it answered no sync request sent after
   * them). Includes edits restored from IndexedDB; a confirmed edit is in the server's memory and
   * reaches its log within about 100 ms. */
  hasUnsentChanges: boolean;
  /** A visit (e.g. a reload while offline) found unconfirmed edits of this user in IndexedDB, and
   * they are not confirmed yet. */
  restoredOfflineChanges: boolean;
  /** Set when the server ended the session for good: `unauthenticated` (sign in again; 4401 or no
   * token) or `notFound` (4404). */
  problem: CollabProblem | null;
}

/** What a session needs to open a document. */
export interface CollabSessionOptions {
  docName: string;
  token: string;
  user: CollabUser;
  canEdit: boolean;
  /** ws(s)://host/collab */
  serverUrl: string;
  /** Called when the server closed with "access changed" (4403), e.g. to refetch `viewerCanEdit`. */
  onAccessChanged?: () => void;
}

/** Key in the document's IndexedDB store: 1 while local edits are unconfirmed, 0 otherwise. */
const UNSENT_KEY = 'unsent';
/**
 * Pause after a confirmation before asking again while someone keeps typing: each answer carries
 * the document's delete set, so at most a few confirmations a second, not one per round trip.
 */
const PROBE_INTERVAL_MS = 250;
/** If IndexedDB never answers (it can hang in private modes), go online without it after this. */
const LOCAL_LOAD_TIMEOUT_MS = 3000;

/** The IndexedDB database of one document for one user, so people sharing a browser never mix. */
export function localDatabaseName(userId: string, docName: string): string {
  return `koers:${userId}:${docName}`;
}

/**
 * One open co-edited document: the stock y-websocket provider, y-indexeddb for offline edits and
 * the bookkeeping the UI needs (status, unconfirmed edits, close codes).
 *
 * Confirmation of edits: the y-websocket protocol has no acknowledgements, but the server handles
 * the messages of one socket in order and answers every sync step 1 with a sync step 2. So after
 * local edits the session sends a step 1 of its own; the answer proves that the server has
 * received and applied (writer) every edit sent before it. It writes them to its update log within
 * about 100 ms after that. A reader's edits are dropped by the server, so answers only count while
 * the viewer may edit.
 */
export class CollabSession {
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private readonly persistence: IndexeddbPersistence | null;
  private readonly listeners = new Set<() => void>();
  private state: CollabState;
  private requestedCanEdit: boolean;
  /** The `canEdit` in force when the server said access changed; null when no change is pending. */
  private accessChangedFrom: boolean | null = null;
  private problem: CollabProblem | null = null;
  /** A connection attempt failed or closed since the last successful one. */
  private troubled = false;
  private browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  private loaded = false;
  private destroyed = false;
  /** Counts local edits; `ackedSeq` is the highest count the server confirmed. */
  private localSeq = 0;
  private ackedSeq = 0;
  private restoredPending = false;
  private persistedUnsent = false;
  /** Our own sync step 1 messages awaiting their step 2, in order: the edit count to confirm, or
   * null for the provider's own step 1 on connect (it may overtake our reply to the server). */
  private replies: (number | null)[] = [];
  private probeInFlight = false;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private serverStepOneSeen = false;

  constructor(
    readonly doc: Y.Doc,
    private readonly options: CollabSessionOptions,
  ) {
    this.requestedCanEdit = options.canEdit;
    this.persistence =
      typeof indexedDB === 'undefined'
        ? null
        : new IndexeddbPersistence(localDatabaseName(options.user.id, options.docName), doc);
    this.awareness = new Awareness(doc);
    this.awareness.setLocalStateField('user', options.user);
    this.provider = new WebsocketProvider(options.serverUrl, options.docName, doc, {
      connect: false,
      awareness: this.awareness,
      params: { token: options.token },
      // Tabs sync through the server: the broadcast channel is keyed by document only, not by user.
      disableBc: true,
    });
    this.watchSyncMessages();
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.update);
    this.provider.on('connection-close', this.onConnectionClose);
    this.provider.on('connection-error', this.onConnectionError);
    this.provider.on('closed', this.onClosed);
    // Registered after the provider's own listener, so an edit is on the wire before its probe.
    doc.on('update', this.onDocUpdate);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.state = this.computeState();
    void this.loadLocal().then(this.start);
  }

  /** Subscribes to state changes (for useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state; the same object until something changes. */
  getState = (): CollabState => this.state;

  /** Updates whether the viewer may edit (e.g. after `viewerCanEdit` was refetched). */
  setCanEdit(canEdit: boolean): void {
    this.requestedCanEdit = canEdit;
    if (this.accessChangedFrom !== null && canEdit !== this.accessChangedFrom) this.accessChangedFrom = null;
    this.sendProbe();
    this.update();
  }

  /** Leaves the document: others see this person go at once; local edits stay in IndexedDB. */
  destroy(): void {
    this.destroyed = true;
    this.cancelProbeTimer();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.destroy();
    this.provider.destroy();
    void this.persistence?.destroy();
    this.listeners.clear();
  }

  private async loadLocal(): Promise<void> {
    const persistence = this.persistence;
    if (!persistence) return;
    const load = persistence.whenSynced.then(() => persistence.get(UNSENT_KEY));
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS));
    const unsent: unknown = await Promise.race([load, timeout]).catch(() => undefined);
    if (unsent === 1) this.markRestored();
    else if (unsent === undefined) {
      // A slow browser store: connect without waiting, but still say so once the mark is read.
      void load
        .then((late) => {
          if (late !== 1 || this.destroyed) return;
          this.markRestored();
          this.sendProbe(true);
          this.update();
        })
        .catch(() => undefined);
    }
  }

  private markRestored(): void {
    this.restoredPending = true;
    this.persistedUnsent = true;
  }

  /** Connects only after the local copy is loaded, so the first sync carries restored edits. */
  private start = (): void => {
    if (this.destroyed) return;
    this.loaded = true;
    if (!this.browserOffline) this.provider.connect();
    this.update();
  };

  private canEdit(): boolean {
    if (this.problem === 'notFound') return false;
    return this.accessChangedFrom === null ? this.requestedCanEdit : false;
  }

  /** Wraps the provider's sync handler to see the server's step 1 and the answers to our step 1s. */
  private watchSyncMessages(): void {
    const handlers = this.provider.messageHandlers;
    const original = handlers[MessageType.Sync];
    if (!original) return;
    handlers[MessageType.Sync] = (encoder, decoder, provider, emitSynced, messageType) => {
      const kind = decoding.readVarUint(decoding.clone(decoder));
      original(encoder, decoder, provider, emitSynced, messageType);
      if (kind === syncProtocol.messageYjsSyncStep1) {
        this.serverStepOneSeen = true;
        // The provider sends its step 2 (our edits the server lacks) right after this handler
        // returns; a microtask runs after that, so the probe follows those edits on the wire.
        queueMicrotask(() => this.sendProbe(true));
      } else if (kind === syncProtocol.messageYjsSyncStep2) {
        this.onStepTwo();
      }
    };
  }

  /** Asks the server for a step 2; `always` also when no edit of this visit awaits confirmation. */
  private sendProbe(always = false): void {
    const ws = this.provider.ws;
    if (!this.serverStepOneSeen || !ws || ws.readyState !== WebSocket.OPEN || !this.canEdit()) return;
    // The answer to the probe in flight, or the timer, sends the next one if needed.
    if (this.probeInFlight || this.probeTimer !== null) return;
    if (!always && this.localSeq <= this.ackedSeq && !this.restoredPending) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
    this.replies.push(this.localSeq);
    this.probeInFlight = true;
  }

  private onStepTwo(): void {
    const seq = this.replies.shift();
    if (seq !== undefined && seq !== null) {
      this.probeInFlight = false;
      if (this.canEdit()) {
        this.ackedSeq = Math.max(this.ackedSeq, seq);
        // Every probe follows the step 2 this connection sent, which carried restored edits too.
        this.restoredPending = false;
      }
      if (this.localSeq > this.ackedSeq) {
        this.probeTimer = setTimeout(() => {
          this.probeTimer = null;
          this.sendProbe();
        }, PROBE_INTERVAL_MS);
      }
    }
    this.update();
  }

  private cancelProbeTimer(): void {
    if (this.probeTimer !== null) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  private onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    const fromElsewhere =
      origin === this.provider || (this.persistence !== null && origin === this.persistence);
    if (fromElsewhere || !this.canEdit()) return;
    this.localSeq += 1;
    this.sendProbe();
    this.update();
  };

  private onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') {
      this.troubled = false;
      this.serverStepOneSeen = false;
      this.probeInFlight = false;
      // The provider sends its own step 1 right after this event.
      this.replies = [null];
      // provider.disconnect() told everyone "gone" under the current awareness clock, and peers
      // ignore a state with a clock they have seen: re-set it, so the clock moves on and they show
      // this person again at once (not at the next 15 s renewal).
      const local = this.awareness.getLocalState();
      if (local) this.awareness.setLocalState(local);
    }
    this.update();
  };

  private onConnectionClose = (): void => {
    this.troubled = true;
    this.replies = [];
    this.probeInFlight = false;
    this.cancelProbeTimer();
    this.serverStepOneSeen = false;
    this.update();
  };

  private onConnectionError = (): void => {
    this.troubled = true;
    this.update();
  };

  /** The stock provider stops on 4400–4499; only an access change is worth reconnecting for. */
  private onClosed = ({ code }: { code: number }): void => {
    if (code === CloseCode.Unauthenticated) this.problem = 'unauthenticated';
    else if (code === CloseCode.NotFound) this.problem = 'notFound';
    else if (code === CloseCode.AccessChanged) {
      // Read-only until the new rights are known; the local text stays as typed.
      if (this.accessChangedFrom === null) this.accessChangedFrom = this.requestedCanEdit;
      this.options.onAccessChanged?.();
      this.provider.connect();
    }
    this.update();
  };

  private onOnline = (): void => {
    this.browserOffline = false;
    if (this.loaded && !this.problem) this.provider.connect();
    this.update();
  };

  /** The socket of a lost network can linger for 30 s; go offline at once instead. */
  private onOffline = (): void => {
    this.browserOffline = true;
    this.provider.disconnect();
    this.update();
  };

  private computeStatus(): CollabStatus {
    const { provider } = this;
    if (provider.wsconnected && !this.problem) {
      if (!provider.synced) return 'syncing';
      return this.canEdit() ? 'connected' : 'readOnly';
    }
    if (this.browserOffline || this.troubled || this.problem) return 'offline';
    return 'connecting';
  }

  private computeState(): CollabState {
    return {
      status: this.computeStatus(),
      synced: this.provider.synced,
      canEdit: this.canEdit(),
      hasUnsentChanges: this.localSeq > this.ackedSeq || this.restoredPending,
      restoredOfflineChanges: this.restoredPending,
      problem: this.problem,
    };
  }

  private update = (): void => {
    if (this.destroyed) return;
    const next = this.computeState();
    const previous = this.state;
    const keys = Object.keys(next) as (keyof CollabState)[];
    // Also when nothing changed: edits made while IndexedDB was still loading are recorded now.
    this.persistUnsent(next.hasUnsentChanges);
    if (keys.every((key) => next[key] === previous[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };

  /** Remembers in IndexedDB whether edits await confirmation, so a reload can say so. */
  private persistUnsent(unsent: boolean): void {
    if (!this.loaded || !this.persistence || unsent === this.persistedUnsent) return;
    this.persistedUnsent = unsent;
    this.persistence.set(UNSENT_KEY, unsent ? 1 : 0).catch(() => undefined);
  }
}
