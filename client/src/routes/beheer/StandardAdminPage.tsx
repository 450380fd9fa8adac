import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { LifecycleForm } from '../../features/catalogue/LifecycleForm';
import { PublishVersionForm } from '../../features/catalogue/PublishVersionForm';
import { StandardForm } from '../../features/catalogue/StandardForm';
import { useStandardAdmin } from '../../features/catalogue/useStandardAdmin';
import { graphql } from '../../gql';

const StandardAdminQuery = graphql(`
  query StandardAdminQuery($slug: String!) {
    standard(slug: $slug) {
      ...StandardAdminFields
      subscribers {
        id
      }
    }
  }
`);

/** `/beheer/catalogus/:slug` (admins): edit a standard, move its lifecycle, publish a version. */
export function StandardAdminPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { updateStandard } = useStandardAdmin();
  const { data, error, refetch } = useQuery(StandardAdminQuery, { variables: { slug } });
  const title = t('catalogue.manage', { name: data?.standard?.name ?? slug });
  if (error && !data)
    return (
      <Page title={title}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (!data)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  const standard = data.standard;
  if (!standard)
    return (
      <Page title={t('standard.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  return (
    <Page title={title}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
          {t('catalogue.viewPublic')}
        </Link>
      </p>
      <section aria-labelledby="edit-standard-heading" className="koers-panel">
        <h2 id="edit-standard-heading" className="utrecht-heading-2">
          {t('catalogue.edit')}
        </h2>
        <StandardForm
          key={standard.id}
          idPrefix="edit-standard"
          initial={{
            name: standard.name,
            slug: standard.slug,
            category: standard.category,
            summary: standard.summary,
            owner: standard.owner ?? '',
            url: standard.url ?? '',
            complianceLevel: standard.complianceLevel ?? '',
            establishedOn: standard.establishedOn ?? '',
            complianceDeadline: standard.complianceDeadline ?? '',
            links: standard.links.map((link) => ({ label: link.label, url: link.url })),
          }}
          submitLabel={t('catalogue.save')}
          onSave={async (values) => {
            const saved = await updateStandard({ id: standard.id, ...values });
            if (saved && saved.slug !== slug)
              void navigate(`/beheer/catalogus/${saved.slug}`, { replace: true });
            return t('catalogue.saved');
          }}
        />
      </section>
      <section className="koers-panel">
        <LifecycleForm standard={standard} />
      </section>
      <section className="koers-panel">
        <PublishVersionForm
          standard={{ id: standard.id, name: standard.name, followers: standard.subscribers.length }}
        />
      </section>
    </Page>
  );
}
