import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref } from './safeHref';

type CommandKey = 'bold' | 'italic' | 'heading2' | 'heading3' | 'bulletList' | 'orderedList';

interface Command {
  /** Also the name of its label under `collab.editor`. */
  key: CommandKey;
  run: (editor: Editor) => void;
}

const commands: Command[] = [
  { key: 'bold', run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'heading2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: 'heading3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: 'bulletList', run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'orderedList', run: (e) => e.chain().focus().toggleOrderedList().run() },
];

function activeStates(editor: Editor) {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    link: editor.isActive('link'),
    href: String(editor.getAttributes('link').href ?? ''),
  };
}

/** Props of {@link RichTextToolbar}. */
export interface RichTextToolbarProps {
  editor: Editor;
  /** Name of the text the toolbar formats, e.g. "Visie". */
  label: string;
  /** id of the editable element, for aria-controls. */
  controls: string;
}

/**
 * Formatting buttons in an ARIA toolbar: one tab stop, arrow keys move between buttons (the WAI-ARIA
 * toolbar pattern), each toggle says whether it is on with aria-pressed.
 */
export function RichTextToolbar({ editor, label, controls }: RichTextToolbarProps) {
  const { t } = useTranslation();
  const active = useEditorState({ editor, selector: ({ editor: current }) => activeStates(current) });
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [linkError, setLinkError] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const linkFieldId = useId();
  const linkErrorId = useId();
  const count = commands.length + 1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: focusIndex + 1,
      ArrowLeft: focusIndex - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + count) % count;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  function openLink() {
    setHref(active.href);
    setLinkError(false);
    setLinkOpen(true);
  }

  function applyLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!isSafeHref(value)) {
      setLinkError(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    setLinkOpen(false);
  }

  return (
    <>
      <div
        className="koers-rich-text__toolbar"
        role="toolbar"
        aria-label={t('collab.editor.toolbar', { label })}
        aria-controls={controls}
        onKeyDown={onKeyDown}
      >
        {commands.map((command, index) => (
          <button
            key={command.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={active[command.key]}
            onFocus={() => setFocusIndex(index)}
            onClick={() => command.run(editor)}
          >
            {t(`collab.editor.${command.key}`)}
          </button>
        ))}
        <button
          ref={(element) => {
            buttons.current[commands.length] = element;
          }}
          type="button"
          tabIndex={focusIndex === commands.length ? 0 : -1}
          aria-expanded={linkOpen}
          onFocus={() => setFocusIndex(commands.length)}
          onClick={() => (linkOpen ? setLinkOpen(false) : openLink())}
        >
          {active.link ? t('collab.editor.editLink') : t('collab.editor.link')}
        </button>
      </div>
      {linkOpen && (
        <form className="koers-rich-text__link-form" onSubmit={applyLink}>
          <label htmlFor={linkFieldId}>{t('collab.editor.linkAddress')}</label>
          <input
            id={linkFieldId}
            type="text"
            inputMode="url"
            className="utrecht-textbox"
            value={href}
            autoFocus
            aria-invalid={linkError || undefined}
            aria-describedby={linkError ? linkErrorId : undefined}
            onChange={(event) => setHref(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
          />
          {linkError && (
            <p id={linkErrorId} className="koers-rich-text__link-error">
              {t('collab.editor.linkInvalid')}
            </p>
          )}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('collab.editor.linkApply')}
          </button>
        </form>
      )}
    </>
  );
}
