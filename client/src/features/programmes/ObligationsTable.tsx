import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import type { ProgrammePageQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { DeadlineForm } from './DeadlineForm';

type Obligation = NonNullable<ProgrammePageQueryQuery['programme']>['obligations'][number];

/**
 * Per obligation: the standard, binding level, deadline (with how far it drifted) and "n of N met,
 * m overdue, k explained"; managers move a deadline from here.
 */
export function ObligationsTable({
  obligations,
  canManage,
}: {
  obligations: readonly Obligation[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [moving, setMoving] = useState<Obligation | null>(null);
  const none = t('common.none');
  return (
    <>
      <DataTable<Obligation>
        labelledBy="obligations-heading"
        testId="obligations-table"
        rows={obligations}
        rowKey={(o) => o.id}
        rowData={(o) => ({ 'data-obligation': o.standard?.slug ?? o.id })}
        columns={[
          {
            key: 'subject',
            header: t('programme.subject'),
            rowHeader: true,
            cell: (o) =>
              o.standard ? (
                <Link className="utrecht-link" to={`/standaarden/${o.standard.slug}`}>
                  {o.standard.name}
                </Link>
              ) : (
                o.subject
              ),
          },
          {
            key: 'level',
            header: t('programme.bindingLevel'),
            cell: (o) => t(`enums.bindingLevel.${o.bindingLevel}`),
          },
          {
            key: 'deadline',
            header: t('municipality.deadline'),
            testId: 'obligation-deadline',
            cell: (o) => (
              <>
                {o.deadline ? format.date(o.deadline) : none}
                {o.deadlineChanges.length > 0 && (
                  <div className="koers-note">
                    {t('programme.drift', {
                      original: o.originalDeadline ? format.date(o.originalDeadline) : none,
                      days: format.number(o.driftDays ?? 0),
                      count: o.deadlineChanges.length,
                    })}
                  </div>
                )}
              </>
            ),
          },
          {
            key: 'progress',
            header: t('programme.progress'),
            testId: 'obligation-progress',
            cell: (o) =>
              o.progress ? (
                <>
                  {t('programme.progressText', {
                    met: format.number(o.progress.met),
                    applicable: format.number(o.progress.applicable),
                    overdue: format.number(o.progress.overdue),
                    explained: format.number(o.progress.explained),
                  })}
                  {o.progress.demo > 0 && (
                    <div>
                      <span className="koers-badge">{t('common.demo')}</span>{' '}
                      {t('programme.demoCells', { demo: format.number(o.progress.demo) })}
                    </div>
                  )}
                </>
              ) : (
                t('programme.notMeasurable')
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'manage',
                  header: <span className="koers-visually-hidden">{t('programme.moveDeadline')}</span>,
                  cell: (o: Obligation) => (
                    <Button type="button" appearance="subtle-button" onClick={() => setMoving(o)}>
                      {t('programme.moveDeadline')}
                      <span className="koers-visually-hidden"> {o.standard?.name ?? o.subject}</span>
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {moving && (
        <DeadlineForm
          key={moving.id}
          obligationId={moving.id}
          subject={moving.standard?.name ?? moving.subject}
          onDone={() => setMoving(null)}
        />
      )}
    </>
  );
}
