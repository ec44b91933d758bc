// @ts-check
// The page's state and what is derived from it, plus a small render scheduler: modules change
// the state, then call invalidate('sidebar', 'chat', ...); the registered renderers run once
// per part, batched in a microtask.

import { displayName, eventText, previewText } from './format.js';
import { persist } from './persist.js';

/** @typedef {import('../dist/tern-client.js').TernMessage} TernMessage */
/** @typedef {import('../dist/tern-client.js').TernUser} TernUser */
/** @typedef {import('../dist/tern-client.js').TernChannel} TernChannel */
/** @typedef {{seq: number, sender_id: string, body: string, sent_at_ms: number, event?: boolean}} Preview */
/**
 * A send of this page not yet shown as a stored message: waiting for its Ack (it goes out when
 * connected) or refused by the server (`error` set, Retry offered).
 * @typedef {{client_msg_id: string, channel_id: string, body: string, created_at_ms: number, error: any}} Outgoing
 */
/** @typedef {{online: boolean, last_active_at_ms: number}} PresenceInfo */

export const S = {
  /** @type {TernUser | null} */
  me: null,
  /** @type {Map<string, TernUser>} */
  users: new Map(),
  /** @type {Map<string, Promise<any>>} */
  userFetches: new Map(),
  /** @type {TernUser[]} */
  friends: [],
  /** Users you blocked. @type {string[]} */
  blocked: [],
  /** Friend requests waiting for an answer, both ways. @type {{incoming: TernUser[], outgoing: TernUser[]}} */
  requests: { incoming: [], outgoing: [] },
  listsLoaded: false,
  /** The first catch-up of this session is done. */
  synced: false,
  /** @type {Map<string, TernChannel>} */
  channels: new Map(),
  /** channel id -> seq -> message @type {Map<string, Map<number, TernMessage>>} */
  messages: new Map(),
  /** client_msg_id -> send in flight or refused @type {Map<string, Outgoing>} */
  outgoing: new Map(),
  /** channel id -> last message known (sidebar preview and order) @type {Record<string, Preview>} */
  previews: {},
  /** Your read positions, kept by the server for all your devices: channel id -> seq. @type {Record<string, number>} */
  read: {},
  /** Your message being edited in the composer, if any. @type {{channel_id: string, seq: number} | null} */
  editing: null,
  /** Who is typing where, until when: channel id -> user id -> ms since the epoch. @type {Map<string, Map<string, number>>} */
  typing: new Map(),
  /** Other members' read positions (receipts): channel id -> user id -> seq. @type {Map<string, Map<string, number>>} */
  receipts: new Map(),
  /** Other members' delivery positions (received on one of their devices): channel id -> user id -> seq. @type {Map<string, Map<string, number>>} */
  delivered: new Map(),
  /** channel id -> seq the "New messages" divider stands before @type {Map<string, number>} */
  divider: new Map(),
  /** user id -> presence as last heard @type {Map<string, PresenceInfo>} */
  presence: new Map(),
  /** users whose presence was heard on the current connection (else shown as unknown) @type {Set<string>} */
  presenceFresh: new Set(),
  /** @type {string | null} */
  current: null,
  loadedHistory: new Set(),
  /** @type {Set<string>} */
  loadingHistory: new Set(),
  /** @type {Map<string, boolean>} */
  hasOlder: new Map(),
  /** channel id -> history load error text @type {Map<string, string>} */
  historyError: new Map(),
  /** expanded long messages: `${channel}/${seq}` @type {Set<string>} */
  expanded: new Set(),
  conn: {
    /** @type {'connecting' | 'connected' | 'reconnecting' | 'closed'} */
    state: 'closed',
    /** @type {string | null} */
    transport: null,
    reason: '',
    nextAttemptAt: 0,
    online: typeof navigator === 'undefined' ? true : navigator.onLine !== false,
  },
};

