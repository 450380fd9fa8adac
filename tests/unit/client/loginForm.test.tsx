// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../../../client/src/features/auth/LoginForm';
import { i18n } from '../../../client/src/i18n';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('LoginForm', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  it('has the fields and button the URL contract names', () => {
    render(<LoginForm onSubmit={vi.fn()} submitting={false} />);
    expect(screen.getByLabelText('E-mailadres').getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Wachtwoord').getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeTruthy();
  });

  it('refuses an empty form with a focused error summary and marked fields', () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} submitting={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen
      .getByRole('heading', { name: 'Controleer de volgende velden' })
      .closest('.utrecht-alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('link', { name: 'Vul uw e-mailadres in.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vul uw wachtwoord in.' })).toBeTruthy();
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Vul uw e-mailadres in.');
  });

  it('moves focus to the field when its problem in the summary is chosen', () => {
    render(<LoginForm onSubmit={vi.fn()} submitting={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    fireEvent.click(screen.getByRole('link', { name: 'Vul uw wachtwoord in.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Wachtwoord'));
  });

  it('catches a mistyped e-mail address', () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} submitting={false} />);
    fill('E-mailadres', 'jan.gemeente.nl');
    fill('Wachtwoord', 'geheim');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: /geldig e-mailadres/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Vul uw wachtwoord in.' })).toBeNull();
  });

  it('sends valid values, with the e-mail address trimmed', () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} submitting={false} />);
    fill('E-mailadres', '  jan@utrecht.nl ');
    fill('Wachtwoord', ' geheim ');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'jan@utrecht.nl', password: ' geheim ' });
    expect(screen.queryByRole('heading', { name: 'Controleer de volgende velden' })).toBeNull();
  });

  it('says the credentials are wrong when the server answers UNAUTHENTICATED', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    render(<LoginForm onSubmit={vi.fn()} submitting={false} serverError={error} />);
    expect(screen.getByRole('alert').textContent).toBe('Het e-mailadres of wachtwoord klopt niet.');
  });
});
