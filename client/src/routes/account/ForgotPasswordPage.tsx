import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { SubmitWithStatus } from '../../features/initiatives/SubmitWithStatus';
import { useServerForm } from '../../features/forms/useServerForm';
import { useAccount } from '../../features/people/useAccount';

/**
 * `/wachtwoord-vergeten`: asks for a reset link. The answer is the same for every address, so it
 * tells nobody which addresses have accounts; without e-mail, an administrator makes the link.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { requestPasswordReset } = useAccount();
  const [email, setEmail] = useState('');
  const form = useServerForm<'email'>('forgot', ['email']);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = /^\S+@\S+\.\S+$/.test(email.trim()) ? {} : { email: 'people.errors.email' };
    void form.submit(found, async () => {
      await requestPasswordReset(email.trim());
      return t('account.resetRequested');
    });
  }

  return (
    <Page title={t('account.forgotTitle')}>
      <p className="utrecht-paragraph">{t('account.forgotIntro')}</p>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id="forgot-email"
          label={t('people.email')}
          type="email"
          autoComplete="email"
          value={email}
          error={form.fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SubmitWithStatus label={t('account.sendLink')} busy={form.busy} status={form.status} />
      </form>
    </Page>
  );
}
