import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isSafeUrl } from '../../../../common/standards';
import type { Lifecycle } from '../../gql/graphql';

/** Props of {@link StandardStatusNotes}. */
export interface StandardStatusNotesProps {
  standard: {
    lifecycle: Lifecycle;
    lifecycleReason?: string | null;
    successor?: { slug: string; name: string } | null;
    links: readonly { label: string; url: string }[];
  };
}

/**
 * Under a standard's facts: for a DEPRECATED standard what replaces it, why its lifecycle moved
 * back (if it did), and its further links. A link the server would not accept is not shown as one.
 */
export function StandardStatusNotes({ standard }: StandardStatusNotesProps) {
  const { t } = useTranslation();
  const links = standard.links.filter((link) => isSafeUrl(link.url));
  return (
    <>
      {standard.lifecycle === 'DEPRECATED' && (
        <p className="utrecht-paragraph koers-note">
          {standard.successor ? (
            <>
              {t('catalogue.replacedBy')}{' '}
              <Link className="utrecht-link" to={`/standaarden/${standard.successor.slug}`}>
                {standard.successor.name}
              </Link>
            </>
          ) : (
            t('catalogue.deprecatedNoSuccessor')
          )}
        </p>
      )}
      {standard.lifecycleReason && (
        <p className="utrecht-paragraph">{t('catalogue.movedBack', { reason: standard.lifecycleReason })}</p>
      )}
      {links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className="utrecht-heading-2">
            {t('catalogue.links')}
          </h2>
          <ul className="utrecht-unordered-list">
            {links.map((link) => (
              <li key={`${link.label}-${link.url}`} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={link.url} rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
