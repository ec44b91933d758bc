// @ts-check
// The open conversation: its header (who, and their presence), the messages (grouped by
// sender, with day separators, the "New messages" divider, a "Sent" mark on what the server
// stored, "Show more" for long messages), sends still waiting or refused (with Retry), and the
// scrolling a chat needs: stay at the newest message (also through a rotation or a resize),
// keep the place when older messages load, "↓ New messages" when scrolled up.

import { $, el, reconcile, rovingFocus, phoneQuery } from './dom.js';
import {
  COLLAPSE_CHARS, collapsedText, formatFull, formatTime, isLong, layoutConversation, plural, eventText,
} from './format.js';
import {
  S, channelTitle, directId, firstUnreadSeq, invalidate, isMe, markRead, messagesOf, onRender, otherMember, rememberUser,
  userName, addMessage,
} from './state.js';
import { persist } from './persist.js';
import { avatar, presenceDot, presenceLabel, repaintPresence } from './widgets.js';
import { describeError } from './wording.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */
/** @typedef {import('./format.js').LayoutItem} LayoutItem */

/** Closer than this to the bottom (px) counts as "at the newest message". */
const STICK_PX = 48;

let client = /** @type {TernClient} */ (/** @type {unknown} */ (null));
/** Scroll state of the open chat. */
const view = {
  stick: true,
  /** Others' messages that arrived while scrolled up. */
  newBelow: 0,
  /** The next render scrolls for a freshly opened chat (to the divider or the bottom). */
  justOpened: false,
  /** The next render keeps the distance from the bottom (older messages were added on top). */
  keepBottomDistance: /** @type {number | null} */ (null),
};

/**
 * What the page can say about an own message, from the server's receipts: 'sent' once stored
 * (it has a seq), 'delivered' once a device of every other member has it, 'read' once every
 * other member read it, 'read-N' when N of a group's others did. Reading implies receiving.
 */
export function receiptOf(m) {
  if (!isMe(m.sender_id) || !m.seq) return null;
  const ch = S.channels.get(m.channel_id);
  const others = (ch?.members || []).filter((id) => !isMe(id));
  if (!others.length) return 'sent';
  const read = S.receipts.get(m.channel_id);
  const got = S.delivered.get(m.channel_id);
  const readers = others.filter((id) => (read?.get(id) || 0) >= m.seq).length;
  if (readers === others.length) return 'read';
  if (readers) return `read-${readers}`;
  const receivers = others.filter((id) => Math.max(read?.get(id) || 0, got?.get(id) || 0) >= m.seq).length;
  return receivers === others.length ? 'delivered' : 'sent';
}

/** Words for a receipt: what the mark means. */
export function receiptWords(receipt, m) {
  if (receipt === 'sent') return 'Sent';
  const others = (S.channels.get(m.channel_id)?.members || []).filter((id) => !isMe(id)).length;
  if (receipt === 'delivered') return others > 1 ? 'Delivered to everyone' : 'Delivered';
  if (receipt === 'read') return others > 1 ? 'Read by everyone' : 'Read';
  return `Read by ${receipt.slice(5)} of ${others}`;
}

/** @param {TernClient} c */
export function setupConversation(c, { onOpened = (_id) => {} } = {}) {
  client = c;
  onRender('typing', renderTyping);
  onRender('chat', renderTyping);
  const box = $('messages');
  box.addEventListener('scroll', onScroll, { passive: true });
  new ResizeObserver(() => {
    if (view.stick) scrollToBottom();
    updateJump();
  }).observe(box);
  rovingFocus(box, '[data-testid="msg"], [data-testid="msg-pending"]');
  $('jump-latest').addEventListener('click', () => {
    scrollToBottom();
    view.stick = true;
    view.newBelow = 0;
    afterSeen();
    updateJump();
    $('composer').focus({ preventScroll: true });
  });
  $('back').addEventListener('click', () => {
    if (history.state && history.state.ternChat) history.back();
    else closeToList();
  });
  window.addEventListener('popstate', () => {
    if ($('app-view').classList.contains('chat-open') && phoneQuery().matches) closeToList();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') afterSeen();
  });
  $('group-info').addEventListener('click', () => document.dispatchEvent(new CustomEvent('tern:group-info')));
  $('unfriend').addEventListener('click', () => directAction('unfriend'));
  $('block-toggle').addEventListener('click', () => directAction($('block-toggle').dataset.blocked === 'true' ? 'unblock' : 'block'));
  onRender('chat', renderChat);
  onRender('messages', renderMessages);
  openedHook = onOpened;
}

