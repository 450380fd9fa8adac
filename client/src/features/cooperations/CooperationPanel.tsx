import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_TITLE_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import type { CooperationAdminFieldsFragment } from '../../gql/graphql';
import { MemberList } from '../admin/MemberList';
import { MunicipalityPicker } from '../admin/MunicipalityPicker';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import { useServerForm } from '../forms/useServerForm';
import { useCooperationAdmin } from './useCooperationAdmin';

/** One cooperation for an admin: rename it, add member municipalities, remove members after confirmation. */
export function CooperationPanel({ cooperation }: { cooperation: CooperationAdminFieldsFragment }) {
  const { t } = useTranslation();
  const { renameCooperation, addMember, removeMember } = useCooperationAdmin();
  const [name, setName] = useState(cooperation.name);
  const form = useServerForm<'name'>(`cooperation-${cooperation.id}`, ['name']);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      await renameCooperation(cooperation.id, name.trim());
      return t('cooperation.saved');
    });
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
      <MemberList
        heading={t('cooperation.members', { count: cooperation.members.length })}
        groupName={cooperation.name}
        members={cooperation.members}
        remove={(memberId) => removeMember(cooperation.id, memberId)}
        renderAdd={(act) => (
          <MunicipalityPicker
            id={`cooperation-${cooperation.id}-add`}
            label={t('cooperation.addMember')}
            value={null}
            exclude={cooperation.members.map((member) => member.id)}
            onChange={(municipality) => {
              if (municipality)
                act(
                  () => addMember(cooperation.id, municipality.id),
                  t('cooperation.memberAdded', { name: municipality.name }),
                );
            }}
          />
        )}
      />
    </section>
  );
}
