// @vitest-environment jsdom
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../../client/src/apollo/client';
import { AuthProvider } from '../../../client/src/features/auth/AuthContext';
import { setToken } from '../../../client/src/features/auth/tokenStorage';
import { StandardRoadmapItems } from '../../../client/src/features/standards/StandardRoadmapItems';
import { i18n } from '../../../client/src/i18n';

const me = {
  __typename: 'User',
  id: 'u1',
  name: 'Mia Lid',
  email: 'mia@koers.example',
  roles: ['TASKFORCE_MEMBER'],
  municipality: null,
};

const item = (id: string, title: string, startYear: number, endYear: number, status: string | null) => ({
  __typename: 'RoadmapItem' as const,
  id,
  title,
  startYear,
  endYear,
  status,
  roadmap: { __typename: 'Roadmap' as const, id: 'r1', title: 'Common Ground 2025–2034' },
});

function renderItems(items: ReturnType<typeof item>[]) {
  render(
    <ApolloProvider client={createApolloClient()}>
      <AuthProvider>
        <MemoryRouter>
          <StandardRoadmapItems standard={{ roadmapItems: items }} />
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
}

describe('StandardRoadmapItems', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ data: { me } }), { headers: { 'content-type': 'application/json' } }),
    );
  });
  afterEach(() => {
    cleanup();
    setToken(null);
    vi.unstubAllGlobals();
  });

  it('lists linked items by year with a link to their roadmap for a signed-in reader', async () => {
    setToken('token-1');
    renderItems([
      item('b', 'StUF uitfaseren', 2029, 2033, 'Eigen status'),
      item('a', 'ZGW overal', 2026, 2026, 'IN_PROGRESS'),
    ]);
    const table = await screen.findByRole('table', { name: 'In roadmaps' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['ZGW overal', 'StUF uitfaseren']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Common Ground 2025–2034', '2026', 'Bezig'],
      ['Common Ground 2025–2034', '2029–2033', 'Eigen status'],
    ]);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/roadmaps/r1');
  });

  it('asks visitors to sign in, as roadmaps are not public', () => {
    renderItems([]);
    expect(screen.getByRole('heading', { level: 2, name: 'In roadmaps' })).toBeTruthy();
    expect(screen.getByText(/Log in om te zien welke onderdelen van roadmaps/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
