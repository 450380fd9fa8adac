// @vitest-environment jsdom
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../../client/src/apollo/client';
import { AuthProvider } from '../../../client/src/features/auth/AuthContext';
import { setToken } from '../../../client/src/features/auth/tokenStorage';
import { SearchBox } from '../../../client/src/features/search/SearchBox';
import { searchHitPath } from '../../../client/src/features/search/searchPath';
import { i18n } from '../../../client/src/i18n';
import { SearchPage } from '../../../client/src/routes/zoeken/SearchPage';

const hit = (kind: string, id: string, title: string, key: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'SearchHit',
  kind,
  id,
  title,
  key,
  context: null,
  snippet: null,
  ...extra,
});

const results = {
  __typename: 'SearchResults',
  text: 'utrecht',
  totalCount: 3,
  groups: [
    {
      __typename: 'SearchGroup',
      kind: 'MUNICIPALITY',
      totalCount: 2,
      hits: [hit('MUNICIPALITY', 'GM0344', 'Utrecht', 'GM0344', { context: 'Utrecht' })],
    },
    {
      __typename: 'SearchGroup',
      kind: 'STANDARD',
      totalCount: 1,
      hits: [hit('STANDARD', 's1', 'Zaken API', 'zaken-api', { snippet: '…gebruikt in Utrecht…' })],
    },
  ],
};

/** Answers at the fetch boundary so the real Apollo Client and cache run; `search` per `answer`. */
function fakeServer(answer: (text: string) => unknown) {
  const searched: string[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { operationName: string; variables: { text: string } };
    let result: unknown = { data: { me: null } };
    if (body.operationName === 'SearchPageQuery') {
      searched.push(body.variables.text);
      result = answer(body.variables.text);
    }
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  });
  return searched;
}

function renderAt(path: string) {
  render(
    <ApolloProvider client={createApolloClient()}>
      <AuthProvider>
        <MemoryRouter initialEntries={[path]}>
          <SearchBox />
          <Routes>
            <Route path="/" element={<p>start</p>} />
            <Route path="/zoeken" element={<SearchPage />} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
}

describe('site search', () => {
  beforeEach(async () => {
    setToken(null);
    await i18n.changeLanguage('nl');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is a labelled search landmark that opens the results page, grouped by kind with links', async () => {
    const searched = fakeServer(() => ({ data: { search: results } }));
    renderAt('/');
    const landmark = screen.getByRole('search', { name: 'Zoekfunctie van Koers' });
    fireEvent.change(within(landmark).getByLabelText('Zoekterm'), { target: { value: '  utrecht ' } });
    fireEvent.click(within(landmark).getByRole('button', { name: 'Zoek' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zoekresultaten voor ‘utrecht’' }),
    ).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toBe('3 resultaten gevonden.');
    expect(searched).toEqual(['utrecht']);
    const municipalities = screen.getByRole('region', { name: 'Gemeenten (2)' });
    expect(within(municipalities).getByRole('link', { name: 'Utrecht' }).getAttribute('href')).toBe(
      '/gemeenten/GM0344',
    );
    expect(within(municipalities).getByText(/Nog 1 resultaat van deze soort/)).toBeTruthy();
    const standards = screen.getByRole('region', { name: 'Standaarden (1)' });
    expect(within(standards).getByRole('link', { name: 'Zaken API' }).getAttribute('href')).toBe(
      '/standaarden/zaken-api',
    );
    expect(within(standards).getByText('…gebruikt in Utrecht…')).toBeTruthy();
    // Signed out, the page says that signing in searches more.
    expect(screen.getByText(/Log in om ook roadmaps/)).toBeTruthy();
    // The box keeps the text searched for.
    expect((screen.getByLabelText('Zoekterm') as HTMLInputElement).value).toBe('utrecht');
  });

  it('does not search blank text and keeps focus in the field', () => {
    const searched = fakeServer(() => ({ data: { search: results } }));
    renderAt('/');
    const input = screen.getByLabelText('Zoekterm');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoek' }));
    expect(document.activeElement).toBe(input);
    expect(screen.getByText('start')).toBeTruthy();
    expect(searched).toEqual([]);
  });

  it('prompts for a term on /zoeken without q', () => {
    fakeServer(() => ({ data: { search: results } }));
    renderAt('/zoeken');
    expect(screen.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeTruthy();
    expect(screen.getByText(/Typ een zoekterm in het zoekveld bovenaan/)).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    fakeServer((text) => ({ data: { search: { ...results, text, totalCount: 0, groups: [] } } }));
    renderAt('/zoeken?q=xyzzy');
    expect(await screen.findByText(/Niets gevonden voor ‘xyzzy’/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 resultaten gevonden.');
  });

  it('explains a failed search and offers a retry', async () => {
    fakeServer(() => ({ errors: [{ message: 'down', extensions: { code: 'UNAVAILABLE' } }] }));
    renderAt('/zoeken?q=utrecht');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Koers is op dit moment niet bereikbaar');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('links every kind to its page', () => {
    expect(searchHitPath({ kind: 'ROADMAP_ITEM', key: 'r1' })).toBe('/roadmaps/r1');
    expect(searchHitPath({ kind: 'INITIATIVE', key: 'i1' })).toBe('/quick-wins/i1');
    expect(searchHitPath({ kind: 'PAGE', key: 'p1' })).toBe('/kennis/p1');
  });
});
