import type { ChangeOrigin } from '../domain/liveDocuments';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { parseDocumentName, type DocumentName } from '../../common/collab';
import type { Runtime } from '../runtime';
import { publishRoadmapSearchChange, publishSearchChange } from '../domain/search/events';
import { EditAttribution } from './attribution';
import { FanoutKind, type Fanout } from './fanout';
import type { CollabLimits } from './limits';
import { TextProjector, textTargets } from './projection/text';
import { RoadmapProjector } from './projection/roadmap';
import {
  encodeAwarenessMessage,
  encodeAwarenessStates,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyStateVector,
} from './protocol';
import { foldIntoSnapshot, loadDocumentState, tailDueForFold, type LoggedRecord } from '../db/collabStore';
import { UpdateLog } from './updateLog';
import { ROADMAP_PROJECTED } from '../events/topics';

/** A peer the document relays to: a socket connection. */
export interface Peer {
  send(message: Uint8Array): void;
}

/** Who made a change: a socket (with its user) or a domain command (a user). */
export interface LocalOrigin extends ChangeOrigin {
  peer?: Peer;
  /** Set when the socket's update went out to the other peers before it was applied. */
  relayed?: boolean;
}

/** Updates and awareness that arrived from another process through Redis. */
export const REMOTE_ORIGIN = Symbol('remote');

/** The stored state applied on first use: already stored, relayed to nobody. */
const STORED_ORIGIN = Symbol('stored');

/**
 * The least time between two folds while a document is held (a fold at unload is never held
 * back). Why 10 s: a fold encodes and stores the whole document, milliseconds for a large one on
 * the thread that relays, and a busy room's tail is due for one ({@link tailDueForFold}) within
 * seconds (50 people typing: every 4 s; the bench's propagation run: five times a second), while
 * a few people typing take minutes. The log tail then holds at most what 10 s of a busy room
 * brings, about 2,500 updates or 20 ms of merging at the next load.
 */
const MIN_FOLD_INTERVAL_MS = 10_000;

/**
 * One co-edited document held in memory: the Y.Doc, its awareness, its peers, and the jobs that
 * follow every change (relay, update log, fan-out, projection, attribution, compaction).
 *
 * First sync is answered from bytes: the stored state is applied to the Y.Doc only when something
 * needs the Y.Doc (an update to apply, a projection, a peer that already has part of the document),
 * and a peer that has nothing gets the encoded full state, cached until the next change. So a
 * client opening a long document waits for one database read and its own decoding, not for the
 * server to decode and re-encode the document first.
 */
export class SharedDocument {
  private readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly peers = new Set<Peer>();
  /** Holders: connections and running GraphQL mutations; unloads when it drops to zero. */
  holders = 0;
  private readonly log: UpdateLog;
  private readonly projector: Projector | null;
  private readonly attribution: EditAttribution;
  /** The fold under way, if any (see {@link compact}). */
  private compacting: Promise<void> | undefined;
  /** When the last fold began (performance.now()). */
  private foldedAt = Number.NEGATIVE_INFINITY;
  /** Settles under way: a holder released while another's unload was still storing starts a second. */
  private settling = 0;
  /** Updates in the stored log after the snapshot. */
  private sinceCompaction = 0;
  /** Log records this document holds the updates of (read at load, or written since), oldest first. */
  private logged: LoggedRecord[] = [];
  /** The version of the stored snapshot this document's state was built on. */
  private snapshotVersion = 0;
  /** Stored state not applied to the Y.Doc yet, and its state vector once known. */
  private stored: { state: Uint8Array; vector: Uint8Array } | null = null;
  /** Set when another process's update changed this document: see {@link storeWhatStorageLacks}. */
  private relayedFromElsewhere = false;
  /** The whole document as one update, as it is now; dropped on every change. */
  private encoded: Uint8Array | null = null;

