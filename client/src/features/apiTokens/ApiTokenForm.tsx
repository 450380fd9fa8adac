import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  API_SCOPES,
  MAX_API_TOKEN_DAYS,
  MAX_API_TOKEN_NAME_LENGTH,
  type ApiScope,
} from '../../../../common/apiTokens';
import { CheckboxFieldset } from '../../components/CheckboxFieldset';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../initiatives/useFormErrors';
import { useCreateApiToken } from './useCreateApiToken';

const FIELDS = ['name', 'scopes', 'municipalityId', 'expiresOn'] as const;

/** The last day a new token works by default: 90 days from today. */
function defaultExpiry(): string {
  return new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
}

/** The i18n key of a scope: i18next reads a colon as a namespace separator. */
function scopeKey(scope: ApiScope) {
  return scope.replace(':', '_') as 'adoption_read';
}

/** Props of {@link ApiTokenForm}. */
export interface ApiTokenFormProps {
  /** The municipality an editor creates tokens for; null lets an admin type one (or none). */
  municipalityId: string | null;
  onCreated: (token: string) => void;
}

/**
 * Creates an API token: a name, the scopes as checkboxes, the municipality (fixed for an editor)
 * and the last day it works. The server's field errors land next to their field.
 */
export function ApiTokenForm({ municipalityId, onCreated }: ApiTokenFormProps) {
  const { t } = useTranslation();
  const { createApiToken, loading } = useCreateApiToken();
  const { fieldErrors, otherError, check, fail } = useFormErrors('api-token', FIELDS);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [municipality, setMunicipality] = useState(municipalityId ?? '');
  const [expiresOn, setExpiresOn] = useState(defaultExpiry);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<
      Record<(typeof FIELDS)[number], 'apiTokens.errors.name' | 'apiTokens.errors.scopes'>
    > = {};
    if (!name.trim()) found.name = 'apiTokens.errors.name';
    if (!scopes.length) found.scopes = 'apiTokens.errors.scopes';
    if (!check(found)) return;
    try {
      const created = await createApiToken({
        name: name.trim(),
        scopes,
        municipalityId: municipality.trim() || null,
        expiresOn,
      });
      setName('');
      setScopes([]);
      onCreated(created.token);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="koers-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="utrecht-heading-2">{t('apiTokens.create')}</h2>
      {otherError !== undefined && <ErrorMessage error={otherError} />}
      <TextField
        id="api-token-name"
        label={t('apiTokens.name')}
        value={name}
        maxLength={MAX_API_TOKEN_NAME_LENGTH}
        error={fieldErrors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <CheckboxFieldset
        id="api-token-scopes"
        legend={t('apiTokens.scopes')}
        error={fieldErrors.scopes}
        options={API_SCOPES.map((scope) => ({
          value: scope,
          label: (
            <>
              <code>{scope}</code> — {t(`apiTokens.scopeText.${scopeKey(scope)}`)}
            </>
          ),
        }))}
        checked={scopes}
        onChange={setScopes}
      />
      {municipalityId ? (
        <p className="utrecht-paragraph">{t('apiTokens.forMunicipality', { code: municipalityId })}</p>
      ) : (
        <TextField
          id="api-token-municipalityId"
          label={t('apiTokens.municipalityCode')}
          value={municipality}
          placeholder="GM0344"
          error={fieldErrors.municipalityId}
          onChange={(event) => setMunicipality(event.target.value)}
        />
      )}
      <TextField
        id="api-token-expiresOn"
        type="date"
        label={t('apiTokens.expiresOn', { days: MAX_API_TOKEN_DAYS })}
        value={expiresOn}
        error={fieldErrors.expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('apiTokens.createSubmit')}
        </Button>
      </div>
    </form>
  );
}
