import { describe, expect, it } from 'vitest';
import { KindIndex } from '../../server/domain/search/kindIndex';
import type { SearchDocument } from '../../server/domain/search/kinds';
import { foldText, snippetOf } from '../../server/domain/search/text';
import { eventually } from '../support/eventually';

function doc(id: string, title: string, body = ''): SearchDocument {
  return { id, kind: 'STANDARD', title, key: id, context: null, keywords: '', body };
}

/** A collection in memory whose reads can be held open, to interleave writes with a refresh. */
function collection(initial: SearchDocument[]) {
  const rows = new Map(initial.map((d) => [d.id, d]));
  let gate: Promise<void> | null = null;
  let open = () => undefined as void;
  const reads: Array<string[] | 'all'> = [];
  return {
    rows,
    reads,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    async source(ids?: readonly string[]) {
      reads.push(ids ? [...ids] : 'all');
      // Read before waiting, like a database query that started before a later write.
      const snapshot = ids ? ids.flatMap((id) => rows.get(id) ?? []) : [...rows.values()];
      if (gate) {
        const waiting = gate;
        gate = null;
        await waiting;
      }
      return snapshot;
    },
  };
}

const titles = (index: KindIndex, text: string) => index.search(text).map((m) => m.document.title);

describe('KindIndex', () => {
  it('builds on first use and applies invalidated ids before the next search', async () => {
    const db = collection([doc('a', 'Zaken API'), doc('b', 'Besluiten API')]);
    const index = new KindIndex(
      db.source,
      () => 0,
      60_000,
      () => undefined,
    );
    await index.ready();
    expect(titles(index, 'zaken')).toEqual(['Zaken API']);
    db.rows.set('a', doc('a', 'Documenten API'));
    db.rows.delete('b');
    index.invalidate(['a', 'b']);
    await index.ready();
    expect(titles(index, 'zaken')).toEqual([]);
    expect(titles(index, 'documenten')).toEqual(['Documenten API']);
    expect(titles(index, 'besluiten')).toEqual([]);
    expect(db.reads).toEqual(['all', ['a', 'b']]);
  });

  it('does not lose a write that lands while a rebuild is reading', async () => {
    const db = collection([doc('a', 'Zaken API')]);
    const index = new KindIndex(
      db.source,
      () => 0,
      60_000,
      () => undefined,
    );
    db.hold();
    const building = index.ready();
    // The rebuild read its snapshot already; this write and its event come after.
    db.rows.set('c', doc('c', 'Catalogus API'));
    index.invalidate(['c']);
    db.release();
    await building;
    expect(titles(index, 'catalogus')).toEqual(['Catalogus API']);
  });

  it('keeps ids pending when a refresh fails, and retries them', async () => {
    const db = collection([doc('a', 'Zaken API')]);
    let fail = false;
    const source = (ids?: readonly string[]) =>
      fail ? Promise.reject(new Error('database down')) : db.source(ids);
    const index = new KindIndex(
      source,
      () => 0,
      60_000,
      () => undefined,
    );
    await index.ready();
    db.rows.set('a', doc('a', 'Objecten API'));
    index.invalidate(['a']);
    fail = true;
    await expect(index.ready()).rejects.toThrow('database down');
    fail = false;
    await index.ready();
    expect(titles(index, 'objecten')).toEqual(['Objecten API']);
  });

  it('rebuilds in the background once older than its maximum age, serving the old index meanwhile', async () => {
    let now = 0;
    const db = collection([doc('a', 'Zaken API')]);
    const index = new KindIndex(
      db.source,
      () => now,
      1000,
      () => undefined,
    );
    await index.ready();
    // Written by another program (a seed), so no event told the index.
    db.rows.set('z', doc('z', 'Zeef API'));
    now = 2000;
    db.hold();
    await index.ready();
    expect(titles(index, 'zeef')).toEqual([]);
    db.release();
    await eventually(() => expect(titles(index, 'zeef')).toEqual(['Zeef API']));
    expect(db.reads).toEqual(['all', 'all']);
  });
});

describe('search text', () => {
  it('folds diacritics and case', () => {
    expect(foldText('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    // The Dutch ĳ ligature folds to i + j.
    expect(foldText('Ĳsselstein')).toBe('ijsselstein');
  });

  it('cuts a snippet around the first match, at a word boundary', () => {
    const text = `${'Lange inleiding zonder de zoekterm. '.repeat(6)}Hier staat Fryslân in de tekst.`;
    const snippet = snippetOf(text, ['fryslan']) ?? '';
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('Hier staat Fryslân');
    expect(snippetOf('Kort.', ['x'])).toBe('Kort.');
    expect(snippetOf('   ', ['x'])).toBeNull();
  });
});
