// @ts-check
// What the page keeps in localStorage, per user (the library keeps the session, cursor and
// outbox itself): the last open chat, drafts, sends the server refused (so a Retry survives a
// reload), the sidebar's cached last messages, and the last known read positions.
//
// The read marks are a cache of the server's read positions (for the first paint after a
// reload); the server's answer replaces them.

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

  /** channel id -> the read position last heard from the server, or null when never set. */
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
