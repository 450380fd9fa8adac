/** What every participant announces about themselves in a document's awareness (`user` field). */
export interface CollabUser {
  /** The user's id, so one person in two tabs shows once. */
  id: string;
  name: string;
  /** Name of the person's municipality, or null (e.g. national staff). */
  municipality: string | null;
  /** `#rrggbb`, dark enough for white text (at least 4.5:1), used for avatars and carets. */
  color: string;
}

// Every colour has a contrast of at least 4.5:1 against white, so caret labels and initials on it
// meet WCAG AA; #rrggbb because the caret extension accepts only that form.
const palette = ['#0b5394', '#8a1c7c', '#166534', '#9f1239', '#5b21b6', '#854d0e', '#0f766e', '#b42318'];

/** A stable colour per user id, so someone keeps their colour across pages and sessions. */
export function colorForUser(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] as string;
}

const MAX_TEXT = 120;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : null;
}

/**
 * Reads the `user` field of an awareness state sent by another browser. Awareness is relayed as
 * is, so a state is untrusted input: anything malformed is dropped instead of rendered.
 */
export function parseCollabUser(state: unknown, clientId: number): CollabUser | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const fields = user as Record<string, unknown>;
  const name = text(fields.name);
  if (!name) return null;
  const color =
    typeof fields.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(fields.color) ? fields.color : null;
  const id = text(fields.id) ?? `client-${clientId}`;
  return { id, name, municipality: text(fields.municipality), color: color ?? colorForUser(id) };
}

/** Up to two initials of a name ("Anna de Vries" → "AV"). */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const chosen = words.length > 0 ? words : name.split(/\s+/);
  const first = chosen[0]?.[0] ?? '?';
  const last = chosen.length > 1 ? (chosen[chosen.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
