import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Loading } from '../../components/Loading';
import { AddItem } from './AddItem';
import { AddLane } from './AddLane';
import { AddMilestone } from './AddMilestone';
import { comparisonChanges } from './comparisonChanges';
import { HistoryPanel } from './HistoryPanel';
import { ItemPanel } from './ItemPanel';
import { MilestonePanel } from './MilestonePanel';
import { RoadmapTimeline } from './RoadmapTimeline';
import type { YearSpan } from './timelineMath';
import { useItemEditors } from './useItemEditors';
import { LimitProblems } from './LimitProblems';
import { useRoadmapContent } from './useRoadmapContent';
import { useRoadmapReality } from './useRoadmapReality';
import type { RoadmapComparison } from './useRoadmapHistory';
import './editor.css';

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
 * selected item (form and comments), the milestone an editor opened, and the history. Everything
 * structural reads from and writes to `doc`; read-only users get the same view without edit
 * controls.
 */
export function RoadmapEditor(props: RoadmapEditorProps) {
  const { roadmapId, doc, awareness, canEdit, vision } = props;
  const { t } = useTranslation();
  const content = useRoadmapContent(doc);
  const reality = useRoadmapReality(roadmapId);
  const [selectedItemId, setSelectedItemId] = useState<string | null>(null);
  const [comparison, setComparison] = useState<RoadmapComparison | null>(null);
  const [selectedMilestoneId, setSelectedMilestoneId] = useState<string | null>(null);
  const selected = content.items.find((item) => item.id === selectedItemId) ?? null;
  // Only editors open milestones; one removed by someone else closes here too.
  const selectedMilestone = canEdit
    ? (content.milestones.find((milestone) => milestone.id === selectedMilestoneId) ?? null)
    : null;
  const editorsByItem = useItemEditors(awareness, canEdit ? (selected?.id ?? null) : null);
  const startYear = content.meta.startYear ?? props.period.startYear;
  const endYear = content.meta.endYear ?? props.period.endYear;
  // Stable props, so the memoised timeline skips renders that change none of them.
  const period = useMemo(() => ({ startYear, endYear }), [startYear, endYear]);
  const changes = useMemo(() => comparisonChanges(comparison), [comparison]);
  const lateItems = content.items.filter((item) => reality.byItem.get(item.id)?.late);
  const toggleItem = useCallback(
    (itemId: string) => setSelectedItemId((current) => (itemId === current ? null : itemId)),
    [],
  );
  const toggleMilestone = useCallback(
    (milestoneId: string) =>
      setSelectedMilestoneId((current) => (milestoneId === current ? null : milestoneId)),
    [],
  );

  /**
   * Closes the item panel and puts focus back on the item's bar, or on the timeline's heading when
   * the item was just removed (its bar is still in the DOM until React renders again).
   */
  function closeItem(removed = false) {
    const bar =
      selectedItemId && !removed
        ? document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"] button`)
        : null;
    (bar ?? document.getElementById('timeline-heading'))?.focus();
    setSelectedItemId(null);
  }

  /** As {@link closeItem}, for the milestone panel and the milestone's marker. */
  function closeMilestone(removed = false) {
    const marker =
      selectedMilestoneId && !removed
        ? document.querySelector<HTMLElement>(
            `[data-milestone-id="${CSS.escape(selectedMilestoneId)}"] button`,
          )
        : null;
    (marker ?? document.getElementById('timeline-heading'))?.focus();
    setSelectedMilestoneId(null);
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
        <h2 id="timeline-heading" className="utrecht-heading-2" tabIndex={-1}>
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
          changes={changes}
          reality={reality}
          onSelect={toggleItem}
          selectedMilestoneId={selectedMilestone?.id ?? null}
          onSelectMilestone={toggleMilestone}
        />
        {canEdit && <LimitProblems content={content} />}
        {canEdit && (
          <div className="koers-editor__bar">
            <AddItem doc={doc} lanes={content.lanes} period={period} onAdded={setSelectedItemId} />
            <AddMilestone doc={doc} period={period} onAdded={setSelectedMilestoneId} />
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
            reality={reality.byItem.get(selected.id)}
            onClose={closeItem}
          />
        )}
        {selectedMilestone && (
          <MilestonePanel
            key={selectedMilestone.id}
            doc={doc}
            milestone={selectedMilestone}
            period={period}
            onClose={closeMilestone}
          />
        )}
        <HistoryPanel
          roadmapId={roadmapId}
          canEdit={canEdit}
          comparison={comparison}
          onCompare={setComparison}
          lateItems={lateItems}
        />
      </div>
    </div>
  );
}
