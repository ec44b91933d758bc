// @ts-check
// The REST API (JSON over HTTP): accounts, friends, channels, history and presence.
// Errors come back as {"error": {"code", "message"}} and are thrown as TernError.

import { TernError } from './errors.js';
import { anchorName, normalizeMessage, normalizePresence } from './codec.js';

export class RestApi {
  /**
   * getToken() returns the bearer token or null.
   * @param {{baseUrl?: string, fetch?: typeof globalThis.fetch, getToken?: () => (string | null), timeoutMs?: number}} [options]
   */
  constructor({ baseUrl, fetch: fetchFn = globalThis.fetch, getToken = () => null, timeoutMs = 15000 } = {}) {
    this.baseUrl = String(baseUrl).replace(/\/+$/, '');
    this._fetch = fetchFn;
    this._getToken = getToken;
    this.timeoutMs = timeoutMs;
  }

  /**
   * One JSON request; `url` may be a path (relative to baseUrl) or an absolute URL.
   * @param {string} method
   * @param {string} url
   * @param {{body?: any, auth?: boolean, timeoutMs?: number}} [opts]
   */
  async request(method, url, { body, auth = true, timeoutMs = this.timeoutMs } = {}) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (auth) {
      const token = this._getToken();
      if (!token) throw new TernError('NOT_LOGGED_IN', 'log in first', { status: 401 });
      headers.authorization = `Bearer ${token}`;
    }
    const full = /^https?:\/\//i.test(url) ? url : this.baseUrl + url;
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller && timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : null;
    let res;
    try {
      res = await this._fetch(full, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller?.signal,
      });
    } catch (e) {
      const aborted = e?.name === 'AbortError';
      throw new TernError(aborted ? 'TIMEOUT' : 'NETWORK', `${method} ${full}: ${aborted ? 'timed out' : e?.message || e}`);
    } finally {
      if (timer) clearTimeout(timer);
    }
    const text = await res.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!res.ok) {
      const err = json && json.error;
      throw new TernError(err?.code || `http_${res.status}`, err?.message || text || res.statusText, { status: res.status });
    }
    return json;
  }

  get(path, opts) { return this.request('GET', path, opts); }
  post(path, body, opts) { return this.request('POST', path, { ...opts, body: body ?? {} }); }
  put(path, body, opts) { return this.request('PUT', path, body === undefined ? opts : { ...opts, body }); }
  patch(path, body, opts) { return this.request('PATCH', path, { ...opts, body }); }
  delete(path, opts) { return this.request('DELETE', path, opts); }

  // ---- accounts

  signup({ username, password, display_name = '', device_id }) {
    return this.post('/v1/signup', { username, password, display_name, device_id }, { auth: false });
  }
  login({ username, password, device_id }) {
    return this.post('/v1/login', { username, password, device_id }, { auth: false });
  }
  /** Revokes this device's token (every device's with allDevices) and closes its sessions everywhere. */
  logout(allDevices = false) { return this.post(allDevices ? '/v1/logout?all_devices=true' : '/v1/logout'); }
  me() { return this.get('/v1/me'); }
  updateMe(displayName) { return this.patch('/v1/me', { display_name: displayName }); }
  setReceipts(on) { return this.patch('/v1/me', { send_receipts: Boolean(on) }); }
  lookupUser(username) { return this.get(`/v1/users?username=${encodeURIComponent(username)}`); }
  user(id) { return this.get(`/v1/users/${encodeURIComponent(id)}`); }

  // ---- friends

  friends() { return this.get('/v1/friends'); }
  requestFriend(userId) { return this.put(`/v1/friends/${encodeURIComponent(userId)}`); }
  removeFriend(userId) { return this.delete(`/v1/friends/${encodeURIComponent(userId)}`); }
  friendRequests() { return this.get('/v1/friends/requests'); }
  acceptFriend(userId) { return this.post(`/v1/friends/requests/${encodeURIComponent(userId)}/accept`); }
  declineFriend(userId) { return this.post(`/v1/friends/requests/${encodeURIComponent(userId)}/decline`); }
  cancelFriendRequest(userId) { return this.delete(`/v1/friends/requests/${encodeURIComponent(userId)}`); }
  blocked() { return this.get('/v1/blocks'); }
  block(userId) { return this.put(`/v1/blocks/${encodeURIComponent(userId)}`); }
  unblock(userId) { return this.delete(`/v1/blocks/${encodeURIComponent(userId)}`); }

  // ---- channels

  channels() { return this.get('/v1/channels'); }
  channel(id) { return this.get(`/v1/channels/${encodeURIComponent(id)}`); }
  openDirect(userId) { return this.post('/v1/channels/direct', { user_id: userId }); }
  createGroup(name, memberIds = []) { return this.post('/v1/groups', { name, members: memberIds }); }
  addMember(channelId, userId) { return this.post(`/v1/groups/${encodeURIComponent(channelId)}/members`, { user_id: userId }); }
  removeMember(channelId, userId) {
    return this.delete(`/v1/groups/${encodeURIComponent(channelId)}/members/${encodeURIComponent(userId)}`);
  }
  renameGroup(channelId, name) { return this.patch(`/v1/groups/${encodeURIComponent(channelId)}`, { name }); }
  setAdmin(channelId, userId, admin) {
    const path = `/v1/groups/${encodeURIComponent(channelId)}/admins/${encodeURIComponent(userId)}`;
    return admin ? this.put(path) : this.delete(path);
  }
  transferOwnership(channelId, userId) {
    return this.put(`/v1/groups/${encodeURIComponent(channelId)}/owner`, { user_id: userId });
  }

  /**
   * @param {string} channelId
   * @param {{anchor?: string | number, seq?: number, limit?: number}} [opts]
   */
  async history(channelId, { anchor = 'latest', seq = 0, limit } = {}) {
    const q = new URLSearchParams({ anchor: anchorName(anchor), seq: String(seq || 0) });
    if (limit) q.set('limit', String(limit));
    const page = await this.get(`/v1/channels/${encodeURIComponent(channelId)}/history?${q}`);
    return normalizeHistoryPage(page);
  }

  /** @param {{limit?: number, page?: string}} [opts] */
  conversations({ limit, page } = {}) {
    const q = new URLSearchParams();
    if (limit) q.set('limit', String(limit));
    if (page) q.set('page', page);
    return this.get(`/v1/conversations${q.size ? `?${q}` : ''}`);
  }
  markRead(channelId, seq) { return this.put(`/v1/channels/${encodeURIComponent(channelId)}/read`, { seq }); }
  markDelivered(channelId, seq) { return this.put(`/v1/channels/${encodeURIComponent(channelId)}/delivered`, { seq }); }
  reads(channelId) { return this.get(`/v1/channels/${encodeURIComponent(channelId)}/reads`); }

  async presence(userIds) {
    const list = await this.get(`/v1/presence?users=${userIds.map(encodeURIComponent).join(',')}`);
    return (list || []).map(normalizePresence);
  }

  // ---- gateways

  info(baseUrl = this.baseUrl, opts) { return this.get(`${String(baseUrl).replace(/\/+$/, '')}/v1/info`, { auth: false, ...opts }); }
  discover(region) {
    return this.get(`/v1/discover${region ? `?region=${encodeURIComponent(region)}` : ''}`, { auth: false });
  }
}

export function normalizeHistoryPage(page) {
  return {
    channel_id: String(page?.channel_id ?? ''),
    messages: (page?.messages || []).map(normalizeMessage),
    has_older: Boolean(page?.has_older),
    has_newer: Boolean(page?.has_newer),
    last_seq: Number(page?.last_seq ?? 0),
  };
}
