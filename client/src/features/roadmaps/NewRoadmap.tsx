import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { RoadmapFields } from './RoadmapFields';
import { graphql } from '../../gql';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { useServerForm } from '../forms/useServerForm';
import { periodErrors } from './periodCheck';
import { useCreateRoadmap } from './useCreateRoadmap';

const NewRoadmapTaskforces = graphql(`
  query NewRoadmapTaskforces {
    taskforces {
      id
      name
      viewerCanEdit
    }
  }
`);

const FIELDS = ['taskforceId', 'title', 'startYear', 'endYear', 'description'] as const;
type Field = (typeof FIELDS)[number];

/**
 * "Nieuwe roadmap" on /roadmaps, for members of a taskforce and admins: taskforce, title, a period
 * of 1 to 15 whole years and an optional description; once created, the live editor opens.
 */
export function NewRoadmap() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createRoadmap = useCreateRoadmap();
  const { data } = useQuery(NewRoadmapTaskforces);
  const [open, setOpen] = useState(false);
  const thisYear = new Date().getFullYear();
  const [values, setValues] = useState({
    taskforceId: '',
    title: '',
    startYear: String(thisYear),
    endYear: String(thisYear + 9),
    description: '',
  });
  const form = useServerForm<Field>('new-roadmap', FIELDS);
  const taskforces = data?.taskforces.filter((taskforce) => taskforce.viewerCanEdit) ?? [];
  if (taskforces.length === 0) return null;

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const taskforceId = values.taskforceId || taskforces[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = { ...periodErrors(values) };
    if (!values.title.trim()) found.title = 'roadmapAdmin.errors.title';
    void form.submit(found, async () => {
      const roadmap = await createRoadmap({
        taskforceId,
        title: values.title.trim(),
        startYear: Number(values.startYear),
        endYear: Number(values.endYear),
        description: values.description.trim() || null,
      });
      void navigate(`/roadmaps/${roadmap.id}`);
      return t('roadmapAdmin.created', { title: roadmap.title });
    });
  }

  if (!open) {
    return (
      <div className="koers-actions">
        <Button type="button" appearance="primary-action-button" onClick={() => setOpen(true)}>
          {t('roadmapAdmin.new')}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="koers-form koers-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-roadmap-heading"
    >
      <h2 id="new-roadmap-heading" className="utrecht-heading-2">
        {t('roadmapAdmin.new')}
      </h2>
      {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
      <SelectField
        id="new-roadmap-taskforceId"
        label={t('roadmaps.taskforce')}
        value={taskforceId}
        options={taskforces.map((taskforce) => ({ value: taskforce.id, label: taskforce.name }))}
        onChange={set('taskforceId')}
        error={form.fieldErrors.taskforceId}
      />
      <RoadmapFields
        idPrefix="new-roadmap"
        values={values}
        errors={form.fieldErrors}
        onChange={(field, value) => set(field)(value)}
      />
      <SubmitWithStatus label={t('roadmapAdmin.create')} busy={form.busy} status={form.status} />
      <div className="koers-actions">
        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>
          {t('roadmapEditor.cancel')}
        </Button>
      </div>
    </form>
  );
}
