import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { MAX_LINKS } from '../../../../common/standards';
import { TextField } from '../../components/TextField';

/** One link as typed. */
export interface LinkValue {
  label: string;
  url: string;
}

/** Props of {@link LinksField}. */
export interface LinksFieldProps {
  idPrefix: string;
  links: LinkValue[];
  onChange: (links: LinkValue[]) => void;
  /** An error from the server about one link (`links.<n>.url`), shown at that link. */
  errors?: Partial<Record<number, string>>;
}

/** The further links of a standard: rows of a label and a URL, added and removed one by one. */
export function LinksField({ idPrefix, links, onChange, errors = {} }: LinksFieldProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<LinkValue>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  return (
    <fieldset className="utrecht-form-fieldset koers-links-field">
      <legend className="utrecht-form-fieldset__legend">{t('catalogue.links')}</legend>
      <p className="utrecht-paragraph koers-note">{t('catalogue.linksHint')}</p>
      {links.map((link, index) => (
        <div key={index} className="koers-links-field__row">
          <TextField
            id={`${idPrefix}-link-${index}-label`}
            label={t('catalogue.linkLabel', { number: index + 1 })}
            value={link.label}
            onChange={(event) => set(index, { label: event.target.value })}
          />
          <TextField
            id={`${idPrefix}-link-${index}-url`}
            label={t('catalogue.linkUrl', { number: index + 1 })}
            type="url"
            value={link.url}
            error={errors[index]}
            onChange={(event) => set(index, { url: event.target.value })}
          />
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            {t('catalogue.removeLink', { number: index + 1 })}
          </Button>
        </div>
      ))}
      {links.length < MAX_LINKS && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onChange([...links, { label: '', url: '' }])}
        >
          {t('catalogue.addLink')}
        </Button>
      )}
    </fieldset>
  );
}
