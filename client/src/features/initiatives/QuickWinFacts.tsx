import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuickWinFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

/** The facts of a quick win: status, deadline, stop reason, owner, taskforce and linked standards. */
export function QuickWinFacts({ initiative }: { initiative: QuickWinFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('common.none');
  return (
    <dl className="koers-facts">
      <dt>{t('common.status')}</dt>
      <dd data-testid="quick-win-status">{t(`enums.initiativeStatus.${initiative.status}`)}</dd>
      <dt>{t('quickWins.deadline')}</dt>
      <dd>
        {format.date(initiative.deadline)}
        {initiative.overdue && ` (${t('quickWins.overdue')})`}
      </dd>
      {initiative.stopReason && (
        <>
          <dt>{t('quickWin.stopReason')}</dt>
          <dd>{initiative.stopReason}</dd>
        </>
      )}
      <dt>{t('quickWin.owner')}</dt>
      <dd>{initiative.owner?.name ?? none}</dd>
      <dt>{t('quickWin.taskforce')}</dt>
      <dd>{initiative.ownerTaskforce?.name ?? none}</dd>
      <dt>{t('quickWin.standards')}</dt>
      <dd>
        {initiative.standards.length === 0
          ? none
          : initiative.standards.map((standard, index) => (
              <span key={standard.id}>
                {index > 0 && ', '}
                <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
                  {standard.name}
                </Link>
              </span>
            ))}
      </dd>
    </dl>
  );
}
