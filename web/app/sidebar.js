// @ts-check
// The sidebar: who you are, the connection badge, your chats (most recent first, with the last
// message, its time and the unread count, the same on every device) and your friends (with presence in words).
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
  onRender('sidebar', () => renderSidebar(nav, client));
  onRender('me', renderMe);

  $('receipts-toggle').addEventListener('change', async (ev) => {
    const box = /** @type {HTMLInputElement} */ (ev.target);
    try {
      S.me = rememberUser(await client.setReceipts(box.checked));
    } catch (e) {
      box.checked = !box.checked;
      $('friend-error').textContent = describeError(e, 'profile');
    }
    invalidate('me');
  });

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
      const { relation } = await client.requestFriend(user.id);
      input.value = '';
      $('friend-status').textContent = relation === 'friend'
        ? `${userName(user.id)} had asked you too: you’re friends now.`
        : `Friend request sent to ${userName(user.id)}.`;
      await refreshSocial(client);
      if (relation === 'friend') client.queryPresence([user.id]).catch(() => {});
    } catch (e) {
      error.textContent = e.code === 'self' ? 'That’s you! Add someone else by their username.'
        : e.code === 'unknown_user' ? `There’s no one with the username “${username}”. Check the spelling.`
        : e.code === 'already_requested' ? 'You’ve already asked them. They’ll see your request.'
        : e.code === 'already_friends' ? 'You’re already friends.'
        : e.code === 'blocked' ? 'You can’t send this person a friend request.'
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
  /** @type {HTMLInputElement} */ ($('receipts-toggle')).checked = S.me?.send_receipts !== false;
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
  const who = p.event ? '' : isMe(p.sender_id) ? 'You: ' : ch.kind === 'group' ? `${userName(p.sender_id)}: ` : '';
  return `${who}${p.body}`;
}

/**
 * Friends and friend requests from the server, then the sidebar again.
 * @param {TernClient} client
 */
export async function refreshSocial(client) {
  const [friends, requests, blocked] = await Promise.all([client.friends(), client.friendRequests(), client.blocked()]);
  S.friends = friends.map(rememberUser);
  S.requests = { incoming: requests.incoming.map(rememberUser), outgoing: requests.outgoing.map(rememberUser) };
  S.blocked = blocked.map((u) => rememberUser(u).id);
  invalidate('sidebar', 'chat');
}

/** One request: who, which way, and its buttons (Accept and Decline, or Cancel; and Message). */
function requestRow(client, nav, u, incoming) {
  const name = userName(u.id);
  const act = async (call, done) => {
    $('friend-error').textContent = '';
    try {
      await call();
      $('friend-status').textContent = done;
      await refreshSocial(client);
    } catch (e) {
      $('friend-error').textContent = describeError(e, 'friend');
    }
  };
  const buttons = incoming
    ? [
      el('button', { type: 'button', class: 'small', 'data-testid': `accept-${u.id}`, 'aria-label': `Accept ${name}’s friend request`,
        onclick: () => act(async () => {
          await client.acceptFriend(u.id);
          client.queryPresence([u.id]).catch(() => {});
        }, `You and ${name} are friends now.`) }, 'Accept'),
      el('button', { type: 'button', class: 'small ghost', 'data-testid': `decline-${u.id}`, 'aria-label': `Decline ${name}’s friend request`,
        onclick: () => act(() => client.declineFriend(u.id), `Declined ${name}’s request.`) }, 'Decline'),
    ]
    : [el('button', { type: 'button', class: 'small ghost', 'data-testid': `cancel-request-${u.id}`, 'aria-label': `Cancel your friend request to ${name}`,
      onclick: () => act(() => client.cancelFriendRequest(u.id), `Request to ${name} cancelled.`) }, 'Cancel')];
  // Writing needs no friendship (only no block): reply to a request, or say who you are.
  buttons.push(el('button', { type: 'button', class: 'small ghost', 'data-testid': `chat-${u.id}`, 'aria-label': `Message ${name}`,
    onclick: () => nav.openDirect(u.id) }, 'Message'));
  return el('li', { class: 'request-item', 'data-testid': `request-${u.id}`, 'data-direction': incoming ? 'incoming' : 'outgoing' },
    el('span', { class: 'avatar-wrap' }, avatar(u.id, name)),
    el('span', { class: 'row-main' },
      el('span', { class: 'row-name' }, name, el('span', { class: 'handle' }, ` @${u.username}`)),
      el('span', { class: 'row-sub' }, incoming ? 'Wants to be your friend' : 'Request sent')),
    ...buttons);
}

function renderSidebar(nav, client) {
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

  // ---- friend requests
  const requests = [...S.requests.incoming.map((u) => ({ u, incoming: true })), ...S.requests.outgoing.map((u) => ({ u, incoming: false }))];
  $('requests-h').hidden = requests.length === 0;
  reconcile($('friend-requests'), requests, (r) => r.u.id, (r) => JSON.stringify([userName(r.u.id), r.incoming]),
    (r) => requestRow(client, nav, r.u, r.incoming));

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
