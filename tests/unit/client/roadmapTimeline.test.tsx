// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  addLane,
  addMilestone,
  readRoadmap,
  removeMilestone,
  setMeta,
  updateMilestone,
} from '../../../common/roadmapDocument';
import { RoadmapTimeline } from '../../../client/src/features/roadmapEditor/RoadmapTimeline';
import { useRoadmapContent } from '../../../client/src/features/roadmapEditor/useRoadmapContent';
import { i18n } from '../../../client/src/i18n';

const period = { startYear: 2025, endYear: 2034 };

function buildDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    setMeta(doc, { title: 'Test', ...period });
    addLane(doc, { id: 'zaak', title: 'Zaakgericht werken' });
    addItem(doc, {
      id: 'zgw',
      title: 'ZGW API’s',
      laneId: 'zaak',
      startYear: 2027,
      endYear: 2029,
      status: 'IN_PROGRESS',
      standardIds: [],
      owner: null,
    });
    addMilestone(doc, { id: 'live', title: 'Livegang', date: '2028-03-01' });
  });
  return doc;
}

/** The timeline on a live document, as the editor renders it. */
function Timeline({
  doc,
  canEdit,
  selectedMilestoneId = null,
  onSelectMilestone = () => undefined,
}: {
  doc: Y.Doc;
  canEdit: boolean;
  selectedMilestoneId?: string | null;
  onSelectMilestone?: (milestoneId: string) => void;
}) {
  const content = useRoadmapContent(doc);
  return (
    <RoadmapTimeline
      doc={doc}
      content={content}
      period={period}
      canEdit={canEdit}
      selectedItemId={null}
      editorsByItem={new Map()}
      changes={new Map()}
      onSelect={() => undefined}
      selectedMilestoneId={selectedMilestoneId}
      onSelectMilestone={onSelectMilestone}
      now={new Date('2026-07-02T00:00:00Z')}
    />
  );
}

const spanOf = (doc: Y.Doc) => {
  const item = readRoadmap(doc).items[0]!;
  return `${item.startYear}–${item.endYear}`;
};

beforeAll(() => {
  // jsdom has no pointer capture; the drag hook only needs the call to exist.
  HTMLElement.prototype.setPointerCapture = vi.fn();
});
beforeEach(() => i18n.changeLanguage('nl'));
afterEach(cleanup);

