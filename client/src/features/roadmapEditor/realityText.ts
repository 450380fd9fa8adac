import { useTranslation } from 'react-i18next';
import type { RealityTotals } from './useRoadmapReality';

/**
 * A share as a whole percentage, rounded down: 341 of 342 is 99 %, never a 100 % that is not
 * there yet. Null when there is nothing to share (no denominator).
 */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.floor((part / whole) * 100) : null;
}

/**
 * The short phrases that tell reality for an item, a lane or the roadmap: adoption share (with its
 * count), overdue municipalities, quick-win rollout, late items. Words, not colours, carry every
 * fact; the bar shows them and screen readers read them in the bar's name.
 */
export function useRealityPhrases() {
  const { t } = useTranslation();
  return (totals: RealityTotals, options: { late?: boolean; withItems?: boolean } = {}): string[] => {
    const phrases: string[] = [];
    if (options.withItems) phrases.push(t('roadmapEditor.reality.items', { count: totals.items }));
    const adoption = percentOf(totals.adopted, totals.applicable);
    if (adoption !== null)
      phrases.push(
        t('roadmapEditor.reality.adoption', {
          percent: adoption,
          adopted: totals.adopted,
          applicable: totals.applicable,
        }),
      );
    if (totals.overdue > 0) phrases.push(t('roadmapEditor.reality.overdue', { count: totals.overdue }));
    if (totals.participants > 0)
      phrases.push(
        t('roadmapEditor.reality.rollout', { live: totals.live, participants: totals.participants }),
      );
    if (totals.demo > 0) phrases.push(t('roadmapEditor.reality.demo', { count: totals.demo }));
    if (options.late) phrases.push(t('roadmapEditor.reality.late'));
    if (options.withItems && totals.late > 0)
      phrases.push(t('roadmapEditor.reality.lateItems', { count: totals.late }));
    return phrases;
  };
}
