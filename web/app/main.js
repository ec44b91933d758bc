// @ts-check
// The chat page: index.html imports the client library (/tern-client.js) and calls start()
// with it. This module wires the parts together (each in its own module) and keeps the
// session's life: log in, lists, live events, leaving the page.
//
//   connection.js  the connection state everywhere, presence while offline, dead-server checks
//   sidebar.js     chats (recent first, previews, unread) and friends
//   conversation.js the open chat: header, messages, scrolling, divider
//   composer.js    writing and sending, limits, pending and failed sends
//   dialogs.js     new group, group members;   picker.js  picking people
//   auth.js        log in / sign up;   wording.js  every error in words;   format.js  times, layout
//   state.js       the page's state and render scheduling;   persist.js  what is kept in localStorage
//
// Read state is the server's (state.js: read positions, receipts; every device the same), the
// lists come from the conversation list (last message, read position); receipts (delivered,
// read), typing, friend requests and membership changes arrive live.

import { $ } from './dom.js';
import {
  S, addMessage, invalidate, markRead, noteDelivered, noteReceipt, notePreview, onReadMarked, readAt, rememberUser, resetState,
} from './state.js';
import { persist } from './persist.js';
import { setupAuth, showAuth } from './auth.js';
import { setupConnection } from './connection.js';
import { refreshSocial, setupSidebar } from './sidebar.js';
import {
  setupConversation, openChannel, openDirect, ensureUsers, noteIncoming, queryChannelPresence,
} from './conversation.js';
import { setupComposer, loadComposerState } from './composer.js';
import { setupDialogs } from './dialogs.js';
import { repaintPresence } from './widgets.js';
import { describeError } from './wording.js';

/** @typedef {typeof import('../dist/tern-client.js')} TernLib */
/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */

