import { useTranslation } from 'react-i18next';
import type { MilestoneContent } from '../../../../common/roadmapDocument';
import { useFormatters } from '../../i18n/format';
import { dateToPercent, parseDay, type YearSpan } from './timelineMath';

/** Props of {@link TimelineMilestones}. */
export interface TimelineMilestonesProps {
  milestones: readonly MilestoneContent[];
  period: YearSpan;
  canEdit: boolean;
  selectedMilestoneId: string | null;
  /** Opens (or closes) a milestone for editing; only offered when `canEdit`. */
  onSelect: (milestoneId: string) => void;
}

/**
 * The milestones as diamond markers on their dates, each named with its title and date. For
 * editors each marker is a button that opens the milestone's form; readers get plain text.
 */
export function TimelineMilestones({
  milestones,
  period,
  canEdit,
  selectedMilestoneId,
  onSelect,
}: TimelineMilestonesProps) {
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
        {placed.map((milestone) => {
          const content = (
            <>
              <span className="koers-milestone__marker" aria-hidden="true">
                ◆
              </span>
              <span className="koers-milestone__label" aria-hidden="true">
                {milestone.title}
              </span>
              {/* One text ("title, date"): a separate hidden part would be read (and named) as a
                  block of its own, with a space before the comma. */}
              <span className="koers-visually-hidden">{`${milestone.title}, ${format.date(milestone.date)}`}</span>
            </>
          );
          return (
            <li
              key={milestone.id}
              className="koers-milestone"
              style={{ left: `${milestone.left}%` }}
              data-milestone-id={milestone.id}
            >
              {canEdit ? (
                <button
                  type="button"
                  className="koers-milestone__button"
                  aria-pressed={milestone.id === selectedMilestoneId}
                  onClick={() => onSelect(milestone.id)}
                >
                  {content}
                </button>
              ) : (
                content
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
