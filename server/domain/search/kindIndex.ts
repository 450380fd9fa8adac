import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchDocument } from './kinds';
import type { SearchSource } from './sources';
import { processTerm } from './text';

/** One match: the document and what MiniSearch made of it. */
export interface KindMatch {
  document: SearchDocument;
  score: number;
  /** The document terms that matched (folded), for the snippet. */
  terms: string[];
}

function createMiniSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'keywords', 'body'],
    processTerm,
    searchOptions: {
      boost: { title: 3, keywords: 2 },
      prefix: true,
      // Typos only in longer words: a fuzzy two-letter word would match half the index.
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
}

/**
 * The index of one kind, kept in step with its collection. Writers call {@link invalidate} (with
 * the ids they changed, or without to rebuild); the next search first catches up in {@link ready},
 * so a write that returned before the search is always visible. A rebuild older than `maxAgeMs`
 * is redone in the background, which also picks up writes made outside this server (seeding,
 * an import) without a restart.
 */
export class KindIndex {
  private mini = createMiniSearch();
  private readonly documents = new Map<string, SearchDocument>();
  private stale = true;
  private readonly pendingIds = new Set<string>();
  private work: Promise<void> | undefined;
  /** When the last full build started reading; null before the first. */
  private builtAt: number | null = null;

  constructor(
    private readonly source: SearchSource,
    private readonly now: () => number,
    private readonly maxAgeMs: number,
    private readonly onBackgroundError: (error: unknown) => void,
  ) {}

  /** Marks these records (or, without ids, the whole kind) for a refresh before the next search. */
  invalidate(ids?: readonly string[]): void {
    if (!ids) this.stale = true;
    else for (const id of ids) this.pendingIds.add(id);
  }

  /** Resolves when every invalidation so far is applied. */
  async ready(): Promise<void> {
    if (!this.stale && this.builtAt !== null && this.now() - this.builtAt > this.maxAgeMs) {
      this.stale = true;
      if (this.pendingIds.size === 0) {
        // Serve the current index meanwhile: it misses outside writes only.
        void this.catchUp().catch(this.onBackgroundError);
        return;
      }
    }
    await this.catchUp();
  }

  /** Matches of `text`, best first. */
  search(text: string): KindMatch[] {
    return this.mini.search(text).flatMap((result: SearchResult) => {
      const document = this.documents.get(String(result.id));
      return document ? [{ document, score: result.score, terms: result.terms }] : [];
    });
  }

  private async catchUp(): Promise<void> {
    while (this.stale || this.pendingIds.size > 0) {
      this.work ??= this.refresh().finally(() => {
        this.work = undefined;
      });
      await this.work;
    }
  }

  private async refresh(): Promise<void> {
    if (this.stale) {
      // Ids invalidated before the read starts are covered by it; later ones stay pending.
      this.stale = false;
      this.pendingIds.clear();
      const startedAt = this.now();
      let documents;
      try {
        documents = await this.source();
      } catch (error) {
        this.stale = true;
        throw error;
      }
      this.mini = createMiniSearch();
      this.mini.addAll(documents);
      this.documents.clear();
      for (const document of documents) this.documents.set(document.id, document);
      this.builtAt = startedAt;
      return;
    }
    const ids = [...this.pendingIds];
    this.pendingIds.clear();
    let documents;
    try {
      documents = await this.source(ids);
    } catch (error) {
      for (const id of ids) this.pendingIds.add(id);
      throw error;
    }
    for (const id of ids) {
      if (this.documents.delete(id)) this.mini.discard(id);
    }
    for (const document of documents) {
      this.documents.set(document.id, document);
      this.mini.add(document);
    }
  }
}
