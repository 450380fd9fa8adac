import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EMAIL_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { useServerForm } from '../forms/useServerForm';
import { AccessFields, type AccessValues } from './AccessFields';
import { AccountLinkNotice } from './AccountLinkNotice';
import { usePeople } from './usePeople';

const FIELDS = ['email', 'name', 'roles', 'municipalityId', 'cooperationId', 'taskforceId'] as const;
type Field = (typeof FIELDS)[number];
const blankAccess: AccessValues = { roles: [], municipality: null, cooperationId: '', taskforceId: '' };

/** Invites a person by e-mail address with their roles; shows the link to pass on (or that it was sent). */
export function InviteForm() {
  const { t } = useTranslation();
  const { inviteUser } = usePeople();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [access, setAccess] = useState(blankAccess);
  const [link, setLink] = useState<{ name: string; path: string | null; expiresAt: string } | null>(null);
  const form = useServerForm<Field>('invite', FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = 'people.errors.email';
    if (!name.trim()) found.name = 'people.errors.name';
    if (access.roles.includes('MUNICIPALITY_EDITOR') && !access.municipality)
      found.municipalityId = 'people.errors.municipality';
    setLink(null);
    void form.submit(found, async () => {
      const result = await inviteUser({
        email: email.trim(),
        name: name.trim(),
        roles: access.roles,
        municipalityId: access.roles.includes('MUNICIPALITY_EDITOR')
          ? (access.municipality?.id ?? null)
          : null,
        cooperationId: access.roles.includes('MUNICIPALITY_EDITOR') ? access.cooperationId || null : null,
        taskforceId: access.roles.includes('TASKFORCE_MEMBER') ? access.taskforceId || null : null,
      });
      setLink({ name: result.user.name, path: result.path ?? null, expiresAt: result.expiresAt });
      setEmail('');
      setName('');
      setAccess(blankAccess);
      return t('people.invited', { name: result.user.name });
    });
  }

  return (
    <section aria-labelledby="invite-heading" className="koers-panel">
      <h2 id="invite-heading" className="utrecht-heading-2">
        {t('people.invite')}
      </h2>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id="invite-email"
          label={t('people.email')}
          type="email"
          autoComplete="off"
          value={email}
          maxLength={MAX_EMAIL_LENGTH}
          error={form.fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="invite-name"
          label={t('people.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <AccessFields
          idPrefix="invite"
          values={access}
          onChange={setAccess}
          errors={form.fieldErrors}
          withTaskforce
        />
        <SubmitWithStatus label={t('people.inviteSubmit')} busy={form.busy} status={form.status} />
      </form>
      {link && <AccountLinkNotice {...link} />}
    </section>
  );
}
