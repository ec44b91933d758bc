// @ts-check
// Protobuf encoding of tern.v1 frames: the static module pbjs generates from chat.proto
// (src/gen/chat.js, `npm run gen`, field names kept snake_case) converts between plain objects
// and messages. The API speaks plain objects with the proto's field names: uint64/int64 as JS
// numbers (seqs and times stay below 2^53), bytes as Uint8Array, enums as their names
// ("BAD_TOKEN", "PRESENCE_STATUS_ONLINE"), and a frame's oneof as
// `{request_id, kind: "send", send: {...}}`.

import protobuf from 'protobufjs/minimal.js';
import { tern } from './gen/chat.js';
import { toBytes } from './bytes.js';

// 64-bit integers as plain numbers (no Long objects, even when long.js is around) and bytes as
// plain Uint8Array (no Node Buffer): the same in Node as in the browser bundle.
function plainValues(pbjs) {
  pbjs.util.Long = null;
  pbjs.util.Buffer = null;
  pbjs.configure();
}
plainValues(protobuf);

export const pb = tern.v1;

/**
 * A frame as the library speaks it: `{request_id, kind, <kind>: {...}}`, snake_case fields, enums
 * by name. (The generated src/gen/chat.d.ts types the messages themselves, enums by number.)
 * @typedef {{request_id?: number, kind?: string | null, [field: string]: any}} Frame
 * @typedef {Uint8Array | ArrayBuffer | ArrayBufferView | number[]} BytesLike
 */

/** Plain objects with every field (defaults included), enum names, numbers, and `kind`. */
const TO_OBJECT = { enums: String, longs: Number, defaults: true, arrays: true, oneofs: true };

/** The members of a frame's oneof `kind`: its message fields, which default to null. */
const kindsOf = (T) => Object.keys(T.prototype).filter((k) => T.prototype[k] === null);
const KINDS = { ClientFrame: kindsOf(pb.ClientFrame), ServerFrame: kindsOf(pb.ServerFrame) };

/**
 * A Long, a numeric string or a number as a JS number.
 * @param {any} v
 * @returns {number}
 */
