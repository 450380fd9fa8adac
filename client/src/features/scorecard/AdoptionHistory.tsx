import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { AdoptionStatus } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

/** One history entry as the scorecard reads it. */
export interface HistoryEntry {
  status: AdoptionStatus;
  note?: string | null;
  at: string;
  by?: { name: string } | null;
}

/** A cell's history, newest first: who, when, from → to, and the note given. */
export function AdoptionHistory({
  id,
  standard,
  entries,
}: {
  id: string;
  standard: string;
  entries: readonly HistoryEntry[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = entries
    .map((entry, index) => ({ entry, from: entries[index - 1]?.status ?? null, index }))
    .reverse();
  return (
    <div className="koers-panel" id={id}>
      <h3 id={`${id}-heading`} className="utrecht-heading-3">
        {t('municipality.historyOf', { standard })}
      </h3>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t('municipality.noHistory')}</p>
      ) : (
        <DataTable
          labelledBy={`${id}-heading`}
          rows={rows}
          rowKey={(row) => String(row.index)}
          columns={[
            {
              key: 'at',
              header: t('municipality.when'),
              rowHeader: true,
              cell: (row) => format.dateTime(row.entry.at),
            },
            {
              key: 'by',
              header: t('municipality.by'),
              cell: (row) => row.entry.by?.name ?? t('common.none'),
            },
            {
              key: 'change',
              header: t('municipality.change'),
              cell: (row) =>
                t('municipality.historyEntry', {
                  from: row.from ? t(`enums.adoptionStatus.${row.from}`) : '–',
                  to: t(`enums.adoptionStatus.${row.entry.status}`),
                }),
            },
            {
              key: 'note',
              header: t('municipality.note'),
              cell: (row) => row.entry.note ?? t('common.none'),
            },
          ]}
        />
      )}
    </div>
  );
}
