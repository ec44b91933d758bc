// @ts-check
// TernClient: REST helpers plus one live session (WebTransport, else WebSocket) with catch-up,
// dedupe, gap filling, an outbox that survives reconnects and reloads, heartbeats, GoAway and
// reconnect with backoff. Events (an EventTarget; `event.detail` carries the data):
//   state     {state: 'connecting'|'connected'|'reconnecting'|'closed', transport, reason?}
//   message   {channel_id, seq, sender_id, client_msg_id, body, sent_at_ms, source, own}
//             source: 'sync' (catch-up), 'deliver', 'ack' (own send), 'gap' (gap fill);
//             each (channel_id, seq) at most once
//   ack       {channel_id, seq, client_msg_id, server_time_ms, duplicate}
//   presence  {user_id, online, status: 'online'|'offline', last_active_at_ms, source}
//   error     {code, message, fatal, request_id?, client_msg_id?, channel_id?}
//   synced    {entries}  (catch-up finished; live delivery follows)
//   session   {user, token}|null  (logged in / out)
//
// The jobs live in their own modules, composed here: connection.js (which gateway, which
// transport), session.js (one live session: frames, request ids, heartbeats), outbox.js (sends
// until acknowledged), gaps.js (filling seq gaps), tracker.js (dedupe), store.js (what persists),
// rest.js (the REST API). This file keeps the state machine (connect, reconnect with backoff,
// GoAway, fatal errors), the dispatch of server frames, the cursor and the events.

import { decodeServerFrame, normalizeMessage, normalizePresence, normalizeRelation, anchorEnum, toNumber } from './codec.js';
import { TernError, FATAL_AUTH_CODES, REST_AUTH_CODES } from './errors.js';
import { RestApi, normalizeHistoryPage } from './rest.js';
import { ClientStore, defaultStorage } from './store.js';
import { SeqTracker } from './tracker.js';
import { backoffDelay } from './backoff.js';
import { WT_TIMEOUT_MS } from './transport.js';
import { bytesToBase64 } from './bytes.js';
import { Dialer } from './connection.js';
import { Session } from './session.js';
import { Outbox } from './outbox.js';
import { GapFiller } from './gaps.js';
import { DeliveryReporter } from './delivery.js';
/** @import { MemoryStorage } from './store.js' */
/** @import { LivenessOptions } from './session.js' */
/** @import { TernEventMap, TernAck, TernUser, TernChannel, TernHistoryPage, TernPresence, TernRelation, TernFriendRequests, TernConversationPage, TernReceipt } from './types.js' */

/** The longest message body, in Unicode scalar values (PROTOCOL.md §4.2). */
export const MAX_BODY_CHARS = 100_000;

/**
 * A body's length as the server counts it: Unicode scalar values (code points), not UTF-16
 * units or bytes. A lone surrogate counts as one.
 * @param {string} text
 */
export function bodyLength(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
const AUTH_WAIT_MS = 12_000;

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function randomId() {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      // not a secure context
    }
  }
  const b = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** ['wt', 'ws'] / 'websocket' / ... -> ['webtransport', 'websocket'] (known names only, in order). */
