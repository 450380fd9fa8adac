import { Button } from '@utrecht/button-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { LaneContent } from '../../../../common/roadmapDocument';
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
  const [open, setOpen] = useState(false);
  const formId = useId();
  const thisYear = Math.min(Math.max(new Date().getFullYear(), period.startYear), period.endYear);
  return (
    <section className="koers-panel" aria-label={t('roadmapEditor.item.add')}>
      <Button
        type="button"
        appearance={open ? 'secondary-action-button' : 'primary-action-button'}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {t('roadmapEditor.item.add')}
      </Button>
      <div id={formId} hidden={!open}>
        {open && (
          <ItemForm
            initial={{
              title: '',
              laneId: lanes[0]?.id ?? null,
              startYear: thisYear,
              endYear: thisYear,
              status: 'PLANNED',
              standardIds: [],
            }}
            lanes={lanes}
            period={period}
            submitLabel={t('roadmapEditor.item.addSubmit')}
            onSave={(values) => {
              setOpen(false);
              onAdded(createItem(doc, values));
            }}
            onCancel={() => setOpen(false)}
          />
        )}
      </div>
    </section>
  );
}
