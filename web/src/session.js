// @ts-check
// One live protocol session on one transport: frames out (encoded), request ids and the
// answers they wait for, the Authenticate it opens with, heartbeats and the idle check.
// TernClient creates one per connection and dispatches the frames it receives.

import { encodeClientFrame } from './codec.js';
import { TernError } from './errors.js';

/**
 * An answer being waited for: `kind` is the request's frame kind; a send carries its outbox
 * entry and settles through the outbox, every other kind through resolve/reject.
 * @typedef {{kind: string, resolve?: (value: any) => void, reject?: (err: any) => void, timer: any, entry?: any}} Pending
 */

export class Session {
  /**
   * @param {any} transport an open transport (transport.js), or a test's stand-in
   * @param {any} info the gateway's /v1/info
   */
  constructor(transport, info) {
    this.transport = transport;
    this.info = info;
    this.gatewayId = info.gateway_id || '';
    this.nextId = 1;
    this.authId = 0;
    /** The Authenticated frame once it arrives. @type {any} */
    this.authenticated = null;
    this.catchingUp = true;
    this.caughtUp = 0;
    /** request_id -> what answers it. @type {Map<number, Pending>} */
    this.pending = new Map();
    /** client_msg_id -> request_id: sends in flight on this session. @type {Map<string, number>} */
    this.inflight = new Map();
    this.lastSent = 0;
    this.lastRecv = Date.now();
    this.heartbeat = null;
    this.authTimer = null;
    /** The fatal Error frame the server closes with. @type {TernError | null} */
    this.fatal = null;
    /** @type {any} */
    this.goAway = null;
    this.closed = false;
  }

  /** Sends one ClientFrame; false when closed or the transport refused it. */
  send(frame) {
    if (this.closed) return false;
    this.lastSent = Date.now();
    return this.transport.send(encodeClientFrame(frame));
  }

  /** Sends Authenticate (the first frame) and closes the session if no answer comes in `waitMs`. */
  authenticate({ token, device_id, cursor }, waitMs) {
    this.authId = this.nextId++;
    this.send({ request_id: this.authId, authenticate: { token, device_id, cursor } });
    this.authTimer = setTimeout(() => {
      if (!this.authenticated && !this.closed) this.transport.close('no Authenticated answer');
    }, waitMs);
  }

  /** Sends a request; resolves with its answer's payload (see answer()), rejects on timeout. */
  request(field, payload, { kind = field, timeoutMs = 0 } = {}) {
    if (this.closed || !this.authenticated) return Promise.reject(new TernError('DISCONNECTED', 'not connected'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs
        ? setTimeout(() => {
            if (this.pending.delete(id)) reject(new TernError('TIMEOUT', `${field} request timed out`));
          }, timeoutMs)
        : null;
      this.pending.set(id, { kind, resolve, reject, timer });
      this.send({ request_id: id, [field]: payload });
    });
  }

  /** Sends a Send for an outbox entry; its Ack or Error settles it through the outbox. */
  sendMessage(entry) {
    const id = this.nextId++;
    this.pending.set(id, { kind: 'send', entry, timer: null });
    this.inflight.set(entry.client_msg_id, id);
    this.send({ request_id: id, send: { channel_id: entry.channel_id, client_msg_id: entry.client_msg_id, body: entry.body } });
  }

  /** Removes and returns what waits for request `id` (null when nothing does). */
  take(id) {
    const p = this.pending.get(id);
    if (!p) return null;
    this.pending.delete(id);
    clearTimeout(p.timer);
    return p;
  }

  /** Resolves the request `id` with `value`. */
  answer(id, value) {
    const p = this.take(id);
    if (p) p.resolve(value);
  }

  /**
   * Heartbeats every `interval` ms; closes the transport when the server was silent for longer
   * than `idle + interval`. `beat()` sends one.
   */
  startHeartbeat(interval, idle, beat) {
    this.heartbeat = setInterval(() => {
      if (this.closed) return;
      if (Date.now() - this.lastRecv > idle + interval) {
        this.transport.close('server silent');
        return;
      }
      beat();
    }, interval);
  }

  /**
   * Marks the session closed: stops its timers and rejects what waits for an answer (sends stay
   * in the outbox). Returns false when it was closed already.
   */
  shutdown() {
    if (this.closed) return false;
    this.closed = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.authTimer);
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      if (p.kind !== 'send') p.reject(new TernError('DISCONNECTED', 'the session closed'));
    }
    this.pending.clear();
    this.inflight.clear();
    return true;
  }
}
