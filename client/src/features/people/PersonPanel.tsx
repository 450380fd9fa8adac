import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { PersonFieldsFragment } from '../../gql/graphql';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';
import { useServerForm } from '../forms/useServerForm';
import { AccessFields, type AccessValues } from './AccessFields';
import { AccountLinkNotice } from './AccountLinkNotice';
import { usePeople } from './usePeople';

const FIELDS = ['roles', 'municipalityId', 'cooperationId'] as const;
type Field = (typeof FIELDS)[number];

/**
 * One person for an admin: change their roles (and municipality, cooperation), make a new link
 * (invitation or password reset), deactivate after confirmation, or reactivate.
 */
export function PersonPanel({ person, onClose }: { person: PersonFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const { updateUserAccess, createAccountLink, setActive } = usePeople();
  const [access, setAccess] = useState<AccessValues>({
    roles: [...person.roles],
    municipality: person.municipality ?? null,
    cooperationId: person.cooperation?.id ?? '',
  });
  const form = useServerForm<Field>(`person-${person.id}`, FIELDS);
  const [link, setLink] = useState<{ path: string | null; expiresAt: string } | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = {};
    if (access.roles.includes('MUNICIPALITY_EDITOR') && !access.municipality)
      found.municipalityId = 'people.errors.municipality';
    void form.submit(found, async () => {
      const editor = access.roles.includes('MUNICIPALITY_EDITOR');
      await updateUserAccess({
        userId: person.id,
        roles: access.roles,
        municipalityId: editor ? (access.municipality?.id ?? null) : null,
        cooperationId: editor ? access.cooperationId || null : null,
      });
      return t('people.accessSaved', { name: person.name });
    });
  }

  async function act(work: () => Promise<string>) {
    setFailure(undefined);
    setStatus('');
    try {
      setStatus(await work());
    } catch (error) {
      setFailure(error);
    }
  }

  const deactivated = person.accountStatus === 'DEACTIVATED';
  return (
    <section aria-labelledby="person-heading" className="koers-panel">
      <h2 id="person-heading" className="utrecht-heading-2" tabIndex={-1}>
        {person.name}
      </h2>
      <p className="utrecht-paragraph">
        {person.email} · {t(`people.status.${person.accountStatus ?? 'ACTIVE'}`)}
      </p>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <AccessFields
          idPrefix={`person-${person.id}`}
          values={access}
          onChange={setAccess}
          errors={form.fieldErrors}
        />
        <SubmitWithStatus label={t('people.saveAccess')} busy={form.busy} status={form.status} />
      </form>
      <h3 className="utrecht-heading-3">{t('people.account')}</h3>
      {failure !== undefined && <ErrorMessage error={failure} />}
      {!deactivated && (
        <div className="koers-actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              void act(async () => {
                const result = await createAccountLink(person.id);
                setLink({ path: result.path ?? null, expiresAt: result.expiresAt });
                return t('people.linkMade', { name: person.name });
              })
            }
          >
            {person.accountStatus === 'INVITED' ? t('people.newInvite') : t('people.resetLink')}
          </Button>
        </div>
      )}
      {link && <AccountLinkNotice name={person.name} {...link} />}
      {deactivated ? (
        <div className="koers-actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() =>
              void act(async () => {
                await setActive(person.id, true);
                return t('people.reactivated', { name: person.name });
              })
            }
          >
            {t('people.reactivate')}
          </Button>
        </div>
      ) : (
        <ConfirmRemove
          label={t('people.deactivate')}
          confirmLabel={t('people.deactivateConfirm', { name: person.name })}
          onRemove={() =>
            void act(async () => {
              await setActive(person.id, false);
              setLink(null);
              return t('people.deactivated', { name: person.name });
            })
          }
        />
      )}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      <div className="koers-actions">
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('people.close')}
        </Button>
      </div>
    </section>
  );
}