export function resetState() {
  S.me = null;
  S.users.clear();
  S.userFetches.clear();
  S.friends = [];
  S.requests = { incoming: [], outgoing: [] };
  S.blocked = [];
  S.listsLoaded = false;
  S.synced = false;
  S.channels.clear();
  S.messages.clear();
  S.outgoing.clear();
  S.previews = {};
  S.read = {};
  S.receipts.clear();
  S.delivered.clear();
  S.typing.clear();
  S.editing = null;
  S.divider.clear();
  S.presence.clear();
  S.presenceFresh.clear();
  S.current = null;
  S.loadedHistory.clear();
  S.loadingHistory.clear();
  S.hasOlder.clear();
  S.historyError.clear();
  S.expanded.clear();
}

// ------------------------------------------------------------------ render scheduling

/** @type {Map<string, Array<() => void>>} */
const renderers = new Map();
/** @type {Set<string>} */
const dirty = new Set();
let scheduled = false;

/** Registers `fn` to run when `part` was invalidated. */
export function onRender(part, fn) {
  if (!renderers.has(part)) renderers.set(part, []);
  renderers.get(part).push(fn);
}

/** Re-renders the named parts soon (once each, however often this is called). */
export function invalidate(...parts) {
  for (const p of parts) dirty.add(p);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    const parts = [...dirty];
    dirty.clear();
    for (const p of parts) for (const fn of renderers.get(p) || []) fn();
  });
}

// ------------------------------------------------------------------ people

export function rememberUser(u) {
  if (u && u.id) S.users.set(u.id, u);
  return u;
}

export const isMe = (id) => Boolean(S.me && id === S.me.id);

/** A user's name as shown (You for oneself when `you`). */
export function userName(id, { you = false } = {}) {
  if (you && isMe(id)) return 'You';
  return displayName(S.users.get(id) || (isMe(id) ? S.me : null), id);
}

/** The other person of a 1:1 chat (oneself for a chat with oneself). */
export function otherMember(ch) {
  if (!ch) return null;
  return ch.members.find((m) => !isMe(m)) || S.me?.id || null;
}

export function channelTitle(ch) {
  if (!ch) return 'Chat';
  if (ch.kind === 'group') return ch.name || 'Group';
  return userName(otherMember(ch));
}

export const directId = (a, b) => `d.${[a, b].sort().join('.')}`;

export const isFriend = (id) => S.friends.some((f) => f.id === id);

// ------------------------------------------------------------------ messages

/** A channel's messages in seq order. @returns {TernMessage[]} */
export function messagesOf(channelId) {
  const list = S.messages.get(channelId);
  return list ? [...list.values()].sort((a, b) => a.seq - b.seq) : [];
}

/** Stores a message; returns false when it was known already. */
export function addMessage(m) {
  let list = S.messages.get(m.channel_id);
  if (!list) S.messages.set(m.channel_id, (list = new Map()));
  if (list.has(m.seq)) return false;
  list.set(m.seq, m);
  if (m.edit_of || m.delete_of) applyChange(list, m);
  if (m.client_msg_id && isMe(m.sender_id)) S.outgoing.delete(m.client_msg_id);
  const ch = S.channels.get(m.channel_id);
  if (ch && m.seq > (ch.last_seq || 0)) ch.last_seq = m.seq;
  notePreview(m);
  return true;
}

/** An edit or delete arrived: the original (when this page has it) reads as changed. */
function applyChange(list, change) {
  const seq = change.edit_of || change.delete_of;
  const original = list.get(seq);
  if (original) {
    list.set(seq, {
      ...original,
      body: change.delete_of ? '' : change.body,
      deleted: Boolean(change.delete_of),
      edited_at_ms: change.sent_at_ms,
    });
  }
  const p = S.previews[change.channel_id];
  if (p && p.seq === seq) {
    p.body = change.delete_of ? 'This message was deleted' : previewText(change.body, 120);
    savePreviewsSoon();
  }
}

