import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { documentName, RichTextField } from '../../../../common/collab';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { CoEditedText } from '../../features/collab/CoEditedText';
import { PublishPanel } from '../../features/public/PublishPanel';
import { PageLinks } from '../../features/knowledge/PageLinks';
import { PageManage } from '../../features/knowledge/PageManage';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const KnowledgeArticlePageQuery = graphql(`
  query KnowledgeArticlePageQuery($id: ID!) {
    page(id: $id) {
      id
      title
      createdAt
      updatedAt
      viewerCanEdit
      deletedAt
      parent {
        id
        title
      }
      children {
        id
        title
      }
      links {
        kind
        id
        title
        key
      }
    }
  }
`);

/** `/kennis/:id`: one knowledge page; its body is co-edited live (`page:<id>`). */
export function KnowledgeArticlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(KnowledgeArticlePageQuery, { variables: { id } });

  if (error && !data) {
    return (
      <Page title={t('knowledgePage.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('knowledgePage.title')}>
        <Loading />
      </Page>
    );
  }
  const page = data.page;
  if (!page) {
    return (
      <Page title={t('knowledgePage.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }
  return (
    <Page title={page.title}>
      {page.deletedAt && <p className="utrecht-paragraph koers-note">{t('pageTools.inTrash')}</p>}
      {page.parent && (
        <p className="utrecht-paragraph">
          {t('pageTools.parentLink')}:{' '}
          <Link className="utrecht-link" to={`/kennis/${page.parent.id}`}>
            {page.parent.title}
          </Link>
        </p>
      )}
      <dl className="koers-facts">
        <dt>{t('knowledge.created')}</dt>
        <dd>{format.dateTime(page.createdAt)}</dd>
        <dt>{t('common.updatedAt')}</dt>
        <dd>{format.dateTime(page.updatedAt)}</dd>
      </dl>
      <CoEditedText
        docName={documentName('page', page.id)}
        field={RichTextField.page}
        label={t('knowledgePage.body')}
        canEdit={page.viewerCanEdit}
        onAccessChanged={() => void refetch()}
      />
      {page.children.length > 0 && (
        <section aria-labelledby="page-children-heading">
          <h2 id="page-children-heading" className="utrecht-heading-2">
            {t('pageTools.children')}
          </h2>
          <ul className="utrecht-unordered-list">
            {page.children.map((child) => (
              <li key={child.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={`/kennis/${child.id}`}>
                  {child.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PageLinks pageId={page.id} links={page.links} canEdit={page.viewerCanEdit && !page.deletedAt} />
      {page.viewerCanEdit && !page.deletedAt && <PageManage key={page.id} page={page} />}
      {page.viewerCanEdit && !page.deletedAt && <PublishPanel kind="PAGE" subjectId={page.id} />}
    </Page>
  );
}
