// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../client/src/components/LanguageSwitch';
import { i18n } from '../../../client/src/i18n';
import { readStoredLanguage } from '../../../client/src/i18n/language';

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });
  afterEach(cleanup);

  it('starts in Dutch, with <html lang="nl"> and NL pressed', () => {
    render(<LanguageSwitch />);
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('group', { name: 'Taal' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^NL/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /^EN/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: /^EN/ }));
    expect(await screen.findByRole('group', { name: 'Language' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(readStoredLanguage()).toBe('en');
    expect(screen.getByRole('button', { name: /^EN/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches back to Dutch', async () => {
    await i18n.changeLanguage('en');
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: /^NL/ }));
    expect(await screen.findByRole('group', { name: 'Taal' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(readStoredLanguage()).toBe('nl');
  });
});
