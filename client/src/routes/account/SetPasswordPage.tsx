import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '../../../../common/validation';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { SubmitWithStatus } from '../../features/initiatives/SubmitWithStatus';
import { useServerForm } from '../../features/forms/useServerForm';
import { newPasswordErrors } from '../../features/people/passwordCheck';
import { useAccount } from '../../features/people/useAccount';
import { graphql } from '../../gql';

const AccountLinkQuery = graphql(`
  query AccountLinkQuery($token: String!) {
    accountLink(token: $token) {
      purpose
      name
      expiresAt
    }
  }
`);

const FIELDS = ['password', 'repeat', 'token'] as const;

/**
 * `/wachtwoord-instellen#<token>`: the page an invitation or reset link opens. The token is in the
 * fragment, so it never reaches a server log; the person sets a password and is signed in.
 */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useLocation().hash.slice(1);
  const { acceptAccountLink } = useAccount();
  const { data, error, refetch } = useQuery(AccountLinkQuery, { variables: { token }, skip: !token });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useServerForm<(typeof FIELDS)[number]>('set-password', FIELDS);
  const title = t('account.setPasswordTitle');

  if (error && !data)
    return (
      <Page title={title}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (token && !data)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  const link = data?.accountLink;
  if (!link)
    return (
      <Page title={title}>
        <EmptyState message={t('account.linkUnusable')}>
          <Link className="utrecht-link" to="/wachtwoord-vergeten">
            {t('account.forgotLink')}
          </Link>
        </EmptyState>
      </Page>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(newPasswordErrors(password, repeat), async () => {
      await acceptAccountLink(token, password);
      void navigate('/', { replace: true });
      return t('account.passwordSet');
    });
  }

  return (
    <Page title={title}>
      <p className="utrecht-paragraph">
        {t(link.purpose === 'INVITE' ? 'account.welcome' : 'account.resetIntro', { name: link.name })}
      </p>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        {form.fieldErrors.token && (
          <p className="utrecht-paragraph" role="alert">
            {t('account.linkUnusable')}
          </p>
        )}
        <TextField
          id="set-password-password"
          label={t('account.newPassword', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          error={form.fieldErrors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          id="set-password-repeat"
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={form.fieldErrors.repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        <SubmitWithStatus label={t('account.setPassword')} busy={form.busy} status={form.status} />
      </form>
    </Page>
  );
}
