import type { Models } from '../../db/models';
import type { PubSub } from '../../events/pubsub';
import { INITIATIVE_CHANGED, SEARCH_INDEX_CHANGED } from '../../events/topics';
import type { Logger } from '../../logger';
import { KindIndex, type KindMatch } from './kindIndex';
import { SEARCH_KINDS, type SearchKind } from './kinds';
import { searchSources } from './sources';

/** Why 10 minutes: bounds how long a write from outside the server (seed, import) stays unfound. */
const MAX_INDEX_AGE_MS = 10 * 60 * 1000;

/** The matches of one kind. */
export interface KindResults {
  kind: SearchKind;
  matches: KindMatch[];
}

/**
 * The in-process full-text index (FerretDB has no `$text`): one MiniSearch per kind, built from
 * its collection on first use and kept in step by the PubSub events of writes.
 */
export class SearchIndex {
  private readonly kinds: Record<SearchKind, KindIndex>;
  private readonly listeners: Array<AsyncIterableIterator<unknown>> = [];

  constructor(models: Models, pubsub: PubSub, logger: Logger) {
    const sources = searchSources(models);
    const onBackgroundError = (error: unknown) =>
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'search index refresh failed',
      );
    this.kinds = Object.fromEntries(
      SEARCH_KINDS.map((kind) => [
        kind,
        new KindIndex(sources[kind], Date.now, MAX_INDEX_AGE_MS, onBackgroundError),
      ]),
    ) as Record<SearchKind, KindIndex>;
    this.listen(pubsub.subscribe(SEARCH_INDEX_CHANGED), (event) =>
      this.kinds[event.kind]?.invalidate(event.ids),
    );
    this.listen(pubsub.subscribe(INITIATIVE_CHANGED), (event) =>
      this.kinds.INITIATIVE.invalidate([event.initiativeId]),
    );
  }

  /** Searches `kinds` after catching up with every write published so far. */
  async search(kinds: readonly SearchKind[], text: string): Promise<KindResults[]> {
    await Promise.all(kinds.map((kind) => this.kinds[kind].ready()));
    return kinds.map((kind) => ({ kind, matches: this.kinds[kind].search(text) }));
  }

  /** Stops listening to events. */
  close(): void {
    for (const listener of this.listeners.splice(0)) void listener.return?.();
  }

  private listen<T>(events: AsyncIterableIterator<T>, handle: (event: T) => void): void {
    this.listeners.push(events);
    void (async () => {
      for await (const event of events) handle(event);
    })();
  }
}
