import { useTranslation } from 'react-i18next';
import { useRealityPhrases } from './realityText';
import type { RoadmapReality } from './useRoadmapReality';

/**
 * The whole roadmap's plan versus reality in one line, with what the figures count (the
 * denominator, overdue, late) explained once below it. A live region: a new adoption elsewhere is
 * read out politely.
 */
export function RealitySummary({ reality }: { reality: RoadmapReality | null }) {
  const { t } = useTranslation();
  const realityPhrases = useRealityPhrases();
  if (!reality) return null;
  const linked = reality.items.some((item) => item.standards.length > 0 || item.initiatives.length > 0);
  return (
    <div className="koers-reality-summary" data-testid="roadmap-reality">
      <p className="utrecht-paragraph" aria-live="polite">
        <strong>{t('roadmapEditor.reality.summaryTitle')}: </strong>
        {linked || reality.totals.late > 0
          ? t('roadmapEditor.reality.roadmapSummary', {
              text: realityPhrases(reality.totals, { withItems: true }).join(' · '),
            })
          : t('roadmapEditor.reality.nothingLinked')}
      </p>
      <p className="utrecht-paragraph koers-note">{t('roadmapEditor.reality.explain')}</p>
    </div>
  );
}
