import { useTranslation } from 'react-i18next';
import { percentOf } from './realityText';
import type { ItemReality as ItemRealityFigures } from './useRoadmapReality';

/**
 * One item's reality in full sentences: per linked standard how many of the municipalities it
 * applies to adopted (and which municipalities those are: under a programme's obligation, or all),
 * how many are overdue, per linked quick win its rollout, and whether the item is late.
 */
export function ItemReality({
  reality,
  endYear,
}: {
  reality: ItemRealityFigures | undefined;
  endYear: number;
}) {
  const { t } = useTranslation();
  if (!reality || (reality.standards.length === 0 && reality.initiatives.length === 0 && !reality.late))
    return null;
  return (
    <section aria-labelledby={`reality-${reality.itemId}`} data-testid="item-reality-panel">
      <h3 id={`reality-${reality.itemId}`} className="utrecht-heading-3">
        {t('roadmapEditor.reality.itemTitle')}
      </h3>
      {reality.late && (
        <p className="utrecht-paragraph koers-late-note">
          <strong>{t('roadmapEditor.reality.lateItem', { year: endYear })}</strong>
        </p>
      )}
      <ul className="utrecht-unordered-list">
        {reality.standards.map((s) => (
          <li key={s.standard.id}>
            {/* Plain text: the list of linked standards below links each one already. */}
            {s.standard.name}
            {': '}
            {t(
              s.basis === 'OBLIGATION'
                ? 'roadmapEditor.reality.basisObligation'
                : 'roadmapEditor.reality.basisAll',
              {
                adopted: s.adopted,
                applicable: s.applicable,
                percent: percentOf(s.adopted, s.applicable) ?? 0,
              },
            )}
            {s.hasDeadline
              ? s.overdue > 0 && ` · ${t('roadmapEditor.reality.overdue', { count: s.overdue })}`
              : s.basis === 'OBLIGATION' && ` · ${t('roadmapEditor.reality.noDeadline')}`}
            {s.demo > 0 && ` · ${t('roadmapEditor.reality.demo', { count: s.demo })}`}
          </li>
        ))}
        {reality.initiatives.map((r) => (
          <li key={r.initiative.id}>
            {t('roadmapEditor.reality.rolloutItem', {
              title: r.initiative.title,
              live: r.live,
              participants: r.participants,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
