import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAIL_FREQUENCIES,
  MAIL_LANGUAGES,
  type MailFrequency,
  type MailKind,
  type MailLanguage,
} from '../../../../common/mail';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { graphql } from '../../gql';
import { useServerForm } from '../forms/useServerForm';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';

const MyMailSettingsQuery = graphql(`
  query MyMailSettingsQuery {
    myMailSettings {
      language
      preferences {
        kind
        frequency
      }
    }
  }
`);

const UpdateMyMailSettingsMutation = graphql(`
  mutation UpdateMyMailSettingsMutation($input: MailSettingsInput!) {
    updateMyMailSettings(input: $input) {
      language
      preferences {
        kind
        frequency
      }
    }
  }
`);

interface Settings {
  language: MailLanguage;
  preferences: { kind: MailKind; frequency: MailFrequency }[];
}

/** The account page's e-mail section: one frequency per kind of message, and the language. */
export function MailSettingsForm() {
  const { data, error, refetch } = useQuery(MyMailSettingsQuery);
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return <LoadedForm initial={data.myMailSettings} />;
}

function LoadedForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const [save] = useMutation(UpdateMyMailSettingsMutation);
  const form = useServerForm<'language'>('mail', ['language']);

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit({}, async () => {
      // Only kind and frequency: the cached entries also carry __typename, which an input refuses.
      const preferences = settings.preferences.map(({ kind, frequency }) => ({ kind, frequency }));
      await save({ variables: { input: { language: settings.language, preferences } } });
      return t('mail.saved');
    });
  }

  const setFrequency = (kind: MailKind, frequency: MailFrequency) =>
    setSettings((current) => ({
      ...current,
      preferences: current.preferences.map((p) => (p.kind === kind ? { kind, frequency } : p)),
    }));

  return (
    <form className="koers-form koers-panel" onSubmit={submit} noValidate aria-labelledby="mail-heading">
      <h2 id="mail-heading" className="utrecht-heading-2">
        {t('mail.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('mail.intro')}</p>
      {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
      {settings.preferences.map(({ kind, frequency }) => (
        <SelectField
          key={kind}
          id={`mail-${kind}`}
          label={t(`mail.kind.${kind}`)}
          value={frequency}
          options={MAIL_FREQUENCIES.map((value) => ({ value, label: t(`mail.frequency.${value}`) }))}
          onChange={(value) => setFrequency(kind, value as MailFrequency)}
        />
      ))}
      <SelectField
        id="mail-language"
        label={t('mail.language')}
        value={settings.language}
        options={MAIL_LANGUAGES.map((value) => ({ value, label: t(`mail.languages.${value}`) }))}
        onChange={(value) => setSettings((current) => ({ ...current, language: value as MailLanguage }))}
      />
      <SubmitWithStatus label={t('mail.save')} busy={form.busy} status={form.status} />
    </form>
  );
}