let openedHook = (_id) => {};

/** Opens a chat (and, on a phone, switches to it). */
export function openChannel(channelId, { focus = true, restoring = false } = {}) {
  if (S.current && S.current !== channelId) S.divider.delete(S.current);
  const changed = S.current !== channelId;
  S.current = channelId;
  if (S.me) persist.setLastChat(S.me.id, channelId);
  if (changed) {
    view.stick = true;
    view.newBelow = 0;
    view.justOpened = true;
    const first = firstUnreadSeq(channelId);
    if (first != null) S.divider.set(channelId, first);
  }
  const app = $('app-view');
  if (!app.classList.contains('chat-open')) {
    app.classList.add('chat-open');
    if (phoneQuery().matches && !restoring) history.pushState({ ternChat: channelId }, '');
  }
  invalidate('chat', 'messages', 'sidebar', 'composer');
  queryChannelPresence(channelId);
  if (!S.loadedHistory.has(channelId)) loadHistory(channelId, 'latest');
  openedHook(channelId);
  if (focus && !phoneQuery().matches) queueMicrotask(() => $('composer').focus({ preventScroll: true }));
}

/** Opens the 1:1 chat with a user (making it on the server when new). */
export async function openDirect(userId) {
  const id = directId(S.me.id, userId);
  if (S.channels.has(id)) {
    openChannel(id);
    return;
  }
  try {
    const channel = await client.openDirect(userId);
    S.channels.set(channel.id, channel);
    openChannel(channel.id);
  } catch (e) {
    $('friend-error').textContent = describeError(e, 'general');
  }
}

/** Phone: back to the list. */
export function closeToList() {
  $('app-view').classList.remove('chat-open');
  const row = S.current && document.querySelector(`[data-channel="${CSS.escape(S.current)}"]`);
  if (row instanceof HTMLElement) row.focus({ preventScroll: false });
}

export function queryChannelPresence(channelId) {
  const ch = S.channels.get(channelId);
  if (!ch) return;
  const ids = ch.members.filter((id) => !isMe(id));
  ensureUsers(ch.members);
  if (ids.length && S.conn.state === 'connected') client.queryPresence(ids).catch(() => {});
}

/** Fetches unknown users (message senders, group members) once, then re-renders. */
export function ensureUsers(ids) {
  const missing = ids.filter((id) => id && !S.users.has(id) && !S.userFetches.has(id));
  for (const id of missing) S.userFetches.set(id, client.getUser(id).then(rememberUser).catch(() => null));
  if (missing.length) {
    Promise.all(missing.map((id) => S.userFetches.get(id))).then(() => invalidate('sidebar', 'chat', 'messages'));
  }
}

/** Loads the newest page of a chat, or the page before the oldest message shown. */
export async function loadHistory(channelId, anchor) {
  if (S.loadingHistory.has(channelId)) return;
  const have = S.messages.get(channelId);
  const lowest = have && have.size ? Math.min(...have.keys()) : 0;
  S.loadingHistory.add(channelId);
  S.historyError.delete(channelId);
  if (channelId === S.current) invalidate('messages');
  try {
    const page = anchor === 'before' && lowest
      ? await client.history(channelId, { anchor: 'before', seq: lowest, limit: 50 })
      : await client.history(channelId, { anchor: 'latest', limit: 50 });
    S.loadedHistory.add(channelId);
    if (anchor === 'before' && channelId === S.current) {
      const box = $('messages');
      view.keepBottomDistance = box.scrollHeight - box.scrollTop;
    }
    for (const m of page.messages) addMessage({ ...m, source: 'history', own: isMe(m.sender_id) });
    const newLowest = Math.min(lowest || Infinity, ...page.messages.map((m) => m.seq));
    S.hasOlder.set(channelId, page.messages.length ? page.has_older || newLowest > 1 : false);
    ensureUsers([...new Set(page.messages.map((m) => m.sender_id))]);
  } catch (e) {
    S.historyError.set(channelId, describeError(e, 'history'));
  } finally {
    S.loadingHistory.delete(channelId);
    invalidate('messages', 'sidebar');
  }
}

