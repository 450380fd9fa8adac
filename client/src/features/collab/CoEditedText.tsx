import { CollabRichText } from './CollabRichText';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceList } from './PresenceList';
import { useCollabDocument } from './useCollabDocument';
import './collab.css';

/** Props of {@link CoEditedText}. */
export interface CoEditedTextProps {
  /** `page:<id>`, `standard:<id>`, … */
  docName: string;
  /** The document's rich-text fragment, from {@link RichTextField}. */
  field: string;
  /** Visible label of the text. */
  label: string;
  /** `viewerCanEdit` from the server. */
  canEdit: boolean;
  /** Called when the server says the viewer's access changed; refetch `viewerCanEdit`. */
  onAccessChanged?: () => void;
}

/** One live co-edited rich text with its connection status and who is there: a whole document. */
export function CoEditedText({ docName, field, label, canEdit, onAccessChanged }: CoEditedTextProps) {
  const collab = useCollabDocument(docName, { canEdit, onAccessChanged });
  return (
    <div className="koers-co-edited">
      <div className="koers-collab-bar">
        <ConnectionStatus collab={collab} />
        <PresenceList awareness={collab.awareness} />
      </div>
      <CollabRichText
        doc={collab.doc}
        field={field}
        awareness={collab.awareness}
        editable={collab.canEdit}
        label={label}
      />
    </div>
  );
}
