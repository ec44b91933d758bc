// @ts-check
// The page's state and what is derived from it, plus a small render scheduler: modules change
// the state, then call invalidate('sidebar', 'chat', ...); the registered renderers run once
// per part, batched in a microtask.

import { displayName, previewText } from './format.js';
import { persist } from './persist.js';

/** @typedef {import('../dist/tern-client.js').TernMessage} TernMessage */
/** @typedef {import('../dist/tern-client.js').TernUser} TernUser */
/** @typedef {import('../dist/tern-client.js').TernChannel} TernChannel */
/** @typedef {{seq: number, sender_id: string, body: string, sent_at_ms: number}} Preview */
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
  /** LOCAL read state (this device): channel id -> highest seq read. @type {Record<string, number>} */
  read: {},
  /** No read marks were stored on this device yet: the first catch-up counts as read. */
  readBaselinePending: false,
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
  S.listsLoaded = false;
  S.synced = false;
  S.channels.clear();
  S.messages.clear();
  S.outgoing.clear();
  S.previews = {};
  S.read = {};
  S.readBaselinePending = false;
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
  if (m.client_msg_id && isMe(m.sender_id)) S.outgoing.delete(m.client_msg_id);
  const ch = S.channels.get(m.channel_id);
  if (ch && m.seq > (ch.last_seq || 0)) ch.last_seq = m.seq;
  notePreview(m);
  return true;
}

/** Keeps the last message of a channel for the sidebar (cached across reloads). */
export function notePreview(m) {
  const p = S.previews[m.channel_id];
  if (p && p.seq >= m.seq) return;
  S.previews[m.channel_id] = { seq: m.seq, sender_id: m.sender_id, body: previewText(m.body, 120), sent_at_ms: m.sent_at_ms };
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

// ------------------------------------------------------------------ LOCAL read state

/** Unread messages of a channel on this device: others' messages after the read mark. */
export function unreadCount(channelId) {
  const list = S.messages.get(channelId);
  if (!list) return 0;
  const mark = S.read[channelId] || 0;
  let n = 0;
  for (const m of list.values()) if (m.seq > mark && !isMe(m.sender_id)) n++;
  return n;
}

export function totalUnread() {
  let n = 0;
  for (const id of S.messages.keys()) if (S.channels.has(id) || !S.listsLoaded) n += unreadCount(id);
  return n;
}

/** The first unread message's seq (others' messages after the read mark), or null. */
export function firstUnreadSeq(channelId) {
  const mark = S.read[channelId] || 0;
  let first = null;
  for (const m of S.messages.get(channelId)?.values() || []) {
    if (m.seq > mark && !isMe(m.sender_id) && (first == null || m.seq < first)) first = m.seq;
  }
  return first;
}

/** Marks everything known in a channel read (on this device). Returns true when it changed. */
export function markRead(channelId) {
  const list = S.messages.get(channelId);
  let top = S.channels.get(channelId)?.last_seq || 0;
  if (list) for (const seq of list.keys()) top = Math.max(top, seq);
  if ((S.read[channelId] || 0) >= top) return false;
  S.read[channelId] = top;
  if (S.me) persist.setReadMarks(S.me.id, S.read);
  return true;
}

/** A device with no read marks yet: everything it knows so far counts as read. */
export function readBaseline() {
  for (const id of new Set([...S.channels.keys(), ...S.messages.keys()])) markRead(id);
  S.readBaselinePending = false;
  if (S.me) persist.setReadMarks(S.me.id, S.read);
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
