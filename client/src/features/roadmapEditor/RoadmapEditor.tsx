import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Loading } from '../../components/Loading';
import { AddItem } from './AddItem';
import { AddLane } from './AddLane';
import { comparisonChanges } from './comparisonChanges';
import { HistoryPanel } from './HistoryPanel';
import { ItemPanel } from './ItemPanel';
import { RoadmapTimeline } from './RoadmapTimeline';
import type { YearSpan } from './timelineMath';
import { useItemEditors } from './useItemEditors';
import { useRoadmapContent } from './useRoadmapContent';
import type { RoadmapComparison } from './useRoadmapHistory';

/** Props of {@link RoadmapEditor}. */
export interface RoadmapEditorProps {
  roadmapId: string;
  doc: Y.Doc;
  awareness: Awareness | null;
  canEdit: boolean;
  /** The server's state has arrived; until then an empty document means "still loading". */
  synced: boolean;
  /** The period from GraphQL, used until the document has synced its own. */
  period: YearSpan;
  /** The vision editor (bound to the document's `vision` fragment). */
  vision: ReactNode;
}

/**
 * The roadmap editor below the page's status bar: vision, timeline with its add forms, the
 * selected item (form and comments), and the history. Everything structural reads from and
 * writes to `doc`; read-only users get the same view without edit controls.
 */
export function RoadmapEditor(props: RoadmapEditorProps) {
  const { roadmapId, doc, awareness, canEdit, vision } = props;
  const { t } = useTranslation();
  const content = useRoadmapContent(doc);
  const [selectedItemId, setSelectedItemId] = useState<string | null>(null);
  const [comparison, setComparison] = useState<RoadmapComparison | null>(null);
  const selected = content.items.find((item) => item.id === selectedItemId) ?? null;
  const editorsByItem = useItemEditors(awareness, canEdit ? (selected?.id ?? null) : null);
  const period = {
    startYear: content.meta.startYear ?? props.period.startYear,
    endYear: content.meta.endYear ?? props.period.endYear,
  };

  /** Closes the item panel and puts focus back on the item's bar, where the user came from. */
  function closeItem() {
    if (selectedItemId)
      document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"] button`)?.focus();
    setSelectedItemId(null);
  }

  return (
    <div className="koers-editor">
      <section aria-labelledby="vision-heading">
        <h2 id="vision-heading" className="utrecht-heading-2">
          {t('roadmapEditor.vision')}
        </h2>
        {vision}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="utrecht-heading-2">
          {t('roadmap.timeline')}
        </h2>
        {!props.synced && content.items.length === 0 && content.lanes.length === 0 && <Loading />}
        <RoadmapTimeline
          doc={doc}
          content={content}
          period={period}
          canEdit={canEdit}
          selectedItemId={selected?.id ?? null}
          editorsByItem={editorsByItem}
          changes={comparisonChanges(comparison)}
          onSelect={(itemId) => setSelectedItemId(itemId === selectedItemId ? null : itemId)}
        />
        {canEdit && (
          <div className="koers-editor__bar">
            <AddItem doc={doc} lanes={content.lanes} period={period} onAdded={setSelectedItemId} />
            <AddLane doc={doc} />
          </div>
        )}
      </section>
      <div className="koers-editor__panels">
        {selected && (
          <ItemPanel
            key={selected.id}
            doc={doc}
            roadmapId={roadmapId}
            item={selected}
            lanes={content.lanes}
            period={period}
            canEdit={canEdit}
            editors={editorsByItem.get(selected.id) ?? []}
            onClose={closeItem}
          />
        )}
        <HistoryPanel
          roadmapId={roadmapId}
          canEdit={canEdit}
          comparison={comparison}
          onCompare={setComparison}
        />
      </div>
    </div>
  );
}