/** Keeps the last message of a channel for the sidebar (cached across reloads). */
export function notePreview(m) {
  if (m.edit_of || m.delete_of) return; // not a message of its own on the list
  const p = S.previews[m.channel_id];
  if (p && p.seq >= m.seq) return;
  const body = m.deleted ? 'This message was deleted' : m.event ? eventText(m.event, m.sender_id, userName, S.me?.id || '') : previewText(m.body, 120);
  S.previews[m.channel_id] = { seq: m.seq, sender_id: m.sender_id, body, sent_at_ms: m.sent_at_ms, event: Boolean(m.event) };
  savePreviewsSoon();
}

let previewTimer = null;
function savePreviewsSoon() {
  if (previewTimer) return;
  previewTimer = setTimeout(() => {
    previewTimer = null;
    if (S.me) persist.setPreviews(S.me.id, S.previews);
  }, 500);
}

/** When a channel last had activity (its last message, else its creation). */
export function lastActivity(channelId) {
  const p = S.previews[channelId];
  return p ? p.sent_at_ms : S.channels.get(channelId)?.created_at_ms || 0;
}

// ------------------------------------------------------------------ read state (the server's)

/**
 * Unread messages of a channel: after your read position (the server's, the same on every
 * device), not counting your own messages this page knows of.
 */
export function unreadCount(channelId) {
  const mark = S.read[channelId] || 0;
  let n = Math.max(0, (S.channels.get(channelId)?.last_seq || 0) - mark);
  for (const m of S.messages.get(channelId)?.values() || []) if (m.seq > mark && isMe(m.sender_id)) n--;
  return Math.max(0, n);
}

export function totalUnread() {
  let n = 0;
  for (const id of S.channels.keys()) n += unreadCount(id);
  return n;
}

/** The first unread message's seq (others' messages after the read position), or null. */
export function firstUnreadSeq(channelId) {
  const mark = S.read[channelId] || 0;
  let first = null;
  for (const m of S.messages.get(channelId)?.values() || []) {
    if (m.seq > mark && !isMe(m.sender_id) && (first == null || m.seq < first)) first = m.seq;
  }
  return first;
}

/** @type {(channelId: string, seq: number) => void} */
let readSink = () => {};
/** Where `markRead` sends a new position (the server, through the client). */
export function onReadMarked(fn) {
  readSink = fn;
}

/** Marks everything known in a channel read, here and on the server. Returns true when it changed. */
export function markRead(channelId) {
  const list = S.messages.get(channelId);
  let top = S.channels.get(channelId)?.last_seq || 0;
  if (list) for (const seq of list.keys()) top = Math.max(top, seq);
  if (!top || !readAt(channelId, top)) return false;
  readSink(channelId, top);
  return true;
}

/** Your read position moved to `seq` (here, or told by the server); false when it already was. */
export function readAt(channelId, seq) {
  if ((S.read[channelId] || 0) >= seq) return false;
  S.read[channelId] = seq;
  if (S.me) persist.setReadMarks(S.me.id, S.read);
  return true;
}

/** Another member's read position (a receipt); true when it moved. */
export function noteReceipt(channelId, userId, seq) {
  return raise(S.receipts, channelId, userId, seq);
}

/** Another member's delivery position (a receipt); true when it moved. */
export function noteDelivered(channelId, userId, seq) {
  return raise(S.delivered, channelId, userId, seq);
}

/** Raises `positions[channelId][userId]` to `seq`; true when it moved. */
function raise(positions, channelId, userId, seq) {
  let map = positions.get(channelId);
  if (!map) positions.set(channelId, (map = new Map()));
  if ((map.get(userId) || 0) >= seq) return false;
  map.set(userId, seq);
  return true;
}

// ------------------------------------------------------------------ presence

/**
 * What the page can say about a user's presence:
 * 'online' | 'offline' | 'unknown' (not connected, or not heard since the connection came back).
 * Oneself follows this page's connection.
 */
export function presenceStatus(userId) {
  if (isMe(userId)) {
    if (S.conn.state === 'connected' && S.conn.online) return 'online';
    return S.conn.state === 'closed' || !S.conn.online ? 'offline' : 'unknown';
  }
  if (S.conn.state !== 'connected' || !S.conn.online || !S.presenceFresh.has(userId)) return 'unknown';
  return S.presence.get(userId)?.online ? 'online' : 'offline';
}