export function normalizeTransports(list) {
  const names = Array.isArray(list) ? list : String(list || '').split(',');
  const out = [];
  for (const raw of names) {
    const n = String(raw).trim().toLowerCase();
    const name = n === 'wt' || n === 'webtransport' ? 'webtransport' : n === 'ws' || n === 'websocket' ? 'websocket' : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out.length ? out : ['webtransport', 'websocket'];
}

function makeEvent(type, detail) {
  if (typeof CustomEvent === 'function') return new CustomEvent(type, { detail });
  const ev = new Event(type);
  Object.defineProperty(ev, 'detail', { value: detail });
  return ev;
}

/**
 * @typedef {object} TernClientOptions
 * @property {string} [baseUrl] REST API and discovery (default: the page's origin)
 * @property {string} [region] passed to /v1/discover?region=
 * @property {string} [deviceId] default: generated once, kept in storage
 * @property {string[] | string} [transports] order of preference: 'webtransport', 'websocket'
 * @property {Storage | MemoryStorage} [storage] default: localStorage, else in memory
 * @property {typeof globalThis.fetch} [fetch]
 * @property {any} [WebSocket] the WebSocket constructor
 * @property {any} [WebTransport] the WebTransport constructor
 * @property {(kind: string, info: object, client: TernClient) => Promise<any>} [openTransport] replaces the real transports (tests)
 * @property {number} [webTransportTimeoutMs]
 * @property {number} [requestTimeoutMs]
 * @property {number} [gapDelayMs]
 * @property {number} [gapRetryMs]
 * @property {boolean} [deliveryReceipts] tell the server which messages of others reached this
 *   device (MarkDelivered), so their senders see "delivered"; default true
 * @property {number} [deliveryDelayMs] the wait that folds a burst of arrivals into one mark
 *   per channel; default 250
 * @property {{base?: number, max?: number, jitter?: number, random?: () => number}} [backoff]
 * @property {LivenessOptions} [liveness] how quickly a dead server is noticed (session.js);
 *   default: probe only at the protocol's heartbeat interval, answers within 1 s
 */

export class TernClient extends EventTarget {
  /** @param {TernClientOptions} [options] */
  constructor({
    baseUrl = globalThis.location ? globalThis.location.origin : 'http://127.0.0.1:8080',
    region = '',
    deviceId,
    transports = ['webtransport', 'websocket'],
    storage = defaultStorage(),
    fetch: fetchFn = globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined,
    WebSocket: WebSocketImpl = globalThis.WebSocket,
    WebTransport: WebTransportImpl = globalThis.WebTransport,
    openTransport, // (kind, info, client) => Promise<transport>; replaces the real transports (tests)
    webTransportTimeoutMs = WT_TIMEOUT_MS,
    requestTimeoutMs = 15_000,
    gapDelayMs = 250,
    gapRetryMs = 2000,
    deliveryReceipts = true,
    deliveryDelayMs = 250,
    backoff = {},
    liveness = {},
  } = {}) {
    super();
    this.baseUrl = String(baseUrl).replace(/\/+$/, '');
    this.region = region || '';
    this.transports = normalizeTransports(transports);
    this.store = new ClientStore(storage);
    this.rest = new RestApi({ baseUrl: this.baseUrl, fetch: fetchFn, getToken: () => this._session?.token ?? null });
    this.webTransportTimeoutMs = webTransportTimeoutMs;
    this.requestTimeoutMs = requestTimeoutMs;
    this.gapDelayMs = gapDelayMs;
    this.gapRetryMs = gapRetryMs;
    this.deliveryReceipts = deliveryReceipts;
    this.deliveryDelayMs = deliveryDelayMs;
    this.backoffOptions = backoff;
    /** How the live session checks the server is there (setLiveness() changes it). @type {LivenessOptions} */
    this.liveness = { probeMs: null, ackTimeoutMs: 1000, ...liveness };

    const saved = this.store.session();
    this.deviceId = deviceId || saved?.device_id || this.store.deviceId() || `web-${randomId().slice(0, 13)}`;
    this.store.setDeviceId(this.deviceId);
    this._session = saved && saved.token && saved.user && saved.device_id === this.deviceId ? saved : null;

    this.tracker = new SeqTracker();
    this._dialer = new Dialer(this, { WebSocket: WebSocketImpl, WebTransport: WebTransportImpl, openTransport });
    this._outbox = new Outbox({
      store: this.store,
      owner: () => (this._session ? { userId: this._session.user.id, deviceId: this.deviceId } : null),
      session: () => this._sess,
      emit: (type, detail) => this._emit(type, detail),
      committed: (ack, entry, clientMsgId) => this._onCommitted(ack, entry, clientMsgId),
    });
    if (this._session) this._outbox.load(this._session.user.id, this.deviceId);
    this._gaps = new GapFiller({
      tracker: () => this.tracker,
      connected: () => Boolean(this._sess?.authenticated),
      requestHistory: (channelId, opts) => this.requestHistory(channelId, opts),
      ingest: (m) => this._ingest(m, 'gap', null),
      delayMs: () => this.gapDelayMs,
      retryMs: () => this.gapRetryMs,
    });
    this._delivery = new DeliveryReporter({
      send: (channelId, seq) => this._sendDelivered(channelId, seq),
      delayMs: () => this.deliveryDelayMs,
    });

    this._state = 'closed';
    this._lastTransport = null;
    this._running = false;
    this._everConnected = false;
    /** The live session (the browser tests read `_sess.authenticated.gateway_id`). @type {Session | null} */
    this._sess = null;
    this._attempt = 0;
    this._dialGen = 0;
    this._reconnectTimer = null;
    this._connectWaiters = [];
  }

  // ------------------------------------------------------------------ events

  _emit(type, detail) {
    this.dispatchEvent(makeEvent(type, detail));
  }

  /**
   * addEventListener with the detail as argument; returns an unsubscribe function.
   * @template {keyof TernEventMap} K
   * @param {K} type
   * @param {(detail: TernEventMap[K], event: Event) => void} fn
   * @returns {() => void}
   */
  on(type, fn) {
    const listener = (ev) => fn(ev.detail, ev);
    this.addEventListener(type, listener);
    return () => this.removeEventListener(type, listener);
  }

  _setState(state, extra = {}) {
    const transport = this._sess?.transport?.kind ?? this._lastTransport;
    if (state === this._state && !extra.reason && transport === this._stateTransport) return;
    this._state = state;
    this._stateTransport = transport;
    this._emit('state', { state, transport, ...extra });
  }

  // ------------------------------------------------------------------ getters

  get state() { return this._state; }
  /** 'webtransport' | 'websocket' | null: the current (or last) session's transport. */
  get transport() { return this._sess?.transport?.kind ?? this._lastTransport; }
  get session() { return this._session; }
  get user() { return this._session?.user ?? null; }
  get token() { return this._session?.token ?? null; }
  get isLoggedIn() { return Boolean(this._session); }
  get connected() { return Boolean(this._sess?.authenticated); }
  /** Unacknowledged sends (copies). */
  get outbox() { return this._outbox.entries.map((e) => ({ ...e })); }
  /** The stored inbox cursor as base64 ('' when none). */
  get cursor() {
    return this._session ? bytesToBase64(this.store.cursor(this._session.user.id, this.deviceId)) : '';
  }
  // ------------------------------------------------------------------ accounts (REST)

  _setSession(res) {
    const previous = this._session?.user?.id;
    this._session = { token: res.token, user: res.user, expires_at: res.expires_at, device_id: this.deviceId };
    this.store.setSession(this._session);
    if (previous !== res.user.id) {
      this.tracker.reset();
      this._outbox.load(res.user.id, this.deviceId);
    }
    this._emit('session', { user: res.user, token: res.token });
    return this._session;
  }

  /** signup(username, password, displayName) or signup({username, password, display_name}). */
  async signup(username, password, displayName = '') {
    const a = typeof username === 'object' ? username : { username, password, display_name: displayName };
    const res = await this.rest.signup({
      username: a.username,
      password: a.password,
      display_name: a.display_name ?? a.displayName ?? '',
      device_id: this.deviceId,
    });
    return this._setSession(res);
  }

  /** login(username, password) or login({username, password}). Stores token and user. */
  async login(username, password) {
    const a = typeof username === 'object' ? username : { username, password };
    const res = await this.rest.login({ username: a.username, password: a.password, device_id: this.deviceId });
    return this._setSession(res);
  }

  /**
   * Logs out on the server: revokes this device's token (every device's with allDevices) and
   * closes its sessions on every gateway. Call `logout()` after it to forget it here too.
   * @param {{ allDevices?: boolean }} [opts]
   */
  async revoke({ allDevices = false } = {}) {
    if (!this.isLoggedIn) return;
    await this.rest.logout(allDevices);
  }

  /** Disconnects and forgets the session (the cursor and outbox stay stored for next time). */
  logout() {
    this.disconnect();
    this._outbox.rejectWaiters(new TernError('CLOSED', 'logged out'));
    this._outbox.entries = [];
    this.tracker.reset();
    this._delivery.reset();
    this._session = null;
    this.store.setSession(null);
    this._emit('session', null);
  }

  async _rest(call) {
    try {
      return await call();
    } catch (e) {
      if (e instanceof TernError && REST_AUTH_CODES.has(e.code) && /** @type {any} */ (e).status === 401) {
        this._emit('error', { code: e.code, message: e.message, fatal: true, rest: true });
      }
      throw e;
    }
  }

  /** The logged-in user, fresh from the server. @returns {Promise<TernUser>} */
  async me() {
    const user = await this._rest(() => this.rest.me());
    if (this._session && user && user.id === this._session.user.id) {
      this._session = { ...this._session, user };
      this.store.setSession(this._session);
    }
    return user;
  }
  /** @param {string} displayName @returns {Promise<TernUser>} */
  updateMe(displayName) { return this._rest(() => this.rest.updateMe(displayName)); }
  /**
   * Whether others see how far you have read (receipts). Your own devices always do.
   * @param {boolean} on @returns {Promise<TernUser>}
   */
  setReceipts(on) { return this._rest(() => this.rest.setReceipts(on)); }
  /** @param {string} username @returns {Promise<TernUser>} rejects with code unknown_user */
  lookupUser(username) { return this._rest(() => this.rest.lookupUser(username)); }
  /** @param {string} userId @returns {Promise<TernUser>} */
  getUser(userId) { return this._rest(() => this.rest.user(userId)); }
  /** @returns {Promise<TernUser[]>} */
  friends() { return this._rest(() => this.rest.friends()); }
  /**
   * Asks someone to be friends; accepts when they asked first. Refused with `already_requested`,
   * `already_friends` (409) or `blocked` (403).
   * @param {string} userId @returns {Promise<TernRelation>} how you stand now
   */
  requestFriend(userId) { return this._rest(() => this.rest.requestFriend(userId)); }
  /** Ends a friendship (both sides). @param {string} userId @returns {Promise<TernRelation>} */
  removeFriend(userId) { return this._rest(() => this.rest.removeFriend(userId)); }
  /** Requests waiting for your answer, and yours waiting for theirs. @returns {Promise<TernFriendRequests>} */
  friendRequests() { return this._rest(() => this.rest.friendRequests()); }
  /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
  acceptFriend(userId) { return this._rest(() => this.rest.acceptFriend(userId)); }
  /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
  declineFriend(userId) { return this._rest(() => this.rest.declineFriend(userId)); }
  /** Takes back your request. @param {string} userId @returns {Promise<TernRelation>} */
  cancelFriendRequest(userId) { return this._rest(() => this.rest.cancelFriendRequest(userId)); }
  /** The users you blocked. @returns {Promise<TernUser[]>} */
  blocked() { return this._rest(() => this.rest.blocked()); }
  /**
   * Blocks someone: ends any friendship or request, closes your 1:1 chat to new messages,
   * hides presence both ways. @param {string} userId @returns {Promise<TernRelation>}
   */
  block(userId) { return this._rest(() => this.rest.block(userId)); }
  /** @param {string} userId @returns {Promise<TernRelation>} */
  unblock(userId) { return this._rest(() => this.rest.unblock(userId)); }
  /** @returns {Promise<TernChannel[]>} */
  channels() { return this._rest(() => this.rest.channels()); }
  /** @param {string} channelId @returns {Promise<TernChannel>} */
  channel(channelId) { return this._rest(() => this.rest.channel(channelId)); }
  /** @param {string} userId @returns {Promise<TernChannel>} the 1:1 chat with that user */
  openDirect(userId) { return this._rest(() => this.rest.openDirect(userId)); }
  /** @param {string} name @param {string[]} [memberIds] @returns {Promise<TernChannel>} */
  createGroup(name, memberIds = []) { return this._rest(() => this.rest.createGroup(name, memberIds)); }
  /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  addMember(channelId, userId) { return this._rest(() => this.rest.addMember(channelId, userId)); }
  /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  removeMember(channelId, userId) { return this._rest(() => this.rest.removeMember(channelId, userId)); }
  /** Admins and the owner rename a group. @param {string} channelId @param {string} name @returns {Promise<TernChannel>} */
  renameGroup(channelId, name) { return this._rest(() => this.rest.renameGroup(channelId, name)); }
  /**
   * The owner makes a member an admin (`admin = true`) or an admin a member again.
   * @param {string} channelId @param {string} userId @param {boolean} admin @returns {Promise<TernChannel>}
   */
  setAdmin(channelId, userId, admin) { return this._rest(() => this.rest.setAdmin(channelId, userId, admin)); }
  /** The owner hands the group to another member. @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
  transferOwnership(channelId, userId) { return this._rest(() => this.rest.transferOwnership(channelId, userId)); }
  /**
   * A history page over REST.
   * @param {string} channelId
   * @param {{anchor?: 'latest' | 'before' | 'after' | 'around', seq?: number, limit?: number}} [opts]
   * @returns {Promise<TernHistoryPage>}
   */
  history(channelId, opts = {}) { return this._rest(() => this.rest.history(channelId, opts)); }
  /**
   * A page of your conversations, most recent first, each with its last message and unread
   * count (REST). Pass the page's `next_page` as `page` for the next one.
   * @param {{limit?: number, page?: string}} [opts] @returns {Promise<TernConversationPage>}
   */
  conversations(opts = {}) { return this._rest(() => this.rest.conversations(opts)); }
  /**
   * You have read `channelId` up to `seq`: over the session when connected (else REST). Your
   * other devices and, with receipts on, the channel's other members get a `read` event.
   * Positions only move forward. @param {string} channelId @param {number} seq
   * @returns {Promise<{channel_id: string, seq: number}>} your position now
   */
  markRead(channelId, seq) {
    if (this._sess?.authenticated) return this._request(this._sess, 'mark_read', { channel_id: channelId, seq });
    return this._rest(() => this.rest.markRead(channelId, seq));
  }
  /**
   * Tells the channel's other online members you started (`on`) or stopped typing. Fire and
   * forget: not stored, not answered; a refusal (RATE_LIMITED above one start per channel per
   * second, NOT_A_MEMBER, ...) comes as an `error` event. Send a start again every few
   * seconds while typing (a start shows for `expires_in_ms`, 6 s), and a stop when done.
   * @param {string} channelId @param {boolean} on @returns {boolean} false when not connected
   */
  typing(channelId, on) {
    const sess = this._sess;
    if (!sess?.authenticated) return false;
    return sess.send({ request_id: sess.nextId++, typing: { channel_id: channelId, typing: Boolean(on) } });
  }
  /**
   * One of your devices has received `channelId` up to `seq`: the channel's other members see
   * "delivered" (with receipts on, in channels of up to 32 members). The client does this by
   * itself for every message of others that arrives (option `deliveryReceipts`); call it for
   * messages fetched otherwise. Over the session when connected (fire and forget), else REST.
   * @param {string} channelId @param {number} seq @returns {Promise<void>}
   */
  async markDelivered(channelId, seq) {
    if (this._sendDelivered(channelId, seq)) return;
    await this._rest(() => this.rest.markDelivered(channelId, seq));
  }

  _sendDelivered(channelId, seq) {
    const sess = this._sess;
    if (!sess?.authenticated) return false;
    return sess.send({ request_id: sess.nextId++, mark_delivered: { channel_id: channelId, seq } });
  }

  /** The read and delivery positions of a channel's members you may see (REST). @param {string} channelId @returns {Promise<TernReceipt[]>} */
  reads(channelId) { return this._rest(() => this.rest.reads(channelId)); }
  /** Presence over REST. @param {string[]} userIds @returns {Promise<TernPresence[]>} */
  presence(userIds) { return this._rest(() => this.rest.presence(userIds)); }
  info() { return this.rest.info(); }
  discover(region = this.region) { return this.rest.discover(region); }

  // ------------------------------------------------------------------ connecting

  /**
   * Starts the live session (and keeps it up until disconnect()). Resolves with the
   * Authenticated frame once connected; rejects if the client closes before that (a fatal
   * auth error or disconnect()).
   */
  connect() {
    if (!this._session) return Promise.reject(new TernError('NOT_LOGGED_IN', 'log in first'));
    if (this._sess?.authenticated) return Promise.resolve(this._sess.authenticated);
    const promise = new Promise((resolve, reject) => this._connectWaiters.push({ resolve, reject }));
    if (!this._running) {
      this._running = true;
      this._attempt = 0;
      this._everConnected = false;
      this._setState('connecting');
      this._dial(null);
    }
    return promise;
  }

  /** Closes the session and stops reconnecting. */
  disconnect(reason = 'disconnect') {
    const wasRunning = this._running;
    this._running = false;
    this._dialGen++;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    this._gaps.cancel();
    this._settleConnect(new TernError('CLOSED', reason));
    const sess = this._sess;
    if (sess) {
      sess.transport.close(reason);
      this._onClose(sess, { reason });
    } else if (wasRunning || this._state !== 'closed') {
      this._setState('closed', { reason });
    }
  }

  /**
   * Tries again at once when a reconnect is waiting for its backoff (a person pressed "Retry
   * now", or the network came back). Returns false when nothing was waiting.
   */
  reconnectNow() {
    if (!this._running || !this._reconnectTimer) return false;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    this._setState(this._everConnected ? 'reconnecting' : 'connecting', { reason: 'retry_now' });
    this._dial(null);
    return true;
  }

  /**
   * Changes how quickly a dead server is noticed: `probeMs` (a Heartbeat after that long
   * without a frame from the server; null: the protocol's interval only) and `ackTimeoutMs`.
   * A page on screen probes often; a hidden one can go back to the protocol's interval.
   * @param {LivenessOptions} liveness
   */
  setLiveness(liveness) {
    this.liveness = { ...this.liveness, ...liveness };
  }

  /** Checks now that the server is there (a Heartbeat; see setLiveness for the deadline). */
  probe() {
    if (this._sess?.authenticated) this._sess.probe();
  }

  _settleConnect(error, value) {
    const waiters = this._connectWaiters;
    this._connectWaiters = [];
    for (const w of waiters) {
      if (error) w.reject(error);
      else w.resolve(value);
    }
  }

  async _dial(target) {
    const gen = ++this._dialGen;
    clearTimeout(this._reconnectTimer);
    this._reconnectTimer = null;
    try {
      const { info, transport } = await this._dialer.establish(target);
      if (!this._running || gen !== this._dialGen) {
        transport.close('superseded');
        return;
      }
      this._startSession(transport, info);
    } catch (e) {
      if (!this._running || gen !== this._dialGen) return;
      // Another gateway that could not be reached at all: let the next discovery pick a
      // different one (or the page's own) instead of the same one again.
      if (e.gateway && !e.gateway._local && e.gateway.gateway_id) this._dialer.avoidGateway = e.gateway.gateway_id;
      this._emit('error', { code: e.code || 'CONNECT_FAILED', message: String(e.message || e), fatal: false });
      this._scheduleReconnect(e.code || 'connect_failed');
    }
  }

  _scheduleReconnect(reason) {
    if (!this._running) return;
    clearTimeout(this._reconnectTimer);
    const delay = backoffDelay(this._attempt++, this.backoffOptions);
    this._setState(this._everConnected ? 'reconnecting' : 'connecting', { reason, retry_in_ms: delay, next_attempt_at_ms: Date.now() + delay });
    this._reconnectTimer = setTimeout(() => {
      this._reconnectTimer = null;
      if (this._running) this._dial(null);
    }, delay);
  }

  // ------------------------------------------------------------------ the session

  _startSession(transport, info) {
    const sess = new Session(transport, info);
    this._sess = sess;
    this._lastTransport = transport.kind;
    transport.onframe = (bytes) => this._onBytes(sess, bytes);
    transport.onclose = (info) => this._onClose(sess, info);
    if (sess.closed) return;
    const user = this._session.user;
    sess.authenticate(
      { token: this._session.token, device_id: this.deviceId, cursor: this.store.cursor(user.id, this.deviceId) },
      AUTH_WAIT_MS,
    );
  }

  _onBytes(sess, bytes) {
    if (sess !== this._sess || sess.closed) return;
    let frame;
    try {
      frame = decodeServerFrame(bytes);
    } catch (e) {
      this._emit('error', { code: 'MALFORMED_FRAME', message: `undecodable server frame: ${e.message}`, fatal: false });
      return;
    }
    sess.received();
    this._onFrame(sess, frame);
  }

  _onFrame(sess, f) {
    const id = f.request_id;
    switch (f.kind) {
      case 'authenticated':
        if (id === sess.authId) this._onAuthenticated(sess, f.authenticated);
        break;
      case 'sync':
        if (id === sess.authId && sess.catchingUp) this._onCatchUpPage(sess, f.sync);
        else sess.answer(id, f.sync);
        break;
      case 'deliver':
        this._ingest(f.deliver.message, 'deliver', f.deliver.cursor);
        break;
      case 'ack':
        this._onAck(sess, id, f.ack);
        break;
      case 'history':
        sess.answer(id, normalizeHistoryPage(f.history));
        break;
      case 'presence': {
        const list = f.presence.presences.map(normalizePresence);
        for (const p of list) this._emit('presence', { ...p, source: 'query' });
        sess.answer(id, list);
        break;
      }
      case 'presence_event':
        if (f.presence_event.presence) this._emit('presence', { ...normalizePresence(f.presence_event.presence), source: 'event' });
        break;
      case 'heartbeat_ack':
        sess.answer(id, f.heartbeat_ack);
        break;
      case 'user_event':
        if (f.user_event.relation) this._emit('relation', normalizeRelation(f.user_event.relation));
        if (f.user_event.channel) {
          this._emit('channel', { channel_id: String(f.user_event.channel.channel_id), member: Boolean(f.user_event.channel.member) });
        }
        if (f.user_event.typing) {
          const t = f.user_event.typing;
          this._emit('typing', { channel_id: String(t.channel_id), user_id: String(t.user_id), typing: Boolean(t.typing), expires_in_ms: toNumber(t.expires_in_ms) });
        }
        if (f.user_event.read) {
          const r = f.user_event.read;
          this._emit('read', { channel_id: String(r.channel_id), user_id: String(r.user_id), seq: toNumber(r.seq) });
        }
        if (f.user_event.delivered) {
          const r = f.user_event.delivered;
          this._emit('delivered', { channel_id: String(r.channel_id), user_id: String(r.user_id), seq: toNumber(r.seq) });
        }
        break;
      case 'read_marked':
        sess.answer(id, { channel_id: String(f.read_marked.channel_id), seq: toNumber(f.read_marked.seq) });
        break;
      case 'error':
        this._onErrorFrame(sess, id, f.error);
        break;
      case 'go_away':
        sess.goAway = f.go_away;
        this._emit('goaway', { ...f.go_away, gateway_id: sess.gatewayId });
        // The server closes the session right after; do not wait long for it.
        setTimeout(() => {
          if (!sess.closed) sess.transport.close('go_away');
        }, 1000);
        break;
      default:
        break; // a kind this build does not know
    }
  }

  _onAuthenticated(sess, a) {
    clearTimeout(sess.authTimer);
    sess.authenticated = a;
    sess.gatewayId = a.gateway_id || sess.gatewayId;
    this._attempt = 0;
    this._everConnected = true;
    this._dialer.avoidGateway = null;
    const interval = a.heartbeat_interval_ms || 5000;
    const idle = a.idle_timeout_ms || 30_000;
    sess.startHeartbeat(
      interval,
      idle,
      () => this._request(sess, 'heartbeat', {}, { kind: 'heartbeat', timeoutMs: interval + idle }),
      () => this.liveness,
    );
    this._setState('connected');
    this._settleConnect(null, a);
    // Sends made while the catch-up runs go out at once; older ones wait for its end (the
    // catch-up may show they were committed already).
  }

  _onCatchUpPage(sess, page) {
    for (const entry of page.entries) this._ingest(entry.message, 'sync', entry.cursor);
    if (page.next_cursor && page.next_cursor.length) this._advanceCursor(page.next_cursor);
    sess.caughtUp += page.entries.length;
    if (!page.more) {
      sess.catchingUp = false;
      this._emit('synced', { entries: sess.caughtUp });
      this._outbox.flush(sess);
      this._delivery.schedule();
      if (this.tracker.openGaps().length) this._gaps.schedule(0);
    }
  }

  _advanceCursor(cursor) {
    if (!this._session) return;
    this.store.advanceCursor(this._session.user.id, this.deviceId, cursor);
  }

  /** One message from catch-up, Deliver or gap fill: dedupe, emit, settle own sends, note gaps, keep the cursor. */
  _ingest(raw, source, cursor) {
    if (!raw) return;
    const msg = normalizeMessage(raw);
    const r = this.tracker.observe(msg.channel_id, msg.seq);
    const own = Boolean(this._session && msg.sender_id === this._session.user.id);
    if (own) this._outbox.settleFromMessage(msg);
    else if (this.deliveryReceipts) this._delivery.received(msg.channel_id, msg.seq);
    if (!r.duplicate && !r.ignored) this._emit('message', { ...msg, source, own });
    if (r.gap) this._gaps.schedule();
    if (cursor && cursor.length) this._advanceCursor(cursor);
  }

  /** Sends a request on the session; resolves with its answer's payload. */
  _request(sess, field, payload, { kind = field, timeoutMs = this.requestTimeoutMs } = {}) {
    if (!sess) return Promise.reject(new TernError('DISCONNECTED', 'not connected'));
    return sess.request(field, payload, { kind, timeoutMs });
  }

  _onAck(sess, id, ack) {
    const p = sess.take(id);
    if (p && p.kind !== 'send') {
      p.resolve(ack);
      return;
    }
    this._outbox.complete(this._outbox.find(ack.channel_id, ack.client_msg_id) || p?.entry, ack);
  }

  /** An own send is committed (outbox.js): record its seq and emit it once as a message. */
  _onCommitted(ack, entry, clientMsgId) {
    const r = this.tracker.observe(ack.channel_id, ack.seq);
    if (!r.duplicate && !r.ignored && entry) {
      this._emit('message', {
        channel_id: ack.channel_id,
        seq: ack.seq,
        sender_id: this._session?.user?.id ?? '',
        client_msg_id: clientMsgId,
        body: entry.body,
        sent_at_ms: ack.server_time_ms,
        edit_of: entry.edit_of || 0,
        delete_of: entry.delete_of || 0,
        edited_at_ms: 0,
        deleted: false,
        event: null,
        source: 'ack',
        own: true,
      });
    }
    if (r.gap) this._gaps.schedule();
  }

  _onErrorFrame(sess, id, e) {
    const err = new TernError(e.code, e.message, { fatal: e.fatal, request_id: id });
    if (e.fatal) sess.fatal = err;
    if (FATAL_AUTH_CODES.has(e.code)) {
      this._fatalAuth(sess, err);
      return;
    }
    const p = id ? sess.take(id) : null;
    if (p) {
      if (p.kind === 'send') this._outbox.failed(sess, p.entry, err);
      else p.reject(err);
      if (!e.fatal) return;
    }
    if (id === sess.authId && e.code === 'ALREADY_AUTHENTICATED') return;
    this._emit('error', err.toJSON ? { ...err.toJSON(), fatal: Boolean(e.fatal), request_id: id } : err);
  }

  _fatalAuth(sess, err) {
    this._running = false;
    this._dialGen++;
    clearTimeout(this._reconnectTimer);
    this._emit('error', { code: err.code, message: err.message, fatal: true, request_id: err.request_id });
    this._outbox.rejectWaiters(err);
    this._settleConnect(err);
    sess.transport.close(err.code);
    this._onClose(sess, { reason: err.code });
  }

  _onClose(sess, info = {}) {
    if (!sess.shutdown()) return;
    if (this._sess !== sess) return;
    this._sess = null;
    const reason = sess.fatal?.code || (sess.goAway ? 'go_away' : info.reason || 'closed');
    if (!this._running) {
      this._setState('closed', { reason });
      return;
    }
    if (sess.goAway) {
      // Straight to the suggested gateway (or discovery), avoiding the draining one.
      this._dialer.avoidGateway = sess.gatewayId || null;
      this._setState('reconnecting', { reason });
      this._dial(sess.goAway.suggested_gateway || null);
      return;
    }
    this._scheduleReconnect(reason);
  }

  // ------------------------------------------------------------------ sending

  /**
   * Sends `body` to `channelId`. Resolves with the Ack ({channel_id, seq, client_msg_id,
   * server_time_ms, duplicate}); rejects with a TernError {code, message} the server refused it
   * with. Unacknowledged sends are kept (also across reloads) and re-sent after every reconnect
   * with the same client_msg_id. The returned promise has `client_msg_id` set.
   * A body the server would refuse is refused here, before anything goes on the wire: an empty
   * one with BODY_EMPTY, one over MAX_BODY_CHARS Unicode scalar values with BODY_TOO_LARGE
   * (the error carries `length` and `limit`).
   * @param {string} channelId
   * @param {string} body
   * @param {{clientMsgId?: string}} [options] re-sending a refused send may reuse its id
   * @returns {Promise<TernAck> & {client_msg_id?: string}}
   */
  send(channelId, body, options = {}) {
    return this._enqueue(channelId, body, options, {});
  }

  /**
   * Replaces the body of one of your messages (seq `seq`) for everyone. The edit is a message
   * of its own (its own seq and Ack, delivered with `edit_of`); the original then reads with
   * the new body and `edited_at_ms`. Refused (Forbidden, INVALID_ARGUMENT) for someone else's
   * message, an event, an edit, or a deleted message. Idempotent by `clientMsgId`.
   * @param {string} channelId @param {number} seq @param {string} body
   * @param {{clientMsgId?: string}} [options] @returns {Promise<TernAck>}
   */
  editMessage(channelId, seq, body, options = {}) {
    return this._enqueue(channelId, body, options, { edit_of: seq });
  }

  /**
   * Deletes one of your messages (seq `seq`) for everyone: its body (and its edits' bodies)
   * leave storage. A message of its own with `delete_of`, like an edit.
   * @param {string} channelId @param {number} seq @param {{clientMsgId?: string}} [options]
   * @returns {Promise<TernAck>}
   */
  deleteMessage(channelId, seq, options = {}) {
    return this._enqueue(channelId, '', options, { delete_of: seq });
  }

  /**
   * @param {string} channelId @param {string} body @param {{clientMsgId?: string}} options
   * @param {{edit_of?: number, delete_of?: number}} change
   */
  _enqueue(channelId, body, options, change) {
    const { clientMsgId } = options || {};
    if (!this._session) return Promise.reject(new TernError('NOT_LOGGED_IN', 'log in first'));
    const text = String(body ?? '');
    if (!channelId) return Promise.reject(new TernError('INVALID_ARGUMENT', 'channel_id is required'));
    if (!text.length && !change.delete_of) return Promise.reject(new TernError('BODY_EMPTY', 'the message is empty'));
    const chars = bodyLength(text);
    if (chars > MAX_BODY_CHARS) {
      return Promise.reject(new TernError('BODY_TOO_LARGE', `the message has ${chars} characters; at most ${MAX_BODY_CHARS} fit`, { length: chars, limit: MAX_BODY_CHARS }));
    }
    const entry = { channel_id: channelId, client_msg_id: clientMsgId || randomId(), body: text, created_at_ms: Date.now(), ...change };
    const promise = /** @type {Promise<TernAck> & {client_msg_id?: string}} */ (this._outbox.add(entry));
    const sess = this._sess;
    if (sess && sess.authenticated && !sess.closed) this._outbox.transmit(sess, entry);
    promise.client_msg_id = entry.client_msg_id;
    return promise;
  }

  // ------------------------------------------------------------------ reads over the session

  /** A history page over the session: {channel_id, messages, has_older, has_newer, last_seq}. */
  requestHistory(channelId, { anchor = 'latest', seq = 0, limit = 0 } = {}) {
    return this._request(this._sess, 'history', { channel_id: channelId, anchor: anchorEnum(anchor), seq: seq || 0, limit: limit || 0 });
  }

  /** One inbox page after `afterCursor` (Uint8Array) over the session. */
  requestSync(afterCursor, limit = 0) {
    return this._request(this._sess, 'sync', { after_cursor: afterCursor, limit });
  }

  /**
   * Presence of up to any number of users (asked 200 at a time) over the session, or over REST
   * when not connected. Also emits a `presence` event per user.
   */
  async queryPresence(userIds) {
    const ids = [...new Set((userIds || []).filter(Boolean))];
    const out = [];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      if (this._sess?.authenticated) {
        out.push(...(await this._request(this._sess, 'presence_query', { user_ids: chunk })));
      } else {
        const list = await this.presence(chunk);
        for (const p of list) this._emit('presence', { ...p, source: 'query' });
        out.push(...list);
      }
    }
    return out;
  }
}
