import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/**
 * Says plainly that a figure rests on generated demo data: "Demo: 300 van 342 gemeenten zijn
 * gegenereerde voorbeeldgegevens". Renders nothing when no demo data is counted.
 */
export function DemoLabel({ demo, total, testId }: { demo: number; total: number; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (demo === 0) return null;
  return (
    <p className="utrecht-paragraph koers-demo-label" data-testid={testId ?? 'demo-label'}>
      <span className="koers-badge">{t('common.demo')}</span>{' '}
      {t('demo.label', { demo: format.number(demo), total: format.number(total) })}
    </p>
  );
}
