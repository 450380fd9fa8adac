import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { graphql } from '../../gql';

const QuickWinChoicesQuery = graphql(`
  query QuickWinChoicesQuery {
    initiatives(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);

/** Props of {@link QuickWinsPicker}. */
export interface QuickWinsPickerProps {
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Links an item to quick wins (initiatives): the linked ones with a remove button each, and a
 * choice of the others (the hundred with the soonest deadline; quick wins are few) to link.
 */
export function QuickWinsPicker({ value, onChange }: QuickWinsPickerProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const { data } = useQuery(QuickWinChoicesQuery);
  const all = data?.initiatives.nodes ?? [];
  const titleOf = (id: string) => all.find((initiative) => initiative.id === id)?.title ?? id;
  const others = all.filter((initiative) => !value.includes(initiative.id));

  return (
    <fieldset className="utrecht-form-fieldset koers-standards-picker">
      <legend className="utrecht-form-fieldset__legend">{t('roadmapEditor.reality.quickWins')}</legend>
      {value.length === 0 ? (
        <p className="utrecht-paragraph">{t('roadmapEditor.reality.noQuickWins')}</p>
      ) : (
        <ul className="koers-panel-list">
          {value.map((id) => (
            <li key={id}>
              {titleOf(id)}{' '}
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => onChange(value.filter((other) => other !== id))}
              >
                {t('roadmapEditor.item.unlink')}
                <span className="koers-visually-hidden">: {titleOf(id)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="koers-form__actions">
          <SelectField
            id={selectId}
            label={t('roadmapEditor.reality.pickQuickWin')}
            value={choice}
            options={[
              { value: '', label: t('roadmapEditor.reality.choose') },
              ...others.map((initiative) => ({ value: initiative.id, label: initiative.title })),
            ]}
            onChange={setChoice}
          />
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={!choice}
            onClick={() => {
              onChange([...value, choice]);
              setChoice('');
            }}
          >
            {t('roadmapEditor.reality.linkQuickWin')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