describe('RoadmapTimeline', () => {
  it('shows every item as a bar named with its years and status, and marks today', () => {
    render(<Timeline doc={buildDoc()} canEdit />);
    expect(screen.getByRole('button', { name: 'ZGW API’s, 2027–2029, Bezig' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Zaakgericht werken' })).toBeTruthy();
    expect(screen.getByText('Vandaag')).toBeTruthy();
    // The legend names each status in words, next to its pattern and icon.
    for (const label of ['Gepland', 'Bezig', 'Afgerond', 'Risico'])
      expect(screen.getByText(label)).toBeTruthy();
  });

  it('moves and resizes an item in the document with the arrow keys', () => {
    const doc = buildDoc();
    render(<Timeline doc={doc} canEdit />);
    const bar = screen.getByRole('button', { name: /^ZGW API’s/ });
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    expect(spanOf(doc)).toBe('2028–2030');
    fireEvent.keyDown(bar, { key: 'ArrowRight', shiftKey: true });
    expect(spanOf(doc)).toBe('2028–2031');
    fireEvent.keyDown(bar, { key: 'ArrowLeft', shiftKey: true, ctrlKey: true });
    expect(spanOf(doc)).toBe('2027–2031');
    expect(screen.getByRole('button', { name: /^ZGW API’s, 2027–2031/ })).toBeTruthy();
    expect(screen.getByText('ZGW API’s: nu 2027–2031')).toBeTruthy();
  });

  it('moves an item by a pointer drag, snapped to whole years, in one change', () => {
    const doc = buildDoc();
    const updates = vi.fn();
    doc.on('update', updates);
    const { container } = render(<Timeline doc={doc} canEdit />);
    const track = container.querySelector('.koers-lane__items')!.parentElement!;
    vi.spyOn(track, 'getBoundingClientRect').mockReturnValue({ width: 1000 } as DOMRect);
    const bar = screen.getByRole('button', { name: /^ZGW API’s/ });
    fireEvent.pointerDown(bar, { button: 0, pointerId: 1, clientX: 300 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 420 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 540 });
    expect(spanOf(doc)).toBe('2027–2029');
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 540 });
    expect(spanOf(doc)).toBe('2029–2031');
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('changes nothing for a read-only user and shows no edit controls', () => {
    const doc = buildDoc();
    const { container } = render(<Timeline doc={doc} canEdit={false} />);
    const bar = screen.getByRole('button', { name: /^ZGW API’s/ });
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    fireEvent.pointerDown(bar, { button: 0, pointerId: 1, clientX: 300 });
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 700 });
    expect(spanOf(doc)).toBe('2027–2029');
    expect(screen.queryByRole('button', { name: /hernoemen/ })).toBeNull();
    expect(container.querySelector('.koers-item__edge')).toBeNull();
    expect(bar.getAttribute('aria-describedby')).toBeNull();
  });

  it('renames a lane in the document', () => {
    const doc = buildDoc();
    render(<Timeline doc={doc} canEdit />);
    fireEvent.click(screen.getByRole('button', { name: 'Baan ‘Zaakgericht werken’ hernoemen' }));
    fireEvent.change(screen.getByLabelText('Naam van de baan'), { target: { value: 'Zaken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(readRoadmap(doc).lanes).toEqual([{ id: 'zaak', title: 'Zaken' }]);
    expect(screen.getByRole('heading', { name: 'Zaken' })).toBeTruthy();
  });

  it('gives editors a button per milestone, named with its title and date, that opens it', () => {
    const onSelectMilestone = vi.fn();
    const doc = buildDoc();
    const { rerender } = render(<Timeline doc={doc} canEdit onSelectMilestone={onSelectMilestone} />);
    const marker = screen.getByRole('button', { name: 'Livegang, 1 maart 2028' });
    expect(marker.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(marker);
    expect(onSelectMilestone).toHaveBeenCalledWith('live');
    rerender(<Timeline doc={doc} canEdit selectedMilestoneId="live" onSelectMilestone={onSelectMilestone} />);
    expect(screen.getByRole('button', { name: 'Livegang, 1 maart 2028' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('shows milestones to a read-only user as text, without a button', () => {
    render(<Timeline doc={buildDoc()} canEdit={false} />);
    const list = screen.getByRole('list', { name: 'Mijlpalen' });
    expect(list.textContent).toContain('Livegang, 1 maart 2028');
    expect(screen.queryByRole('button', { name: /^Livegang/ })).toBeNull();
  });

  it('moves a milestone’s marker when its date changes in the document', () => {
    const doc = buildDoc();
    const { container } = render(<Timeline doc={doc} canEdit />);
    const left = () => (container.querySelector('[data-milestone-id="live"]') as HTMLElement).style.left;
    const before = left();
    act(() => doc.transact(() => updateMilestone(doc, 'live', { date: '2031-03-01' })));
    expect(left()).not.toBe(before);
    expect(screen.getByRole('button', { name: 'Livegang, 1 maart 2031' })).toBeTruthy();
    act(() => doc.transact(() => removeMilestone(doc, 'live')));
    expect(screen.queryByRole('list', { name: 'Mijlpalen' })).toBeNull();
  });

  it('lists milestones it cannot place under the timeline, openable by editors, as text for readers', () => {
    const doc = buildDoc();
    doc.transact(() => addMilestone(doc, { id: 'late', title: 'Evaluatie', date: '2040-03-01' }));
    const onSelectMilestone = vi.fn();
    const { unmount } = render(<Timeline doc={doc} canEdit onSelectMilestone={onSelectMilestone} />);
    const markers = screen.getByRole('list', { name: 'Mijlpalen' });
    expect(markers.textContent).not.toContain('Evaluatie');
    expect(screen.getByText(/Buiten de periode van deze roadmap/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Evaluatie, 1 maart 2040' }));
    expect(onSelectMilestone).toHaveBeenCalledWith('late');
    unmount();

    render(<Timeline doc={doc} canEdit={false} />);
    expect(screen.getByText('Evaluatie, 1 maart 2040')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Evaluatie/ })).toBeNull();
  });
});
