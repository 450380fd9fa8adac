import * as Y from 'yjs';
import { documentName, RichTextField } from '../common/collab';
import { PROJECTED_TEXT_MAX_LENGTH, richTextBlock, richTextOf } from '../common/richText';
import { writeSnapshot } from '../server/db/collabStore';
import type { Models } from '../server/db/models';
import gguFacts from './data/ggu-facts.json' with { type: 'json' };

/** One row of `ggu-facts.json` (all of `samen_organiseren_ggu_feiten.csv`; see seeds/README.md). */
interface GguFact {
  topic: string;
  fact: string;
  date: string | null;
  sourceUrl: string;
  sourceTitle: string;
}

/** The title of the seeded knowledge page; also what makes seeding it idempotent. */
export const GGU_PAGE_TITLE = 'Samen Organiseren en het Fonds GGU: de feiten';

/**
 * The page body as TipTap writes it: an introduction, then per topic a heading and each fact with
 * its date as the source gives it and its source (title and address), as the sources ask.
 */
function buildBody(facts: readonly GguFact[]): Y.Doc {
  const doc = new Y.Doc();
  const topics = [...new Set(facts.map((fact) => fact.topic))];
  const blocks = [
    richTextBlock(
      'paragraph',
      'Feiten over Samen Organiseren en de Gezamenlijke Gemeentelijke Uitvoering (GGU), elk met de bron waar het staat. Teksten zijn ingekort of geciteerd; het auteursrecht blijft bij de uitgevers.',
    ),
    ...topics.flatMap((topic) => [
      richTextBlock('heading', topic, 2),
      ...facts
        .filter((fact) => fact.topic === topic)
        .map((fact) =>
          richTextBlock(
            'paragraph',
            `${fact.fact}${fact.date ? ` (${fact.date})` : ''} Bron: ${fact.sourceTitle}, ${fact.sourceUrl}`,
          ),
        ),
    ]),
  ];
  doc.getXmlFragment(RichTextField.page).insert(0, blocks);
  return doc;
}

/**
 * Seeds one real knowledge page from the GGU facts, with its sources. Idempotent: an existing page
 * with the title is left as its editors left it. Returns 1 when the page exists afterwards.
 */
export async function seedKnowledgePage(models: Models): Promise<number> {
  if (await models.Page.exists({ title: GGU_PAGE_TITLE })) return 1;
  const doc = buildBody(gguFacts as GguFact[]);
  const page = await models.Page.create({
    title: GGU_PAGE_TITLE,
    bodyText: richTextOf(doc.getXmlFragment(RichTextField.page), PROJECTED_TEXT_MAX_LENGTH),
  });
  await writeSnapshot(models, documentName('page', String(page._id)), Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return 1;
}
