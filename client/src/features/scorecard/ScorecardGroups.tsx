import { Button } from '@utrecht/button-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { ScorecardRowFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { AdoptionHistory } from './AdoptionHistory';

/** A group of rows on the card: one programme, or (programme null) the other standards. */
export interface ScorecardGroupView {
  programme?: { id: string; slug: string; name: string } | null;
  rows: readonly ScorecardRowFieldsFragment[];
}

/** Props of {@link ScorecardGroups}. */
export interface ScorecardGroupsProps {
  groups: readonly ScorecardGroupView[];
  canEdit: boolean;
  editing: string | null;
  onEdit: (standardId: string) => void;
}

/**
 * The scorecard, one table per programme: per obligation the standard, binding level, deadline,
 * the state computed from status and deadline, the record's status and source, and its history.
 */
export function ScorecardGroups({ groups, canEdit, editing, onEdit }: ScorecardGroupsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [history, setHistory] = useState<string | null>(null);
  const none = t('common.none');
  type Row = ScorecardRowFieldsFragment;
  const columns: DataTableColumn<Row>[] = [
    {
      key: 'standard',
      header: t('municipality.standard'),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link className="utrecht-link" to={`/standaarden/${row.standard.slug}`}>
            {row.standard.name}
          </Link>
          {row.followed && <span className="koers-badge">{t('municipality.followed')}</span>}
        </>
      ),
    },
    {
      key: 'level',
      header: t('municipality.obligation'),
      cell: (row) => (row.obligation ? t(`enums.bindingLevel.${row.obligation.bindingLevel}`) : none),
    },
    {
      key: 'deadline',
      header: t('municipality.deadline'),
      cell: (row) => (row.obligation?.deadline ? format.date(row.obligation.deadline) : none),
    },
    {
      key: 'state',
      header: t('municipality.state'),
      testId: 'obligation-state',
      cell: (row) => (row.state ? t(`enums.obligationState.${row.state}`) : none),
    },
    {
      key: 'status',
      header: t('common.status'),
      testId: 'adoption-status',
      cell: (row) => (
        <>
          {t(`enums.adoptionStatus.${row.status}`)}
          {row.adoption?.isDemo && <span className="koers-badge">{t('common.demo')}</span>}
          {row.adoption?.needsReview && (
            <div className="koers-review">
              {t('municipality.needsReview', { version: row.adoption.reviewVersion ?? '' })}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'source',
      header: t('municipality.source'),
      cell: (row) =>
        !row.adoption
          ? none
          : row.adoption.isDemo
            ? t('common.demo')
            : (row.adoption.source ?? t('municipality.reportedInKoers')),
    },
    {
      key: 'actions',
      header: <span className="koers-visually-hidden">{t('municipality.edit')}</span>,
      cell: (row) => {
        const historyId = `history-${row.standard.id}`;
        return (
          <div className="koers-inline-actions">
            {canEdit && (
              <Button
                type="button"
                appearance="subtle-button"
                aria-expanded={editing === row.standard.id}
                onClick={() => onEdit(row.standard.id)}
              >
                {t('municipality.edit')}
                <span className="koers-visually-hidden"> {row.standard.name}</span>
              </Button>
            )}
            {row.adoption && (
              <Button
                type="button"
                appearance="subtle-button"
                aria-expanded={history === row.standard.id}
                aria-controls={history === row.standard.id ? historyId : undefined}
                onClick={() => setHistory((open) => (open === row.standard.id ? null : row.standard.id))}
              >
                {t('municipality.history')}
                <span className="koers-visually-hidden"> {row.standard.name}</span>
              </Button>
            )}
          </div>
        );
      },
    },
  ];
  const open = groups.flatMap((g) => g.rows).find((row) => row.standard.id === history);
  return (
    <>
      {groups.map((group) => {
        const headingId = `scorecard-${group.programme?.slug ?? 'other'}`;
        return (
          <Fragment key={group.programme?.id ?? 'other'}>
            <h3 id={headingId} className="utrecht-heading-3">
              {group.programme ? (
                <Link className="utrecht-link" to={`/programmas/${group.programme.slug}`}>
                  {group.programme.name}
                </Link>
              ) : (
                t('municipality.otherStandards')
              )}
            </h3>
            <DataTable<Row>
              labelledBy={headingId}
              rows={group.rows}
              rowKey={(row) => `${row.obligation?.id ?? 'free'}-${row.standard.id}`}
              rowData={(row) => ({ 'data-standard': row.standard.slug })}
              columns={columns}
            />
          </Fragment>
        );
      })}
      {open?.adoption && (
        <AdoptionHistory
          id={`history-${open.standard.id}`}
          standard={open.standard.name}
          entries={open.adoption.history}
        />
      )}
    </>
  );
}
