import type * as Y from 'yjs';

/**
 * The co-edited documents as the domain sees them: commands that change a roadmap apply their change
 * to the live Y.Doc (so editors see it at once) and wait for its projection. The realtime server's
 * document registry implements this; the domain never imports the realtime layer.
 */
export interface LiveDocuments {
  /** Loads (or finds) the document `name`, holds it while `work` runs, then releases it. */
  with<T>(name: string, work: (document: LiveDocument) => Promise<T> | T): Promise<T>;
  /** Names of the documents in memory (for diagnostics and tests). */
  loadedNames(): string[];
}

/** One live document while it is held. */
export interface LiveDocument {
  readonly doc: Y.Doc;
  /** Writes the document's projection now and resolves once it is stored. */
  project(): Promise<void>;
}

/** The transaction origin of a change made by a command: whose edit it is, for attribution. */
export interface ChangeOrigin {
  userId: string;
}
