// @vitest-environment jsdom
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../../client/src/apollo/client';
import { AuthProvider } from '../../../client/src/features/auth/AuthContext';
import { getToken, setToken } from '../../../client/src/features/auth/tokenStorage';
import { i18n } from '../../../client/src/i18n';
import { HomePage } from '../../../client/src/routes/HomePage';
import { LoginPage } from '../../../client/src/routes/login/LoginPage';

const user = {
  __typename: 'User',
  id: 'u1',
  name: 'Jan de Vries',
  email: 'jan@utrecht.nl',
  roles: ['MUNICIPALITY_EDITOR'],
  municipality: { __typename: 'Municipality', code: 'GM0344', name: 'Utrecht' },
};

interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/**
 * Stands in for the server at the fetch boundary, so the real Apollo Client, links and cache run.
 * `me` answers with the user, or UNAUTHENTICATED when `rejectToken` is set.
 */
function fakeServer({ rejectToken = false } = {}) {
  const sent: SentOperation[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Omit<SentOperation, 'authorization'>;
    const authorization = new Headers(init.headers).get('authorization');
    sent.push({ ...body, authorization });
    // Operations of the pages behind sign-in are not part of this flow: they fail like a server
    // error, which the home page shows without losing its heading.
    const result =
      body.operationName === 'LoginMutation'
        ? { data: { login: { __typename: 'AuthPayload', token: 'token-1', user } } }
        : body.operationName !== 'MeQuery'
          ? { errors: [{ message: 'not part of this test', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : rejectToken
            ? {
                data: { me: null },
                errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
              }
            : { data: { me: user } };
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

function renderApp(path: string) {
  render(
    <ApolloProvider client={createApolloClient()}>
      <AuthProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/login" element={<LoginPage />} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
}

describe('signing in', () => {
  beforeEach(async () => {
    setToken(null);
    await i18n.changeLanguage('nl');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends the login mutation, stores the token and shows the signed-in home page', async () => {
    const sent = fakeServer();
    renderApp('/login');
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'jan@utrecht.nl' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'geheim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan de Vries' })).toBeTruthy();
    expect(getToken()).toBe('token-1');
    expect(sent[0]).toMatchObject({
      operationName: 'LoginMutation',
      variables: { email: 'jan@utrecht.nl', password: 'geheim' },
      authorization: null,
    });
  });

  it('restores the session from a stored token, sent as a bearer token', async () => {
    setToken('token-1');
    const sent = fakeServer();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan de Vries' })).toBeTruthy();
    expect(sent.find((op) => op.operationName === 'MeQuery')?.authorization).toBe('Bearer token-1');
  });

  it('forgets a token the server rejects and shows the signed-out home page', async () => {
    setToken('expired');
    fakeServer({ rejectToken: true });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Koers' })).toBeTruthy();
    await waitFor(() => expect(getToken()).toBeNull());
  });
});
