import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH, MIN_PASSWORD_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../features/auth/AuthContext';
import { SubmitWithStatus } from '../../features/initiatives/SubmitWithStatus';
import { useServerForm } from '../../features/forms/useServerForm';
import { newPasswordErrors } from '../../features/people/passwordCheck';
import { useAccount } from '../../features/people/useAccount';
import { MailSettingsForm } from '../../features/mail/MailSettingsForm';

/** `/account`: the signed-in person changes their display name, their password and their e-mail. */
export function AccountPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { updateMyName, changeMyPassword } = useAccount();
  const [name, setName] = useState(viewer?.name ?? '');
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const nameForm = useServerForm<'name'>('account', ['name']);
  const passwordForm = useServerForm<'currentPassword' | 'newPassword' | 'repeat'>('account', [
    'currentPassword',
    'newPassword',
    'repeat',
  ]);

  function saveName(event: FormEvent) {
    event.preventDefault();
    void nameForm.submit(name.trim() ? {} : { name: 'people.errors.name' }, async () => {
      await updateMyName(name.trim());
      return t('account.nameSaved');
    });
  }

  function savePassword(event: FormEvent) {
    event.preventDefault();
    const { password: short, repeat: mismatch } = newPasswordErrors(password, repeat);
    const found = { ...(short ? { newPassword: short } : {}), ...(mismatch ? { repeat: mismatch } : {}) };
    void passwordForm.submit(found, async () => {
      await changeMyPassword(current, password);
      setCurrent('');
      setPassword('');
      setRepeat('');
      return t('account.passwordChanged');
    });
  }

  return (
    <Page title={t('account.title')}>
      <p className="utrecht-paragraph">{viewer?.email}</p>
      <form className="koers-form koers-panel" onSubmit={saveName} noValidate aria-labelledby="name-heading">
        <h2 id="name-heading" className="utrecht-heading-2">
          {t('account.nameHeading')}
        </h2>
        {nameForm.otherError !== undefined && <ErrorMessage error={nameForm.otherError} />}
        <TextField
          id="account-name"
          label={t('people.name')}
          autoComplete="name"
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={nameForm.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SubmitWithStatus label={t('account.saveName')} busy={nameForm.busy} status={nameForm.status} />
      </form>
      <form
        className="koers-form koers-panel"
        onSubmit={savePassword}
        noValidate
        aria-labelledby="password-heading"
      >
        <h2 id="password-heading" className="utrecht-heading-2">
          {t('account.passwordHeading')}
        </h2>
        {passwordForm.otherError !== undefined && <ErrorMessage error={passwordForm.otherError} />}
        <TextField
          id="account-currentPassword"
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          error={passwordForm.fieldErrors.currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextField
          id="account-newPassword"
          label={t('account.newPassword', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          error={passwordForm.fieldErrors.newPassword}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          id="account-repeat"
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={passwordForm.fieldErrors.repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        <SubmitWithStatus
          label={t('account.changePassword')}
          busy={passwordForm.busy}
          status={passwordForm.status}
        />
      </form>
      <MailSettingsForm />
    </Page>
  );
}
