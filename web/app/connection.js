// @ts-check
// The connection as a person sees it: the badge in the sidebar, the banner above every
// conversation (phones included), presence shown as unknown while not connected, and how hard
// the client checks that the server is there.
//
// Noticing a dead server: while the page is on screen, the client sends a Heartbeat after 1 s
// without any frame from the server and drops the session when no answer (and nothing else)
// came within 1 s (or 4 × the slowest recent round trip): a server that died is shown as
// "Reconnecting" within about 2.3 s (1 s probe + 1 s deadline + a 250 ms check), measured in
// test-browser/ui-connection.test.mjs. A hidden page probes only at the protocol's heartbeat
// interval (5 s) and checks at once when it is shown again. The WebSocket transport usually
// learns sooner (the kernel closes the TCP connection of a dead process).

import { $ } from './dom.js';
import { S, invalidate, onRender } from './state.js';
import { connectionText } from './wording.js';
import { repaintPresence } from './widgets.js';

/** While on screen: a probe after this long without a frame from the server (ms). */
export const VISIBLE_PROBE_MS = 1000;
/** How long a probe may go unanswered (ms). */
export const ACK_TIMEOUT_MS = 1000;

/** @param {import('../dist/tern-client.js').TernClient} client */
export function setupConnection(client) {
  const applyLiveness = () => {
    const visible = document.visibilityState === 'visible';
    client.setLiveness({ probeMs: visible ? VISIBLE_PROBE_MS : null, ackTimeoutMs: ACK_TIMEOUT_MS });
    if (visible) client.probe();
  };
  applyLiveness();
  document.addEventListener('visibilitychange', applyLiveness);
  window.addEventListener('focus', () => client.probe());
  window.addEventListener('online', () => {
    S.conn.online = true;
    client.reconnectNow();
    client.probe();
    invalidate('conn');
  });
  window.addEventListener('offline', () => {
    S.conn.online = false;
    invalidate('conn');
  });

  client.on('state', (s) => {
    const wasConnected = S.conn.state === 'connected';
    S.conn.state = s.state;
    S.conn.transport = s.transport;
    S.conn.reason = s.reason || '';
    S.conn.nextAttemptAt = s.next_attempt_at_ms || 0;
    if (s.state !== 'connected' && wasConnected) S.presenceFresh.clear();
    invalidate('conn');
  });

  // The countdown to the next attempt.
  setInterval(() => {
    if (S.conn.state === 'reconnecting' || S.conn.state === 'connecting') renderConnection();
  }, 1000);

  onRender('conn', renderConnection);

  for (const id of ['conn-retry', 'side-conn-retry']) {
    $(id)?.addEventListener('click', () => {
      if (!client.reconnectNow()) client.probe();
    });
  }
}

/** The state as shown: 'connecting' | 'connected' | 'reconnecting' | 'offline'. */
export function shownState() {
  if (!S.conn.online) return 'offline';
  return S.conn.state === 'closed' ? 'offline' : S.conn.state;
}

function renderConnection() {
  const state = shownState();
  const retryInMs = S.conn.nextAttemptAt ? Math.max(0, S.conn.nextAttemptAt - Date.now()) : null;
  const words = connectionText({ state: S.conn.state, transport: S.conn.transport, online: S.conn.online, retryInMs });

  const badge = $('transport');
  badge.dataset.state = state;
  badge.dataset.transport = S.conn.transport || '';
  if (badge.textContent !== words.short) badge.textContent = words.short;
  badge.title = words.long || words.short;

  // The banner above the conversation (and above the list on a phone): shown whenever not connected.
  for (const [bannerId, textId, retryId] of [['conn-banner', 'conn-banner-text', 'conn-retry'], ['side-conn-banner', 'side-conn-banner-text', 'side-conn-retry']]) {
    const banner = $(bannerId);
    if (!banner) continue;
    banner.hidden = state === 'connected';
    banner.dataset.state = state;
    const text = $(textId);
    if (text.textContent !== words.long) text.textContent = words.long;
    // "Try now" makes sense while a reconnect waits for its backoff.
    $(retryId).hidden = !(S.conn.state === 'reconnecting' && retryInMs != null && retryInMs > 900 && S.conn.online);
  }
  document.documentElement.dataset.conn = state;
  repaintPresence();
}

