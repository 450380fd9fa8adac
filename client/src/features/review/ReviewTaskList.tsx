import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormatters } from '../../i18n/format';
import { useViewer } from '../auth/AuthContext';
import { useReviewTasks } from './useReviewTasks';

/**
 * "Te beoordelen": the open review tasks after new versions of followed standards — of one
 * municipality (its scorecard) or of those the viewer reports for (the home page). Editors confirm
 * that the status still holds here, or report a new one on the scorecard. Renders nothing when
 * there are none.
 */
export function ReviewTaskList({ municipalityId }: { municipalityId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { tasks, error, confirm } = useReviewTasks(municipalityId, viewer !== null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>();
  if (error || !tasks) return null;

  async function confirmTask(task: NonNullable<typeof tasks>[number]) {
    setFailure(undefined);
    try {
      await confirm(task);
      setStatus(
        t('review.confirmed', { standard: task.standard.name, municipality: task.municipality.name }),
      );
      document.getElementById('review-heading')?.focus();
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section aria-labelledby="review-heading" className="koers-review-tasks">
      {tasks.length > 0 && (
        <>
          <h2 id="review-heading" className="utrecht-heading-2" tabIndex={-1}>
            {t('review.heading', { count: tasks.length })}
          </h2>
          {failure !== undefined && <ErrorMessage error={failure} />}
          <ul className="utrecht-unordered-list">
            {tasks.map((task) => (
              <li key={task.id} className="utrecht-unordered-list__item">
                {t('review.task', {
                  standard: task.standard.name,
                  version: task.version,
                  municipality: task.municipality.name,
                  date: format.date(task.openedAt.slice(0, 10)),
                })}{' '}
                <Link className="utrecht-link" to={`/gemeenten/${task.municipality.code}`}>
                  {t('review.update', { standard: task.standard.name })}
                </Link>{' '}
                {task.viewerCanEdit && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => void confirmTask(task)}
                  >
                    {t('review.confirm', { standard: task.standard.name })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </section>
  );
}
