import * as Y from 'yjs';
import { documentName, RichTextField, type DocumentKind } from '../../../common/collab';
import { PROJECTED_TEXT_MAX_LENGTH, richTextOf } from '../../../common/richText';
import { loadDocumentState } from '../../db/collabStore';
import type { Models } from '../../db/models';
import type { PubSub } from '../../events/pubsub';
import type { Logger } from '../../logger';
import type { SearchKind } from './kinds';
import { publishSearchChange } from './events';

/** One kind of record whose rich text lives in a co-edited document and is projected into `field`. */
interface Backfill {
  kind: SearchKind;
  document: DocumentKind;
  field: 'bodyText' | 'visionText' | 'descriptionText';
  ids(): Promise<string[]>;
  write(id: string, text: string): Promise<boolean>;
}

/**
 * Records whose text was never projected: their documents were not opened since the projection
 * arrived (`field` absent). A concurrent projection wins: the write is conditional on the field
 * still being absent.
 */
function backfills(models: Models): Backfill[] {
  const missing = { $exists: false };
  const condition = (field: string, id: string) => ({ _id: id, [field]: missing });
  return [
    {
      kind: 'PAGE',
      document: 'page',
      field: 'bodyText',
      ids: async () =>
        (await models.Page.find({ bodyText: missing }, { _id: 1 }).lean()).map((r) => String(r._id)),
      write: async (id, text) =>
        (
          await models.Page.updateOne(
            condition('bodyText', id),
            { $set: { bodyText: text } },
            { timestamps: false },
          )
        ).modifiedCount > 0,
    },
    {
      kind: 'ROADMAP',
      document: 'roadmap',
      field: 'visionText',
      ids: async () =>
        (await models.Roadmap.find({ visionText: missing }, { _id: 1 }).lean()).map((r) => String(r._id)),
      write: async (id, text) =>
        (
          await models.Roadmap.updateOne(
            condition('visionText', id),
            { $set: { visionText: text } },
            { timestamps: false },
          )
        ).modifiedCount > 0,
    },
    {
      kind: 'STANDARD',
      document: 'standard',
      field: 'descriptionText',
      ids: async () =>
        (await models.Standard.find({ descriptionText: missing }, { _id: 1 }).lean()).map((r) =>
          String(r._id),
        ),
      write: async (id, text) =>
        (
          await models.Standard.updateOne(
            condition('descriptionText', id),
            { $set: { descriptionText: text } },
            { timestamps: false },
          )
        ).modifiedCount > 0,
    },
  ];
}

/** The plain text of the stored document `name` (empty when nothing was ever stored). */
async function storedText(models: Models, name: string, fragment: string): Promise<string> {
  const stored = await loadDocumentState(models, name);
  if (!stored) return '';
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, stored.state);
    return richTextOf(doc.getXmlFragment(fragment), PROJECTED_TEXT_MAX_LENGTH);
  } finally {
    doc.destroy();
  }
}

/**
 * Projects the rich text of every page, roadmap vision and standard description that was never
 * projected, reading the stored documents one at a time, and tells the search indexes. Run at
 * start-up (in the background) and by `npm run search:backfill`; a second run finds nothing to do.
 * Returns how many records it wrote.
 */
export async function backfillSearchText(models: Models, pubsub: PubSub, logger: Logger): Promise<number> {
  let written = 0;
  for (const backfill of backfills(models)) {
    const changed: string[] = [];
    for (const id of await backfill.ids()) {
      const text = await storedText(
        models,
        documentName(backfill.document, id),
        RichTextField[backfill.document],
      );
      if (await backfill.write(id, text)) changed.push(id);
    }
    if (changed.length > 0) {
      publishSearchChange(pubsub, backfill.kind, changed);
      logger.info({ kind: backfill.kind, count: changed.length }, 'search text backfilled');
    }
    written += changed.length;
  }
  return written;
}
