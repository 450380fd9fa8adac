import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { DownloadError, downloadExport, type CsvSeparator } from './downloadExport';

/** Props of {@link ExportDownload}. */
export interface ExportDownloadProps {
  /** Prefix of the ids of the separator choice and the status line (unique on the page). */
  id: string;
  /** The export's path, e.g. `/export/adoption.csv`. */
  path: string;
  /** Query parameters (filters); empty values are left out. */
  params?: Record<string, string | undefined>;
  /** The file name when the server gives none. */
  filename: string;
  label: string;
  /** A CSV export offers the separator choice; the JSON backup does not. */
  csv?: boolean;
}

/**
 * A download button for one export, with the sign-in carried over (fetch with the header, see
 * downloadExport) and, for CSV, the choice of separator next to it: a semicolon for Excel with Dutch
 * settings. What happened is announced in a status line.
 */
export function ExportDownload({ id, path, params = {}, filename, label, csv = false }: ExportDownloadProps) {
  const { t } = useTranslation();
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function download() {
    setBusy(true);
    setStatus('');
    try {
      const saved = await downloadExport(path, csv ? { ...params, separator } : params, filename);
      setStatus(t('exports.downloaded', { filename: saved }));
    } catch (error) {
      const code = error instanceof DownloadError ? error.code : 'INTERNAL_SERVER_ERROR';
      setStatus(
        t('exports.failed', {
          reason: t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="koers-export">
      {csv && (
        <SelectField
          id={`${id}-separator`}
          label={t('exports.separator')}
          value={separator}
          onChange={(value) => setSeparator(value === 'semicolon' ? 'semicolon' : 'comma')}
          options={[
            { value: 'comma', label: t('exports.comma') },
            { value: 'semicolon', label: t('exports.semicolon') },
          ]}
        />
      )}
      <div className="koers-actions">
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          busy={busy || undefined}
          onClick={() => void download()}
        >
          {label}
        </Button>
      </div>
      <p className="utrecht-paragraph" role="status" id={`${id}-status`}>
        {status}
      </p>
    </div>
  );
}
