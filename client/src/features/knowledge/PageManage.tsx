import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';

const ParentCandidatesQuery = graphql(`
  query ParentCandidatesQuery {
    pages(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);

const UpdatePageMutation = graphql(`
  mutation UpdatePageMutation($input: UpdatePageInput!) {
    updatePage(input: $input) {
      id
      title
      parent {
        id
        title
      }
    }
  }
`);

const DeletePageMutation = graphql(`
  mutation DeletePageMutation($id: ID!) {
    deletePage(id: $id) {
      id
      deletedAt
    }
  }
`);

/** Props of {@link PageManage}. */
export interface PageManageProps {
  page: { id: string; title: string; parent?: { id: string } | null };
}

/**
 * For editors: rename a page, move it under another page (or to the top), and move it to the trash
 * after a confirmation (it can be restored from the list of pages).
 */
export function PageManage({ page }: PageManageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fieldErrorText = useFieldErrorText();
  const [title, setTitle] = useState(page.title);
  const [parentId, setParentId] = useState(page.parent?.id ?? '');
  const [status, setStatus] = useState('');
  const { data } = useQuery(ParentCandidatesQuery);
  const [update, updating] = useMutation(UpdatePageMutation);
  const [remove, removing] = useMutation(DeletePageMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pages' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'trashedPages' });
      cache.gc();
    },
  });
  const fieldError = fieldErrorOf(updating.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const input = {
      id: page.id,
      title: title.trim(),
      ...(parentId ? { parentId } : { toTop: true }),
    };
    const result = await update({ variables: { input } }).catch(() => null);
    if (result?.data) setStatus(t('pageTools.saved'));
  }

  const options = [
    { value: '', label: t('pageTools.top') },
    ...(data?.pages.nodes ?? [])
      .filter((candidate) => candidate.id !== page.id)
      .map((candidate) => ({ value: candidate.id, label: candidate.title })),
  ];

  return (
    <section className="koers-panel" aria-labelledby="page-manage-heading">
      <h2 id="page-manage-heading" className="utrecht-heading-2">
        {t('pageTools.heading')}
      </h2>
      <form className="koers-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="page-rename"
          label={t('pageTools.title')}
          value={title}
          required
          error={fieldError?.field === 'title' ? fieldErrorText(fieldError) : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        <SelectField
          id="page-parent"
          label={t('pageTools.parent')}
          value={parentId}
          options={options}
          onChange={setParentId}
          error={fieldError?.field === 'parentId' ? t('pageTools.loop') : undefined}
        />
        {updating.error && !fieldError && <ErrorMessage error={updating.error} />}
        <Button type="submit" appearance="primary-action-button" disabled={updating.loading}>
          {t('pageTools.save')}
        </Button>
      </form>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      <p className="utrecht-paragraph">{t('pageTools.deleteHint')}</p>
      <ConfirmRemove
        label={t('pageTools.delete')}
        confirmLabel={t('pageTools.confirmDelete', { title: page.title })}
        onRemove={() =>
          void remove({ variables: { id: page.id } })
            .then(() => navigate('/kennis'))
            .catch(() => undefined)
        }
      />
      {removing.error && <ErrorMessage error={removing.error} />}
    </section>
  );
}
