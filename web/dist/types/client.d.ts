import { RestApi } from './rest.js';
import { ClientStore } from './store.js';
import { SeqTracker } from './tracker.js';
import { Dialer } from './connection.js';
import { Session } from './session.js';
import { Outbox } from './outbox.js';
import { GapFiller } from './gaps.js';
import { DeliveryReporter } from './delivery.js';
import type { MemoryStorage } from './store.js';
import type { LivenessOptions } from './session.js';
import type { TernEventMap, TernAck, TernUser, TernChannel, TernHistoryPage, TernPresence, TernRelation, TernFriendRequests, TernConversationPage, TernReceipt } from './types.js';
/** @import { MemoryStorage } from './store.js' */
/** @import { LivenessOptions } from './session.js' */
/** @import { TernEventMap, TernAck, TernUser, TernChannel, TernHistoryPage, TernPresence, TernRelation, TernFriendRequests, TernConversationPage, TernReceipt } from './types.js' */
/** The longest message body, in Unicode scalar values (PROTOCOL.md §4.2). */
export declare const MAX_BODY_CHARS = 100000;
/**
 * A body's length as the server counts it: Unicode scalar values (code points), not UTF-16
 * units or bytes. A lone surrogate counts as one.
 * @param {string} text
 */
export declare function bodyLength(text: string): number;
/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export declare function randomId(): string;
/** ['wt', 'ws'] / 'websocket' / ... -> ['webtransport', 'websocket'] (known names only, in order). */
export declare function normalizeTransports(list: any): any[];
export type TernClientOptions = {
    /**
     * REST API and discovery (default: the page's origin)
     */
    baseUrl?: string;
    /**
     * passed to /v1/discover?region=
     */
    region?: string;
    /**
     * default: generated once, kept in storage
     */
    deviceId?: string;
    /**
     * order of preference: 'webtransport', 'websocket'
     */
    transports?: string[] | string;
    /**
     * default: localStorage, else in memory
     */
    storage?: Storage | MemoryStorage;
    fetch?: typeof globalThis.fetch;
    /**
     * the WebSocket constructor
     */
    WebSocket?: any;
    /**
     * the WebTransport constructor
     */
    WebTransport?: any;
    /**
     * replaces the real transports (tests)
     */
    openTransport?: (kind: string, info: object, client: TernClient) => Promise<any>;
    webTransportTimeoutMs?: number;
    requestTimeoutMs?: number;
    gapDelayMs?: number;
    gapRetryMs?: number;
    /**
     * tell the server which messages of others reached this
     * device (MarkDelivered), so their senders see "delivered"; default true
     */
    deliveryReceipts?: boolean;
    /**
     * the wait that folds a burst of arrivals into one mark
     * per channel; default 250
     */
    deliveryDelayMs?: number;
    backoff?: {
        base?: number;
        max?: number;
        jitter?: number;
        random?: () => number;
    };
    /**
     * how quickly a dead server is noticed (session.js);
     * default: probe only at the protocol's heartbeat interval, answers within 1 s
     */
    liveness?: LivenessOptions;
};
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
export declare class TernClient extends EventTarget {
    baseUrl: string;
    region: string;
    transports: any[];
    store: ClientStore;
    rest: RestApi;
    webTransportTimeoutMs: number;
    requestTimeoutMs: number;
    gapDelayMs: number;
    gapRetryMs: number;
    deliveryReceipts: boolean;
    deliveryDelayMs: number;
    backoffOptions: {
        base?: number;
        max?: number;
        jitter?: number;
        random?: () => number;
    };
    /** How the live session checks the server is there (setLiveness() changes it). @type {LivenessOptions} */
    liveness: LivenessOptions;
    deviceId: any;
    _session: any;
    tracker: SeqTracker;
    _dialer: Dialer;
    _outbox: Outbox;
    _gaps: GapFiller;
    _delivery: DeliveryReporter;
    _state: string;
    _lastTransport: any;
    _running: boolean;
    _everConnected: boolean;
    /** The live session (the browser tests read `_sess.authenticated.gateway_id`). @type {Session | null} */
    _sess: Session | null;
    _attempt: number;
    _dialGen: number;
    _reconnectTimer: number;
    _connectWaiters: any[];
    _stateTransport: any;
    /** @param {TernClientOptions} [options] */
    constructor({ baseUrl, region, deviceId, transports, storage, fetch: fetchFn, WebSocket: WebSocketImpl, WebTransport: WebTransportImpl, openTransport, // (kind, info, client) => Promise<transport>; replaces the real transports (tests)
    webTransportTimeoutMs, requestTimeoutMs, gapDelayMs, gapRetryMs, deliveryReceipts, deliveryDelayMs, backoff, liveness, }?: TernClientOptions);
    _emit(type: any, detail: any): void;
    /**
     * addEventListener with the detail as argument; returns an unsubscribe function.
     * @template {keyof TernEventMap} K
     * @param {K} type
     * @param {(detail: TernEventMap[K], event: Event) => void} fn
     * @returns {() => void}
     */
    on<K extends keyof TernEventMap>(type: K, fn: (detail: TernEventMap[K], event: Event) => void): () => void;
    _setState(state: any, extra?: {}): void;
    get state(): string;
    /** 'webtransport' | 'websocket' | null: the current (or last) session's transport. */
    get transport(): any;
    get session(): any;
    get user(): any;
    get token(): any;
    get isLoggedIn(): boolean;
    get connected(): boolean;
    /** Unacknowledged sends (copies). */
    get outbox(): {
        channel_id: string;
        client_msg_id: string;
        body: string;
        created_at_ms: number;
        retries?: number;
    }[];
    /** The stored inbox cursor as base64 ('' when none). */
    get cursor(): string;
    _setSession(res: any): any;
    /** signup(username, password, displayName) or signup({username, password, display_name}). */
    signup(username: any, password: any, displayName?: string): Promise<any>;
    /** login(username, password) or login({username, password}). Stores token and user. */
    login(username: any, password: any): Promise<any>;
    /**
     * Logs out on the server: revokes this device's token (every device's with allDevices) and
     * closes its sessions on every gateway. Call `logout()` after it to forget it here too.
     * @param {{ allDevices?: boolean }} [opts]
     */
    revoke({ allDevices }?: {
        allDevices?: boolean;
    }): Promise<void>;
    /** Disconnects and forgets the session (the cursor and outbox stay stored for next time). */
    logout(): void;
    _rest(call: any): Promise<any>;
    /** The logged-in user, fresh from the server. @returns {Promise<TernUser>} */
    me(): Promise<TernUser>;
    /** @param {string} displayName @returns {Promise<TernUser>} */
    updateMe(displayName: string): Promise<TernUser>;
    /**
     * Whether others see how far you have read (receipts). Your own devices always do.
     * @param {boolean} on @returns {Promise<TernUser>}
     */
    setReceipts(on: boolean): Promise<TernUser>;
    /** @param {string} username @returns {Promise<TernUser>} rejects with code unknown_user */
    lookupUser(username: string): Promise<TernUser>;
    /** @param {string} userId @returns {Promise<TernUser>} */
    getUser(userId: string): Promise<TernUser>;
    /** @returns {Promise<TernUser[]>} */
    friends(): Promise<TernUser[]>;
    /**
     * Asks someone to be friends; accepts when they asked first. Refused with `already_requested`,
     * `already_friends` (409) or `blocked` (403).
     * @param {string} userId @returns {Promise<TernRelation>} how you stand now
     */
    requestFriend(userId: string): Promise<TernRelation>;
    /** Ends a friendship (both sides). @param {string} userId @returns {Promise<TernRelation>} */
    removeFriend(userId: string): Promise<TernRelation>;
    /** Requests waiting for your answer, and yours waiting for theirs. @returns {Promise<TernFriendRequests>} */
    friendRequests(): Promise<TernFriendRequests>;
    /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
    acceptFriend(userId: string): Promise<TernRelation>;
    /** @param {string} userId who asked you @returns {Promise<TernRelation>} */
    declineFriend(userId: string): Promise<TernRelation>;
    /** Takes back your request. @param {string} userId @returns {Promise<TernRelation>} */
    cancelFriendRequest(userId: string): Promise<TernRelation>;
    /** The users you blocked. @returns {Promise<TernUser[]>} */
    blocked(): Promise<TernUser[]>;
    /**
     * Blocks someone: ends any friendship or request, closes your 1:1 chat to new messages,
     * hides presence both ways. @param {string} userId @returns {Promise<TernRelation>}
     */
    block(userId: string): Promise<TernRelation>;
    /** @param {string} userId @returns {Promise<TernRelation>} */
    unblock(userId: string): Promise<TernRelation>;
    /** @returns {Promise<TernChannel[]>} */
    channels(): Promise<TernChannel[]>;
    /** @param {string} channelId @returns {Promise<TernChannel>} */
    channel(channelId: string): Promise<TernChannel>;
    /** @param {string} userId @returns {Promise<TernChannel>} the 1:1 chat with that user */
    openDirect(userId: string): Promise<TernChannel>;
    /** @param {string} name @param {string[]} [memberIds] @returns {Promise<TernChannel>} */
    createGroup(name: string, memberIds?: string[]): Promise<TernChannel>;
    /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
    addMember(channelId: string, userId: string): Promise<TernChannel>;
    /** @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
    removeMember(channelId: string, userId: string): Promise<TernChannel>;
    /** Admins and the owner rename a group. @param {string} channelId @param {string} name @returns {Promise<TernChannel>} */
    renameGroup(channelId: string, name: string): Promise<TernChannel>;
    /**
     * The owner makes a member an admin (`admin = true`) or an admin a member again.
     * @param {string} channelId @param {string} userId @param {boolean} admin @returns {Promise<TernChannel>}
     */
    setAdmin(channelId: string, userId: string, admin: boolean): Promise<TernChannel>;
    /** The owner hands the group to another member. @param {string} channelId @param {string} userId @returns {Promise<TernChannel>} */
    transferOwnership(channelId: string, userId: string): Promise<TernChannel>;
    /**
     * A history page over REST.
     * @param {string} channelId
     * @param {{anchor?: 'latest' | 'before' | 'after' | 'around', seq?: number, limit?: number}} [opts]
     * @returns {Promise<TernHistoryPage>}
     */
    history(channelId: string, opts?: {
        anchor?: 'latest' | 'before' | 'after' | 'around';
        seq?: number;
        limit?: number;
    }): Promise<TernHistoryPage>;
    /**
     * A page of your conversations, most recent first, each with its last message and unread
     * count (REST). Pass the page's `next_page` as `page` for the next one.
     * @param {{limit?: number, page?: string}} [opts] @returns {Promise<TernConversationPage>}
     */
    conversations(opts?: {
        limit?: number;
        page?: string;
    }): Promise<TernConversationPage>;
    /**
     * You have read `channelId` up to `seq`: over the session when connected (else REST). Your
     * other devices and, with receipts on, the channel's other members get a `read` event.
     * Positions only move forward. @param {string} channelId @param {number} seq
     * @returns {Promise<{channel_id: string, seq: number}>} your position now
     */
    markRead(channelId: string, seq: number): Promise<{
        channel_id: string;
        seq: number;
    }>;
    /**
     * Tells the channel's other online members you started (`on`) or stopped typing. Fire and
     * forget: not stored, not answered; a refusal (RATE_LIMITED above one start per channel per
     * second, NOT_A_MEMBER, ...) comes as an `error` event. Send a start again every few
     * seconds while typing (a start shows for `expires_in_ms`, 6 s), and a stop when done.
     * @param {string} channelId @param {boolean} on @returns {boolean} false when not connected
     */
    typing(channelId: string, on: boolean): boolean;
    /**
     * One of your devices has received `channelId` up to `seq`: the channel's other members see
     * "delivered" (with receipts on, in channels of up to 32 members). The client does this by
     * itself for every message of others that arrives (option `deliveryReceipts`); call it for
     * messages fetched otherwise. Over the session when connected (fire and forget), else REST.
     * @param {string} channelId @param {number} seq @returns {Promise<void>}
     */
    markDelivered(channelId: string, seq: number): Promise<void>;
    _sendDelivered(channelId: any, seq: any): any;
    /** The read and delivery positions of a channel's members you may see (REST). @param {string} channelId @returns {Promise<TernReceipt[]>} */
    reads(channelId: string): Promise<TernReceipt[]>;
    /** Presence over REST. @param {string[]} userIds @returns {Promise<TernPresence[]>} */
    presence(userIds: string[]): Promise<TernPresence[]>;
    info(): Promise<any>;
    discover(region?: string): Promise<any>;
    /**
     * Starts the live session (and keeps it up until disconnect()). Resolves with the
     * Authenticated frame once connected; rejects if the client closes before that (a fatal
     * auth error or disconnect()).
     */
    connect(): Promise<any>;
    /** Closes the session and stops reconnecting. */
    disconnect(reason?: string): void;
    /**
     * Tries again at once when a reconnect is waiting for its backoff (a person pressed "Retry
     * now", or the network came back). Returns false when nothing was waiting.
     */
    reconnectNow(): boolean;
    /**
     * Changes how quickly a dead server is noticed: `probeMs` (a Heartbeat after that long
     * without a frame from the server; null: the protocol's interval only) and `ackTimeoutMs`.
     * A page on screen probes often; a hidden one can go back to the protocol's interval.
     * @param {LivenessOptions} liveness
     */
    setLiveness(liveness: LivenessOptions): void;
    /** Checks now that the server is there (a Heartbeat; see setLiveness for the deadline). */
    probe(): void;
    _settleConnect(error: any, value: any): void;
    _dial(target: any): Promise<void>;
    _scheduleReconnect(reason: any): void;
    _startSession(transport: any, info: any): void;
    _onBytes(sess: any, bytes: any): void;
    _onFrame(sess: any, f: any): void;
    _onAuthenticated(sess: any, a: any): void;
    _onCatchUpPage(sess: any, page: any): void;
    _advanceCursor(cursor: any): void;
    /** One message from catch-up, Deliver or gap fill: dedupe, emit, settle own sends, note gaps, keep the cursor. */
    _ingest(raw: any, source: any, cursor: any): void;
    /** Sends a request on the session; resolves with its answer's payload. */
    _request(sess: any, field: any, payload: any, { kind, timeoutMs }?: {
        kind?: any;
        timeoutMs?: number;
    }): any;
    _onAck(sess: any, id: any, ack: any): void;
    /** An own send is committed (outbox.js): record its seq and emit it once as a message. */
    _onCommitted(ack: any, entry: any, clientMsgId: any): void;
    _onErrorFrame(sess: any, id: any, e: any): void;
    _fatalAuth(sess: any, err: any): void;
    _onClose(sess: any, info?: {}): void;
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
    send(channelId: string, body: string, options?: {
        clientMsgId?: string;
    }): Promise<TernAck> & {
        client_msg_id?: string;
    };
    /**
     * Replaces the body of one of your messages (seq `seq`) for everyone. The edit is a message
     * of its own (its own seq and Ack, delivered with `edit_of`); the original then reads with
     * the new body and `edited_at_ms`. Refused (Forbidden, INVALID_ARGUMENT) for someone else's
     * message, an event, an edit, or a deleted message. Idempotent by `clientMsgId`.
     * @param {string} channelId @param {number} seq @param {string} body
     * @param {{clientMsgId?: string}} [options] @returns {Promise<TernAck>}
     */
    editMessage(channelId: string, seq: number, body: string, options?: {
        clientMsgId?: string;
    }): Promise<TernAck>;
    /**
     * Deletes one of your messages (seq `seq`) for everyone: its body (and its edits' bodies)
     * leave storage. A message of its own with `delete_of`, like an edit.
     * @param {string} channelId @param {number} seq @param {{clientMsgId?: string}} [options]
     * @returns {Promise<TernAck>}
     */
    deleteMessage(channelId: string, seq: number, options?: {
        clientMsgId?: string;
    }): Promise<TernAck>;
    /**
     * @param {string} channelId @param {string} body @param {{clientMsgId?: string}} options
     * @param {{edit_of?: number, delete_of?: number}} change
     */
    _enqueue(channelId: string, body: string, options: {
        clientMsgId?: string;
    }, change: {
        edit_of?: number;
        delete_of?: number;
    }): Promise<never> | (Promise<TernAck> & {
        client_msg_id?: string;
    });
    /** A history page over the session: {channel_id, messages, has_older, has_newer, last_seq}. */
    requestHistory(channelId: any, { anchor, seq, limit }?: {
        anchor?: string;
        limit?: number;
        seq?: number;
    }): any;
    /** One inbox page after `afterCursor` (Uint8Array) over the session. */
    requestSync(afterCursor: any, limit?: number): any;
    /**
     * Presence of up to any number of users (asked 200 at a time) over the session, or over REST
     * when not connected. Also emits a `presence` event per user.
     */
    queryPresence(userIds: any): Promise<any[]>;
}
