import { Button } from '@utrecht/button-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../../../../common/validation';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useServerForm } from '../forms/useServerForm';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';

/** A named group of members: a taskforce (people) or a cooperation (municipalities). */
export interface NamedGroup {
  id: string;
  name: string;
  members: readonly unknown[];
}

/** Props of {@link GroupsAdmin}. */
export interface GroupsAdminProps<G extends NamedGroup> {
  /** `taskforce` or `cooperation`: the prefix of ids, and `<kind>-heading` is the panel's heading. */
  kind: string;
  title: string;
  labels: { new: string; create: string; memberCount: string; created: (name: string) => string };
  /** The groups (undefined while loading), the error and a retry of the list's query. */
  groups: readonly G[] | undefined;
  error: unknown;
  onRetry: () => void;
  create: (name: string) => Promise<{ id: string; name: string } | null | undefined>;
  /** Below the list: "Meer laden" when the list comes in pages. */
  more?: ReactNode;
  /** The panel that manages one group (its members). */
  renderPanel: (group: G) => ReactNode;
}

/**
 * An admin page for named groups: "new" with a name, every group with its member count, and one at
 * a time opened in its panel (focus moves to the panel's heading). Taskforces and cooperations
 * share it; only their panels differ.
 */
export function GroupsAdmin<G extends NamedGroup>({
  kind,
  title,
  labels,
  groups,
  error,
  onRetry,
  create,
  more,
  renderPanel,
}: GroupsAdminProps<G>) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const form = useServerForm<'name'>(`new-${kind}`, ['name']);
  const selected = groups?.find((group) => group.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) document.getElementById(`${kind}-heading`)?.focus();
  }, [kind, selectedId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(name.trim() ? {} : { name: 'taskforceAdmin.errors.name' }, async () => {
      const created = await create(name.trim());
      setName('');
      if (created) setSelectedId(created.id);
      return labels.created(created?.name ?? '');
    });
  }

  return (
    <Page title={title}>
      <form
        className="koers-form koers-panel"
        onSubmit={submit}
        noValidate
        aria-labelledby={`new-${kind}-heading`}
      >
        <h2 id={`new-${kind}-heading`} className="utrecht-heading-2">
          {labels.new}
        </h2>
        {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
        <TextField
          id={`new-${kind}-name`}
          label={t('taskforceAdmin.name')}
          value={name}
          maxLength={MAX_TITLE_LENGTH}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SubmitWithStatus label={labels.create} busy={form.busy} status={form.status} />
      </form>
      {error && !groups ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : !groups ? (
        <Loading />
      ) : (
        <DataTable
          rows={groups}
          rowKey={(group) => group.id}
          columns={[
            { key: 'name', header: t('taskforceAdmin.name'), rowHeader: true, cell: (group) => group.name },
            { key: 'members', header: labels.memberCount, cell: (group) => String(group.members.length) },
            {
              key: 'manage',
              header: t('people.manageColumn'),
              cell: (group) => (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('people.manage', { name: group.name })}
                  onClick={() => setSelectedId(group.id)}
                >
                  {t('people.manageShort')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {groups && more}
      {selected && renderPanel(selected)}
    </Page>
  );
}
