// Protobuf encoding of tern.v1 frames, on top of the static module pbjs generates
// (src/gen/chat.js). The API speaks plain objects with the proto's snake_case field names:
// uint64/int64 as JS numbers (seqs and times stay below 2^53), bytes as Uint8Array, enums as
// their names ("BAD_TOKEN", "PRESENCE_STATUS_ONLINE"), and a frame's oneof as
// `{request_id, kind: "send", send: {...}}`.

import protobuf from 'protobufjs/minimal.js';
import { tern } from './gen/chat.js';
import { toBytes } from './bytes.js';

// 64-bit integers as plain numbers everywhere (no Long objects, even when long.js is around).
function useNumbers(pbjs) {
  pbjs.util.Long = null;
  pbjs.configure();
}
useNumbers(protobuf);

export const pb = tern.v1;

// Field kinds of every message, in proto order. Oneof members are marked `oneof: true`.
const S = 'string', U64 = 'u64', I64 = 'i64', U32 = 'u32', BOOL = 'bool', BYTES = 'bytes';
const msg = (type) => ({ msg: type });
const rep = (type) => ({ rep: type });
const en = (type) => ({ enum: type });
const one = (type) => ({ msg: type, oneof: true });

export const SCHEMA = {
  ClientFrame: {
    request_id: U64,
    authenticate: one('Authenticate'),
    send: one('Send'),
    sync: one('SyncRequest'),
    history: one('HistoryRequest'),
    presence_query: one('PresenceQuery'),
    heartbeat: one('Heartbeat'),
  },
  Authenticate: { token: S, device_id: S, cursor: BYTES },
  Send: { channel_id: S, client_msg_id: S, body: S },
  SyncRequest: { after_cursor: BYTES, limit: U32 },
  HistoryRequest: { channel_id: S, anchor: en('HistoryAnchor'), seq: U64, limit: U32 },
  PresenceQuery: { user_ids: rep(S) },
  Heartbeat: {},
  ServerFrame: {
    request_id: U64,
    authenticated: one('Authenticated'),
    ack: one('Ack'),
    deliver: one('Deliver'),
    sync: one('SyncPage'),
    history: one('HistoryPage'),
    presence: one('PresenceResult'),
    presence_event: one('PresenceEvent'),
    heartbeat_ack: one('HeartbeatAck'),
    error: one('Error'),
    go_away: one('GoAway'),
  },
  Authenticated: {
    user_id: S, device_id: S, session_id: S, server_time_ms: I64,
    heartbeat_interval_ms: U32, idle_timeout_ms: U32, gateway_id: S,
  },
  Message: { channel_id: S, seq: U64, sender_id: S, client_msg_id: S, body: S, sent_at_ms: I64 },
  Ack: { channel_id: S, seq: U64, client_msg_id: S, server_time_ms: I64, duplicate: BOOL },
  Deliver: { message: msg('Message'), cursor: BYTES },
  InboxEntry: { cursor: BYTES, message: msg('Message') },
  SyncPage: { entries: rep(msg('InboxEntry')), more: BOOL, next_cursor: BYTES },
  HistoryPage: { channel_id: S, messages: rep(msg('Message')), has_older: BOOL, has_newer: BOOL, last_seq: U64 },
  Presence: { user_id: S, status: en('PresenceStatus'), last_active_at_ms: I64 },
  PresenceResult: { presences: rep(msg('Presence')) },
  PresenceEvent: { presence: msg('Presence') },
  HeartbeatAck: { server_time_ms: I64 },
  Error: { code: en('ErrorCode'), message: S, fatal: BOOL },
  GoAway: { reason: S, suggested_gateway: S },
};

export const CLIENT_KINDS = Object.keys(SCHEMA.ClientFrame).filter((k) => SCHEMA.ClientFrame[k].oneof);
export const SERVER_KINDS = Object.keys(SCHEMA.ServerFrame).filter((k) => SCHEMA.ServerFrame[k].oneof);

