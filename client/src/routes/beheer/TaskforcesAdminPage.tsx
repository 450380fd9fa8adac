import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../../../../common/validation';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useServerForm } from '../../features/forms/useServerForm';
import { SubmitWithStatus } from '../../features/initiatives/SubmitWithStatus';
import { TaskforcePanel } from '../../features/taskforces/TaskforcePanel';
import { useTaskforceAdmin } from '../../features/taskforces/useTaskforceAdmin';
import { graphql } from '../../gql';

const TaskforcesAdminQuery = graphql(`
  query TaskforcesAdminQuery {
    taskforces {
      ...TaskforceAdminFields
    }
  }
`);

/** `/beheer/taskforces` (admins): every taskforce, a new one, and one at a time to manage. */
export function TaskforcesAdminPage() {
  const { t } = useTranslation();
  const { createTaskforce } = useTaskforceAdmin();
  const { data, error, refetch } = useQuery(TaskforcesAdminQuery);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const form = useServerForm<'name'>('new-taskforce', ['name']);
  const selected = data?.taskforces.find((taskforce) => taskforce.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) document.getElementById('taskforce-heading')?.focus();
  }, [selectedId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      const created = await createTaskforce({ name: name.trim() });
      setName('');
      if (created) setSelectedId(created.id);
      return t('taskforceAdmin.created', { name: created?.name ?? '' });
    });
  }

  return (
    <Page title={t('admin.sections.taskforces')}>
      <form
        className="koers-form koers-panel"
        onSubmit={submit}
        noValidate
        aria-labelledby="new-taskforce-heading"
      >
        <h2 id="new-taskforce-heading" className="utrecht-heading-2">
          {t('taskforceAdmin.new')}
        </h2>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id="new-taskforce-name"
          label={t('taskforceAdmin.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SubmitWithStatus label={t('taskforceAdmin.create')} busy={form.busy} status={form.status} />
      </form>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <DataTable
          rows={data.taskforces}
          rowKey={(taskforce) => taskforce.id}
          columns={[
            { key: 'name', header: t('taskforceAdmin.name'), rowHeader: true, cell: (tf) => tf.name },
            {
              key: 'members',
              header: t('taskforceAdmin.memberCount'),
              cell: (tf) => String(tf.members.length),
            },
            {
              key: 'manage',
              header: t('people.manageColumn'),
              cell: (tf) => (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('people.manage', { name: tf.name })}
                  onClick={() => setSelectedId(tf.id)}
                >
                  {t('people.manageShort')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {selected && <TaskforcePanel key={selected.id} taskforce={selected} />}
    </Page>
  );
}
