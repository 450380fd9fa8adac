import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ExportDownload } from '../../features/exports/ExportDownload';

/** `/beheer/back-up` (admins): the full backup of Koers as one JSON file. */
export function BackupPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.sections.backup')}>
      <p className="utrecht-paragraph">{t('exports.backupIntro')}</p>
      <ExportDownload
        id="backup"
        path="/export/koers.json"
        filename="koers.json"
        label={t('exports.backup')}
      />
    </Page>
  );
}
