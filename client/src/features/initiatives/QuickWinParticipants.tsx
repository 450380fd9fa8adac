import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import type { QuickWinFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { AddParticipant } from './AddParticipant';
import { RolloutControl } from './RolloutControl';

type Participant = QuickWinFieldsFragment['participants'][number];

/** The participating municipalities and their rollout; managers change and add them here. */
export function QuickWinParticipants({
  initiative,
  onReload,
}: {
  initiative: QuickWinFieldsFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('common.none');
  const columns: DataTableColumn<Participant>[] = [
    {
      key: 'name',
      header: t('common.name'),
      rowHeader: true,
      cell: (p) => (
        <Link className="utrecht-link" to={`/gemeenten/${p.municipality.code}`}>
          {p.municipality.name}
        </Link>
      ),
    },
    { key: 'status', header: t('common.status'), cell: (p) => t(`enums.rolloutStatus.${p.status}`) },
    { key: 'liveOn', header: t('quickWin.liveOn'), cell: (p) => (p.liveOn ? format.date(p.liveOn) : none) },
  ];
  if (initiative.viewerCanEdit) {
    columns.push({
      key: 'edit',
      header: t('quickWinForm.changeRollout'),
      cell: (p) => (
        <RolloutControl
          key={`${p.municipality.id}:${p.status}`}
          initiativeId={initiative.id}
          municipality={p.municipality}
          status={p.status}
          onReload={onReload}
        />
      ),
    });
  }
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading" className="utrecht-heading-2">
        {t('quickWin.participants')}
      </h2>
      {initiative.participants.length === 0 ? (
        <EmptyState message={t('quickWin.noParticipants')} />
      ) : (
        <DataTable
          labelledBy="participants-heading"
          rows={initiative.participants}
          rowKey={(p) => p.municipality.id}
          columns={columns}
        />
      )}
      {initiative.viewerCanEdit && (
        <AddParticipant
          initiativeId={initiative.id}
          participantIds={initiative.participants.map((p) => p.municipality.id)}
          onReload={onReload}
        />
      )}
    </section>
  );
}