// ------------------------------------------------------------------ header

/** Remove friend, block or unblock the other person of the open 1:1 chat (asked to confirm). */
async function directAction(action) {
  const ch = S.current ? S.channels.get(S.current) : null;
  const other = ch && ch.kind === 'direct' ? otherMember(ch) : null;
  if (!other) return;
  const name = userName(other);
  const question = {
    unfriend: `Remove ${name} from your friends? You can ask again later.`,
    block: `Block ${name}? Neither of you can write in this chat, and you stop seeing each other’s status.`,
    unblock: `Unblock ${name}? You can write to each other again; to be friends, ask again.`,
  }[action];
  if (!window.confirm(question)) return;
  try {
    if (action === 'unfriend') await client.removeFriend(other);
    else if (action === 'block') await client.block(other);
    else await client.unblock(other);
    document.dispatchEvent(new CustomEvent('tern:social-changed'));
  } catch (e) {
    $('composer-error').textContent = describeError(e, 'friend');
  }
}

function renderChat() {
  const ch = S.current ? S.channels.get(S.current) : null;
  const head = $('chat-head');
  head.hidden = !S.current;
  $('chat-empty').hidden = Boolean(S.current);
  $('composer-form').hidden = !S.current;
  $('messages-wrap').hidden = !S.current;
  if (!S.current) return;
  const title = S.current ? channelTitle(ch) : '';
  $('chat-title').textContent = title;
  $('chat').setAttribute('aria-label', `Conversation with ${title}`);
  const group = ch?.kind === 'group';
  $('chat-avatar').replaceChildren(avatar(group ? ch.id : otherMember(ch) || S.current, title, { group, size: 'lg' }));
  $('group-info').hidden = !group;
  const other = group || !ch ? null : otherMember(ch);
  $('direct-actions').hidden = !other;
  if (other) {
    const blocked = S.blocked.includes(other);
    $('unfriend').hidden = blocked || !S.friends.some((f) => f.id === other);
    $('unfriend').setAttribute('aria-label', `Remove friend: ${userName(other)}`);
    $('block-toggle').textContent = blocked ? 'Unblock' : 'Block';
    $('block-toggle').setAttribute('aria-label', `${blocked ? 'Unblock' : 'Block'}: ${userName(other)}`);
    $('block-toggle').dataset.blocked = String(blocked);
  }
  const sub = $('chat-members');
  sub.replaceChildren();
  if (!ch) return;
  if (group) {
    // Members with their presence; you first, shown as online while you are connected.
    const ids = [...ch.members].sort((a, b) => (isMe(a) ? -1 : isMe(b) ? 1 : userName(a).localeCompare(userName(b))));
    const shown = ids.slice(0, 6);
    for (const id of shown) {
      sub.append(el('span', { class: 'member' }, presenceDot(id, `member-presence-${id}`), el('span', { class: 'member-name' }, userName(id, { you: true }))));
    }
    if (ids.length > shown.length) sub.append(el('span', { class: 'member more' }, `+${ids.length - shown.length} more`));
    sub.append(el('span', { class: 'sr-only' }, `, ${plural(ids.length, 'member')}`));
  } else {
    const other = otherMember(ch);
    sub.append(el('span', { class: 'member' }, presenceDot(other, `member-presence-${other}`),
      presenceLabel(other, { 'data-testid': 'chat-presence' })));
  }
  repaintPresence();
}

// ------------------------------------------------------------------ messages

function onScroll() {
  const box = $('messages');
  const stick = box.scrollHeight - box.scrollTop - box.clientHeight < STICK_PX;
  if (stick !== view.stick) {
    view.stick = stick;
    if (stick) {
      view.newBelow = 0;
      afterSeen();
    }
  }
  updateJump();
}

/** "Ben is typing…" under the open chat's messages, from live typing events until they expire. */
function renderTyping() {
  const now = Date.now();
  const here = S.current ? S.typing.get(S.current) : null;
  const names = [];
  for (const [id, until] of here || []) {
    if (until > now && !isMe(id)) names.push(userName(id));
    else if (until <= now) here?.delete(id);
  }
  const text = !names.length ? ''
    : names.length === 1 ? `${names[0]} is typing…`
      : names.length === 2 ? `${names[0]} and ${names[1]} are typing…`
        : `${names.length} people are typing…`;
  $('typing').hidden = !S.current;
  if ($('typing').textContent !== text) $('typing').textContent = text;
}

