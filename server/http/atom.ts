/**
 * Atom (RFC 4287) as text: the few elements Koers's feeds use, every value escaped for XML.
 */

/** Characters XML 1.0 does not allow at all (control characters other than tab, LF and CR). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** `value` safe inside an element or a double-quoted attribute. */
export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** One `<entry>`. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  /** The page the entry is about (`rel="alternate"`). */
  link: string;
  summary: string;
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: Date;
  /** The feed's own URL (`rel="self"`). */
  self: string;
  /** The web page the feed belongs to (`rel="alternate"`). */
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

const element = (name: string, value: string) => `<${name}>${xmlEscape(value)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${xmlEscape(href)}"${type ? ` type="${type}"` : ''}/>`;

/** The feed as an Atom document in UTF-8. */
export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      element('id', entry.id),
      element('title', entry.title),
      element('updated', entry.updated.toISOString()),
      link('alternate', entry.link, 'text/html'),
      `<summary type="text">${xmlEscape(entry.summary)}</summary>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    element('id', feed.id),
    element('title', feed.title),
    element('subtitle', feed.subtitle),
    element('updated', feed.updated.toISOString()),
    link('self', feed.self, 'application/atom+xml'),
    link('alternate', feed.alternate, 'text/html'),
    `<author>${element('name', feed.author)}</author>`,
    '<generator>Koers</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
