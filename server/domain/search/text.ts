const MARKS = /\p{M}+/gu;

/** Small Dutch function words: they match nearly everything, so they are neither indexed nor searched. */
const STOP_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'te',
  'voor',
  'met',
  'of',
  'the',
  'and',
]);

/** Lower case without diacritics or ligatures, so "Súdwest-Fryslân" matches "sudwest-fryslan" and "Ĳssel" "ijssel". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('nl');
}

/** MiniSearch's term processor for documents and queries alike: folded, stop words dropped. */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * Folds `text` one character at a time, so that an index in the result is the same index in
 * `text` (a whole-string fold can change lengths and shift the snippet window).
 */
function foldAligned(text: string): string {
  let folded = '';
  for (const char of text) {
    const one = foldText(char);
    folded += one.length === char.length ? one : char;
  }
  return folded;
}

const SNIPPET_LENGTH = 160;

/**
 * About {@link SNIPPET_LENGTH} characters of `text` around the first of the matched (folded)
 * `terms`, or its start when none occurs; null for empty text.
 */
export function snippetOf(text: string | null | undefined, terms: readonly string[]): string | null {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return null;
  if (clean.length <= SNIPPET_LENGTH) return clean;
  const folded = foldAligned(clean);
  const positions = terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0);
  const hit = positions.length > 0 ? Math.min(...positions) : 0;
  let start = Math.max(0, hit - SNIPPET_LENGTH / 4);
  if (start > 0) {
    // Start at a word boundary rather than halfway through a word.
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : start;
  }
  const end = Math.min(clean.length, start + SNIPPET_LENGTH);
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`;
}
