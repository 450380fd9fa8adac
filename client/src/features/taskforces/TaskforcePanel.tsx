import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { TaskforceAdminFieldsFragment } from '../../gql/graphql';
import { MemberList } from '../admin/MemberList';
import { UserPicker } from '../admin/UserPicker';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import { useServerForm } from '../forms/useServerForm';
import { useTaskforceAdmin } from './useTaskforceAdmin';

/**
 * One taskforce for an admin: rename it, change its description, add and remove members (their
 * open co-editing sockets re-decide their access at once).
 */
export function TaskforcePanel({ taskforce }: { taskforce: TaskforceAdminFieldsFragment }) {
  const { t } = useTranslation();
  const { updateTaskforce, addMember, removeMember } = useTaskforceAdmin();
  const [name, setName] = useState(taskforce.name);
  const [description, setDescription] = useState(taskforce.description);
  const form = useServerForm<'name' | 'description'>(`taskforce-${taskforce.id}`, ['name', 'description']);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      await updateTaskforce({ id: taskforce.id, name: name.trim(), description: description.trim() });
      return t('taskforceAdmin.saved');
    });
  }

  return (
    <section aria-labelledby="taskforce-heading" className="koers-panel">
      <h2 id="taskforce-heading" className="utrecht-heading-2" tabIndex={-1}>
        {taskforce.name}
      </h2>
      <form className="koers-form" onSubmit={submit} noValidate>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id={`taskforce-${taskforce.id}-name`}
          label={t('taskforceAdmin.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextAreaField
          id={`taskforce-${taskforce.id}-description`}
          label={t('taskforceAdmin.description')}
          value={description}
          maxLength={MAX_SUMMARY_LENGTH}
          error={form.fieldErrors.description}
          onChange={setDescription}
        />
        <SubmitWithStatus label={t('taskforceAdmin.save')} busy={form.busy} status={form.status} />
      </form>
      <MemberList
        heading={t('taskforceAdmin.members', { count: taskforce.members.length })}
        groupName={taskforce.name}
        members={taskforce.members}
        remove={(memberId) => removeMember(taskforce.id, memberId)}
        renderAdd={(act) => (
          <UserPicker
            id={`taskforce-${taskforce.id}-add`}
            label={t('taskforceAdmin.add')}
            exclude={taskforce.members.map((member) => member.id)}
            onPick={(user) =>
              act(() => addMember(taskforce.id, user.id), t('taskforceAdmin.added', { name: user.name }))
            }
          />
        )}
      />
    </section>
  );
}
