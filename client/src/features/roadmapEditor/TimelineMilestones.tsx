import { useTranslation } from 'react-i18next';
import type { MilestoneContent } from '../../../../common/roadmapDocument';
import { useFormatters } from '../../i18n/format';
import { dateToPercent, parseDay, type YearSpan } from './timelineMath';

/** Props of {@link TimelineMilestones}. */
export interface TimelineMilestonesProps {
  milestones: readonly MilestoneContent[];
  period: YearSpan;
}

/** The milestones as diamond markers on their dates, each named with its title and date. */
export function TimelineMilestones({ milestones, period }: TimelineMilestonesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const placed = milestones.flatMap((milestone) => {
    const left = dateToPercent(parseDay(milestone.date), period);
    return left === null ? [] : [{ ...milestone, left }];
  });
  if (placed.length === 0) return null;
  return (
    <div className="koers-lane koers-lane--milestones">
      <div className="koers-lane__head">
        <h3 className="utrecht-heading-3 koers-lane__title">{t('roadmap.milestones')}</h3>
      </div>
      <ul className="koers-lane__track koers-milestones" aria-label={t('roadmap.milestones')}>
        {placed.map((milestone) => (
          <li key={milestone.id} className="koers-milestone" style={{ left: `${milestone.left}%` }}>
            <span className="koers-milestone__marker" aria-hidden="true">
              ◆
            </span>
            <span className="koers-milestone__label">
              {milestone.title}
              <span className="koers-visually-hidden">, {format.date(milestone.date)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
