import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_WEBHOOK_DESCRIPTION_LENGTH,
  MAX_WEBHOOK_URL_LENGTH,
  WEBHOOK_EVENT_KINDS,
} from '../../../../common/webhooks';
import { fieldErrorOf } from '../../apollo/errorCode';
import { CheckboxFieldset } from '../../components/CheckboxFieldset';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../initiatives/useFormErrors';
import { kindKey } from './kinds';
import { useRegisterWebhook } from './useWebhookActions';

const FIELDS = ['url', 'kinds', 'municipalityId', 'description'] as const;

/** Props of {@link WebhookForm}. */
export interface WebhookFormProps {
  /** The municipality an editor registers for; null lets an admin type one. */
  municipalityId: string | null;
  onRegistered: (secret: string) => void;
}

/**
 * Registers a webhook: its URL, what it is, the event kinds as checkboxes and (for admins) the
 * municipality. A refused address gets its own explanation next to the URL.
 */
export function WebhookForm({ municipalityId, onRegistered }: WebhookFormProps) {
  const { t } = useTranslation();
  const { registerWebhook, loading } = useRegisterWebhook();
  const { fieldErrors, otherError, check, fail } = useFormErrors('webhook', FIELDS);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [municipality, setMunicipality] = useState(municipalityId ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (!url.trim()) found.url = 'webhooks.errors.url';
    if (!kinds.length) found.kinds = 'webhooks.errors.kinds';
    if (!check(found)) return;
    try {
      const created = await registerWebhook({
        url: url.trim(),
        description: description.trim() || null,
        kinds,
        municipalityId: municipality.trim() || null,
      });
      setUrl('');
      setDescription('');
      setKinds([]);
      onRegistered(created.secret);
    } catch (error) {
      // The server says why (https only, private address): the form explains what it accepts.
      if (fieldErrorOf(error)?.field === 'url') check({ url: 'webhooks.errors.urlRefused' });
      else fail(error);
    }
  }

  return (
    <form className="koers-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="utrecht-heading-2">{t('webhooks.create')}</h2>
      {otherError !== undefined && <ErrorMessage error={otherError} />}
      <TextField
        id="webhook-url"
        type="url"
        label={t('webhooks.url')}
        value={url}
        placeholder="https://"
        maxLength={MAX_WEBHOOK_URL_LENGTH}
        error={fieldErrors.url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <TextField
        id="webhook-description"
        label={t('webhooks.description')}
        value={description}
        maxLength={MAX_WEBHOOK_DESCRIPTION_LENGTH}
        error={fieldErrors.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <CheckboxFieldset
        id="webhook-kinds"
        legend={t('webhooks.kinds')}
        error={fieldErrors.kinds}
        options={WEBHOOK_EVENT_KINDS.map((kind) => ({
          value: kind,
          label: (
            <>
              <code>{kind}</code> — {t(`webhooks.kindText.${kindKey(kind)}`)}
            </>
          ),
        }))}
        checked={kinds}
        onChange={setKinds}
      />
      {municipalityId ? (
        <p className="utrecht-paragraph">{t('webhooks.forMunicipality', { code: municipalityId })}</p>
      ) : (
        <TextField
          id="webhook-municipalityId"
          label={t('webhooks.municipalityCode')}
          value={municipality}
          placeholder="GM0344"
          error={fieldErrors.municipalityId}
          onChange={(event) => setMunicipality(event.target.value)}
        />
      )}
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('webhooks.createSubmit')}
        </Button>
      </div>
    </form>
  );
}