/** snake_case -> camelCase, as pbjs names fields. */
export function camel(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** A Long, a numeric string or a number as a JS number. */
export function toNumber(v) {
  if (v == null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return Number(v);
  if (typeof v.toNumber === 'function') return v.toNumber();
  if (typeof v.low === 'number') return (v.high >>> 0) * 0x100000000 + (v.low >>> 0);
  return Number(v);
}

/** An enum value (name or number) as its number. */
export function enumValue(type, value) {
  const values = pb[type];
  if (typeof value === 'number') return value;
  if (value == null || value === '') return 0;
  const n = values[value];
  if (typeof n !== 'number') throw new TypeError(`unknown ${type} value ${JSON.stringify(value)}`);
  return n;
}

/** An enum number as its name (the number as a string when this build does not know it). */
export function enumName(type, value) {
  const name = pb[type][value];
  return typeof name === 'string' ? name : String(value);
}

function fieldToWire(kind, value) {
  if (typeof kind === 'string') {
    switch (kind) {
      case S: return value == null ? '' : String(value);
      case U64: case I64: case U32: return value == null ? 0 : toNumber(value);
      case BOOL: return Boolean(value);
      case BYTES: return value == null ? new Uint8Array(0) : toBytes(value);
    }
  }
  if (kind.enum) return enumValue(kind.enum, value);
  if (kind.rep) return (value || []).map((v) => fieldToWire(kind.rep, v));
  if (kind.msg) return objToWire(kind.msg, value || {});
  throw new TypeError('bad schema kind');
}

function objToWire(type, obj) {
  const out = {};
  for (const [name, kind] of Object.entries(SCHEMA[type])) {
    const value = obj[name];
    if (kind.oneof) {
      if (value != null) out[camel(name)] = objToWire(kind.msg, value);
      continue;
    }
    out[camel(name)] = fieldToWire(kind, value);
  }
  return out;
}

function fieldFromWire(kind, value) {
  if (typeof kind === 'string') {
    switch (kind) {
      case S: return value == null ? '' : value;
      case U64: case I64: case U32: return toNumber(value);
      case BOOL: return Boolean(value);
      case BYTES: return toBytes(value);
    }
  }
  if (kind.enum) return enumName(kind.enum, value == null ? 0 : value);
  if (kind.rep) return (value || []).map((v) => fieldFromWire(kind.rep, v));
  if (kind.msg) return value == null ? null : objFromWire(kind.msg, value);
  throw new TypeError('bad schema kind');
}

function objFromWire(type, message) {
  const out = {};
  let kind = null;
  for (const [name, k] of Object.entries(SCHEMA[type])) {
    const value = message[camel(name)];
    if (k.oneof) {
      if (value != null && Object.prototype.hasOwnProperty.call(message, camel(name))) {
        out[name] = objFromWire(k.msg, value);
        kind = name;
      }
      continue;
    }
    out[name] = fieldFromWire(k, value);
  }
  if (type === 'ClientFrame' || type === 'ServerFrame') out.kind = kind;
  return out;
}

function frameKind(type, frame) {
  const kinds = type === 'ClientFrame' ? CLIENT_KINDS : SERVER_KINDS;
  const set = kinds.filter((k) => frame[k] != null);
  if (frame.kind && !set.includes(frame.kind)) {
    throw new TypeError(`frame kind ${frame.kind} has no payload`);
  }
  if (set.length !== 1) throw new TypeError(`a ${type} needs exactly one kind, got ${set.length ? set.join(', ') : 'none'}`);
  return set[0];
}

function encode(type, frame) {
  frameKind(type, frame);
  const w = pb[type].encode(objToWire(type, frame)).finish();
  return w instanceof Uint8Array && w.constructor === Uint8Array ? w : new Uint8Array(w);
}

function decode(type, bytes) {
  return objFromWire(type, pb[type].decode(bytes instanceof Uint8Array ? bytes : toBytes(bytes)));
}

/** {request_id, <kind>: {...}} -> protobuf bytes (no length prefix). */
export const encodeClientFrame = (frame) => encode('ClientFrame', frame);
/** protobuf bytes -> {request_id, kind, <kind>: {...}}. */
export const decodeServerFrame = (bytes) => decode('ServerFrame', bytes);
/** The server's side, for tests and mock servers. */
export const encodeServerFrame = (frame) => encode('ServerFrame', frame);
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
  };
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
