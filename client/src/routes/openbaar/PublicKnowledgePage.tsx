import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PublicNotFound } from '../../features/public/PublicNotFound';
import { usePageDescription } from '../../features/public/usePageDescription';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';
import '../../features/public/public.css';

const PublicKnowledgePageQuery = graphql(`
  query PublicKnowledgePageQuery($slug: String!) {
    publicPage(slug: $slug) {
      slug
      title
      paragraphs
      updatedAt
      isDemo
    }
  }
`);

/** `/openbaar/kennis/:slug`: a published knowledge page for anyone, without signing in. */
export function PublicKnowledgePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(PublicKnowledgePageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.publicPage;
  usePageDescription(
    page ? (page.paragraphs[0]?.slice(0, 160) ?? t('public.pageDescription', { title: page.title })) : null,
  );
  if (error && !data) {
    return (
      <Page title={t('public.kind.PAGE')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('public.kind.PAGE')}>
        <Loading />
      </Page>
    );
  }
  if (!page) return <PublicNotFound />;
  return (
    <Page title={page.title}>
      <article className="koers-public">
        {page.isDemo && <p className="utrecht-paragraph koers-public__demo">{t('public.demoNote')}</p>}
        <p className="utrecht-paragraph">{t('public.updated', { date: format.date(page.updatedAt) })}</p>
        {page.paragraphs.length === 0 ? (
          <p className="utrecht-paragraph">{t('public.emptyPage')}</p>
        ) : (
          page.paragraphs.map((paragraph, index) => (
            <p key={index} className="utrecht-paragraph">
              {paragraph}
            </p>
          ))
        )}
      </article>
    </Page>
  );
}
