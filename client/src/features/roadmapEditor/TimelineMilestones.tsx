import { Button } from '@utrecht/button-react';
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
 * Milestones the timeline cannot place (a date outside the period, e.g. after the period was
 * shortened, or not a date) are listed under it, so they can still be found and corrected.
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
  const placed: Array<MilestoneContent & { left: number }> = [];
  const outside: MilestoneContent[] = [];
  for (const milestone of milestones) {
    const left = dateToPercent(parseDay(milestone.date), period);
    if (left === null) outside.push(milestone);
    else placed.push({ ...milestone, left });
  }
  if (milestones.length === 0) return null;
  const pressed = (milestone: MilestoneContent) => milestone.id === selectedMilestoneId;
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
                  aria-pressed={pressed(milestone)}
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
      {outside.length > 0 && (
        <div className="koers-milestones__outside">
          <p className="utrecht-paragraph">{t('roadmapEditor.milestone.outsidePeriod')}</p>
          <ul className="utrecht-unordered-list">
            {outside.map((milestone) => {
              const day = parseDay(milestone.date);
              const label = `${milestone.title}, ${day ? format.date(milestone.date) : milestone.date}`;
              return (
                <li
                  key={milestone.id}
                  className="utrecht-unordered-list__item"
                  data-milestone-id={milestone.id}
                >
                  {canEdit ? (
                    <Button
                      appearance="subtle-button"
                      aria-pressed={pressed(milestone)}
                      onClick={() => onSelect(milestone.id)}
                    >
                      {label}
                    </Button>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
