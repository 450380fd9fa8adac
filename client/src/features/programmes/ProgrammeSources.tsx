import { useTranslation } from 'react-i18next';
import type { ProgrammePageQueryQuery } from '../../gql/graphql';

type Programme = NonNullable<ProgrammePageQueryQuery['programme']>;

/** A programme's parts without a binding level (building blocks with their releases, products) and its sourced facts. */
export function ProgrammeSources({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <>
      {programme.items.length > 0 && (
        <section aria-labelledby="items-heading">
          <h2 id="items-heading" className="utrecht-heading-2">
            {t('programme.items')}
          </h2>
          <ul className="utrecht-unordered-list">
            {programme.items.map((item) => {
              const planned = item.releases.filter(
                (r) => r.status === 'gepland' || r.status === 'verwacht',
              ).length;
              return (
                <li key={`${item.kind}-${item.name}`}>
                  <strong>{item.name}</strong> ({item.kind}){item.status ? `: ${item.status}` : ''}
                  {item.releases.length > 0 &&
                    ` — ${t('programme.releases', { count: item.releases.length, planned })}`}
                  {item.sourceUrl && (
                    <>
                      {' '}
                      <a className="utrecht-link" href={item.sourceUrl} rel="noreferrer">
                        {item.sourceTitle ?? t('municipality.source')}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {programme.facts.length > 0 && (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="utrecht-heading-2">
            {t('programme.facts')}
          </h2>
          <ul className="utrecht-unordered-list">
            {programme.facts.map((fact, index) => (
              <li key={index}>
                {fact.date && `${fact.date}: `}
                {fact.text}{' '}
                {fact.sourceUrl && (
                  <a className="utrecht-link" href={fact.sourceUrl} rel="noreferrer">
                    {fact.sourceTitle ?? t('municipality.source')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
