import { MAX_VERSION_NAME_LENGTH } from '../../../../common/limits';
import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useFormatters } from '../../i18n/format';
import { ComparisonSummary } from './ComparisonSummary';
import { DriftView, type LateItem } from './DriftView';
import { useRoadmapHistory, type RoadmapComparison } from './useRoadmapHistory';

/** Props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  roadmapId: string;
  canEdit: boolean;
  comparison: RoadmapComparison | null;
  /** Shows a comparison on the timeline (null: stop comparing). */
  onCompare: (comparison: RoadmapComparison | null) => void;
  /** Items late by the figures now, for the drift view's plan versus actual. */
  lateItems: readonly LateItem[];
}

/**
 * Named versions of the roadmap: editors name the current state and restore an old one (after a
 * confirmation; a restore is a new change on top), everyone lists versions and compares one with
 * now.
 */
export function HistoryPanel({ roadmapId, canEdit, comparison, onCompare, lateItems }: HistoryPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const nameId = useId();
  const history = useRoadmapHistory(roadmapId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [confirmRestore, setConfirmRestore] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [drift, setDrift] = useState<RoadmapComparison | null>(null);

  async function saveVersion(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('roadmapEditor.history.nameRequired'));
      document.getElementById(nameId)?.focus();
      return;
    }
    setNameError(undefined);
    await history.createVersion(trimmed);
    setName('');
    setMessage(t('roadmapEditor.history.saved', { name: trimmed }));
  }

  async function restore(versionId: string, versionName: string) {
    setConfirmRestore(null);
    await history.restoreVersion(versionId);
    onCompare(null);
    setMessage(t('roadmapEditor.history.restored', { name: versionName }));
  }

  return (
    <section className="koers-panel" aria-labelledby="history-heading">
      <h2 id="history-heading" className="utrecht-heading-2">
        {t('roadmapEditor.history.title')}
      </h2>
      {history.error && <ErrorMessage error={history.error} />}
      {canEdit && (
        <form
          className="koers-form"
          onSubmit={(event) => void saveVersion(event).catch(() => undefined)}
          noValidate
        >
          <TextField
            id={nameId}
            label={t('roadmapEditor.history.name')}
            value={name}
            maxLength={MAX_VERSION_NAME_LENGTH}
            error={nameError}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="koers-form__actions">
            <Button type="submit" appearance="secondary-action-button" disabled={history.busy}>
              {t('roadmapEditor.history.save')}
            </Button>
          </div>
        </form>
      )}
      <p className="utrecht-paragraph" role="status">
        {message}
      </p>
      {!history.loading && history.versions.length === 0 && (
        <p className="utrecht-paragraph">{t('roadmapEditor.history.empty')}</p>
      )}
      <ul className="koers-panel-list">
        {history.versions.map((version) => (
          <li key={version.id} className="koers-version">
            <strong>{version.name}</strong>
            <span className="koers-note">
              {' '}
              · {format.dateTime(version.createdAt)}
              {version.createdBy && ` · ${version.createdBy.name}`}
            </span>
            <div className="koers-form__actions">
              <Button
                type="button"
                appearance="subtle-button"
                disabled={history.busy}
                aria-label={t('roadmapEditor.history.compareLabel', { name: version.name })}
                onClick={() =>
                  void history
                    .compareVersion(version.id)
                    .then(onCompare)
                    .catch(() => undefined)
                }
              >
                {t('roadmapEditor.history.compare')}
              </Button>
              <Button
                type="button"
                appearance="subtle-button"
                disabled={history.busy}
                aria-label={t('roadmapEditor.drift.openLabel', { name: version.name })}
                onClick={() =>
                  void history
                    .compareVersion(version.id)
                    .then(setDrift)
                    .catch(() => undefined)
                }
              >
                {t('roadmapEditor.drift.open')}
              </Button>
              {canEdit &&
                (confirmRestore === version.id ? (
                  <>
                    <Button
                      type="button"
                      appearance="primary-action-button"
                      onClick={() => void restore(version.id, version.name).catch(() => undefined)}
                    >
                      {t('roadmapEditor.history.confirmRestore', { name: version.name })}
                    </Button>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      onClick={() => setConfirmRestore(null)}
                    >
                      {t('roadmapEditor.cancel')}
                    </Button>
                  </>
                ) : (
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('roadmapEditor.history.restoreLabel', { name: version.name })}
                    onClick={() => setConfirmRestore(version.id)}
                  >
                    {t('roadmapEditor.history.restore')}
                  </Button>
                ))}
            </div>
          </li>
        ))}
      </ul>
      {comparison && <ComparisonSummary comparison={comparison} onClose={() => onCompare(null)} />}
      {drift && <DriftView comparison={drift} lateItems={lateItems} onClose={() => setDrift(null)} />}
    </section>
  );
}