/** @param {TernLib} lib */
export function start(lib) {
  const params = new URLSearchParams(location.search);
  const wanted = (params.get('transport') || '').toLowerCase();
  const transports = wanted === 'ws' || wanted === 'websocket' ? ['websocket']
    : wanted === 'wt' || wanted === 'webtransport' ? ['webtransport']
    : ['webtransport', 'websocket'];
  const client = new lib.TernClient({ region: params.get('region') || '', transports });
  /** @type {any} */ (window).tern = { client, state: S };

  setupConnection(client);
  setupSidebar(client, { openChannel: (id) => openChannel(id), openDirect });
  setupConversation(client, { onOpened: (id) => loadReceipts(client, id) });
  onReadMarked((channelId, seq) => client.markRead(channelId, seq).catch(() => {}));
  setupComposer(client, lib);
  setupDialogs(client);
  setupAuth(client, { onLoggedIn: () => enterApp(client) });
  // Logging out ends the token on the server too (so a copy of it is no good), then here; a
  // server that cannot be reached does not keep anyone logged in on this page.
  const signOut = (allDevices) => client.revoke({ allDevices }).catch(() => {}).then(() => logout(client));
  $('logout').addEventListener('click', () => signOut(false));
  $('logout-all').addEventListener('click', () => signOut(true));

  client.on('state', (s) => {
    if (s.state === 'connected') {
      refreshLists(client);
      if (S.current) queryChannelPresence(S.current);
    }
    if (s.state === 'closed' && (s.reason === 'BAD_TOKEN' || s.reason === 'TOKEN_EXPIRED')) {
      logout(client, describeError({ code: s.reason }));
    }
    invalidate('messages', 'chat');
  });

  client.on('message', (m) => {
    if (!S.me || !addMessage(m)) return;
    // A channel not known yet, or a group change (name, members, roles): the lists again.
    if (!S.channels.has(m.channel_id) || m.event) refreshSoon(client);
    // Writing in a chat means having read it: your own message moves your read position.
    if (m.own && m.source === 'ack') markRead(m.channel_id);
    if (!m.own) {
      // A message ends its sender's typing.
      if (S.typing.get(m.channel_id)?.delete(m.sender_id)) invalidate('typing');
      ensureUsers([m.sender_id]);
      noteIncoming(m);
    }
    invalidate('sidebar');
    if (m.channel_id === S.current) invalidate('messages');
  });

  client.on('synced', () => {
    S.synced = true;
  });

  // Your read position moved (another device, or this one), or a member read (a receipt).
  client.on('read', (r) => {
    if (!S.me) return;
    const changed = r.user_id === S.me.id ? readAt(r.channel_id, r.seq) : noteReceipt(r.channel_id, r.user_id, r.seq);
    if (changed) invalidate('sidebar', 'messages');
  });

  // A device of another member received a chat up to a seq (a receipt): "delivered".
  client.on('delivered', (d) => {
    if (S.me && noteDelivered(d.channel_id, d.user_id, d.seq)) invalidate('messages');
  });

  // This page blocked, unblocked or unfriended someone: friends, requests, chats again.
  document.addEventListener('tern:social-changed', () => refreshLists(client));

  // Another member typing, or no longer: shown until it expires by itself.
  client.on('typing', (t) => {
    let here = S.typing.get(t.channel_id);
    if (!here) S.typing.set(t.channel_id, (here = new Map()));
    if (t.typing) {
      here.set(t.user_id, Date.now() + t.expires_in_ms);
      ensureUsers([t.user_id]);
      setTimeout(() => invalidate('typing'), t.expires_in_ms + 50);
    } else {
      here.delete(t.user_id);
    }
    invalidate('typing');
  });

  // Added to a group (a new one, or an old one) or removed from one: the lists again.
  client.on('channel', (c) => {
    if (!c.member && S.current === c.channel_id) S.current = null;
    refreshSoon(client);
  });

  // A friend request, an answer, a removal or a block, made here, elsewhere or by them.
  client.on('relation', (r) => {
    ensureUsers([r.user_id]);
    refreshSocial(client).catch(() => refreshSoon(client));
    if (r.relation === 'friend') {
      client.queryPresence([r.user_id]).catch(() => {});
    } else {
      S.presence.delete(r.user_id);
      repaintPresence();
    }
  });

  client.on('presence', (p) => {
    S.presence.set(p.user_id, { online: p.online, last_active_at_ms: p.last_active_at_ms });
    S.presenceFresh.add(p.user_id);
    repaintPresence();
  });

  // A send queued before a reload (no promise on this page) that the server refused.
  client.on('send-failed', (d) => {
    const o = S.outgoing.get(d.client_msg_id);
    if (o && !o.error) {
      o.error = { code: d.code };
      invalidate('messages');
    }
  });

  client.on('error', (e) => {
    if (e && e.fatal) console.warn('tern:', e.code, e.message);
    if (e && e.code && ['bad_token', 'token_expired', 'missing_token', 'token_revoked'].includes(e.code)) logout(client, describeError(e));
  });

  // Leaving the page: close the session so friends see us go offline at once. A browser that
  // quits sends no QUIC CONNECTION_CLOSE for an open WebTransport session, so the gateway would
  // only notice at its idle timeout. Chromium still runs beforeunload when it quits; pagehide and
  // unload come too late. Unacknowledged sends stay in the stored outbox for the next visit. If
  // the page stays after all (a cancelled navigation, a download link), connect again.
  window.addEventListener('beforeunload', () => {
    if (!client.isLoggedIn || client.state === 'closed') return;
    client.disconnect('page unload');
    setTimeout(() => {
      if (client.isLoggedIn && client.state === 'closed') client.connect().catch(() => {});
    }, 1000);
  });
  window.addEventListener('pageshow', (ev) => {
    if (ev.persisted && client.isLoggedIn && client.state === 'closed') client.connect().catch(() => {});
  });
  // "Last seen 5 minutes ago" stays true.
  setInterval(repaintPresence, 30_000);

  if (client.isLoggedIn) enterApp(client);
  else {
    showAuth();
    markInteractive();
  }
}

