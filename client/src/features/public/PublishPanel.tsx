import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { PublicationKind } from '../../gql/graphql';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';
import { publicPath } from './publicPath';

const PublicationQuery = graphql(`
  query PublicationPanelQuery($kind: PublicationKind!, $subjectId: ID!, $withVersions: Boolean!) {
    publication(kind: $kind, subjectId: $subjectId) {
      id
      kind
      slug
      versionName
    }
    roadmapVersions(roadmapId: $subjectId) @include(if: $withVersions) {
      id
      name
    }
  }
`);

const PublishMutation = graphql(`
  mutation PublishMutation($input: PublishInput!) {
    publish(input: $input) {
      id
      kind
      slug
      versionName
    }
  }
`);

const UnpublishMutation = graphql(`
  mutation UnpublishMutation($kind: PublicationKind!, $subjectId: ID!) {
    unpublish(kind: $kind, subjectId: $subjectId)
  }
`);

/**
 * For the editors of a roadmap, quick win or page: publish it at `/openbaar/…/<slug>` (a roadmap
 * live or frozen at a named version), change that, or unpublish it after a confirmation.
 */
export function PublishPanel({ kind, subjectId }: { kind: PublicationKind; subjectId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldErrorText = useFieldErrorText();
  const withVersions = kind === 'ROADMAP';
  const { data, error, refetch } = useQuery(PublicationQuery, {
    variables: { kind, subjectId, withVersions },
  });
  const [publish, publishing] = useMutation(PublishMutation);
  const [unpublish, unpublishing] = useMutation(UnpublishMutation);
  const [slug, setSlug] = useState('');
  const [versionId, setVersionId] = useState('');
  const [status, setStatus] = useState('');
  const publication = data?.publication ?? null;
  const versions = data?.roadmapVersions ?? [];
  const fieldError = fieldErrorOf(publishing.error);
  const slugError = fieldError?.field === 'slug' ? fieldError : null;

  async function onPublish(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const input = { kind, subjectId, slug: slug.trim() || null, versionId: versionId || null };
    const result = await publish({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setStatus(t('publication.done'));
      await refetch();
    }
  }

  async function onUnpublish() {
    setStatus('');
    const result = await unpublish({ variables: { kind, subjectId } }).catch(() => null);
    if (result?.data) {
      setStatus(t('publication.unpublished'));
      await refetch();
    }
  }

  return (
    <section className="koers-publish" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="utrecht-heading-2">
        {t('publication.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('publication.intro')}</p>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      <p className="utrecht-paragraph" data-testid="publication-state">
        {!publication
          ? t('publication.notPublished')
          : publication.versionName
            ? t('publication.publishedVersion', { name: publication.versionName })
            : t('publication.publishedLive')}
      </p>
      {publication && (
        <p className="utrecht-paragraph">
          {t('publication.url')}:{' '}
          <Link className="utrecht-link" to={publicPath(publication.kind, publication.slug)}>
            {`${window.location.origin}${publicPath(publication.kind, publication.slug)}`}
          </Link>
        </p>
      )}
      <form onSubmit={(event) => void onPublish(event)} noValidate>
        <TextField
          id={`${id}-slug`}
          label={t('publication.slug')}
          value={slug}
          placeholder={publication?.slug}
          onChange={(event) => setSlug(event.target.value)}
          error={slugError ? fieldErrorText(slugError) : undefined}
        />
        <p className="utrecht-form-field-description">{t('publication.slugHint')}</p>
        {withVersions && (
          <SelectField
            id={`${id}-version`}
            label={t('publication.version')}
            value={versionId}
            onChange={setVersionId}
            options={[
              { value: '', label: t('publication.live') },
              ...versions.map((version) => ({ value: version.id, label: version.name })),
            ]}
          />
        )}
        {publishing.error && !slugError && <ErrorMessage error={publishing.error} />}
        <div className="koers-form__actions">
          <Button type="submit" appearance="primary-action-button" disabled={publishing.loading}>
            {publication ? t('publication.update') : t('publication.publish')}
          </Button>
        </div>
      </form>
      {publication && (
        <>
          <p className="utrecht-paragraph">{t('publication.confirmUnpublish')}</p>
          <ConfirmRemove
            label={t('publication.unpublish')}
            confirmLabel={t('publication.confirm')}
            onRemove={() => void onUnpublish()}
          />
        </>
      )}
      {unpublishing.error && <ErrorMessage error={unpublishing.error} />}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
