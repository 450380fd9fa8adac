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
import { CooperationPanel } from '../../features/cooperations/CooperationPanel';
import { useCooperationAdmin } from '../../features/cooperations/useCooperationAdmin';
import { graphql } from '../../gql';

const CooperationsAdminQuery = graphql(`
  query CooperationsAdminQuery {
    cooperations {
      ...CooperationAdminFields
    }
  }
`);

/** `/beheer/samenwerkingsverbanden` (admins): every cooperation, a new one, and one at a time to manage. */
export function CooperationsAdminPage() {
  const { t } = useTranslation();
  const { createCooperation } = useCooperationAdmin();
  const { data, error, refetch } = useQuery(CooperationsAdminQuery);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const form = useServerForm<'name'>('new-cooperation', ['name']);
  const selected = data?.cooperations.find((cooperation) => cooperation.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) document.getElementById('cooperation-heading')?.focus();
  }, [selectedId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      const created = await createCooperation(name.trim());
      setName('');
      if (created) setSelectedId(created.id);
      return t('cooperation.created', { name: created?.name ?? '' });
    });
  }

  return (
    <Page title={t('admin.sections.cooperations')}>
      <form
        className="koers-form koers-panel"
        onSubmit={submit}
        noValidate
        aria-labelledby="new-cooperation-heading"
      >
        <h2 id="new-cooperation-heading" className="utrecht-heading-2">
          {t('cooperation.new')}
        </h2>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id="new-cooperation-name"
          label={t('taskforceAdmin.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SubmitWithStatus label={t('cooperation.create')} busy={form.busy} status={form.status} />
      </form>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <DataTable
          rows={data.cooperations}
          rowKey={(cooperation) => cooperation.id}
          columns={[
            { key: 'name', header: t('taskforceAdmin.name'), rowHeader: true, cell: (tf) => tf.name },
            {
              key: 'members',
              header: t('cooperation.memberCount'),
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
      {selected && <CooperationPanel key={selected.id} cooperation={selected} />}
    </Page>
  );
}
