import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_TITLE_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import type { CooperationAdminFieldsFragment } from '../../gql/graphql';
import { MunicipalityPicker } from '../admin/MunicipalityPicker';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';
import { useServerForm } from '../forms/useServerForm';
import { useCooperationAdmin } from './useCooperationAdmin';

/** One cooperation for an admin: rename it, add member municipalities, remove members after confirmation. */
export function CooperationPanel({ cooperation }: { cooperation: CooperationAdminFieldsFragment }) {
  const { t } = useTranslation();
  const { renameCooperation, addMember, removeMember } = useCooperationAdmin();
  const [name, setName] = useState(cooperation.name);
  const form = useServerForm<'name'>(`cooperation-${cooperation.id}`, ['name']);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>();

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      await renameCooperation(cooperation.id, name.trim());
      return t('cooperation.saved');
    });
  }

  async function act(work: () => Promise<unknown>, message: string) {
    setFailure(undefined);
    setStatus('');
    try {
      await work();
      setStatus(message);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section aria-labelledby="cooperation-heading" className="koers-panel">
      <h2 id="cooperation-heading" className="utrecht-heading-2" tabIndex={-1}>
        {cooperation.name}
      </h2>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/samenwerkingsverbanden/${cooperation.id}`}>
          {t('cooperation.reportPage')}
        </Link>
      </p>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id={`cooperation-${cooperation.id}-name`}
          label={t('taskforceAdmin.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SubmitWithStatus label={t('taskforceAdmin.save')} busy={form.busy} status={form.status} />
      </form>
      <h3 className="utrecht-heading-3">{t('cooperation.members', { count: cooperation.members.length })}</h3>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <ul className="utrecht-unordered-list">
        {cooperation.members.map((member) => (
          <li key={member.id} className="utrecht-unordered-list__item">
            {member.name}
            <ConfirmRemove
              label={t('taskforceAdmin.remove', { name: member.name })}
              confirmLabel={t('taskforceAdmin.removeConfirm', {
                name: member.name,
                taskforce: cooperation.name,
              })}
              onRemove={() =>
                void act(
                  () => removeMember(cooperation.id, member.id),
                  t('taskforceAdmin.removed', { name: member.name }),
                )
              }
            />
          </li>
        ))}
      </ul>
      <MunicipalityPicker
        id={`cooperation-${cooperation.id}-add`}
        label={t('cooperation.addMember')}
        value={null}
        exclude={cooperation.members.map((member) => member.id)}
        onChange={(municipality) =>
          municipality &&
          void act(
            () => addMember(cooperation.id, municipality.id),
            t('cooperation.memberAdded', { name: municipality.name }),
          )
        }
      />
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
