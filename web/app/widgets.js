// @ts-check
// Small pieces shared by the sidebar, the conversation and the dialogs: avatars and presence
// (shown by shape and words, not by colour alone).

import { el } from './dom.js';
import { agoText, hueOf, initials } from './format.js';
import { S, isMe, presenceStatus, userName } from './state.js';

/** An avatar with initials; `label` false: decorative (the name is next to it). */
export function avatar(id, name, { group = false, size = 'md' } = {}) {
  return el('span', {
    class: `avatar ${size}${group ? ' group' : ''}`,
    style: `--hue: ${hueOf(id)}`,
    'aria-hidden': 'true',
  }, initials(name));
}

/** Words for a user's presence: "Online", "Last seen 5 minutes ago", "Status unknown", ... */
export function presenceText(userId, now = Date.now()) {
  const status = presenceStatus(userId);
  if (isMe(userId)) {
    return status === 'online' ? 'Online (you)' : status === 'offline' ? 'Offline (you)' : 'Reconnecting (you)';
  }
  if (status === 'online') return 'Online';
  if (status === 'unknown') return S.conn.state === 'connected' ? 'Checking status…' : 'Status unknown while you’re offline';
  const last = S.presence.get(userId)?.last_active_at_ms || 0;
  return last ? `Last seen ${agoText(last, now)}` : 'Offline';
}

/** The presence indicator: a filled dot (online), a ring (offline), a dashed ring (unknown). */
export function presenceDot(userId, testid) {
  const node = el('span', { class: 'presence', 'data-testid': testid, 'data-presence-user': userId, role: 'img' });
  paintPresence(node);
  return node;
}

/** Repaints a presence indicator from the state. */
export function paintPresence(node) {
  const userId = node.dataset.presenceUser;
  const status = presenceStatus(userId);
  node.classList.toggle('online', status === 'online');
  node.classList.toggle('offline', status === 'offline');
  node.classList.toggle('unknown', status === 'unknown');
  node.dataset.status = status;
  const label = `${userName(userId)}: ${presenceText(userId)}`;
  node.setAttribute('aria-label', label);
  node.title = presenceText(userId);
}

/** Repaints every presence indicator and text on the page (after presence or connection changes). */
export function repaintPresence() {
  for (const node of document.querySelectorAll('.presence[data-presence-user]')) paintPresence(node);
  for (const node of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-presence-text]'))) {
    node.textContent = presenceText(node.dataset.presenceText);
    node.dataset.status = presenceStatus(node.dataset.presenceText);
  }
}

/** A live text of a user's presence (kept current by repaintPresence). */
export function presenceLabel(userId, attrs = {}) {
  return el('span', { class: 'presence-text', 'data-presence-text': userId, 'data-status': presenceStatus(userId), ...attrs }, presenceText(userId));
}
