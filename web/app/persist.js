// @ts-check
// What the page keeps in localStorage, per user (the library keeps the session, cursor and
// outbox itself): the last open chat, drafts, sends the server refused (so a Retry survives a
// reload), the sidebar's cached last messages, and this device's read marks.
//
// LOCAL READ STATE: until the server keeps read state (issue 17), "read" means read on this
// device, in this browser. The unread counts and the "New messages" divider come from here. When
// the server's read state arrives, it replaces readMarks() and this file keeps only UI state.

const PREFIX = 'tern.ui.';

function get(key, fallback) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw == null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

function set(key, value) {
  try {
    if (value == null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the page works for this visit.
  }
}

export const persist = {
  lastChat: (userId) => get(`${userId}.lastChat`, null),
  setLastChat: (userId, channelId) => set(`${userId}.lastChat`, channelId),

  /** channel id -> the highest seq read on this device (LOCAL read state), or null when never set. */
  readMarks: (userId) => get(`${userId}.read`, null),
  setReadMarks: (userId, marks) => set(`${userId}.read`, marks),

  drafts: (userId) => get(`${userId}.drafts`, {}),
  setDrafts: (userId, drafts) => set(`${userId}.drafts`, drafts),

  /** [{client_msg_id, channel_id, body, error_code, created_at_ms}] refused by the server. */
  failed: (userId) => get(`${userId}.failed`, []),
  setFailed: (userId, list) => set(`${userId}.failed`, list.length ? list : null),

  /** channel id -> {seq, sender_id, body (cut), sent_at_ms}: the sidebar's last messages. */
  previews: (userId) => get(`${userId}.previews`, {}),
  setPreviews: (userId, previews) => set(`${userId}.previews`, previews),
};