function scrollToBottom() {
  const box = $('messages');
  box.scrollTop = box.scrollHeight;
}

/** The open chat is on screen at its newest message: everything in it is read (on every device). */
function afterSeen() {
  if (!S.current || document.visibilityState !== 'visible' || !view.stick) return;
  if (!$('app-view').classList.contains('chat-open') && phoneQuery().matches) return;
  if (markRead(S.current)) invalidate('sidebar');
}

function updateJump() {
  const jump = $('jump-latest');
  const box = $('messages');
  const far = box.scrollHeight - box.scrollTop - box.clientHeight;
  const show = Boolean(S.current) && !view.stick && (view.newBelow > 0 || far > box.clientHeight / 2);
  jump.hidden = !show;
  jump.dataset.new = String(view.newBelow);
  const text = view.newBelow ? `↓ New messages (${view.newBelow})` : '↓ Latest messages';
  if (jump.textContent !== text) jump.textContent = text;
}

/** A message of someone else arrived in the open chat (called by main.js). */
export function noteIncoming(m) {
  if (m.channel_id !== S.current) return;
  const unseen = document.visibilityState !== 'visible' || !view.stick;
  // The divider marks the first message not seen yet: a new one when everything after the old
  // divider has been read since.
  const divider = S.divider.get(m.channel_id);
  if (unseen && (divider == null || divider <= (S.read[m.channel_id] || 0))) S.divider.set(m.channel_id, m.seq);
  if (!view.stick) view.newBelow++;
}

/** Sends of this page shown after the stored messages. */
function outgoingOf(channelId) {
  return [...S.outgoing.values()].filter((o) => o.channel_id === channelId).sort((a, b) => a.created_at_ms - b.created_at_ms);
}

function renderMessages() {
  const box = $('messages');
  if (!S.current) {
    box.replaceChildren();
    return;
  }
  const channelId = S.current;
  const ch = S.channels.get(channelId);
  const groupChat = ch?.kind === 'group';
  const list = messagesOf(channelId);
  const outgoing = outgoingOf(channelId);
  const now = Date.now();

  /** @type {Array<LayoutItem | {type: 'older' | 'status' | 'pending', key: string, [k: string]: any}>} */
  const items = [];
  if (S.hasOlder.get(channelId) || (S.loadingHistory.has(channelId) && list.length)) {
    items.push({ type: 'older', key: 'older', loading: S.loadingHistory.has(channelId) });
  }
  const error = S.historyError.get(channelId);
  if (error) items.push({ type: 'status', key: 'error', text: error, retry: true });
  else if (!list.length && !outgoing.length) {
    items.push({ type: 'status', key: 'empty', text: S.loadingHistory.has(channelId) || !S.loadedHistory.has(channelId) ? 'Loading messages…' : 'No messages yet. Say hello!' });
  }
  items.push(...layoutConversation(list, { meId: S.me.id, dividerSeq: S.divider.get(channelId) ?? null, now }));
  for (const o of outgoing) items.push({ type: 'pending', key: `p-${o.client_msg_id}`, o });

  const before = view.keepBottomDistance;
  reconcile(box, items, (it) => it.key, (it) => sigOf(it, groupChat), (it) => createItem(it, groupChat), (node, it) => updateItem(node, it, groupChat));

  if (view.justOpened) {
    view.justOpened = false;
    const divider = box.querySelector('[data-testid="new-divider"]');
    if (divider instanceof HTMLElement) {
      box.scrollTop = Math.max(0, divider.offsetTop - 24);
      view.stick = box.scrollHeight - box.scrollTop - box.clientHeight < STICK_PX;
    } else {
      scrollToBottom();
      view.stick = true;
    }
  } else if (before != null) {
    box.scrollTop = box.scrollHeight - before;
    view.keepBottomDistance = null;
  } else if (view.stick) {
    scrollToBottom();
  }
  afterSeen();
  updateJump();
}

