import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SearchKind } from '../../gql/graphql';
import { useViewer } from '../auth/AuthContext';

const LinkedPagesQuery = graphql(`
  query LinkedPagesQuery($kind: SearchKind!, $id: ID!) {
    linkedPages(kind: $kind, id: $id) {
      id
      title
    }
  }
`);

/**
 * The knowledge pages that link to a standard, roadmap item (`<roadmapId>:<itemId>`) or quick win:
 * the other side of a page's links. Pages are for signed-in readers, so visitors see nothing.
 */
export function LinkedPages({ kind, id, level = 2 }: { kind: SearchKind; id: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  const { data } = useQuery(LinkedPagesQuery, { variables: { kind, id }, skip: !viewer });
  if (!viewer || !data) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className={`utrecht-heading-${level}`}>
        {t('pageLinks.linkedPages')}
      </Heading>
      {data.linkedPages.length === 0 ? (
        <p className="utrecht-paragraph">{t('pageLinks.noLinkedPages')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {data.linkedPages.map((page) => (
            <li key={page.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" to={`/kennis/${page.id}`}>
                {page.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
