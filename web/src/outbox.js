// @ts-check
// The outbox: sends kept (in storage too) until the server acknowledges them, with the promise
// each send() returned. Entries go out on the live session, again with the same client_msg_id
// after every reconnect; an Ack, or the message seen in catch-up or Deliver, completes one.
// RATE_LIMITED/UNAVAILABLE are retried with backoff; other errors reject the send.

import { RETRYABLE_SEND_CODES } from './errors.js';
import { backoffDelay } from './backoff.js';
/** @import { ClientStore } from './store.js' */
/** @import { Session } from './session.js' */

export const MAX_SEND_RETRIES = 6;

/** @typedef {{channel_id: string, client_msg_id: string, body: string, created_at_ms: number, retries?: number}} OutboxEntry */

export class Outbox {
  /**
   * @param {object} deps
   * @param {ClientStore} deps.store
   * @param {() => ({userId: string, deviceId: string} | null)} deps.owner whose outbox (null: logged out, nothing is stored)
   * @param {() => (Session | null)} deps.session the live session, if any
   * @param {(type: string, detail: any) => void} deps.emit
   * @param {(ack: any, entry: OutboxEntry | undefined, clientMsgId: string) => void} deps.committed
   *   a send is committed: the client records its seq and emits it as a message
   */
  constructor({ store, owner, session, emit, committed }) {
    this._deps = { store, owner, session, emit, committed };
    /** Unacknowledged sends, oldest first. @type {OutboxEntry[]} */
    this.entries = [];
    /** client_msg_id -> the promise of this page's send() of it. @type {Map<string, {resolve: Function, reject: Function}>} */
    this.waiters = new Map();
  }

  /** The stored outbox of user+device. */
  load(userId, deviceId) {
    this.entries = this._deps.store.outbox(userId, deviceId);
  }

  save() {
    const owner = this._deps.owner();
    if (!owner) return;
    this._deps.store.setOutbox(
      owner.userId,
      owner.deviceId,
      this.entries.map(({ channel_id, client_msg_id, body, created_at_ms }) => ({ channel_id, client_msg_id, body, created_at_ms })),
    );
  }

  /** Queues a send; resolves with its Ack, rejects with the error the server refused it with. */
  add(entry) {
    const promise = new Promise((resolve, reject) => this.waiters.set(entry.client_msg_id, { resolve, reject }));
    this.entries.push(entry);
    this.save();
    return promise;
  }

  /** Rejects every pending send() promise (the entries stay). */
  rejectWaiters(err) {
    for (const [, w] of this.waiters) w.reject(err);
    this.waiters.clear();
  }

  /** Sends `entry` on `sess` unless it is in flight there already or no longer queued. */
  transmit(sess, entry) {
    if (!sess || sess !== this._deps.session() || sess.closed || !sess.authenticated) return;
    if (sess.inflight.has(entry.client_msg_id)) return;
    if (!this.entries.includes(entry)) return;
    sess.sendMessage(entry);
  }

  /** Sends every queued entry on `sess` (after the catch-up). */
  flush(sess) {
    for (const entry of [...this.entries]) this.transmit(sess, entry);
  }

  /** The entry an Ack or message is about. */
  find(channelId, clientMsgId) {
    return this.entries.find((e) => e.client_msg_id === clientMsgId && e.channel_id === channelId);
  }

  /** A send is committed (Ack, or seen in catch-up/Deliver): drop it, emit, resolve. */
  complete(entry, ack) {
    const clientMsgId = entry?.client_msg_id ?? ack.client_msg_id;
    const idx = this.entries.findIndex((e) => e.client_msg_id === clientMsgId && e.channel_id === ack.channel_id);
    const known = idx >= 0;
    if (known) {
      this.entries.splice(idx, 1);
      this.save();
    }
    this._deps.session()?.inflight.delete(clientMsgId);
    this._deps.committed(ack, entry, clientMsgId);
    const waiter = this.waiters.get(clientMsgId);
    if (known || waiter) this._deps.emit('ack', { ...ack });
    if (waiter) {
      this.waiters.delete(clientMsgId);
      waiter.resolve({ ...ack });
    }
  }

  /** A message of this user seen in catch-up or Deliver completes the queued send it came from. */
  settleFromMessage(msg) {
    const entry = this.find(msg.channel_id, msg.client_msg_id);
    if (!entry) return;
    this.complete(entry, {
      channel_id: msg.channel_id,
      seq: msg.seq,
      client_msg_id: msg.client_msg_id,
      server_time_ms: msg.sent_at_ms,
      duplicate: true,
    });
  }

  /** The server refused a send: retry it later, or drop it and reject its promise. */
  failed(sess, entry, err) {
    if (!entry) return;
    sess.inflight.delete(entry.client_msg_id);
    if (RETRYABLE_SEND_CODES.has(err.code) && (entry.retries || 0) < MAX_SEND_RETRIES) {
      entry.retries = (entry.retries || 0) + 1;
      setTimeout(() => this.transmit(this._deps.session(), entry), backoffDelay(entry.retries, { base: 500, max: 8000 }));
      return;
    }
    const idx = this.entries.indexOf(entry);
    if (idx >= 0) {
      this.entries.splice(idx, 1);
      this.save();
    }
    const waiter = this.waiters.get(entry.client_msg_id);
    const detail = { ...err.toJSON(), request_id: err.request_id, client_msg_id: entry.client_msg_id, channel_id: entry.channel_id };
    if (waiter) {
      this.waiters.delete(entry.client_msg_id);
      waiter.reject(err);
    } else {
      this._deps.emit('error', detail);
    }
    this._deps.emit('send-failed', detail);
  }
}