function sigOf(it, groupChat) {
  switch (it.type) {
    case 'group':
      return JSON.stringify([it.messages.length, it.messages.at(-1).seq, groupChat, userName(it.senderId),
        it.messages.map((m) => [S.expanded.has(`${m.channel_id}/${m.seq}`), receiptOf(m), m.edited_at_ms, m.deleted])]);
    case 'pending':
      return JSON.stringify([it.o.error ? describeError(it.o.error, 'send') : '', S.conn.state === 'connected']);
    case 'day':
      return it.label;
    case 'event':
      return JSON.stringify([userName(it.m.sender_id), userName(it.m.event.user_id)]);
    case 'older':
      return String(it.loading);
    case 'status':
      return it.text;
    default:
      return it.key;
  }
}

function createItem(it, groupChat) {
  switch (it.type) {
    case 'day':
      return el('div', { class: 'day-sep', role: 'separator', 'data-testid': 'day-separator', 'aria-label': it.label }, el('span', {}, it.label));
    case 'event':
      return el('div', { class: 'event-line', 'data-testid': 'group-event', 'data-kind': it.m.event.kind, 'data-seq': it.m.seq },
        el('span', {}, eventText(it.m.event, it.m.sender_id, userName, S.me?.id || '')));
    case 'divider':
      return el('div', { class: 'new-divider', role: 'separator', 'data-testid': 'new-divider', 'aria-label': 'New messages' }, el('span', {}, 'New messages'));
    case 'older':
      return el('div', { class: 'older' }, el('button', {
        type: 'button', class: 'ghost small', 'data-testid': 'load-older', disabled: it.loading,
        onclick: () => loadHistory(S.current, 'before'),
      }, it.loading ? 'Loading…' : 'Load older messages'));
    case 'status':
      return el('div', { class: 'placeholder', 'data-testid': 'chat-status' }, el('p', {}, it.text),
        it.retry ? el('button', { type: 'button', class: 'ghost small', onclick: () => loadHistory(S.current, 'latest') }, 'Try again') : null);
    case 'pending':
      return pendingNode(it.o);
    case 'group': {
      const node = el('div', { class: `msg-group ${it.own ? 'own' : 'other'}`, 'data-testid': 'msg-group', 'data-sender': it.senderId });
      updateGroup(node, it, groupChat);
      return node;
    }
    default:
      return el('div', {});
  }
}

function updateItem(node, it, groupChat) {
  if (it.type !== 'group') return false;
  updateGroup(node, it, groupChat);
  return true;
}

/** A group: one header (group chats, others only), then its messages (kept as nodes by seq). */
function updateGroup(node, it, groupChat) {
  let head = node.querySelector(':scope > .group-head');
  let msgs = node.querySelector(':scope > .msgs');
  const wantHead = groupChat && !it.own;
  if (wantHead && !head) {
    head = el('div', { class: 'group-head', 'aria-hidden': 'true' });
    node.prepend(head);
  }
  if (!wantHead && head) head.remove();
  if (head) {
    head.replaceChildren(avatar(it.senderId, userName(it.senderId), { size: 'sm' }),
      el('span', { class: 'sender', 'data-testid': 'msg-sender' }, userName(it.senderId)),
      el('time', { datetime: new Date(it.startMs).toISOString(), title: formatFull(it.startMs) }, formatTime(it.startMs)));
  }
  if (!msgs) {
    msgs = el('div', { class: 'msgs' });
    node.append(msgs);
  }
  reconcile(msgs, it.messages, (m) => String(m.seq), (m) => JSON.stringify([S.expanded.has(`${m.channel_id}/${m.seq}`), receiptOf(m), userName(m.sender_id), m.edited_at_ms, m.deleted]),
    (m) => messageNode(m, groupChat));
}

