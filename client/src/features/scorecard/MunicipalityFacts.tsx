import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MunicipalityPageQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

type Municipality = NonNullable<MunicipalityPageQueryQuery['municipality']>;

/** Province, CBS code, population and size class, cooperations, and where the municipality went or came from. */
export function MunicipalityFacts({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      {!municipality.active && (
        <div className="koers-panel" data-testid="merger-state">
          <p className="utrecht-paragraph">
            {t('municipality.ended', {
              date: municipality.validUntil ? format.date(municipality.validUntil) : '',
            })}{' '}
            {municipality.endedIn.map((merger, index) => (
              <span key={merger.id}>
                {index > 0 && ', '}
                <Link className="utrecht-link" to={`/gemeenten/${merger.successor.code}`}>
                  {merger.successor.name}
                </Link>
              </span>
            ))}
            .
          </p>
          <p className="utrecht-paragraph">{t('municipality.endedNoReports')}</p>
        </div>
      )}
      <dl className="koers-facts">
        <dt>{t('municipality.province')}</dt>
        <dd>{municipality.province.name}</dd>
        <dt>CBS</dt>
        <dd>{municipality.code}</dd>
        {municipality.population != null && (
          <>
            <dt>{t('municipality.population')}</dt>
            <dd>
              {format.number(municipality.population)}{' '}
              {municipality.populationDate &&
                t('municipality.populationSource', { date: format.date(municipality.populationDate) })}
            </dd>
          </>
        )}
        {municipality.sizeClass && (
          <>
            <dt>{t('municipality.sizeClass')}</dt>
            <dd>{t(`enums.sizeClass.${municipality.sizeClass}`)}</dd>
          </>
        )}
        {municipality.cooperations.length > 0 && (
          <>
            <dt>{t('municipality.cooperations')}</dt>
            <dd>
              {municipality.cooperations
                .map((c) => (c.memberListPartial ? `${c.name} (${t('municipality.partialList')})` : c.name))
                .join(', ')}
            </dd>
          </>
        )}
        {municipality.predecessors.length > 0 && (
          <>
            <dt>{t('municipality.predecessors')}</dt>
            <dd>
              {municipality.predecessors.map((merger, index) => (
                <span key={merger.id}>
                  {index > 0 && ', '}
                  <Link className="utrecht-link" to={`/gemeenten/${merger.ended.code}`}>
                    {t('municipality.predecessor', {
                      name: merger.ended.name,
                      date: format.date(merger.effectiveDate),
                    })}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
