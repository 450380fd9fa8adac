import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { LaneContent } from '../../../../common/roadmapDocument';
import { AddPanel } from './AddPanel';
import { ItemForm } from './ItemForm';
import { createItem } from './roadmapEdits';
import type { YearSpan } from './timelineMath';

/** Props of {@link AddItem}. */
export interface AddItemProps {
  doc: Y.Doc;
  lanes: readonly LaneContent[];
  period: YearSpan;
  /** Called with the new item's id, to select it. */
  onAdded: (itemId: string) => void;
}

/** A button that opens the item form; saving appends the item to the document. */
export function AddItem({ doc, lanes, period, onAdded }: AddItemProps) {
  const { t } = useTranslation();
  const thisYear = Math.min(Math.max(new Date().getFullYear(), period.startYear), period.endYear);
  return (
    <AddPanel label={t('roadmapEditor.item.add')}>
      {({ close, cancel }) => (
        <ItemForm
          initial={{
            title: '',
            laneId: lanes[0]?.id ?? null,
            startYear: thisYear,
            endYear: thisYear,
            status: 'PLANNED',
            standardIds: [],
            initiativeIds: [],
            owner: null,
          }}
          lanes={lanes}
          period={period}
          submitLabel={t('roadmapEditor.item.addSubmit')}
          onSave={(values) => {
            close();
            onAdded(createItem(doc, values));
          }}
          onCancel={cancel}
        />
      )}
    </AddPanel>
  );
}
