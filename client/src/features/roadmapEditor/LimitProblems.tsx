import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapContent } from '../../../../common/roadmapDocument';
import { withinLimits, type RoadmapProblem } from '../../../../common/roadmapLimits';

/** Props of {@link LimitProblems}. */
export interface LimitProblemsProps {
  content: RoadmapContent;
}

/** Longest part of an entry's title shown in a problem line. */
const SHOWN_TITLE = 60;

/**
 * Tells the writers what in the document falls outside the limits the server applies to overviews
 * and search (common/roadmapLimits.ts), with the same check the projection runs: a title that gets
 * cut, a status that is dropped, an item with impossible years that is left out. The editor's own
 * forms keep to the limits; this shows what another client wrote.
 */
export function LimitProblems({ content }: LimitProblemsProps) {
  const { t } = useTranslation();
  const problems = useMemo(() => withinLimits(content).problems, [content]);
  if (problems.length === 0) return null;
  const what = (problem: RoadmapProblem) => {
    const entry =
      problem.list === 'meta' ? null : content[problem.list].find((candidate) => candidate.id === problem.id);
    const title = entry?.title ?? '';
    const shown = title.length > SHOWN_TITLE ? `${title.slice(0, SHOWN_TITLE)}…` : title;
    return t(`roadmapEditor.limits.entry.${problem.list}`, { title: shown });
  };
  return (
    <div className="koers-editor__limits" role="status">
      <p>{t('roadmapEditor.limits.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.list}:${problem.id ?? ''}:${problem.kind}:${index}`}>
            {t(`roadmapEditor.limits.problem.${problem.kind}`, { what: what(problem) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
