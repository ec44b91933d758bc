import { TernError } from './errors.js';
/** A monotonic clock in ms (wall-clock changes do not move it). */
export declare const monotonicNow: () => number;
/** How often the liveness check looks at the session (ms). */
export declare const LIVENESS_TICK_MS = 250;
/** The shortest wait for a HeartbeatAck before the server counts as gone (ms). */
export declare const MIN_ACK_TIMEOUT_MS = 1000;
export type LivenessOptions = {
    /**
     * probe (send a Heartbeat) after this long without any frame
     * from the server; null: only the protocol's heartbeat_interval_ms
     */
    probeMs?: number | null;
    /**
     * the server is gone when a probe got no answer (and no other
     * frame arrived) for this long; raised to 4 × the slowest recent round trip when that is longer
     */
    ackTimeoutMs?: number;
};
export type Pending = {
    kind: string;
    resolve?: (value: any) => void;
    reject?: (err: any) => void;
    timer: any;
    entry?: any;
};
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
export declare class Session {
    transport: any;
    info: any;
    gatewayId: any;
    nextId: number;
    authId: number;
    /** The Authenticated frame once it arrives. @type {any} */
    authenticated: any;
    catchingUp: boolean;
    caughtUp: number;
    /** request_id -> what answers it. @type {Map<number, Pending>} */
    pending: Map<number, Pending>;
    /** client_msg_id -> request_id: sends in flight on this session. @type {Map<string, number>} */
    inflight: Map<string, number>;
    lastSent: number;
    /** When the last frame from the server arrived (monotonicNow()). */
    lastRecv: number;
    /** When the unanswered probe went out (0: none is out). */
    probeSentAt: number;
    /** Round trips of the last heartbeats (ms), newest last. @type {number[]} */
    rtts: number[];
    heartbeat: number;
    authTimer: number;
    /** The fatal Error frame the server closes with. @type {TernError | null} */
    fatal: TernError | null;
    /** @type {any} */
    goAway: any;
    closed: boolean;
    beatFn: () => Promise<any>;
    livenessFn: () => LivenessOptions;
    interval: number;
    /**
     * @param {any} transport an open transport (transport.js), or a test's stand-in
     * @param {any} info the gateway's /v1/info
     */
    constructor(transport: any, info: any);
    /** Sends one ClientFrame; false when closed or the transport refused it. */
    send(frame: any): any;
    /** Sends Authenticate (the first frame) and closes the session if no answer comes in `waitMs`. */
    authenticate({ token, device_id, cursor }: {
        cursor: any;
        device_id: any;
        token: any;
    }, waitMs: any): void;
    /** Sends a request; resolves with its answer's payload (see answer()), rejects on timeout. */
    request(field: any, payload: any, { kind, timeoutMs }?: {
        kind?: any;
        timeoutMs?: number;
    }): Promise<any>;
    /** Sends a Send for an outbox entry; its Ack or Error settles it through the outbox. */
    sendMessage(entry: any): void;
    /** Removes and returns what waits for request `id` (null when nothing does). */
    take(id: any): Pending;
    /** Resolves the request `id` with `value`. */
    answer(id: any, value: any): void;
    /** A frame from the server arrived: the server is there. */
    received(): void;
    /** How long a probe may wait for its answer: the floor, or 4 × the slowest recent round trip. */
    ackTimeout(liveness: any): number;
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
    startHeartbeat(interval: number, idle: number, beat: () => Promise<any>, liveness?: () => LivenessOptions): void;
    /** One look at the session (see startHeartbeat). */
    checkLiveness(idle?: number): void;
    /** Sends a Heartbeat now (unless one is out already) and times its answer. */
    probe(): void;
    /**
     * Marks the session closed: stops its timers and rejects what waits for an answer (sends stay
     * in the outbox). Returns false when it was closed already.
     */
    shutdown(): boolean;
}
