import * as Y from 'yjs';

/**
 * How much of a rich text is projected into its record for search and public reading (a page's
 * body, a roadmap's vision, a standard's description). Why 20,000 characters: about ten printed
 * pages, more than the words need to be found, while every process keeps the text in its search
 * index and reads it on rebuilds.
 */
export const PROJECTED_TEXT_MAX_LENGTH = 20_000;

/**
 * A block of TipTap's schema as the editor stores it: a paragraph, or a heading of `level`, holding
 * `text`. For content written outside the editor (templates, seeds).
 */
export function richTextBlock(name: 'heading' | 'paragraph', text: string, level?: number): Y.XmlElement {
  const element = new Y.XmlElement(name);
  // TipTap keeps the heading level as a number; Yjs types attributes as strings.
  if (level) element.setAttribute('level', level as unknown as string);
  if (text) element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Inline nodes of TipTap's schema that end a line without ending the block. */
const LINE_BREAKS = new Set(['hardBreak']);

/**
 * The plain text of a TipTap rich text (`Y.XmlFragment`), one line per text block (paragraph,
 * heading, list item…), at most `maxLength` characters, cut at a word boundary where there is one.
 *
 * The fragment is client-written, so anything the editor would not write (embeds, values of a
 * Y.Array or Y.Map that the root name was first used as) is skipped rather than trusted, and the
 * walk uses its own stack: a deeply nested document cannot overflow the call stack.
 */
export function richTextOf(fragment: Y.XmlFragment, maxLength: number): string {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const endLine = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (clean.length === 0) return;
    lines.push(clean);
    length += clean.length + 1;
  };
  // Children in reverse, so popping visits them in document order; `null` marks a block's end.
  const stack: unknown[] = fragment.toArray().reverse();
  while (stack.length > 0 && length + line.length <= maxLength) {
    const node = stack.pop();
    if (node === null) endLine();
    else if (node instanceof Y.XmlText) line += textOf(node);
    else if (node instanceof Y.XmlElement) {
      if (LINE_BREAKS.has(node.nodeName)) {
        endLine();
        continue;
      }
      endLine();
      stack.push(null);
      const children = node.toArray();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  endLine();
  return cut(lines.join('\n'), maxLength);
}

function textOf(text: Y.XmlText): string {
  let result = '';
  for (const op of text.toDelta() as Array<{ insert?: unknown }>) {
    if (typeof op.insert === 'string') result += op.insert;
  }
  return result;
}

/** `text` shortened to `maxLength`, at the last word boundary and never inside a surrogate pair. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = maxLength;
  const boundary = text.slice(0, end + 1).search(/\s\S*$/);
  if (boundary > 0) end = boundary;
  else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).trimEnd();
}
