// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConnectionStatus,
  type ConnectionStatusProps,
} from '../../../client/src/features/collab/ConnectionStatus';
import { i18n } from '../../../client/src/i18n';

const base: ConnectionStatusProps['collab'] = {
  status: 'connected',
  canEdit: true,
  hasUnsentChanges: false,
  restoredOfflineChanges: false,
  problem: null,
};

function show(collab: Partial<ConnectionStatusProps['collab']>) {
  return render(
    <MemoryRouter>
      <ConnectionStatus collab={{ ...base, ...collab }} />
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

describe('ConnectionStatus', () => {
  it.each([
    ['connecting', true, 'Verbinden…'],
    ['syncing', true, 'Synchroniseren…'],
    ['connected', true, 'Verbonden'],
    ['offline', true, 'Offline – wijzigingen worden lokaal bewaard'],
    ['offline', false, 'Offline'],
    ['readOnly', false, 'Alleen lezen'],
  ] as const)('says %s (may edit: %s) in words in a polite live region', (status, canEdit, text) => {
    show({ status, canEdit });
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('data-status')).toBe(status);
    expect(region.textContent).toBe(text);
  });

  it('says that unsent edits of an earlier visit were restored', () => {
    show({ status: 'offline', hasUnsentChanges: true, restoredOfflineChanges: true });
    expect(screen.getByRole('status').textContent).toContain(
      'Niet-verzonden wijzigingen van uw vorige bezoek',
    );
  });

  it('keeps what a viewer typed when their rights were taken away, and says it was not sent', () => {
    show({ status: 'readOnly', canEdit: false, hasUnsentChanges: true });
    expect(screen.getByRole('status').textContent).toContain('Wat u typte staat nog in deze browser');
  });

  it('asks to sign in again after the session ended, with a link to the login page', () => {
    show({ status: 'offline', problem: 'unauthenticated' });
    expect(screen.getByRole('link', { name: 'Opnieuw inloggen' }).getAttribute('href')).toBe('/login');
  });

  it('says when the document no longer exists', () => {
    show({ status: 'offline', canEdit: false, problem: 'notFound' });
    expect(screen.getByRole('status').textContent).toContain('Dit document bestaat niet meer.');
  });

  it('speaks English when switched', async () => {
    await i18n.changeLanguage('en');
    show({ status: 'offline' });
    expect(screen.getByRole('status').textContent).toBe('Offline – changes are kept on this device');
  });
});
