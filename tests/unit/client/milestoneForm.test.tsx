// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addMilestone, readRoadmap, setMeta } from '../../../common/roadmapDocument';
import { AddMilestone } from '../../../client/src/features/roadmapEditor/AddMilestone';
import { MilestonePanel } from '../../../client/src/features/roadmapEditor/MilestonePanel';
import { i18n } from '../../../client/src/i18n';

const period = { startYear: 2025, endYear: 2034 };

function docWithMilestone(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    setMeta(doc, { title: 'Test', ...period });
    addMilestone(doc, { id: 'live', title: 'Livegang', date: '2028-03-01' });
  });
  return doc;
}

/** The text of the messages an input points at with aria-describedby. */
function errorOf(input: HTMLElement): string | undefined {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || undefined;
}

beforeEach(() => i18n.changeLanguage('nl'));
afterEach(cleanup);

describe('AddMilestone', () => {
  it('says next to each field what is wrong, and adds nothing until both are right', () => {
    const doc = new Y.Doc();
    const onAdded = vi.fn();
    render(<AddMilestone doc={doc} period={period} onAdded={onAdded} />);
    const toggle = screen.getByRole('button', { name: 'Mijlpaal toevoegen' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const title = screen.getByLabelText('Titel van de mijlpaal');
    const date = screen.getByLabelText('Datum (tussen 2025 en 2034)');
    expect(date.getAttribute('min')).toBe('2025-01-01');
    expect(date.getAttribute('max')).toBe('2034-12-31');

    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.change(date, { target: { value: '2036-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal opslaan' }));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(title)).toBe('Vul een titel voor de mijlpaal in.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(date)).toBe(
      'Kies een datum in de periode van deze roadmap: tussen 1 januari 2025 en 31 december 2034.',
    );
    expect(document.activeElement).toBe(title);
    expect(readRoadmap(doc).milestones).toEqual([]);

    fireEvent.change(title, { target: { value: ' Livegang ' } });
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal opslaan' }));
    expect(title.getAttribute('aria-invalid')).toBeNull();
    expect(errorOf(date)).toBe('Vul een datum in.');
    expect(document.activeElement).toBe(date);

    const updates = vi.fn();
    doc.on('update', updates);
    fireEvent.change(date, { target: { value: '2028-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal opslaan' }));
    const [added] = readRoadmap(doc).milestones;
    expect(added).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
      title: 'Livegang',
      date: '2028-03-01',
    });
    expect(updates).toHaveBeenCalledTimes(1);
    expect(onAdded).toHaveBeenCalledWith(added!.id);
    expect(screen.queryByLabelText('Titel van de mijlpaal')).toBeNull();
  });

  it('puts focus back on its button when cancelled', () => {
    render(<AddMilestone doc={new Y.Doc()} period={period} onAdded={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: 'Mijlpaal toevoegen' });
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});

describe('MilestonePanel', () => {
  function renderPanel(doc: Y.Doc, onClose = vi.fn()) {
    const milestone = readRoadmap(doc).milestones[0]!;
    render(<MilestonePanel doc={doc} milestone={milestone} period={period} onClose={onClose} />);
    return onClose;
  }

  it('changes only the field the user edited, in one change', () => {
    const doc = docWithMilestone();
    renderPanel(doc);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Mijlpaal: Livegang' }));
    const updates = vi.fn();
    doc.on('update', updates);
    // Someone else renames it meanwhile; saving the date keeps their title.
    doc.transact(() => doc.getArray<Y.Map<unknown>>('milestones').get(0).set('title', 'Livegang regio'));
    updates.mockClear();
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2030-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(readRoadmap(doc).milestones).toEqual([
      { id: 'live', title: 'Livegang regio', date: '2030-05-01' },
    ]);
    expect(updates).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Mijlpaal opgeslagen.');
  });

  it('refuses a date outside the period next to the field', () => {
    const doc = docWithMilestone();
    renderPanel(doc);
    const date = screen.getByLabelText(/^Datum/);
    fireEvent.change(date, { target: { value: '2024-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(date)).toContain('tussen 1 januari 2025 en 31 december 2034');
    expect(readRoadmap(doc).milestones[0]!.date).toBe('2028-03-01');
  });

  it('removes the milestone only after a confirmation, never losing focus', () => {
    const doc = docWithMilestone();
    const onClose = renderPanel(doc);
    const remove = screen.getByRole('button', { name: 'Mijlpaal verwijderen' });
    fireEvent.click(remove);
    expect(readRoadmap(doc).milestones).toHaveLength(1);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Ja, verwijder mijlpaal ‘Livegang’' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mijlpaal verwijderen' }));

    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijder mijlpaal ‘Livegang’' }));
    expect(readRoadmap(doc).milestones).toEqual([]);
    expect(onClose).toHaveBeenCalledWith(true);
  });
});
