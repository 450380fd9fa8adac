import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { AddPanel } from './AddPanel';
import { MilestoneForm } from './MilestoneForm';
import { createMilestone } from './roadmapEdits';
import { periodDays, type YearSpan } from './timelineMath';

/** Props of {@link AddMilestone}. */
export interface AddMilestoneProps {
  doc: Y.Doc;
  period: YearSpan;
  /** Called with the new milestone's id, to open it. */
  onAdded: (milestoneId: string) => void;
}

/** Today as `YYYY-MM-DD`, or the period's first day when today lies outside it. */
function suggestedDay(period: YearSpan): string {
  const today = new Date().toISOString().slice(0, 10);
  const { first, last } = periodDays(period);
  return today >= first && today <= last ? today : first;
}

/** A button that opens the milestone form; saving appends the milestone to the document. */
export function AddMilestone({ doc, period, onAdded }: AddMilestoneProps) {
  const { t } = useTranslation();
  return (
    <AddPanel label={t('roadmapEditor.milestone.add')}>
      {({ close, cancel }) => (
        <MilestoneForm
          initial={{ title: '', date: suggestedDay(period) }}
          period={period}
          submitLabel={t('roadmapEditor.milestone.addSubmit')}
          onSave={(values) => {
            close();
            onAdded(createMilestone(doc, values));
          }}
          onCancel={cancel}
        />
      )}
    </AddPanel>
  );
}
