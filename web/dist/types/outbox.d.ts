import type { ClientStore } from './store.js';
import type { Session } from './session.js';
/** @import { ClientStore } from './store.js' */
/** @import { Session } from './session.js' */
export declare const MAX_SEND_RETRIES = 6;
export type OutboxEntry = {
    channel_id: string;
    client_msg_id: string;
    body: string;
    created_at_ms: number;
    retries?: number;
};
/** @typedef {{channel_id: string, client_msg_id: string, body: string, created_at_ms: number, retries?: number}} OutboxEntry */
export declare class Outbox {
    _deps: {
        store: ClientStore;
        owner: () => ({
            userId: string;
            deviceId: string;
        } | null);
        session: () => (Session | null);
        emit: (type: string, detail: any) => void;
        committed: (ack: any, entry: OutboxEntry | undefined, clientMsgId: string) => void;
    };
    /** Unacknowledged sends, oldest first. @type {OutboxEntry[]} */
    entries: OutboxEntry[];
    /** client_msg_id -> the promise of this page's send() of it. @type {Map<string, {resolve: Function, reject: Function}>} */
    waiters: Map<string, {
        resolve: Function;
        reject: Function;
    }>;
    /**
     * @param {object} deps
     * @param {ClientStore} deps.store
     * @param {() => ({userId: string, deviceId: string} | null)} deps.owner whose outbox (null: logged out, nothing is stored)
     * @param {() => (Session | null)} deps.session the live session, if any
     * @param {(type: string, detail: any) => void} deps.emit
     * @param {(ack: any, entry: OutboxEntry | undefined, clientMsgId: string) => void} deps.committed
     *   a send is committed: the client records its seq and emits it as a message
     */
    constructor({ store, owner, session, emit, committed }: {
        store: ClientStore;
        owner: () => ({
            userId: string;
            deviceId: string;
        } | null);
        session: () => (Session | null);
        emit: (type: string, detail: any) => void;
        committed: (ack: any, entry: OutboxEntry | undefined, clientMsgId: string) => void;
    });
    /** The stored outbox of user+device. */
    load(userId: any, deviceId: any): void;
    save(): void;
    /** Queues a send; resolves with its Ack, rejects with the error the server refused it with. */
    add(entry: any): Promise<any>;
    /** Rejects every pending send() promise (the entries stay). */
    rejectWaiters(err: any): void;
    /** Sends `entry` on `sess` unless it is in flight there already or no longer queued. */
    transmit(sess: any, entry: any): void;
    /** Sends every queued entry on `sess` (after the catch-up). */
    flush(sess: any): void;
    /** The entry an Ack or message is about. */
    find(channelId: any, clientMsgId: any): OutboxEntry;
    /** A send is committed (Ack, or seen in catch-up/Deliver): drop it, emit, resolve. */
    complete(entry: any, ack: any): void;
    /** A message of this user seen in catch-up or Deliver completes the queued send it came from. */
    settleFromMessage(msg: any): void;
    /** The server refused a send: retry it later, or drop it and reject its promise. */
    failed(sess: any, entry: any, err: any): void;
}
