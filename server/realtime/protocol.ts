import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType } from '../../common/collab';

/** A decoded client message; `bad` for anything that does not decode completely. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' };

/**
 * Decodes one y-websocket message. Throws on garbage: an unknown type, a truncated varint or
 * payload, or trailing bytes; the caller closes that connection.
 */
export function decodeMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  let message: ClientMessage;
  switch (type) {
    case MessageType.Sync: {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (sub === syncProtocol.messageYjsSyncStep1) message = { type: 'syncStep1', stateVector: payload };
      else if (sub === syncProtocol.messageYjsSyncStep2) message = { type: 'syncStep2', update: payload };
      else if (sub === syncProtocol.messageYjsUpdate) message = { type: 'update', update: payload };
      else throw new Error(`unknown sync message ${sub}`);
      break;
    }
    case MessageType.Awareness:
      message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
      break;
    case MessageType.QueryAwareness:
      message = { type: 'queryAwareness' };
      break;
    case MessageType.Auth:
      message = { type: 'auth' };
      decoder.pos = data.length;
      break;
    default:
      throw new Error(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  return message;
}

/** A y-websocket sync message of `kind` (step 1, step 2 or update) around its encoded payload. */
function syncMessage(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1 carrying an encoded state vector. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return syncMessage(syncProtocol.messageYjsSyncStep1, stateVector);
}

/** Sync step 2 carrying an encoded update: what the peer misses, or the whole (cached) state. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return syncMessage(syncProtocol.messageYjsSyncStep2, update);
}

/** True for the state vector of an empty document (a client opening it for the first time). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return syncMessage(syncProtocol.messageYjsUpdate, update);
}

/** An awareness update message from an already encoded awareness update. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The awareness states of `clients` as a message (all known clients by default). */
export function encodeAwarenessStates(
  awareness: awarenessProtocol.Awareness,
  clients: number[] = [...awareness.getStates().keys()],
): Uint8Array {
  return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}
