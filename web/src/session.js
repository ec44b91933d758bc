// @ts-check
// One live protocol session on one transport: frames out (encoded), request ids and the
// answers they wait for, the Authenticate it opens with, heartbeats and the idle check.
// TernClient creates one per connection and dispatches the frames it receives.

import { encodeClientFrame } from './codec.js';
import { TernError } from './errors.js';

/** A monotonic clock in ms (wall-clock changes do not move it). */
export const monotonicNow = () => (globalThis.performance && typeof performance.now === 'function' ? performance.now() : Date.now());

/** How often the liveness check looks at the session (ms). */
export const LIVENESS_TICK_MS = 250;
/** The shortest wait for a HeartbeatAck before the server counts as gone (ms). */
export const MIN_ACK_TIMEOUT_MS = 1000;

/**
 * How the session checks that the server is still there.
 * @typedef {object} LivenessOptions
 * @property {number | null} [probeMs] probe (send a Heartbeat) after this long without any frame
 *   from the server; null: only the protocol's heartbeat_interval_ms
 * @property {number} [ackTimeoutMs] the server is gone when a probe got no answer (and no other
 *   frame arrived) for this long; raised to 4 × the slowest recent round trip when that is longer
 */

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
    /** When the last frame from the server arrived (monotonicNow()). */
    this.lastRecv = monotonicNow();
    /** When the unanswered probe went out (0: none is out). */
    this.probeSentAt = 0;
    /** Round trips of the last heartbeats (ms), newest last. @type {number[]} */
    this.rtts = [];
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
    this.lastSent = monotonicNow();
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
    this.send({
      request_id: id,
      send: {
        channel_id: entry.channel_id, client_msg_id: entry.client_msg_id, body: entry.body,
        edit_of: entry.edit_of || 0, delete_of: entry.delete_of || 0,
      },
    });
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

  /** A frame from the server arrived: the server is there. */
  received() {
    this.lastRecv = monotonicNow();
  }

  /** How long a probe may wait for its answer: the floor, or 4 × the slowest recent round trip. */
  ackTimeout(liveness) {
    const floor = Math.max(MIN_ACK_TIMEOUT_MS, liveness.ackTimeoutMs || 0);
    return Math.max(floor, 4 * Math.max(0, ...this.rtts));
  }

  /**
   * Keeps the session alive and checks that the server is. Every LIVENESS_TICK_MS:
   * - a probe out for longer than ackTimeout() with nothing at all received since it went out:
   *   the server (or the path to it) is gone, and the transport is closed ('heartbeat_timeout');
   * - otherwise, with no probe out, a Heartbeat goes out when the client sent nothing for
   *   `interval` (the protocol's duty: the server closes a silent session) or when nothing was
   *   received for `liveness().probeMs` (a page on screen asks every second or so).
   * A server silent for longer than `idle + interval` closes the session too (the protocol's own
   * bound, for when probing is off). `beat()` sends one Heartbeat and resolves on its answer.
   * @param {number} interval the server's heartbeat_interval_ms
   * @param {number} idle the server's idle_timeout_ms
   * @param {() => Promise<any>} beat
   * @param {() => LivenessOptions} [liveness]
   */
  startHeartbeat(interval, idle, beat, liveness = () => ({})) {
    this.beatFn = beat;
    this.livenessFn = liveness;
    this.interval = interval;
    const tick = Math.min(LIVENESS_TICK_MS, interval);
    this.heartbeat = setInterval(() => this.checkLiveness(idle), tick);
  }

  /** One look at the session (see startHeartbeat). */
  checkLiveness(idle = Infinity) {
    if (this.closed || !this.beatFn) return;
    const now = monotonicNow();
    const live = this.livenessFn() || {};
    if (this.probeSentAt) {
      if (this.lastRecv < this.probeSentAt && now - this.probeSentAt > this.ackTimeout(live)) {
        this.transport.close('heartbeat_timeout');
      }
      return;
    }
    if (now - this.lastRecv > idle + this.interval) {
      this.transport.close('server silent');
      return;
    }
    const probeMs = live.probeMs ? Math.min(live.probeMs, this.interval) : this.interval;
    if (now - this.lastSent >= this.interval || now - this.lastRecv >= probeMs) this.probe();
  }

  /** Sends a Heartbeat now (unless one is out already) and times its answer. */
  probe() {
    if (this.closed || !this.beatFn || this.probeSentAt) return;
    const sentAt = monotonicNow();
    this.probeSentAt = sentAt;
    this.beatFn().then(
      () => {
        if (this.probeSentAt !== sentAt) return;
        this.probeSentAt = 0;
        this.rtts.push(monotonicNow() - sentAt);
        if (this.rtts.length > 8) this.rtts.shift();
      },
      () => {
        if (this.probeSentAt === sentAt) this.probeSentAt = 0;
      },
    );
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
