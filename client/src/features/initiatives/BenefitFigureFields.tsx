import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { FigureValues, FormErrors } from './quickWinValues';

const FIGURES = ['hoursPerYear', 'eurosPerYear', 'citizensReached'] as const;

/** Props of {@link BenefitFigureFields}. */
export interface BenefitFigureFieldsProps {
  /** Ids become `<idPrefix>-<field>`, the ids useFormErrors focuses. */
  idPrefix: string;
  values: FigureValues;
  errors: FormErrors<keyof FigureValues>;
  onChange: (field: keyof FigureValues, value: string) => void;
}

/** The three benefit figures of a quick win: hours and euros saved per year, citizens reached. */
export function BenefitFigureFields({ idPrefix, values, errors, onChange }: BenefitFigureFieldsProps) {
  const { t } = useTranslation();
  return FIGURES.map((field) => (
    <TextField
      key={field}
      id={`${idPrefix}-${field}`}
      label={t(`quickWins.${field}`)}
      // Citizens are counted; hours and euros may have decimals.
      inputMode={field === 'citizensReached' ? 'numeric' : 'decimal'}
      value={values[field]}
      error={errors[field]}
      onChange={(event) => onChange(field, event.target.value)}
    />
  ));
}
