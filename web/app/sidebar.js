// @ts-check
// The sidebar: who you are, the connection badge, your chats (most recent first, with the last
// message, its time and this device's unread count) and your friends (with presence in words).
// Every row is a button: reachable with Tab, opened with Enter or Space.

import { $, el, reconcile } from './dom.js';
import { listTime, plural } from './format.js';
import {
  S, channelTitle, directId, invalidate, isMe, lastActivity, onRender, otherMember, rememberUser, unreadCount, userName,
  totalUnread,
} from './state.js';
import { avatar, presenceDot, presenceLabel } from './widgets.js';
import { describeError } from './wording.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */

/**
 * @param {TernClient} client
 * @param {{openChannel: (id: string) => void, openDirect: (userId: string) => void}} nav
 */
export function setupSidebar(client, nav) {
  onRender('sidebar', () => renderSidebar(nav));
  onRender('me', renderMe);

  $('friend-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const input = $('friend-username');
    const error = $('friend-error');
    const username = input.value.trim().toLowerCase().replace(/^@/, '');
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    if (!username) {
      error.textContent = 'Type the username of the person you want to add.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    const button = $('add-friend');
    button.disabled = true;
    try {
      const user = rememberUser(await client.lookupUser(username));
      if (isMe(user.id)) throw Object.assign(new Error('self'), { code: 'self' });
      S.friends = (await client.addFriend(user.id)).map(rememberUser);
      input.value = '';
      $('friend-status').textContent = `${userName(user.id)} is now your friend.`;
      invalidate('sidebar', 'chat');
      client.queryPresence([user.id]).catch(() => {});
    } catch (e) {
      error.textContent = e.code === 'self' ? 'That’s you! Add someone else by their username.'
        : e.code === 'unknown_user' ? `There’s no one with the username “${username}”. Check the spelling.`
        : describeError(e, 'friend');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } finally {
      button.disabled = false;
    }
  });
}

function renderMe() {
  $('me-name').textContent = S.me ? userName(S.me.id) : '';
  $('me-handle').textContent = S.me ? `@${S.me.username}` : '';
}

/** The chats shown: every group, and 1:1 chats that have a message (or are open). */
function chatRows() {
  return [...S.channels.values()]
    .filter((c) => c.kind === 'group' || S.previews[c.id] || (S.messages.get(c.id)?.size ?? 0) > 0 || c.id === S.current)
    .sort((a, b) => lastActivity(b.id) - lastActivity(a.id) || channelTitle(a).localeCompare(channelTitle(b)));
}

function previewLine(ch) {
  const p = S.previews[ch.id];
  if (!p) return ch.kind === 'group' ? plural(ch.members.length, 'member') : 'No messages yet';
  const who = isMe(p.sender_id) ? 'You: ' : ch.kind === 'group' ? `${userName(p.sender_id)}: ` : '';
  return `${who}${p.body}`;
}

function renderSidebar(nav) {
  if (!S.me) return;
  const focusedKey = /** @type {HTMLElement} */ (document.activeElement)?.closest?.('#chat-list li, #friends li')?.getAttribute('data-key');
  const now = Date.now();

  // ---- chats
  const rows = chatRows();
  const list = $('chat-list');
  $('chats-empty').hidden = rows.length > 0 || !S.listsLoaded;
  reconcile(list, rows, (c) => c.id, (c) => JSON.stringify([
    channelTitle(c), previewLine(c), listTime(S.previews[c.id]?.sent_at_ms, now), unreadCount(c.id), c.id === S.current, c.members.length,
  ]), (c) => el('li', { class: 'conv-item' }, chatButton(c, nav, now)), (node, c) => {
    node.replaceChildren(chatButton(c, nav, now));
    return true;
  });

  // ---- friends
  const friends = [...S.friends].sort((a, b) => userName(a.id).localeCompare(userName(b.id)));
  $('friends-empty').hidden = friends.length > 0 || !S.listsLoaded;
  reconcile($('friends'), friends, (f) => f.id, (f) => JSON.stringify([userName(f.id), f.username, S.current === directId(S.me.id, f.id)]),
    (f) => el('li', { class: 'friend-item', 'data-testid': `friend-${f.id}`, 'data-user-id': f.id }, friendButton(f, nav)),
    (node, f) => {
      node.replaceChildren(friendButton(f, nav));
      return true;
    });

  if (focusedKey && !document.activeElement?.closest?.('#chat-list, #friends')) {
    const again = document.querySelector(`#chat-list li[data-key="${CSS.escape(focusedKey)}"] button, #friends li[data-key="${CSS.escape(focusedKey)}"] button`);
    if (again instanceof HTMLElement) again.focus();
  }

  const total = totalUnread();
  document.title = total ? `(${total}) Tern` : 'Tern';
}

function chatButton(c, nav, now) {
  const group = c.kind === 'group';
  const other = group ? null : otherMember(c);
  const title = channelTitle(c);
  const unread = unreadCount(c.id);
  const p = S.previews[c.id];
  return el('button', {
    type: 'button',
    class: `conv${c.id === S.current ? ' active' : ''}${unread ? ' has-unread' : ''}`,
    'data-testid': group ? `group-${c.id}` : `direct-${c.id}`,
    'data-channel': c.id,
    'aria-current': c.id === S.current ? 'true' : null,
    onclick: () => nav.openChannel(c.id),
  },
  el('span', { class: 'avatar-wrap' }, avatar(group ? c.id : other, title, { group }),
    group ? null : presenceDot(other, `conv-presence-${other}`)),
  el('span', { class: 'conv-main' },
    el('span', { class: 'conv-top' },
      el('span', { class: 'conv-name' }, title),
      p ? el('time', { class: 'conv-time', datetime: new Date(p.sent_at_ms).toISOString() }, listTime(p.sent_at_ms, now)) : null),
    el('span', { class: 'conv-bottom' },
      el('span', { class: 'conv-preview', 'data-testid': `preview-${c.id}` }, previewLine(c)),
      el('span', { class: 'unread', 'data-testid': `unread-${c.id}`, 'data-count': String(unread), 'aria-hidden': 'true' }, String(unread)),
      unread ? el('span', { class: 'sr-only' }, `, ${plural(unread, 'unread message')}`) : null)));
}

function friendButton(f, nav) {
  const name = userName(f.id);
  const active = S.current === directId(S.me.id, f.id);
  return el('button', {
    type: 'button',
    class: `row${active ? ' active' : ''}`,
    'data-testid': `chat-${f.id}`,
    'aria-current': active ? 'true' : null,
    onclick: () => nav.openDirect(f.id),
  },
  el('span', { class: 'avatar-wrap' }, avatar(f.id, name), presenceDot(f.id, `presence-${f.id}`)),
  el('span', { class: 'row-main' },
    el('span', { class: 'row-name' }, name, el('span', { class: 'handle' }, ` @${f.username}`)),
    presenceLabel(f.id, { class: 'presence-text row-sub' })),
  el('span', { class: 'row-action', 'aria-hidden': 'true' }, 'Chat'));
}
