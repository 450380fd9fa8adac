import { Types } from 'mongoose';
import type * as Y from 'yjs';
import { RichTextField } from '../../../common/collab';
import { PROJECTED_TEXT_MAX_LENGTH, richTextOf } from '../../../common/richText';
import type { Models } from '../../db/models';
import type { Logger } from '../../logger';
import { ProjectionScheduler } from './scheduler';

/** Where a document's rich text is mirrored: a page's body, a standard's long description. */
export interface TextTarget {
  /** For the log. */
  kind: 'page' | 'standard';
  /** The stored text; null when the record is gone, undefined when never projected. */
  read(id: Types.ObjectId): Promise<string | null | undefined>;
  /** Stores the text; false when the record is gone. */
  write(id: Types.ObjectId, text: string): Promise<boolean>;
  /** The Y.XmlFragment holding the rich text. */
  fragment: string;
}

/** The text targets of pages (`bodyText`) and standards (`descriptionText`). */
export function textTargets(models: Models): Record<'page' | 'standard', TextTarget> {
  return {
    page: {
      kind: 'page',
      fragment: RichTextField.page,
      read: async (id) => {
        const stored = await models.Page.findById(id, { bodyText: 1 }).lean();
        return stored ? stored.bodyText : null;
      },
      // Writing the text moves `updatedAt`: the page shows when its content last changed.
      write: async (id, text) =>
        (await models.Page.updateOne({ _id: id }, { $set: { bodyText: text } })).matchedCount > 0,
    },
    standard: {
      kind: 'standard',
      fragment: RichTextField.standard,
      read: async (id) => {
        const stored = await models.Standard.findById(id, { descriptionText: 1 }).lean();
        return stored ? stored.descriptionText : null;
      },
      // Not `updatedAt`: that is when the catalogue entry changed, which the description is not.
      write: async (id, text) =>
        (
          await models.Standard.updateOne(
            { _id: id },
            { $set: { descriptionText: text } },
            { timestamps: false },
          )
        ).matchedCount > 0,
    },
  };
}

/**
 * Mirrors the plain text of a document's rich text into its record, so search (and the public
 * pages) find and show the words without loading a Y.Doc. Debounced like the roadmap projection;
 * writes only when the text changed (formatting, carets and presence write nothing). A failed write
 * is logged and retried on the next edit.
 */
export class TextProjector {
  private readonly scheduler: ProjectionScheduler;
  /** What the record holds; null until read once. */
  private projected: string | null = null;
  private readonly id: Types.ObjectId;
  private listener: () => void = () => undefined;

  constructor(
    private readonly target: TextTarget,
    /** The document, read when projecting (the owner applies its stored state on first read). */
    private readonly doc: () => Y.Doc,
    id: string,
    private readonly logger: Logger,
  ) {
    this.id = new Types.ObjectId(id);
    this.scheduler = new ProjectionScheduler(
      () => this.project(),
      (error) =>
        this.logger.error(
          { err: error.message, kind: this.target.kind, id: String(this.id) },
          'text projection failed',
        ),
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
    const text = richTextOf(this.doc().getXmlFragment(this.target.fragment), PROJECTED_TEXT_MAX_LENGTH);
    if (this.projected === null) {
      const stored = await this.target.read(this.id);
      // No record (the page or standard is gone): nothing to mirror into.
      if (stored === null) return;
      // Never projected: write even an empty text, so the backfill knows it is done.
      this.projected = stored ?? '\u0000';
    }
    if (text === this.projected) return;
    const matched = await this.target.write(this.id, text);
    this.projected = text;
    if (matched) this.listener();
  }
}
