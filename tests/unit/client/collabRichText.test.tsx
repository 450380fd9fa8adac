// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabRichText } from '../../../client/src/features/collab/CollabRichText';
import { i18n } from '../../../client/src/i18n';

/** A paragraph with linked text, as another browser's editor would have written it. */
function remoteLink(doc: Y.Doc, href: string, label: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  text.insert(0, label, { link: { href } });
}

beforeEach(async () => {
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

describe('CollabRichText', () => {
  it('is a labelled multi-line text box with a toolbar whose toggles say whether they are on', async () => {
    const doc = new Y.Doc();
    render(<CollabRichText doc={doc} field="body" awareness={null} editable label="Visie" />);
    const box = await screen.findByRole('textbox', { name: 'Visie' });
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('aria-readonly')).toBe('false');
    const toolbar = screen.getByRole('toolbar', { name: 'Opmaak van Visie' });
    const bold = screen.getByRole('button', { name: 'Vet' });
    expect(toolbar.contains(bold)).toBe(true);
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    act(() => bold.click());
    expect(screen.getByRole('button', { name: 'Vet' }).getAttribute('aria-pressed')).toBe('true');
    // One tab stop in the toolbar; arrow keys move it.
    expect(bold.tabIndex).toBe(0);
    fireEvent.keyDown(bold, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cursief' }));
    expect(bold.tabIndex).toBe(-1);
  });

  it('shows the text read-only without any edit control', async () => {
    const doc = new Y.Doc();
    remoteLink(doc, 'https://www.vng.nl/', 'VNG');
    render(<CollabRichText doc={doc} field="body" awareness={null} editable={false} label="Visie" />);
    const box = await screen.findByRole('textbox', { name: 'Visie' });
    expect(box.getAttribute('contenteditable')).toBe('false');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(screen.queryByRole('toolbar')).toBeNull();
    const link = screen.getByRole('link', { name: 'VNG' });
    expect(link.getAttribute('href')).toBe('https://www.vng.nl/');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('never renders a script link that arrived from another browser', async () => {
    const doc = new Y.Doc();
    remoteLink(doc, 'javascript:alert(1)', 'klik hier');
    render(<CollabRichText doc={doc} field="body" awareness={null} editable={false} label="Visie" />);
    await screen.findByText('klik hier');
    const anchors = [...document.querySelectorAll('a')];
    expect(anchors.map((anchor) => anchor.getAttribute('href'))).not.toContain('javascript:alert(1)');
  });

  it('refuses an unsafe address typed into the link form', async () => {
    const doc = new Y.Doc();
    render(<CollabRichText doc={doc} field="body" awareness={null} editable label="Visie" />);
    await screen.findByRole('textbox', { name: 'Visie' });
    act(() => screen.getByRole('button', { name: 'Link' }).click());
    const field = screen.getByLabelText(/Adres van de link/);
    fireEvent.change(field, { target: { value: 'javascript:alert(1)' } });
    act(() => fireEvent.submit(field.closest('form')!));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Gebruik een adres dat begint met https:\/\//)).toBeTruthy();
  });
});