function markInteractive() {
  if (!performance.getEntriesByName('tern:interactive').length) performance.mark('tern:interactive');
}

/** @param {TernClient} client */
function enterApp(client) {
  resetState();
  S.synced = false;
  S.me = rememberUser(client.user);
  S.read = persist.readMarks(S.me.id) || {};
  S.previews = persist.previews(S.me.id) || {};
  loadComposerState();
  $('auth-view').hidden = true;
  $('app-view').hidden = false;
  $('app-view').classList.remove('chat-open');
  invalidate('me', 'sidebar', 'chat', 'messages', 'composer', 'conn');
  client.connect().catch(() => { /* shown through the state event */ });
  refreshLists(client).then(() => {
    const last = persist.lastChat(S.me?.id);
    if (last && S.channels.has(last) && !S.current) openChannel(last, { restoring: true });
    invalidate('sidebar');
    queueMicrotask(() => setTimeout(markInteractive, 0));
  });
  client.me().then((u) => {
    S.me = rememberUser(u);
    invalidate('me', 'sidebar');
  }).catch((e) => {
    if (e.status === 401) logout(client, describeError(e));
  });
}

/** @param {TernClient} client */
function logout(client, message = '') {
  client.logout();
  resetState();
  $('app-view').classList.remove('chat-open');
  document.title = 'Tern';
  showAuth(message);
}

let refreshing = null;
/** Friends and channels from the server; then previews for chats whose last message is unknown here. */
function refreshLists(client) {
  if (!client.isLoggedIn) return Promise.resolve();
  if (refreshing) return refreshing;
  refreshing = Promise.all([client.friends(), allConversations(client), client.friendRequests(), client.blocked()])
    .then(([friends, conversations, requests, blocked]) => {
      S.blocked = blocked.map((u) => rememberUser(u).id);
      S.friends = friends.map(rememberUser);
      S.requests = { incoming: requests.incoming.map(rememberUser), outgoing: requests.outgoing.map(rememberUser) };
      const old = S.channels;
      S.channels = new Map(conversations.map(({ channel: c }) => [c.id, { ...c, last_seq: Math.max(c.last_seq, old.get(c.id)?.last_seq || 0) }]));
      for (const c of conversations) {
        // The server's position is the truth; a higher one here is a mark still on its way.
        S.read[c.channel.id] = Math.max(c.read_seq, Math.min(S.read[c.channel.id] || 0, c.channel.last_seq));
        if (c.last_message) notePreview({ ...c.last_message });
      }
      S.listsLoaded = true;
      $('lists-error').textContent = '';
      ensureUsers([...new Set(conversations.flatMap((c) => [...c.channel.members, c.last_message?.sender_id || '']).filter(Boolean))]);
      invalidate('sidebar', 'chat', 'messages');
      const ids = S.friends.map((f) => f.id);
      if (ids.length && S.conn.state === 'connected') client.queryPresence(ids).catch(() => {});
    })
    .catch((e) => {
      if (e.status === 401) logout(client, describeError(e));
      else $('lists-error').textContent = describeError(e, 'lists');
    })
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** Every page of the conversation list. @param {TernClient} client */
async function allConversations(client) {
  const out = [];
  let page = '';
  do {
    const next = await client.conversations({ limit: 100, page });
    out.push(...next.conversations);
    page = next.next_page || '';
  } while (page);
  return out;
}

/** The other members' read positions in a chat just opened. @param {TernClient} client */
function loadReceipts(client, channelId) {
  client.reads(channelId).then((list) => {
    let changed = false;
    for (const r of list) {
      if (r.user_id === S.me?.id) continue;
      changed = noteReceipt(channelId, r.user_id, r.seq) || changed;
      changed = noteDelivered(channelId, r.user_id, r.delivered_seq || 0) || changed;
    }
    if (changed) invalidate('messages');
  }).catch(() => {}); // receipts are a nicety: a failed read leaves the marks as they were
}

let refreshTimer = null;
function refreshSoon(client) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshLists(client), 300);
}

