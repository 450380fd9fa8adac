import { Button } from '@utrecht/button-react';
import { LinkedPages } from '../knowledge/LinkedPages';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ItemContent, LaneContent } from '../../../../common/roadmapDocument';
import { CommentsPanel } from './CommentsPanel';
import { ConfirmRemove } from './ConfirmRemove';
import { ItemForm } from './ItemForm';
import { StandardName } from './StandardName';
import { ItemReality } from './ItemReality';
import type { ItemReality as ItemRealityFigures } from './useRoadmapReality';
import { changeItem, deleteItem } from './roadmapEdits';
import type { YearSpan } from './timelineMath';
import type { ItemEditor } from './useItemEditors';
import { useStatusLabel } from './useStatusLabel';

/** Props of {@link ItemPanel}. */
export interface ItemPanelProps {
  doc: Y.Doc;
  roadmapId: string;
  item: ItemContent;
  lanes: readonly LaneContent[];
  period: YearSpan;
  canEdit: boolean;
  editors: readonly ItemEditor[];
  reality?: ItemRealityFigures;
  /** Closes the panel; `removed` when the item was just deleted. */
  onClose: (removed?: boolean) => void;
}

/**
 * The selected item: its facts and who else has it open, for editors the form that changes it
 * (and removal, after a confirmation), and for everyone its comments.
 */
export function ItemPanel({
  doc,
  roadmapId,
  item,
  lanes,
  period,
  canEdit,
  editors,
  reality,
  onClose,
}: ItemPanelProps) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  const lane = lanes.find((candidate) => candidate.id === item.laneId);

  useEffect(() => headingRef.current?.focus(), [item.id]);

  return (
    <section className="koers-panel koers-item-panel" aria-labelledby={`item-${item.id}`}>
      <h2 id={`item-${item.id}`} ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {item.title}
      </h2>
      <p className="utrecht-paragraph">
        {item.startYear}–{item.endYear} · {statusLabel(item.status)} · {lane?.title ?? t('roadmap.noLane')}
      </p>
      {item.owner && (
        <p className="utrecht-paragraph">{t('roadmapEditor.item.ownerShown', { owner: item.owner })}</p>
      )}
      <ItemReality reality={reality} endYear={item.endYear} />
      {!canEdit && item.standardIds.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('roadmapEditor.item.standards')}</h3>
          <ul className="utrecht-unordered-list">
            {item.standardIds.map((id) => (
              <li key={id}>
                <StandardName id={id} link />
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkedPages kind="ROADMAP_ITEM" id={`${roadmapId}:${item.id}`} level={3} />
      {editors.length > 0 && (
        <p className="utrecht-paragraph koers-note">
          {t('roadmapEditor.presence.alsoEditing', {
            names: editors.map((editor) => editor.name).join(', '),
          })}
        </p>
      )}
      {canEdit && (
        <>
          <ItemForm
            initial={{ ...item, standardIds: [...item.standardIds], initiativeIds: [...item.initiativeIds] }}
            lanes={lanes}
            period={period}
            submitLabel={t('roadmapEditor.save')}
            onSave={(_values, changed) => {
              changeItem(doc, item.id, changed);
              setSaved(true);
            }}
          />
          <p className="utrecht-paragraph" role="status">
            {saved ? t('roadmapEditor.item.saved') : ''}
          </p>
          <ConfirmRemove
            label={t('roadmapEditor.item.delete')}
            confirmLabel={t('roadmapEditor.item.confirmDelete', { title: item.title })}
            onRemove={() => {
              deleteItem(doc, item.id);
              onClose(true);
            }}
          />
        </>
      )}
      <CommentsPanel roadmapId={roadmapId} itemId={item.id} canEdit={canEdit} />
      <Button type="button" appearance="subtle-button" onClick={() => onClose()}>
        {t('roadmapEditor.item.close')}
      </Button>
    </section>
  );
}
