// @vitest-environment jsdom
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../../common/errorCodes';
import { ErrorMessage } from '../../../client/src/components/ErrorMessage';
import { i18n } from '../../../client/src/i18n';

function graphQLError(code: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'raw', extensions: { code } }] });
}

function serverError(status: number, bodyText = ''): ServerError {
  return new ServerError('raw', { response: new Response(bodyText, { status }), bodyText });
}

describe('ErrorMessage', () => {
  beforeEach(() => i18n.changeLanguage('nl'));
  afterEach(cleanup);

  const dutch: [ErrorCode, string][] = [
    [ErrorCode.Unauthenticated, 'U bent niet (meer) ingelogd'],
    [ErrorCode.Forbidden, 'U heeft geen toegang'],
    [ErrorCode.NotFound, 'bestaat niet (meer)'],
    [ErrorCode.BadUserInput, 'Niet alle gegevens zijn goed ingevuld'],
    [ErrorCode.RateLimited, 'te vaak geprobeerd'],
    [ErrorCode.Unavailable, 'niet bereikbaar'],
    [ErrorCode.Internal, 'onverwacht iets mis'],
  ];

  it.each(dutch)('explains %s in Dutch without the raw message', (code, text) => {
    render(<ErrorMessage error={graphQLError(code)} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).not.toContain('raw');
  });

  it('treats an unknown code as an internal error', () => {
    render(<ErrorMessage error={graphQLError('SOMETHING_NEW')} />);
    expect(screen.getByRole('alert').textContent).toContain('onverwacht iets mis');
  });

  it('reads the code from an HTTP error body, else from the status', () => {
    const body = JSON.stringify({ errors: [{ message: 'raw', extensions: { code: 'FORBIDDEN' } }] });
    render(<ErrorMessage error={serverError(400, body)} />);
    expect(screen.getByRole('alert').textContent).toContain('U heeft geen toegang');
    cleanup();
    render(<ErrorMessage error={serverError(429)} />);
    expect(screen.getByRole('alert').textContent).toContain('te vaak geprobeerd');
  });

  it('calls a request that never reached the server unavailable', () => {
    render(<ErrorMessage error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('niet bereikbaar');
  });

  it('offers a retry only when the page can retry', () => {
    const onRetry = vi.fn();
    render(<ErrorMessage error={graphQLError(ErrorCode.Unavailable)} onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    cleanup();
    render(<ErrorMessage error={graphQLError(ErrorCode.Unavailable)} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    render(<ErrorMessage error={graphQLError(ErrorCode.Forbidden)} />);
    expect(screen.getByRole('alert').textContent).toContain('You do not have access');
  });
});
