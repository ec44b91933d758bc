// @ts-check
// What the client persists: the session (token + user), the device id, and per user+device the
// inbox cursor (base64) and the outbox of unacknowledged sends. Any Storage-like object works
// (localStorage, sessionStorage, or MemoryStorage in Node and tests).

import { base64ToBytes, bytesToBase64, compareBytes } from './bytes.js';

/** An in-memory Storage (getItem/setItem/removeItem/clear/key/length). */
export class MemoryStorage {
  constructor(entries) {
    this._m = new Map(entries ? Object.entries(entries) : []);
  }
  get length() { return this._m.size; }
  key(i) { return [...this._m.keys()][i] ?? null; }
  getItem(k) { return this._m.has(k) ? this._m.get(k) : null; }
  setItem(k, v) { this._m.set(String(k), String(v)); }
  removeItem(k) { this._m.delete(k); }
  clear() { this._m.clear(); }
}

export function defaultStorage() {
  try {
    if (typeof localStorage !== 'undefined' && localStorage) return localStorage;
  } catch {
    // Access can throw (sandboxed iframes, disabled storage).
  }
  return new MemoryStorage();
}

export class ClientStore {
  constructor(storage = defaultStorage(), prefix = 'tern.') {
    this.storage = storage;
    this.prefix = prefix;
  }

  _get(key) {
    try {
      return this.storage.getItem(this.prefix + key);
    } catch {
      return null;
    }
  }

  _set(key, value) {
    try {
      if (value == null) this.storage.removeItem(this.prefix + key);
      else this.storage.setItem(this.prefix + key, value);
    } catch {
      // Quota or disabled storage: the in-memory state still works for this page.
    }
  }

  _json(key, fallback) {
    const raw = this._get(key);
    if (raw == null) return fallback;
    try {
      return JSON.parse(raw);
    } catch {
      return fallback;
    }
  }

  deviceId() { return this._get('device_id'); }
  setDeviceId(id) { this._set('device_id', id); }

  /** {token, user, expires_at, device_id} or null. */
  session() { return this._json('session', null); }
  setSession(session) { this._set('session', session ? JSON.stringify(session) : null); }

  /** The inbox cursor of user+device (empty Uint8Array when none). */
  cursor(userId, deviceId) {
    return base64ToBytes(this._get(`cursor.${userId}.${deviceId}`) || '');
  }

  setCursor(userId, deviceId, cursor) {
    this._set(`cursor.${userId}.${deviceId}`, cursor && cursor.length ? bytesToBase64(cursor) : null);
  }

  /**
   * Stores `cursor` if it is later than the stored one (cursors compare bytewise; live
   * deliveries can overtake one another). Returns the cursor now stored.
   */
  advanceCursor(userId, deviceId, cursor) {
    const current = this.cursor(userId, deviceId);
    if (!cursor || !cursor.length || compareBytes(cursor, current) <= 0) return current;
    this.setCursor(userId, deviceId, cursor);
    return cursor;
  }

  /** Unacknowledged sends: [{channel_id, client_msg_id, body, created_at_ms}]. */
  outbox(userId, deviceId) {
    const list = this._json(`outbox.${userId}.${deviceId}`, []);
    return Array.isArray(list) ? list.filter((e) => e && e.channel_id && e.client_msg_id) : [];
  }

  setOutbox(userId, deviceId, entries) {
    this._set(`outbox.${userId}.${deviceId}`, entries.length ? JSON.stringify(entries) : null);
  }
}
