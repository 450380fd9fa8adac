/**
 * The Y.XmlFragment that holds the rich text of each kind of co-edited document (TipTap through
 * @tiptap/extension-collaboration). See docs/collab-documents.md.
 */
export const RichTextField = {
  /** `roadmap:<id>`: the roadmap's vision. */
  roadmap: 'vision',
  /** `standard:<id>`: the standard's long description. */
  standard: 'description',
  /** `page:<id>`: the knowledge page's body. */
  page: 'body',
} as const;
