import { Button } from '@utrecht/button-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';

/** Props of {@link LaneActions}. */
export interface LaneActionsProps {
  lane: { id: string; title: string };
  /** The lane's place in the list (0-based) and the number of lanes. */
  index: number;
  count: number;
  /** How many items the lane holds: a lane with items asks where they go before it is removed. */
  itemCount: number;
  /** The other lanes, which can take its items. */
  otherLanes: readonly { id: string; title: string }[];
  onMove: (laneId: string, toIndex: number) => void;
  onRemove: (laneId: string, itemsTo: string | null) => void;
}

/**
 * An editor's buttons for one lane: move up, move down (plain buttons, so the keyboard works as
 * well as the mouse) and remove. Removing asks first, and for a lane with items also where the
 * items go (another lane, or none): an item is never removed with its lane.
 */
export function LaneActions({
  lane,
  index,
  count,
  itemCount,
  otherLanes,
  onMove,
  onRemove,
}: LaneActionsProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [confirming, setConfirming] = useState(false);
  const [target, setTarget] = useState('');
  const firstRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) firstRef.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div
        className="koers-lane__confirm"
        ref={firstRef}
        role="group"
        aria-label={t('roadmapEditor.lanes.removeLabel', { title: lane.title })}
      >
        {itemCount > 0 && (
          <SelectField
            id={selectId}
            label={t('roadmapEditor.lanes.itemsTo', { count: itemCount })}
            value={target}
            options={[
              { value: '', label: t('roadmapEditor.lanes.noLane') },
              ...otherLanes.map((other) => ({ value: other.id, label: other.title })),
            ]}
            onChange={setTarget}
          />
        )}
        <div className="koers-form__actions">
          <Button
            type="button"
            appearance="primary-action-button"
            onClick={() => onRemove(lane.id, target || null)}
          >
            {t('roadmapEditor.lanes.removeConfirm', { title: lane.title })}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('roadmapEditor.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="koers-lane__actions" data-lane-actions={lane.id}>
      <Button
        type="button"
        appearance="subtle-button"
        data-action="up"
        disabled={index === 0}
        aria-label={t('roadmapEditor.lanes.moveUpLabel', { title: lane.title })}
        onClick={() => onMove(lane.id, index - 1)}
      >
        {t('roadmapEditor.lanes.moveUp')}
      </Button>
      <Button
        type="button"
        appearance="subtle-button"
        data-action="down"
        disabled={index === count - 1}
        aria-label={t('roadmapEditor.lanes.moveDownLabel', { title: lane.title })}
        onClick={() => onMove(lane.id, index + 1)}
      >
        {t('roadmapEditor.lanes.moveDown')}
      </Button>
      <Button
        type="button"
        appearance="subtle-button"
        aria-label={t('roadmapEditor.lanes.removeLabel', { title: lane.title })}
        onClick={() => setConfirming(true)}
      >
        {t('roadmapEditor.lanes.remove')}
      </Button>
    </div>
  );
}
