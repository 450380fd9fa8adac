import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a socket's presence says is there, decided by the server from the socket's sign-in. */
export interface PresenceIdentity {
  id: string;
  name: string;
  /** The name of the user's municipality, if any. */
  municipality: string | null;
}

/** What a socket may do with an awareness client id. */
export type ClientClaim =
  /** The socket announced this id before, or nobody holds it: its states are accepted. */
  | 'own'
  /** Someone else (another socket, another process) holds it: its states are dropped. */
  | 'foreign';

/** What a socket claims with one entry of an awareness update. */
export interface ClaimedEntry {
  clientId: number;
  clock: number;
  /** A null state: the client is removed. */
  removal: boolean;
}

/** One entry of an awareness update. */
interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The JSON state; `null` removes the client. */
  state: string;
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Makes a socket's awareness update honest before it is applied: entries for client ids the
 * socket may not claim are dropped (so nobody can replace or remove another person's presence),
 * removals of ids the socket never announced are dropped, and the `user` of every state is set to
 * the socket's own identity (so nobody can appear as someone else); only a well-formed colour of
 * the client's choosing is kept. Returns the update to apply, or null when nothing is left. Throws
 * on a state that is not a JSON object or null (the caller closes the socket).
 */
export function bindPresence(
  update: Uint8Array,
  claim: (entry: ClaimedEntry) => ClientClaim,
  identity: PresenceIdentity,
): Uint8Array | null {
  const kept: AwarenessEntry[] = [];
  for (const entry of decodeEntries(update)) {
    const removal = entry.state === 'null';
    if (claim({ clientId: entry.clientId, clock: entry.clock, removal }) === 'foreign') continue;
    kept.push(removal ? entry : { ...entry, state: withIdentity(entry.state, identity) });
  }
  return kept.length > 0 ? encodeEntries(kept) : null;
}

function withIdentity(json: string, identity: PresenceIdentity): string {
  const state: unknown = JSON.parse(json);
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new Error('awareness state is not an object');
  }
  const claimed = (state as { user?: { color?: unknown } }).user;
  const color =
    typeof claimed?.color === 'string' && HEX_COLOUR.test(claimed.color) ? claimed.color : undefined;
  return JSON.stringify({ ...state, user: { ...identity, ...(color ? { color } : {}) } });
}

function decodeEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: decoding.readVarString(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
  return entries;
}

/** The same layout y-protocols' `encodeAwarenessUpdate` writes. */
function encodeEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
