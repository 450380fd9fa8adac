/**
 * Wire constants of the `/collab` co-editing endpoint, shared by server and client: the path,
 * document-name prefixes, y-websocket message types and the close codes the server uses.
 */

/** Path prefix of the co-editing WebSocket; the document name follows: `/collab/roadmap:<id>`. */
export const COLLAB_PATH = '/collab';

/** The kinds of co-edited documents and the prefix of their names. */
export const DocumentPrefix = {
  Roadmap: 'roadmap',
  Standard: 'standard',
  Page: 'page',
} as const;

/** One of the document kinds. */
export type DocumentKind = (typeof DocumentPrefix)[keyof typeof DocumentPrefix];

/**
 * The Y.XmlFragment that holds the rich text of each kind of co-edited document (TipTap through
 * @tiptap/extension-collaboration), shared because the server projects a page's body into search.
 * See docs/collab-documents.md.
 */
export const RichTextField = {
  /** `roadmap:<id>`: the roadmap's vision. */
  roadmap: 'vision',
  /** `standard:<id>`: the standard's long description. */
  standard: 'description',
  /** `page:<id>`: the knowledge page's body. */
  page: 'body',
} as const;

/** A parsed document name. */
export interface DocumentName {
  kind: DocumentKind;
  id: string;
}

const kinds = new Set<string>(Object.values(DocumentPrefix));

/** Parses `roadmap:<id>` and friends; null for anything else. */
export function parseDocumentName(name: string): DocumentName | null {
  const match = /^([a-z]+):([A-Za-z0-9_-]{1,64})$/.exec(name);
  if (!match || !kinds.has(match[1] as string)) return null;
  return { kind: match[1] as DocumentKind, id: match[2] as string };
}

/** The document name of a roadmap, standard description or page. */
export function documentName(kind: DocumentKind, id: string): string {
  return `${kind}:${id}`;
}

/** y-websocket message types (first varUint of every message). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

/**
 * Close codes. 4400–4499 mirror HTTP 4xx; the stock y-websocket client treats them as terminal
 * (it stops reconnecting and emits `closed`), so a client that wants to continue with its new
 * rights calls `provider.connect()` on {@link CloseCode.AccessChanged}.
 */
export const CloseCode = {
  /** The message could not be decoded (garbage, truncated, unknown type). */
  BadMessage: 4400,
  /** The token was revoked (logout) or expired: sign in again. */
  Unauthenticated: 4401,
  /** The viewer's access to this document changed (membership): reconnect to get the new rights. */
  AccessChanged: 4403,
  /** The document no longer exists. */
  NotFound: 4404,
  /** The server is shutting down; reconnect to another process or later. */
  GoingAway: 1001,
  /** A frame larger than {@link MAX_MESSAGE_BYTES} (set by the ws library). */
  TooLarge: 1009,
} as const;

/** The largest message the server accepts; larger frames close that connection with 1009. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
