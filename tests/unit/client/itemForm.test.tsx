// @vitest-environment jsdom
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readRoadmap, setMeta } from '../../../common/roadmapDocument';
import { createApolloClient } from '../../../client/src/apollo/client';
import { ItemForm } from '../../../client/src/features/roadmapEditor/ItemForm';
import { changeItem } from '../../../client/src/features/roadmapEditor/roadmapEdits';
import { i18n } from '../../../client/src/i18n';

const period = { startYear: 2025, endYear: 2034 };

/** A document with one item, and the item form saving into it as the item panel does. */
function renderItem(owner: string | null) {
  const doc = new Y.Doc();
  doc.transact(() => {
    setMeta(doc, { title: 'Test', ...period });
    addItem(doc, {
      id: 'zgw',
      title: 'ZGW API’s',
      laneId: null,
      startYear: 2027,
      endYear: 2029,
      status: null,
      standardIds: [],
      owner,
    });
  });
  const item = readRoadmap(doc).items[0]!;
  render(
    <ApolloProvider client={createApolloClient()}>
      <ItemForm
        initial={item}
        lanes={[]}
        period={period}
        submitLabel="Opslaan"
        onSave={(_values, changed) => changeItem(doc, item.id, changed)}
      />
    </ApolloProvider>,
  );
  const map = () => doc.getArray<Y.Map<unknown>>('items').get(0);
  return { doc, map };
}

beforeEach(() => i18n.changeLanguage('nl'));
afterEach(cleanup);

describe('ItemForm owner', () => {
  it('stores a trimmed owner in the item', () => {
    const { doc, map } = renderItem(null);
    const owner = screen.getByLabelText('Eigenaar (optioneel)');
    expect((owner as HTMLInputElement).value).toBe('');
    fireEvent.change(owner, { target: { value: '  Gemeente Utrecht ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(map().get('owner')).toBe('Gemeente Utrecht');
    expect(readRoadmap(doc).items[0]).toMatchObject({ title: 'ZGW API’s', owner: 'Gemeente Utrecht' });
  });

  it('removes the key when the owner is emptied', () => {
    const { map } = renderItem('Gemeente Utrecht');
    const owner = screen.getByLabelText('Eigenaar (optioneel)');
    expect((owner as HTMLInputElement).value).toBe('Gemeente Utrecht');
    fireEvent.change(owner, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(map().has('owner')).toBe(false);
    expect(map().get('title')).toBe('ZGW API’s');
  });
});