  constructor(
    readonly name: string,
    private readonly runtime: Runtime,
    private readonly fanout: Fanout,
    waitBeforeRetry?: CollabLimits['waitBeforeRetry'],
  ) {
    const parsed = parseDocumentName(name);
    if (!parsed) throw new Error(`bad document name ${name}`);
    this.awareness.setLocalState(null);
    this.log = new UpdateLog(
      runtime.models,
      name,
      runtime.logger,
      (record) => this.afterAppend(record),
      waitBeforeRetry,
    );
    this.projector = createProjector(parsed, runtime, () => this.doc);
    this.attribution = new EditAttribution(
      runtime.models,
      { type: parsed.kind, id: parsed.id, action: `${parsed.kind}:edit` },
      runtime.logger,
    );
  }

  /** Subscribes to other processes, then loads the stored state, then starts relaying. */
  async load(): Promise<void> {
    await this.fanout.subscribe(this.name, (kind, payload) => this.onRemote(kind, payload));
    const stored = await loadDocumentState(this.runtime.models, this.name);
    if (stored) {
      // Without a stored vector (a log tail follows the snapshot), reading one walks the whole
      // update: a damaged record fails the load here, so the client is refused instead of being
      // sent bytes the server cannot apply. A snapshot's vector is written with its state.
      const vector = stored.stateVector ?? Y.encodeStateVectorFromUpdate(stored.state);
      this.stored = { state: stored.state, vector };
      this.encoded = stored.state;
      this.sinceCompaction = stored.tailLength;
      this.logged = stored.records;
      this.snapshotVersion = stored.snapshotVersion;
      // Catch up a projection that a crash may have cut short (only differences are written).
      this.projector?.schedule();
    }
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onAwareness(change, origin),
    );
    // Another process may hold edits it relayed before we subscribed and has not stored yet.
    this.fanout.publish(this.name, FanoutKind.SyncRequest, this.stateVector());
  }

  /** The Y.Doc, with the stored state applied. */
  get doc(): Y.Doc {
    if (this.stored) {
      const { state } = this.stored;
      this.stored = null;
      Y.applyUpdate(this.ydoc, state, STORED_ORIGIN);
    }
    return this.ydoc;
  }

  private stateVector(): Uint8Array {
    return this.stored ? this.stored.vector : Y.encodeStateVector(this.ydoc);
  }

  /** Sync step 1 for a new peer. */
  syncStep1(): Uint8Array {
    return encodeSyncStep1(this.stateVector());
  }

  /** Sync step 2 for a peer with `stateVector`: a peer with nothing gets the cached full state. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector))
      return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    this.encoded ??= Y.encodeStateAsUpdate(this.doc);
    return encodeSyncStep2(this.encoded);
  }

  /**
   * Applies a writing peer's update (`message` is the update message as it arrived). While the
   * Y.Doc waits for nothing, the message goes out to the other peers as it came, before the update
   * is applied: what the Y.Doc then reports is part of it, so they miss nothing, and the relay
   * does not wait for Yjs to integrate and re-encode it (the stock server's order). Bytes that do
   * not decode as an update throw before anything is relayed. Otherwise (structs waiting for
   * others) the update is applied first, and the Y.Doc reports what it completes, to every peer.
   */
  applyFromPeer(
    update: Uint8Array,
    message: Uint8Array,
    origin: LocalOrigin,
    relayedOrigin: LocalOrigin,
  ): void {
    const doc = this.doc;
    if (doc.store.pendingStructs || doc.store.pendingDs) {
      Y.applyUpdate(doc, update, origin);
      return;
    }
    Y.decodeUpdate(update);
    for (const peer of this.peers) if (peer !== origin.peer) peer.send(message);
    Y.applyUpdate(doc, update, relayedOrigin);
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === STORED_ORIGIN) return;
    this.encoded = null;
    // Relay first: peers see the change before any database work starts.
    if (!(origin as LocalOrigin | undefined)?.relayed) {
      const message = encodeUpdate(update);
      const sender = origin !== REMOTE_ORIGIN ? (origin as LocalOrigin | undefined)?.peer : undefined;
      for (const peer of this.peers) if (peer !== sender) peer.send(message);
    }
    this.projector?.schedule();
    if (origin === REMOTE_ORIGIN) {
      this.relayedFromElsewhere = true;
      return;
    }
    this.log.append(update);
    this.fanout.publish(this.name, FanoutKind.Update, update);
    const userId = (origin as LocalOrigin | undefined)?.userId;
    if (userId) this.attribution.note(userId);
  }

  private onAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwarenessMessage(update);
    for (const peer of this.peers) peer.send(message);
    if (origin !== REMOTE_ORIGIN) this.fanout.publish(this.name, FanoutKind.Awareness, update);
  }

  private onRemote(kind: FanoutKind, payload: Uint8Array): void {
    try {
      if (kind === FanoutKind.Update) Y.applyUpdate(this.doc, payload, REMOTE_ORIGIN);
      else if (kind === FanoutKind.Awareness)
        awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, REMOTE_ORIGIN);
      else if (kind === FanoutKind.Reconnected) {
        this.fanout.publish(this.name, FanoutKind.SyncRequest, this.stateVector());
      } else if (kind === FanoutKind.SyncRequest) {
        const missing = Y.encodeStateAsUpdate(this.doc, payload);
        if (missing.length > 2) this.fanout.publish(this.name, FanoutKind.Update, missing);
        // After an outage the asker may hold edits we missed too: ask back (ends once equal).
        if (knowsMore(payload, this.doc)) {
          this.fanout.publish(this.name, FanoutKind.SyncRequest, Y.encodeStateVector(this.doc));
        }
        const states = [...this.awareness.getStates().keys()];
        if (states.length > 0) {
          this.fanout.publish(
            this.name,
            FanoutKind.Awareness,
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, states),
          );
        }
      }
    } catch (error) {
      this.runtime.logger.warn(
        { err: (error as Error).message, docName: this.name },
        'bad fan-out message dropped',
      );
    }
  }

  private afterAppend(record: LoggedRecord): void {
    this.logged.push(record);
    this.sinceCompaction += record.updates;
    if (
      tailDueForFold(this.sinceCompaction, this.logged.length) &&
      !this.compacting &&
      performance.now() - this.foldedAt >= MIN_FOLD_INTERVAL_MS
    )
      void this.compact();
  }

  /**
   * Folds the update log into the snapshot now: the document as held here (which holds every
   * record it read or wrote) becomes the snapshot, and those records are deleted. One fold at a
   * time: two side by side would build on the same snapshot version, and one would be refused.
   */
  compact(): Promise<void> {
    this.foldedAt = performance.now();
    const run = (this.compacting ?? Promise.resolve()).then(() => this.fold());
    this.compacting = run;
    const done = () => {
      if (this.compacting === run) this.compacting = undefined;
    };
    run.then(done, done);
    return run;
  }

  private async fold(): Promise<void> {
    await this.log.flush();
    // A copy: records written while this runs are appended to `logged`, not folded.
    const records = [...this.logged];
    if (records.length === 0) return;
    try {
      const version = await foldIntoSnapshot(this.runtime.models, this.name, {
        state: Y.encodeStateAsUpdate(this.doc),
        stateVector: Y.encodeStateVector(this.doc),
        records,
        knownVersion: this.snapshotVersion,
      });
      if (version === null) return;
      this.snapshotVersion = version;
      // Records written while this ran stay for the next fold.
      this.logged = this.logged.slice(records.length);
      const folded = records.reduce((sum, record) => sum + record.updates, 0);
      this.sinceCompaction = Math.max(0, this.sinceCompaction - folded);
    } catch (error) {
      this.runtime.logger.error({ err: (error as Error).message, docName: this.name }, 'compaction failed');
    }
  }

  /** The awareness states of every known client, for a new peer. */
  awarenessMessage(): Uint8Array | null {
    return this.awareness.getStates().size > 0 ? encodeAwarenessStates(this.awareness) : null;
  }

  /** Stores everything and folds this process's log records into the snapshot (before unloading). */
  async settle(): Promise<void> {
    this.settling++;
    try {
      await this.flush();
      await this.storeWhatStorageLacks();
      if (this.sinceCompaction > 0) await this.compact();
    } finally {
      this.settling--;
    }
  }

  /**
   * Edits relayed from another process are stored by that process. One that died within its
   * store window (up to 100 ms) never stored its last edits, and clients that re-send them here
   * change nothing (this process has them already), so they would never be written, and the
   * writer's later edits would wait in storage for them. Before unloading, write what the stored
   * state lacks, compared as Yjs snapshots (state vector and deletions) of a decoded copy. Only
   * after such updates: the check reads the whole stored state.
   */
  private async storeWhatStorageLacks(): Promise<void> {
    if (!this.relayedFromElsewhere) return;
    this.relayedFromElsewhere = false;
    let stored;
    try {
      stored = await loadDocumentState(this.runtime.models, this.name);
    } catch (error) {
      // This process's own edits are stored already (flush); only the check is skipped.
      this.relayedFromElsewhere = true;
      this.runtime.logger.warn(
        { err: (error as Error).message, docName: this.name },
        'stored state not checked',
      );
      return;
    }
    const copy = new Y.Doc();
    if (stored) Y.applyUpdate(copy, stored.state);
    const complete = Y.equalSnapshots(Y.snapshot(copy), Y.snapshot(this.doc));
    const vector = Y.encodeStateVector(copy);
    copy.destroy();
    if (complete) return;
    this.log.append(Y.encodeStateAsUpdate(this.doc, vector));
    await this.log.flush();
  }

  /**
   * True while stored state lags memory or is being written: the log, a settle or a fold. An unload
   * that finds it true leaves the document in memory (the unload whose settle is still running
   * unloads it): a copy loaded while a fold runs would read storage half-written.
   */
  get flushing(): boolean {
    return this.log.pending || this.settling > 0 || this.compacting !== undefined;
  }

  /** Stores everything: the update log, the projection and the attribution. */
  async flush(): Promise<void> {
    await this.log.flush();
    await this.compacting;
    await this.projector?.flush();
    await this.attribution.flush();
  }

  /** Projects now (the GraphQL bridge waits for this so a mutation's result is queryable at once). */
  async project(): Promise<void> {
    await this.projector?.flush();
  }

  /** Frees memory and the fan-out channel; call after {@link flush}. */
  destroy(): void {
    this.fanout.unsubscribe(this.name);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** Mirrors a document into records that queries and search read (debounced, see projection/). */
interface Projector {
  schedule(): void;
  flush(): Promise<void>;
}

/** The projection of `document`, telling search what each run changed; null for kinds without one. */
function createProjector(document: DocumentName, runtime: Runtime, doc: () => Y.Doc): Projector | null {
  const { models, logger, pubsub } = runtime;
  if (document.kind === 'roadmap') {
    const projector = new RoadmapProjector(models, runtime.roadmapItems, doc, document.id, logger);
    projector.onProjected((change) => {
      publishRoadmapSearchChange(pubsub, change);
      // Reality figures follow the items' links (roadmapRealityChanged).
      pubsub.publish(ROADMAP_PROJECTED, { roadmapId: change.roadmapId });
    });
    return projector;
  }
  if (document.kind === 'page' || document.kind === 'standard') {
    const projector = new TextProjector(textTargets(models)[document.kind], doc, document.id, logger);
    const kind = document.kind === 'page' ? 'PAGE' : 'STANDARD';
    projector.onProjected(() => publishSearchChange(pubsub, kind, [document.id]));
    return projector;
  }
  return null;
}

/** True when the state vector `theirs` has seen updates that `doc` has not. */
function knowsMore(theirs: Uint8Array, doc: Y.Doc): boolean {
  const ours = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(theirs)) {
    if (clock > (ours.get(client) ?? 0)) return true;
  }
  return false;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
