import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { richTextOf } from '../../common/richText';

/** A text node with TipTap marks on part of it, as y-prosemirror stores bold and links. */
function text(...parts: Array<string | [string, Record<string, unknown>]>): Y.XmlText {
  const node = new Y.XmlText();
  let at = 0;
  for (const part of parts) {
    const [value, marks] = typeof part === 'string' ? [part, {}] : part;
    node.insert(at, value, marks);
    at += value.length;
  }
  return node;
}

function element(name: string, children: Array<Y.XmlElement | Y.XmlText> = []): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

/** A fragment in a document (Yjs types are readable only once integrated). */
function fragmentWith(children: Array<Y.XmlElement | Y.XmlText>): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('body');
  fragment.insert(0, children);
  return fragment;
}

describe('richTextOf', () => {
  it('gives one line per text block, through nested lists and quotes, without marks', () => {
    const fragment = fragmentWith([
      element('heading', [text('Archief', ' en ', ['e-Depot', { bold: {} }])]),
      element('paragraph', [text('Zie ', ['de handleiding', { link: { href: 'https://x.nl' } }], '.')]),
      element('bulletList', [
        element('listItem', [
          element('paragraph', [text('Eerste punt')]),
          element('orderedList', [element('listItem', [element('paragraph', [text('Genest  punt')])])]),
        ]),
        element('listItem', [element('paragraph', [text('Tweede')])]),
      ]),
      element('blockquote', [
        element('paragraph', [text('Citaat'), element('hardBreak'), text('regel twee')]),
      ]),
      element('horizontalRule'),
      element('paragraph'),
      element('paragraph', [text('Slot')]),
    ]);
    expect(richTextOf(fragment, 1000)).toBe(
      [
        'Archief en e-Depot',
        'Zie de handleiding.',
        'Eerste punt',
        'Genest punt',
        'Tweede',
        'Citaat',
        'regel twee',
        'Slot',
      ].join('\n'),
    );
  });

  it('is empty for an empty body', () => {
    expect(richTextOf(new Y.Doc().getXmlFragment('body'), 1000)).toBe('');
  });

  it('stops at the cap, at a word boundary', () => {
    const fragment = fragmentWith([
      element('paragraph', [text('alfa beta gamma')]),
      element('paragraph', [text('delta '.repeat(10_000))]),
    ]);
    const result = richTextOf(fragment, 24);
    expect(result).toBe('alfa beta gamma\ndelta');
    expect(richTextOf(fragment, 20_000).length).toBeLessThanOrEqual(20_000);
  });

  it('never cuts a surrogate pair in half', () => {
    const fragment = fragmentWith([element('paragraph', [text('😀'.repeat(10))])]);
    expect(richTextOf(fragment, 5)).toBe('😀😀');
  });

  it('skips what the editor never writes: embeds and values of another root type', () => {
    const source = new Y.Doc();
    source.getArray<unknown>('body').insert(0, ['los', 42, { a: 1 }, new Y.Map()]);
    const junk = new Y.Doc();
    Y.applyUpdate(junk, Y.encodeStateAsUpdate(source));
    expect(richTextOf(junk.getXmlFragment('body'), 1000)).toBe('');

    const withEmbed = fragmentWith([element('paragraph', [text('voor')])]);
    const paragraphText = (withEmbed.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    paragraphText.insertEmbed(4, { image: 'x' });
    paragraphText.insert(5, 'na');
    expect(richTextOf(withEmbed, 1000)).toBe('voorna');
  });

  it('walks a deeply nested document without overflowing the stack', () => {
    // Built top-down in one transaction: Yjs itself recurses when integrating a nested element
    // built bottom-up. A recursive walk overflows at this depth.
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('body');
    doc.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = fragment;
      for (let depth = 0; depth < 20_000; depth++) {
        parent.insert(0, [new Y.XmlElement('blockquote')]);
        parent = parent.get(0) as Y.XmlElement;
      }
      parent.insert(0, [element('paragraph', [text('diep')])]);
    });
    expect(richTextOf(fragment, 1000)).toBe('diep');
  });
});
