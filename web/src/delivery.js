// @ts-check
// Delivery receipts from this device. Every message of another member that arrives (catch-up,
// live, or gap fill) raises its channel's "received up to" mark; after a short wait, which
// folds a burst into one frame, each raised mark goes to the server as one MarkDelivered. The
// server keeps the highest mark per user and channel and tells the senders ("delivered").
// Marks made while disconnected wait for the next session.

export class DeliveryReporter {
  /**
   * @param {object} deps
   * @param {(channelId: string, seq: number) => boolean} deps.send sends one MarkDelivered;
   *   false when no session could take it (the mark stays pending)
   * @param {() => number} deps.delayMs the wait that folds a burst into one mark
   */
  constructor({ send, delayMs }) {
    this._deps = { send, delayMs };
    /** The highest seq received per channel, not yet sent. @type {Map<string, number>} */
    this._pending = new Map();
    /** The highest seq sent per channel. @type {Map<string, number>} */
    this._sent = new Map();
    this._timer = null;
  }

  /** A message of another member, `seq` in `channelId`, reached this device. */
  received(channelId, seq) {
    if (!seq || (this._sent.get(channelId) || 0) >= seq || (this._pending.get(channelId) || 0) >= seq) return;
    this._pending.set(channelId, seq);
    this.schedule();
  }

  /** Sends the pending marks after the delay (once: a flush already scheduled stays). */
  schedule() {
    if (this._timer || !this._pending.size) return;
    this._timer = setTimeout(() => {
      this._timer = null;
      this.flush();
    }, this._deps.delayMs());
  }

  /** Sends every pending mark now; those no session took stay pending. */
  flush() {
    for (const [channelId, seq] of this._pending) {
      if (!this._deps.send(channelId, seq)) return;
      this._pending.delete(channelId);
      this._sent.set(channelId, seq);
    }
  }

  /** Forgets everything (logout: the next user's marks start afresh). */
  reset() {
    clearTimeout(this._timer);
    this._timer = null;
    this._pending.clear();
    this._sent.clear();
  }
}