export function toNumber(v) {
  if (v == null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return Number(v);
  if (typeof v.toNumber === 'function') return v.toNumber();
  if (typeof v.low === 'number') return (v.high >>> 0) * 0x100000000 + (v.low >>> 0);
  return Number(v);
}

/**
 * @param {'ClientFrame' | 'ServerFrame'} type
 * @param {Frame} frame
 * @returns {Uint8Array}
 */
function encode(type, frame) {
  const set = KINDS[type].filter((k) => frame[k] != null);
  if (frame.kind && !set.includes(frame.kind)) throw new TypeError(`frame kind ${frame.kind} has no payload`);
  if (set.length !== 1) throw new TypeError(`a ${type} needs exactly one kind, got ${set.length ? set.join(', ') : 'none'}`);
  const T = /** @type {typeof pb.ClientFrame} */ (pb[type]); // the same calls on either class
  return T.encode(T.fromObject(frame)).finish();
}

/**
 * @param {'ClientFrame' | 'ServerFrame'} type
 * @param {BytesLike} bytes
 * @returns {Frame}
 */
function decode(type, bytes) {
  const T = /** @type {typeof pb.ClientFrame} */ (pb[type]);
  const frame = T.toObject(T.decode(bytes.constructor === Uint8Array ? /** @type {Uint8Array} */ (bytes) : toBytes(bytes)), TO_OBJECT);
  frame.kind ??= null; // a kind this build does not know
  // An error code this build does not know stays a string, as codes always are.
  if (frame.error) frame.error.code = String(frame.error.code);
  return frame;
}

/** {request_id, <kind>: {...}} -> protobuf bytes (no length prefix). @type {(frame: Frame) => Uint8Array} */
export const encodeClientFrame = (frame) => encode('ClientFrame', frame);
/** protobuf bytes -> {request_id, kind, <kind>: {...}}. @type {(bytes: BytesLike) => Frame} */
export const decodeServerFrame = (bytes) => decode('ServerFrame', bytes);
/** The server's side, for tests and mock servers. @type {(frame: Frame) => Uint8Array} */
export const encodeServerFrame = (frame) => encode('ServerFrame', frame);
/** @type {(bytes: BytesLike) => Frame} */
export const decodeClientFrame = (bytes) => decode('ClientFrame', bytes);

/** Normalizes a Message (from the wire or REST JSON) to the library's message shape. */
export function normalizeMessage(m) {
  return {
    channel_id: String(m.channel_id ?? ''),
    seq: toNumber(m.seq),
    sender_id: String(m.sender_id ?? ''),
    client_msg_id: String(m.client_msg_id ?? ''),
    body: String(m.body ?? ''),
    sent_at_ms: toNumber(m.sent_at_ms),
    event: m.event ? normalizeEvent(m.event) : null,
    edit_of: toNumber(m.edit_of),
    delete_of: toNumber(m.delete_of),
    edited_at_ms: toNumber(m.edited_at_ms),
    deleted: Boolean(m.deleted),
  };
}

/**
 * A group change in the history (wire: kind as MEMBER_ADDED or a number; REST: member_added)
 * -> {kind: 'member_added' | 'member_removed' | 'member_left' | 'renamed' | 'admin_added' |
 * 'admin_removed' | 'owner_changed' | 'unknown', user_id, name}.
 */
export function normalizeEvent(e) {
  const KINDS = ['unknown', 'member_added', 'member_removed', 'member_left', 'renamed', 'admin_added', 'admin_removed', 'owner_changed'];
  const raw = e.kind ?? 0;
  const kind = typeof raw === 'number' ? KINDS[raw] : String(raw).replace(/^KIND_/, '').toLowerCase();
  return { kind: KINDS.includes(kind) ? kind : 'unknown', user_id: String(e.user_id ?? ''), name: String(e.name ?? '') };
}

/** Presence from the wire ({user_id, status}) or REST ({user, online}) as one shape. */
export function normalizePresence(p) {
  const online = p.status != null ? p.status === 'PRESENCE_STATUS_ONLINE' || p.status === 1 || p.status === 'online' : Boolean(p.online);
  return {
    user_id: String(p.user_id ?? p.user ?? ''),
    online,
    status: online ? 'online' : 'offline',
    last_active_at_ms: toNumber(p.last_active_at_ms),
  };
}

const RELATIONS = ['none', 'friend', 'outgoing', 'incoming', 'blocked'];

/** A RelationChanged from the wire -> {user_id, relation: 'none' | 'friend' | ...}. */
export function normalizeRelation(r) {
  const raw = r.relation ?? 0;
  const relation = typeof raw === 'number' ? RELATIONS[raw] : String(raw).replace(/^RELATION_/, '').toLowerCase();
  return { user_id: String(r.user_id ?? ''), relation: RELATIONS.includes(relation) ? relation : 'none' };
}

const ANCHORS = ['latest', 'before', 'after', 'around'];

/** 'after' | 'AFTER' | 'HISTORY_ANCHOR_AFTER' | 2 -> 'after'. */
export function anchorName(anchor) {
  if (anchor == null || anchor === '') return 'latest';
  if (typeof anchor === 'number') {
    if (!ANCHORS[anchor]) throw new TypeError(`unknown history anchor ${anchor}`);
    return ANCHORS[anchor];
  }
  const a = String(anchor).toLowerCase().replace(/^history_anchor_/, '');
  if (!ANCHORS.includes(a)) throw new TypeError(`unknown history anchor ${JSON.stringify(anchor)}`);
  return a;
}

export function anchorEnum(anchor) {
  return 'HISTORY_ANCHOR_' + anchorName(anchor).toUpperCase();
}
