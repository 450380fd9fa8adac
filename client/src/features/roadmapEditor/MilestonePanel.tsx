import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { MilestoneContent } from '../../../../common/roadmapDocument';
import { useFormatters } from '../../i18n/format';
import { ConfirmRemove } from './ConfirmRemove';
import { MilestoneForm } from './MilestoneForm';
import { changeMilestone, deleteMilestone } from './roadmapEdits';
import type { YearSpan } from './timelineMath';

/** Props of {@link MilestonePanel}. */
export interface MilestonePanelProps {
  doc: Y.Doc;
  milestone: MilestoneContent;
  period: YearSpan;
  /** Closes the panel; `removed` when the milestone was just deleted. */
  onClose: (removed?: boolean) => void;
}

/** The milestone an editor opened: its form, and its removal after a confirmation. */
export function MilestonePanel({ doc, milestone, period, onClose }: MilestonePanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  const headingId = `milestone-${milestone.id}`;

  useEffect(() => headingRef.current?.focus(), [milestone.id]);

  return (
    <section className="koers-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {t('roadmapEditor.milestone.heading', { title: milestone.title })}
      </h2>
      <p className="utrecht-paragraph">{format.date(milestone.date)}</p>
      <MilestoneForm
        initial={milestone}
        period={period}
        submitLabel={t('roadmapEditor.save')}
        onSave={(_values, changed) => {
          changeMilestone(doc, milestone.id, changed);
          setSaved(true);
        }}
      />
      <p className="utrecht-paragraph" role="status">
        {saved ? t('roadmapEditor.milestone.saved') : ''}
      </p>
      <ConfirmRemove
        label={t('roadmapEditor.milestone.delete')}
        confirmLabel={t('roadmapEditor.milestone.confirmDelete', { title: milestone.title })}
        onRemove={() => {
          deleteMilestone(doc, milestone.id);
          onClose(true);
        }}
      />
      <Button type="button" appearance="subtle-button" onClick={() => onClose()}>
        {t('roadmapEditor.milestone.close')}
      </Button>
    </section>
  );
}
