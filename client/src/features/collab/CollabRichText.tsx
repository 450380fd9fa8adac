import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { RichTextToolbar } from './RichTextToolbar';
import { isSafeHref } from './safeHref';
import './collab.css';

/** Which rich text to edit: a fragment, or a document and the name of its fragment. */
export type RichTextSource = { fragment: Y.XmlFragment } | { doc: Y.Doc; field: string };

/** Props of {@link CollabRichText}. */
export type CollabRichTextProps = RichTextSource & {
  /** Presence for others' carets and selections; null shows none (and sends no caret). */
  awareness: Awareness | null;
  /** False shows the text live without any edit control. */
  editable: boolean;
  /** Visible label of the text box, e.g. "Visie". */
  label: string;
};

function fragmentOf(source: RichTextSource): Y.XmlFragment {
  return 'fragment' in source ? source.fragment : source.doc.getXmlFragment(source.field);
}

/**
 * Rich text co-edited live through Yjs (TipTap: headings, lists, bold, italic, safe links; no raw
 * HTML: only the editor's schema can be stored), with others' carets labelled by name.
 */
export function CollabRichText(props: CollabRichTextProps) {
  const { awareness, editable, label } = props;
  const fragment = fragmentOf(props);
  const labelId = useId();
  const contentId = useId();

  const editor = useEditor(
    {
      editable,
      // TipTap would add its base styles as an inline <style>, which the Content-Security-Policy
      // refuses; the same rules are in collab.css.
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3] },
          // Yjs keeps the history: the Collaboration extension brings undo/redo per user.
          undoRedo: false,
          // It would append a paragraph in every browser that opens the text, readers included.
          trailingNode: false,
          codeBlock: false,
          link: {
            openOnClick: false,
            autolink: true,
            protocols: ['mailto'],
            defaultProtocol: 'https',
            isAllowedUri: (url) => isSafeHref(url),
            HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
          },
        }),
        Collaboration.configure({ fragment }),
        ...(awareness
          ? [
              CollaborationCaret.configure({
                provider: { awareness },
                user: (awareness.getLocalState()?.user as Record<string, unknown> | undefined) ?? {},
              }),
            ]
          : []),
      ],
      editorProps: { attributes: textboxAttributes(labelId, contentId, editable) },
    },
    [fragment, awareness],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes: textboxAttributes(labelId, contentId, editable) } });
  }, [editor, editable, labelId, contentId]);

  return (
    <div className={`koers-rich-text${editable ? '' : ' koers-rich-text--readonly'}`}>
      <p id={labelId} className="koers-rich-text__label">
        {label}
      </p>
      {editable && <RichTextToolbar editor={editor} label={label} controls={contentId} />}
      <EditorContent editor={editor} className="koers-rich-text__content" />
    </div>
  );
}

function textboxAttributes(labelId: string, contentId: string, editable: boolean): Record<string, string> {
  return {
    id: contentId,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    'aria-readonly': String(!editable),
  };
}