function messageNode(m, groupChat) {
  const own = isMe(m.sender_id);
  const key = `${m.channel_id}/${m.seq}`;
  const long = isLong(m.body);
  const expanded = S.expanded.has(key);
  const bodyId = `body-${m.channel_id}-${m.seq}`;
  const receipt = receiptOf(m);
  const when = m.sent_at_ms || Date.now();
  return el('div', {
    class: `msg${own ? ' own' : ''}${long ? ' long' : ''}`,
    'data-testid': 'msg', 'data-seq': m.seq, 'data-channel': m.channel_id, 'data-sender': m.sender_id,
    tabindex: '-1',
  },
  el('span', { class: 'sr-only' }, `${own ? 'You' : userName(m.sender_id)}, ${formatTime(when)}: `),
  m.deleted
    ? el('div', { class: 'body deleted', id: bodyId, 'data-testid': 'msg-body', 'data-deleted': 'true' }, 'This message was deleted')
    : el('div', { class: 'body', id: bodyId, 'data-testid': 'msg-body' }, long && !expanded ? collapsedText(m.body) : m.body),
  m.edited_at_ms && !m.deleted ? el('span', { class: 'edited', 'data-testid': 'msg-edited', title: `Edited ${formatFull(m.edited_at_ms)}` }, '(edited)') : null,
  own && !m.deleted && !m.event ? el('span', { class: 'msg-actions' },
    el('button', { type: 'button', class: 'link small', 'data-testid': 'msg-edit', 'aria-label': 'Edit this message',
      onclick: () => document.dispatchEvent(new CustomEvent('tern:edit', { detail: { channel_id: m.channel_id, seq: m.seq, body: m.body } })) }, 'Edit'),
    el('button', { type: 'button', class: 'link small danger', 'data-testid': 'msg-delete', 'aria-label': 'Delete this message for everyone',
      onclick: () => document.dispatchEvent(new CustomEvent('tern:delete', { detail: { channel_id: m.channel_id, seq: m.seq } })) }, 'Delete')) : null,
  long ? el('button', {
    type: 'button', class: 'more link', 'data-testid': 'show-more', 'aria-expanded': String(expanded), 'aria-controls': bodyId,
    onclick: () => {
      if (expanded) S.expanded.delete(key);
      else S.expanded.add(key);
      invalidate('messages');
      queueMicrotask(() => {
        const again = document.querySelector(`[data-seq="${m.seq}"][data-channel="${CSS.escape(m.channel_id)}"] [data-testid="show-more"]`);
        if (again instanceof HTMLElement) again.focus({ preventScroll: true });
      });
    },
  }, expanded ? 'Show less' : `Show more (${Math.max(0, [...m.body].length - COLLAPSE_CHARS).toLocaleString('en-US')} more characters)`) : null,
  el('div', { class: 'meta', 'aria-hidden': 'true' },
    el('time', { class: 'msg-time', datetime: new Date(when).toISOString(), title: formatFull(when) }, formatTime(when)),
    receipt ? el('span', { class: `receipt ${receipt.startsWith('read') ? 'read' : receipt}`, 'data-testid': 'msg-receipt', 'data-receipt': receipt, title: receiptWords(receipt, m) }, receipt === 'sent' ? '✓' : '✓✓') : null),
  receipt ? el('span', { class: 'sr-only' }, ` ${receiptWords(receipt, m)}.`) : null,
  groupChat ? null : null);
}

function pendingNode(o) {
  const failed = Boolean(o.error);
  const connected = S.conn.state === 'connected';
  const status = failed ? describeError(o.error, 'send') : connected ? 'Sending…' : 'Not sent yet. It will go out when you’re back online.';
  return el('div', { class: 'msg-group own' }, el('div', { class: 'msgs' }, el('div', {
    class: `msg own pending${failed ? ' failed' : ''}`, 'data-testid': 'msg-pending', 'data-client-msg-id': o.client_msg_id,
    'data-channel': o.channel_id, 'data-state': failed ? 'failed' : connected ? 'sending' : 'queued', tabindex: '-1',
  },
  el('div', { class: 'body' }, isLong(o.body) ? collapsedText(o.body) : o.body),
  el('div', { class: 'status', 'data-testid': 'msg-status', role: failed ? 'alert' : null },
    failed ? el('span', { class: 'status-icon', 'aria-hidden': 'true' }, '!') : el('span', { class: 'clock', 'aria-hidden': 'true' }),
    el('span', { 'data-testid': 'msg-status-text' }, status)),
  failed ? el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'small', 'data-testid': 'msg-retry', onclick: () => document.dispatchEvent(new CustomEvent('tern:retry', { detail: o.client_msg_id })) }, 'Retry'),
    el('button', { type: 'button', class: 'ghost small', 'data-testid': 'msg-discard', onclick: () => document.dispatchEvent(new CustomEvent('tern:discard', { detail: o.client_msg_id })) }, 'Discard'))
    : null)));
}

/** After this page sent a message: show the newest, drop the divider. */
export function afterOwnSend() {
  if (S.current) S.divider.delete(S.current);
  view.stick = true;
  view.newBelow = 0;
  invalidate('messages');
}
