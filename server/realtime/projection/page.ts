import { Types } from 'mongoose';
import type * as Y from 'yjs';
import { RichTextField } from '../../../common/collab';
import type { Models } from '../../db/models';
import type { Logger } from '../../logger';
import { richTextOf } from '../../../common/richText';
import { ProjectionScheduler } from './scheduler';

/**
 * Why 20,000 characters: about ten printed pages, more than a knowledge page's own words need to be
 * found, while every process keeps each page's text in its search index and reads it on rebuilds.
 */
export const PAGE_TEXT_MAX_LENGTH = 20_000;

/**
 * Mirrors the plain text of a page document's body into its Page record (`bodyText`), so search
 * finds a page by its words without loading a Y.Doc. Debounced like the roadmap projection; writes
 * only when the text changed (formatting, carets and presence write nothing). A failed write is
 * logged and retried on the next edit.
 */
export class PageProjector {
  private readonly scheduler: ProjectionScheduler;
  /** What the record holds; null until read once. */
  private projected: string | null = null;
  private readonly pageId: Types.ObjectId;
  private listener: () => void = () => undefined;

  constructor(
    private readonly models: Models,
    /** The document, read when projecting (the owner applies its stored state on first read). */
    private readonly doc: () => Y.Doc,
    pageId: string,
    private readonly logger: Logger,
  ) {
    this.pageId = new Types.ObjectId(pageId);
    this.scheduler = new ProjectionScheduler(
      () => this.project(),
      (error) =>
        this.logger.error({ err: error.message, pageId: String(this.pageId) }, 'page projection failed'),
    );
  }

  /** Tells `listener` after each run that changed the stored text (search follows it). */
  onProjected(listener: () => void): void {
    this.listener = listener;
  }

  /** Marks the document changed; projects debounced (see {@link ProjectionScheduler}). */
  schedule(): void {
    this.scheduler.schedule();
  }

  /** Projects now if anything changed; resolves when the record reflects the document. */
  flush(): Promise<void> {
    return this.scheduler.flush();
  }

  private async project(): Promise<void> {
    const text = richTextOf(this.doc().getXmlFragment(RichTextField.page), PAGE_TEXT_MAX_LENGTH);
    if (this.projected === null) {
      const stored = await this.models.Page.findById(this.pageId, { bodyText: 1 }).lean();
      // No record (the page is gone): nothing to mirror into.
      if (!stored) return;
      this.projected = stored.bodyText ?? '';
    }
    if (text === this.projected) return;
    // Writing the text moves `updatedAt`: the page shows when its content last changed.
    const { matchedCount } = await this.models.Page.updateOne(
      { _id: this.pageId },
      { $set: { bodyText: text } },
    );
    this.projected = text;
    if (matchedCount > 0) this.listener();
  }
}
