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
// Later (issue 17): server read state, receipts, typing, friend requests, edits and deletes,
// membership events and the channel-list endpoint plug into state.js (read marks, previews),
// conversation.js (receiptOf) and sidebar.js; nothing here pretends to have them.

import { $ } from './dom.js';
import {
  S, addMessage, invalidate, readBaseline, rememberUser, resetState,
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
  setupConversation(client);
  setupComposer(client, lib);
  setupDialogs(client);
  setupAuth(client, { onLoggedIn: () => enterApp(client) });
  $('logout').addEventListener('click', () => logout(client));

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
    if (!S.channels.has(m.channel_id)) refreshSoon(client);
    if (!m.own) {
      ensureUsers([m.sender_id]);
      noteIncoming(m);
    }
    invalidate('sidebar');
    if (m.channel_id === S.current) invalidate('messages');
  });

  client.on('synced', () => {
    S.synced = true;
    maybeBaseline();
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
    if (e && e.code && ['bad_token', 'token_expired', 'missing_token'].includes(e.code)) logout(client, describeError(e));
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

/** A device with no read marks: once the catch-up and the lists are in, all of it counts as read. */
function maybeBaseline() {
  if (S.readBaselinePending && S.synced && S.listsLoaded) {
    readBaseline();
    invalidate('sidebar');
  }
}

/** @param {TernClient} client */
function enterApp(client) {
  resetState();
  S.synced = false;
  S.me = rememberUser(client.user);
  const marks = persist.readMarks(S.me.id);
  S.read = marks || {};
  S.readBaselinePending = marks == null;
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
  refreshing = Promise.all([client.friends(), client.channels(), client.friendRequests()])
    .then(([friends, channels, requests]) => {
      S.friends = friends.map(rememberUser);
      S.requests = { incoming: requests.incoming.map(rememberUser), outgoing: requests.outgoing.map(rememberUser) };
      const old = S.channels;
      S.channels = new Map(channels.map((c) => [c.id, { ...c, last_seq: Math.max(c.last_seq, old.get(c.id)?.last_seq || 0) }]));
      S.listsLoaded = true;
      $('lists-error').textContent = '';
      ensureUsers([...new Set(channels.flatMap((c) => c.members))]);
      maybeBaseline();
      invalidate('sidebar', 'chat');
      const ids = S.friends.map((f) => f.id);
      if (ids.length && S.conn.state === 'connected') client.queryPresence(ids).catch(() => {});
      fetchPreviews(client);
    })
    .catch((e) => {
      if (e.status === 401) logout(client, describeError(e));
      else $('lists-error').textContent = describeError(e, 'lists');
    })
    .finally(() => { refreshing = null; });
  return refreshing;
}

let refreshTimer = null;
function refreshSoon(client) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshLists(client), 300);
}

/**
 * The last message of chats whose newest seq (from the channel list) is past what this page
 * knows: one message of history each, three at a time. (The channel-list endpoint of issue 17
 * will bring these with the list.)
 * @param {TernClient} client
 */
async function fetchPreviews(client) {
  const stale = [...S.channels.values()].filter((c) => c.last_seq > (S.previews[c.id]?.seq || 0));
  const work = stale.map((c) => async () => {
    try {
      const page = await client.history(c.id, { anchor: 'latest', limit: 1 });
      for (const m of page.messages) addMessage({ ...m, source: 'history', own: m.sender_id === S.me?.id });
      ensureUsers(page.messages.map((m) => m.sender_id));
    } catch {
      // The preview stays as it was; the chat itself loads its history when opened.
    }
  });
  const runners = Array.from({ length: Math.min(3, work.length) }, async () => {
    while (work.length) await work.shift()();
  });
  await Promise.all(runners);
  invalidate('sidebar');
}
