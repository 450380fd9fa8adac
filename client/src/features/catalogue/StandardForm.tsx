import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeUrl } from '../../../../common/standards';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { ComplianceLevel, StandardCategory } from '../../gql/graphql';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { useServerForm } from '../forms/useServerForm';
import { linkErrorIndex } from './linkError';
import { LinksField, type LinkValue } from './LinksField';

const CATEGORIES: StandardCategory[] = [
  'API_STANDARD',
  'MESSAGE_STANDARD',
  'INFORMATION_MODEL',
  'BUILDING_BLOCK',
  'OPEN_STANDARD',
];
const LEVELS: ComplianceLevel[] = ['VERPLICHT', 'PAS_TOE_OF_LEG_UIT', 'AANBEVOLEN'];
const FIELDS = [
  'name',
  'slug',
  'category',
  'summary',
  'owner',
  'url',
  'complianceLevel',
  'establishedOn',
  'complianceDeadline',
] as const;
type Field = (typeof FIELDS)[number];

/** The fields of a standard as the form holds them. */
export interface StandardValues {
  name: string;
  slug: string;
  category: StandardCategory;
  summary: string;
  owner: string;
  url: string;
  complianceLevel: ComplianceLevel | '';
  establishedOn: string;
  complianceDeadline: string;
  links: LinkValue[];
}

/** What the form saves: empty optional fields as null. */
export interface StandardSave {
  name: string;
  slug: string;
  category: StandardCategory;
  summary: string;
  owner: string | null;
  url: string | null;
  complianceLevel: ComplianceLevel | null;
  establishedOn: string | null;
  complianceDeadline: string | null;
  links: LinkValue[];
}

/** Props of {@link StandardForm}. */
export interface StandardFormProps {
  idPrefix: string;
  initial: StandardValues;
  submitLabel: string;
  /** Saves and returns the text that confirms it. */
  onSave: (values: StandardSave) => Promise<string>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Creates or edits a standard's facts and links (admins); errors next to their fields. */
export function StandardForm({ idPrefix, initial, submitLabel, onSave }: StandardFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [linkErrors, setLinkErrors] = useState<Partial<Record<number, string>>>({});
  const form = useServerForm<Field>(idPrefix, FIELDS);
  const set = (field: Exclude<keyof StandardValues, 'links'>) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const text = (field: Exclude<keyof StandardValues, 'links'>) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = {};
    if (!values.name.trim()) found.name = 'catalogue.errors.name';
    if (!SLUG.test(values.slug)) found.slug = 'catalogue.errors.slug';
    if (values.url.trim() && !isSafeUrl(values.url.trim())) found.url = 'catalogue.errors.url';
    for (const field of ['establishedOn', 'complianceDeadline'] as const)
      if (values[field] && !DATE.test(values[field])) found[field] = 'catalogue.errors.date';
    const links = values.links.filter((link) => link.label.trim() || link.url.trim());
    const badLinks = Object.fromEntries(
      links.flatMap((link, index) =>
        link.label.trim() && isSafeUrl(link.url.trim()) ? [] : [[index, t('catalogue.errors.link')]],
      ),
    );
    setLinkErrors(badLinks);
    if (Object.keys(badLinks).length > 0 && Object.keys(found).length === 0) {
      document.getElementById(`${idPrefix}-link-${Object.keys(badLinks)[0]}-url`)?.focus();
      return;
    }
    void form.submit(found, async () => {
      try {
        return await onSave({
          name: values.name.trim(),
          slug: values.slug,
          category: values.category,
          summary: values.summary.trim(),
          owner: values.owner.trim() || null,
          url: values.url.trim() || null,
          complianceLevel: values.complianceLevel || null,
          establishedOn: values.establishedOn || null,
          complianceDeadline: values.complianceDeadline || null,
          links: links.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
        });
      } catch (error) {
        const index = linkErrorIndex(error);
        if (index === null) throw error;
        setLinkErrors({ [index]: t('catalogue.errors.link') });
        document.getElementById(`${idPrefix}-link-${index}-url`)?.focus();
        return undefined;
      }
    });
  }

  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
      <TextField
        id={`${idPrefix}-name`}
        label={t('catalogue.name')}
        error={form.fieldErrors.name}
        {...text('name')}
      />
      <TextField
        id={`${idPrefix}-slug`}
        label={t('catalogue.slug')}
        error={form.fieldErrors.slug}
        {...text('slug')}
      />
      <SelectField
        id={`${idPrefix}-category`}
        label={t('standard.category')}
        value={values.category}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`enums.category.${category}`) }))}
        onChange={set('category')}
        error={form.fieldErrors.category}
      />
      <TextAreaField
        id={`${idPrefix}-summary`}
        label={t('catalogue.summary')}
        value={values.summary}
        onChange={set('summary')}
        error={form.fieldErrors.summary}
      />
      <TextField
        id={`${idPrefix}-owner`}
        label={t('standard.owner')}
        error={form.fieldErrors.owner}
        {...text('owner')}
      />
      <TextField
        id={`${idPrefix}-url`}
        label={t('standard.website')}
        type="url"
        error={form.fieldErrors.url}
        {...text('url')}
      />
      <SelectField
        id={`${idPrefix}-complianceLevel`}
        label={t('standard.compliance')}
        value={values.complianceLevel}
        options={[
          { value: '', label: t('common.none') },
          ...LEVELS.map((level) => ({ value: level, label: t(`enums.compliance.${level}`) })),
        ]}
        onChange={set('complianceLevel')}
        error={form.fieldErrors.complianceLevel}
      />
      <TextField
        id={`${idPrefix}-establishedOn`}
        label={t('standard.establishedOn')}
        type="date"
        error={form.fieldErrors.establishedOn}
        {...text('establishedOn')}
      />
      <TextField
        id={`${idPrefix}-complianceDeadline`}
        label={t('standard.complianceDeadline')}
        type="date"
        error={form.fieldErrors.complianceDeadline}
        {...text('complianceDeadline')}
      />
      <LinksField
        idPrefix={idPrefix}
        links={values.links}
        errors={linkErrors}
        onChange={(links) => setValues((current) => ({ ...current, links }))}
      />
      <SubmitWithStatus label={submitLabel} busy={form.busy} status={form.status} />
    </form>
  );
}
