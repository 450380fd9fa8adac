import { MAX_TITLE_LENGTH } from '../../../../common/limits';
import { isDayInPeriod, parseDay, type YearSpan } from './timelineMath';

/**
 * The editor forms' limits and checks, as pure functions so they are tested without a browser.
 * Editors on a socket are trusted to keep to the rules the GraphQL mutations enforce
 * (docs/roadmap-document.md); these are those rules on the client side.
 */

/** The fields of a milestone as its form edits them. */
export interface MilestoneFormValues {
  title: string;
  /** `YYYY-MM-DD`, as a date input gives it; empty while incomplete. */
  date: string;
}

/** What is wrong with a field, named like its message under `roadmapEditor.milestone`. */
export interface MilestoneProblems {
  title?: 'titleRequired' | 'titleTooLong';
  date?: 'dateRequired' | 'dateInvalid' | 'dateOutsidePeriod';
}

/**
 * Checks a milestone: a title (trimmed) of at most {@link MAX_TITLE_LENGTH} characters, and a real
 * date inside the roadmap's period, where the timeline can show it. Empty when all is well.
 */
export function milestoneProblems(values: MilestoneFormValues, period: YearSpan): MilestoneProblems {
  const problems: MilestoneProblems = {};
  const title = values.title.trim();
  if (!title) problems.title = 'titleRequired';
  else if (title.length > MAX_TITLE_LENGTH) problems.title = 'titleTooLong';
  if (!values.date) problems.date = 'dateRequired';
  else if (Number.isNaN(parseDay(values.date).getTime())) problems.date = 'dateInvalid';
  else if (!isDayInPeriod(values.date, period)) problems.date = 'dateOutsidePeriod';
  return problems;
}
