import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AdoptionForm } from '../../features/adoption/AdoptionForm';
import { useUpdateAdoption } from '../../features/adoption/useUpdateAdoption';
import { ReviewTaskList } from '../../features/review/ReviewTaskList';
import { graphql } from '../../gql';
import type { MunicipalityPageQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

const MunicipalityPageQuery = graphql(`
  query MunicipalityPageQuery($code: String!) {
    municipality(code: $code) {
      id
      code
      name
      population
      province {
        code
        name
      }
      viewerCanEdit
      adoptions {
        ...AdoptionFields
      }
    }
  }
`);

type Adoption = NonNullable<MunicipalityPageQueryQuery['municipality']>['adoptions'][number];

/** `/gemeenten/:code`: a municipality's scorecard, editable by its editor (pas toe of leg uit). */
export function MunicipalityPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(MunicipalityPageQuery, { variables: { code } });
  const { updateAdoption } = useUpdateAdoption();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  // Where focus goes when the form closes, so keyboard users are not dropped at the top of the page.
  const savedRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (error && !data) {
    return (
      <Page title={t('municipality.title', { code })}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('municipality.title', { code })}>
        <Loading />
      </Page>
    );
  }
  const municipality = data.municipality;
  if (!municipality) {
    return (
      <Page title={t('municipality.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }

  const adoptions = [...municipality.adoptions].sort((a, b) =>
    a.standard.name.localeCompare(b.standard.name, 'nl'),
  );
  const editingAdoption = adoptions.find((adoption) => adoption.id === editing);
  const none = t('common.none');

  return (
    <Page title={t('municipality.title', { code: municipality.name })}>
      <dl className="koers-facts">
        <dt>{t('municipality.province')}</dt>
        <dd>{municipality.province.name}</dd>
        <dt>CBS</dt>
        <dd>{municipality.code}</dd>
        {municipality.population != null && (
          <>
            <dt>{t('municipality.population')}</dt>
            <dd>{format.number(municipality.population)}</dd>
          </>
        )}
      </dl>

      <ReviewTaskList municipalityId={municipality.code} />

      <section aria-labelledby="scorecard-heading">
        <h2 id="scorecard-heading" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
          {t('municipality.scorecard')}
        </h2>
        <p className="utrecht-paragraph">{t('municipality.scorecardIntro')}</p>
        <p className="utrecht-paragraph" role="status" ref={savedRef} tabIndex={-1}>
          {saved}
        </p>
        {adoptions.length === 0 ? (
          <EmptyState message={t('municipality.empty')} />
        ) : (
          <DataTable<Adoption>
            labelledBy="scorecard-heading"
            rows={adoptions}
            rowKey={(adoption) => adoption.id}
            rowData={(adoption) => ({ 'data-standard': adoption.standard.slug })}
            columns={[
              {
                key: 'standard',
                header: t('municipality.standard'),
                rowHeader: true,
                cell: (adoption) => (
                  <Link className="utrecht-link" to={`/standaarden/${adoption.standard.slug}`}>
                    {adoption.standard.name}
                  </Link>
                ),
              },
              {
                key: 'status',
                header: t('common.status'),
                testId: 'adoption-status',
                cell: (adoption) => (
                  <>
                    {t(`enums.adoptionStatus.${adoption.status}`)}
                    {adoption.isDemo && <span className="koers-badge">{t('common.demo')}</span>}
                    {adoption.needsReview && (
                      <div className="koers-review">
                        {t('municipality.needsReview', { version: adoption.reviewVersion ?? '' })}
                      </div>
                    )}
                  </>
                ),
              },
              {
                key: 'targetDate',
                header: t('municipality.targetDate'),
                cell: (adoption) => (adoption.targetDate ? format.date(adoption.targetDate) : none),
              },
              { key: 'note', header: t('municipality.note'), cell: (adoption) => adoption.note ?? none },
              ...(municipality.viewerCanEdit
                ? [
                    {
                      key: 'edit',
                      header: <span className="koers-visually-hidden">{t('municipality.edit')}</span>,
                      cell: (adoption: Adoption) =>
                        adoption.viewerCanEdit && (
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-expanded={editing === adoption.id}
                            onClick={() => {
                              setSaved('');
                              setEditing(adoption.id);
                            }}
                          >
                            {t('municipality.edit')}
                            <span className="koers-visually-hidden"> {adoption.standard.name}</span>
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {adoptions.some((adoption) => adoption.isDemo) && (
          <p className="utrecht-paragraph koers-note">{t('municipality.demoNote')}</p>
        )}
        {editingAdoption && (
          <AdoptionForm
            key={editingAdoption.id}
            standardName={editingAdoption.standard.name}
            initial={{
              status: editingAdoption.status,
              targetDate: editingAdoption.targetDate ?? '',
              adoptedVersion: editingAdoption.adoptedVersion ?? '',
              note: editingAdoption.note ?? '',
            }}
            onCancel={() => {
              setEditing(null);
              headingRef.current?.focus();
            }}
            onSubmit={async (values) => {
              await updateAdoption({
                municipalityId: municipality.id,
                standardId: editingAdoption.standard.id,
                status: values.status,
                targetDate: values.targetDate || null,
                adoptedVersion: values.adoptedVersion.trim() || null,
                note: values.note.trim() || null,
              });
              setEditing(null);
              setSaved(t('common.saved'));
              savedRef.current?.focus();
            }}
          />
        )}
      </section>
    </Page>
  );
}
