import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../features/auth/AuthContext';
import { TrashedPages } from '../../features/knowledge/TrashedPages';
import { useCreatePage } from '../../features/knowledge/useCreatePage';
import { SelectField } from '../../components/SelectField';
import { PAGE_TEMPLATE_KEYS, PAGE_TEMPLATES, type PageTemplate } from '../../../../common/pageTemplates';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const KnowledgePageQuery = graphql(`
  query KnowledgePageQuery {
    pages(first: 100) {
      nodes {
        id
        title
        createdAt
        updatedAt
        viewerCanEdit
      }
    }
  }
`);

/** `/kennis`: the knowledge pages, and a form to start one for admins, taskforce members and managers. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(KnowledgePageQuery);
  const pages = data?.pages.nodes;
  const canCreate = Boolean(
    viewer?.roles.some((role) => role === 'ADMIN' || role === 'TASKFORCE_MEMBER' || role === 'MANAGER'),
  );

  return (
    <Page title={t('knowledge.title')}>
      {canCreate && <CreatePageForm />}
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !pages ? (
        <Loading />
      ) : pages.length === 0 ? (
        <EmptyState message={t('knowledge.empty')} />
      ) : (
        <ul className="koers-card-list">
          {pages.map((page) => (
            <li key={page.id} className="koers-card">
              <h2 className="utrecht-heading-3">
                <Link className="utrecht-link" to={`/kennis/${page.id}`}>
                  {page.title}
                </Link>
              </h2>
              <p className="koers-card__meta">
                {t('common.updatedAt')}: {format.dateTime(page.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canCreate && <TrashedPages />}
    </Page>
  );
}

function CreatePageForm() {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const navigate = useNavigate();
  const { createPage, loading } = useCreatePage();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<PageTemplate | ''>('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!title.trim()) {
      setFieldError(t('knowledge.titleRequired'));
      return;
    }
    setFieldError(undefined);
    try {
      const { data } = await createPage(title.trim(), template || null);
      if (data) await navigate(`/kennis/${data.createPage.id}`);
    } catch (caught) {
      const field = fieldErrorOf(caught);
      if (field?.field === 'title') setFieldError(fieldErrorText(field));
      else setError(caught);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="utrecht-heading-2">{t('knowledge.create')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      <TextField
        id="page-title"
        label={t('knowledge.pageTitle')}
        value={title}
        error={fieldError}
        required
        onChange={(event) => setTitle(event.target.value)}
      />
      <SelectField
        id="page-template"
        label={t('pageTools.template')}
        value={template}
        onChange={(value) => setTemplate(value as PageTemplate | '')}
        options={[
          { value: '', label: t('pageTools.blank') },
          ...PAGE_TEMPLATE_KEYS.map((key) => ({ value: key, label: t(`pageTools.templates.${key}`) })),
        ]}
      />
      {template && (
        <p className="utrecht-paragraph">
          {t('pageTools.templateHint', { headings: PAGE_TEMPLATES[template].headings.join(', ') })}
        </p>
      )}
      <Button type="submit" appearance="primary-action-button" disabled={loading} busy={loading || undefined}>
        {t('knowledge.createButton')}
      </Button>
    </form>
  );
}
