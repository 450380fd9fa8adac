import { Button } from '@utrecht/button-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Page } from '../../components/Page';
import { useImportAdoptions } from '../../features/adoption/useImportAdoptions';
import type { ImportAdoptionsMutationMutation } from '../../gql/graphql';

type Result = ImportAdoptionsMutationMutation['importAdoptions'];
type Row = Result['rows'][number];

/**
 * `/adoptie/import`: upload a CSV of measured adoption (the columns of the adoption export). Every
 * row is checked first and shown with its errors; only a file without errors can be imported.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { importAdoptions, loading } = useImportAdoptions();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>();
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function check(text: string, apply: boolean) {
    setError(undefined);
    try {
      const { data } = await importAdoptions(text, apply);
      setResult(data?.importAdoptions ?? null);
      statusRef.current?.focus();
    } catch (caught) {
      setResult(null);
      setError(caught);
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    await check(text, false);
  }

  const message = !result
    ? ''
    : result.applied
      ? t('import.applied', { count: result.rows.length })
      : result.errorCount > 0
        ? t('import.refused', { count: result.errorCount })
        : t('import.ready', { count: result.rows.length });

  return (
    <Page title={t('import.title')}>
      <p className="utrecht-paragraph">{t('import.intro')}</p>
      <div className="utrecht-form-field">
        <label htmlFor="import-file" className="utrecht-form-label">
          {t('import.file')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="utrecht-textbox"
          onChange={(e) => void choose(e)}
        />
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <p
        className="utrecht-paragraph"
        role="status"
        ref={statusRef}
        tabIndex={-1}
        data-testid="import-status"
      >
        {message}
      </p>
      {result && !result.applied && (
        <>
          <DataTable<Row>
            caption={t('import.preview')}
            testId="import-preview"
            rows={result.rows}
            rowKey={(row) => String(row.line)}
            rowData={(row) => ({ 'data-line': String(row.line), 'data-ok': String(row.errors.length === 0) })}
            columns={[
              {
                key: 'line',
                header: t('import.line'),
                rowHeader: true,
                numeric: true,
                cell: (row) => row.line,
              },
              { key: 'code', header: 'CBS', cell: (row) => row.municipalityCode ?? '' },
              { key: 'standard', header: t('municipality.standard'), cell: (row) => row.standard ?? '' },
              { key: 'status', header: t('common.status'), cell: (row) => row.status ?? '' },
              {
                key: 'errors',
                header: t('import.errors'),
                cell: (row) => (row.errors.length === 0 ? t('import.ok') : row.errors.join('; ')),
              },
            ]}
          />
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={loading || !csv || result.errorCount > 0}
            onClick={() => csv && void check(csv, true)}
          >
            {t('import.apply')}
          </Button>
        </>
      )}
    </Page>
  );
}
