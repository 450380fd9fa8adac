import { useTranslation } from 'react-i18next';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/validation';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';

/** The fields of a roadmap that a person edits: title, period (whole years) and description. */
export type RoadmapField = 'title' | 'startYear' | 'endYear' | 'description';

/** Props of {@link RoadmapFields}. */
export interface RoadmapFieldsProps {
  /** Prefix of the inputs' ids (`<prefix>-title`, `<prefix>-startYear` …), which forms focus on an error. */
  idPrefix: string;
  values: Record<RoadmapField, string>;
  errors: Partial<Record<RoadmapField, string>>;
  onChange: (field: RoadmapField, value: string) => void;
}

/**
 * Title, the period (first and last whole year, grouped under one legend) and the description of a
 * roadmap: the same fields for "Nieuwe roadmap" and the roadmap's settings.
 */
export function RoadmapFields({ idPrefix, values, errors, onChange }: RoadmapFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        label={t('roadmapAdmin.title')}
        value={values.title}
        maxLength={MAX_TITLE_LENGTH}
        error={errors.title}
        onChange={(event) => onChange('title', event.target.value)}
      />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('roadmapAdmin.period')}</legend>
        <TextField
          id={`${idPrefix}-startYear`}
          label={t('roadmapAdmin.startYear')}
          inputMode="numeric"
          value={values.startYear}
          error={errors.startYear}
          onChange={(event) => onChange('startYear', event.target.value)}
        />
        <TextField
          id={`${idPrefix}-endYear`}
          label={t('roadmapAdmin.endYear')}
          inputMode="numeric"
          value={values.endYear}
          error={errors.endYear}
          onChange={(event) => onChange('endYear', event.target.value)}
        />
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('roadmapAdmin.description')}
        value={values.description}
        maxLength={MAX_SUMMARY_LENGTH}
        error={errors.description}
        onChange={(value) => onChange('description', value)}
      />
    </>
  );
}
