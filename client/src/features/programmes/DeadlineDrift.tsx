import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { ProgrammePageQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

type Obligation = NonNullable<ProgrammePageQueryQuery['programme']>['obligations'][number];

/** Every deadline change of a programme, oldest first: the drift, with reasons and who decided. */
export function DeadlineDrift({ obligations }: { obligations: readonly Obligation[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = obligations
    .flatMap((o) => o.deadlineChanges.map((change, index) => ({ o, change, key: `${o.id}-${index}` })))
    .sort((a, b) => a.change.at.localeCompare(b.change.at));
  const none = t('common.none');
  if (rows.length === 0) return <p className="utrecht-paragraph">{t('programme.noDrift')}</p>;
  return (
    <DataTable
      labelledBy="drift-heading"
      testId="drift-table"
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        {
          key: 'subject',
          header: t('programme.subject'),
          rowHeader: true,
          cell: (row) => row.o.standard?.name ?? row.o.subject,
        },
        { key: 'at', header: t('municipality.when'), cell: (row) => format.date(row.change.at) },
        {
          key: 'change',
          header: t('municipality.change'),
          cell: (row) =>
            t('municipality.historyEntry', {
              from: row.change.oldDeadline ? format.date(row.change.oldDeadline) : none,
              to: row.change.newDeadline ? format.date(row.change.newDeadline) : none,
            }),
        },
        { key: 'reason', header: t('programme.reason'), cell: (row) => row.change.reason },
        { key: 'decidedBy', header: t('programme.decidedBy'), cell: (row) => row.change.decidedBy },
        {
          key: 'recordedBy',
          header: t('municipality.by'),
          cell: (row) => row.change.recordedBy?.name ?? none,
        },
      ]}
    />
  );
}
