// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readRoadmap, setMeta, type ItemContent } from '../../../common/roadmapDocument';
import { LimitProblems } from '../../../client/src/features/roadmapEditor/LimitProblems';
import { i18n } from '../../../client/src/i18n';

function item(id: string, overrides: Partial<ItemContent>): ItemContent {
  return {
    id,
    title: id,
    startYear: 2026,
    endYear: 2027,
    laneId: null,
    status: null,
    standardIds: [],
    initiativeIds: [],
    owner: null,
    ...overrides,
  };
}

beforeEach(async () => {
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

describe('LimitProblems', () => {
  it('tells the writer, entry by entry, what overviews will show changed or not at all', () => {
    const doc = new Y.Doc();
    setMeta(doc, { title: 'Roadmap', startYear: 2025, endYear: 2034 });
    addItem(doc, item('lang', { title: `Heel lang ${'x'.repeat(300)}` }));
    addItem(doc, item('status', { title: 'Rare status', status: 'S'.repeat(5000) }));
    addItem(doc, item('jaren', { title: 'Onmogelijk', startYear: -5000, endYear: 99999 }));
    addItem(doc, item('goed', { title: 'Binnen de grenzen', status: 'DONE' }));
    render(<LimitProblems content={readRoadmap(doc)} />);

    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      `Item “Heel lang ${'x'.repeat(50)}…”: de titel is langer dan 200 tekens en wordt ingekort`,
      'Item “Rare status”: onbekende status, wordt weggelaten',
      'Item “Onmogelijk”: jaren buiten 2000–2100 of een einde vóór het begin; het item ontbreekt in overzichten',
    ]);
    expect(screen.getByRole('status').textContent).toContain(
      'Niet alles in deze roadmap past binnen de grenzen',
    );
  });

  it('shows nothing while everything fits', () => {
    const doc = new Y.Doc();
    setMeta(doc, { title: 'Roadmap', startYear: 2025, endYear: 2034 });
    addItem(doc, item('goed', { status: 'PLANNED' }));
    const { container } = render(<LimitProblems content={readRoadmap(doc)} />);
    expect(container.innerHTML).toBe('');
  });
});
