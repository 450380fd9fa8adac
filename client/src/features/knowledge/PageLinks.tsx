import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchPicker } from '../../components/SearchPicker';
import { graphql } from '../../gql';
import type { SearchKind } from '../../gql/graphql';
import { searchHitPath } from '../search/searchPath';

const SetPageLinksMutation = graphql(`
  mutation SetPageLinksMutation($input: SetPageLinksInput!) {
    setPageLinks(input: $input) {
      id
      links {
        kind
        id
        title
        key
      }
    }
  }
`);

const LinkCandidatesQuery = graphql(`
  query LinkCandidatesQuery($text: String!) {
    search(text: $text, first: 5) {
      groups {
        kind
        hits {
          kind
          id
          title
          key
          context
        }
      }
    }
  }
`);

/** One link of a page: as the `PageLink` type gives it. */
export interface PageLinkItem {
  kind: SearchKind;
  id: string;
  title: string;
  key: string;
}

const LINKABLE: readonly SearchKind[] = ['STANDARD', 'ROADMAP_ITEM', 'INITIATIVE'];

/**
 * What a knowledge page is about: its standards, roadmap items and quick wins as links; editors add
 * one through search and remove one with a button. Each linked thing lists the page in turn.
 */
export function PageLinks({
  pageId,
  links,
  canEdit,
}: {
  pageId: string;
  links: readonly PageLinkItem[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [save, saving] = useMutation(SetPageLinksMutation);
  const { data } = useQuery(LinkCandidatesQuery, {
    variables: { text },
    skip: !canEdit || text.trim().length < 2,
  });
  const linked = new Set(links.map((link) => link.id));
  const candidates = (data?.search.groups ?? [])
    .filter((group) => LINKABLE.includes(group.kind))
    .flatMap((group) => group.hits)
    .filter((hit) => !linked.has(hit.id));

  function store(next: readonly PageLinkItem[]) {
    const ids = (kind: SearchKind) => next.filter((link) => link.kind === kind).map((link) => link.id);
    void save({
      variables: {
        input: {
          id: pageId,
          standardIds: ids('STANDARD'),
          roadmapItemIds: ids('ROADMAP_ITEM'),
          initiativeIds: ids('INITIATIVE'),
        },
      },
    }).catch(() => undefined);
  }

  return (
    <section aria-labelledby="page-links-heading">
      <h2 id="page-links-heading" className="utrecht-heading-2">
        {t('pageLinks.heading')}
      </h2>
      {links.length === 0 ? (
        <p className="utrecht-paragraph">{t('pageLinks.none')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {links.map((link) => (
            <li key={link.id} className="utrecht-unordered-list__item">
              {t(`pageLinks.kind.${link.kind}`)}:{' '}
              <Link className="utrecht-link" to={searchHitPath(link)}>
                {link.title}
              </Link>
              {canEdit && (
                <>
                  {' '}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    disabled={saving.loading}
                    onClick={() => store(links.filter((other) => other.id !== link.id))}
                  >
                    {t('pageLinks.remove', { title: link.title })}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {saving.error && <ErrorMessage error={saving.error} />}
      {canEdit && (
        <SearchPicker
          id="page-link-search"
          label={t('pageLinks.search')}
          search={text}
          onSearch={setText}
          candidates={candidates}
          candidatesLabel={t('pageLinks.candidates')}
          renderCandidate={(hit) =>
            `${t(`pageLinks.kind.${hit.kind}`)}: ${hit.title}${hit.context ? ` (${hit.context})` : ''}`
          }
          onPick={(hit) => {
            setText('');
            store([...links, hit]);
          }}
          disabled={saving.loading}
        />
      )}
    </section>
  );
}
