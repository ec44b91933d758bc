// @ts-check
// Gap filling. A seq more than one above a channel's highest seen opens a gap (SeqTracker); after
// a short delay, in which reordered deliveries may fill it, the missing seqs are asked for with
// HistoryRequest{AFTER} until all are seen, or given up on when the server refuses
// (NOT_A_MEMBER, ...). Transient failures keep the gap open and retry.

/** @import { SeqTracker } from './tracker.js' */

export class GapFiller {
  /**
   * Everything is read through these callbacks when used, so the client's public settings
   * (gapDelayMs, gapRetryMs, requestHistory) keep working as they are changed.
   * @param {object} deps
   * @param {() => SeqTracker} deps.tracker
   * @param {() => boolean} deps.connected whether a session is authenticated
   * @param {(channelId: string, opts: {anchor: string, seq: number, limit: number}) => Promise<{messages: object[]}>} deps.requestHistory
   * @param {(message: object) => void} deps.ingest one message of a history page
   * @param {() => number} deps.delayMs the wait before filling a new gap
   * @param {() => number} deps.retryMs the wait before retrying after a transient failure
   */
  constructor({ tracker, connected, requestHistory, ingest, delayMs, retryMs }) {
    this._deps = { tracker, connected, requestHistory, ingest, delayMs, retryMs };
    this._timer = null;
    this._filling = false;
    this._refill = false;
  }

  /** Fills the open gaps after `delay` ms (once: a fill already scheduled stays as it is). */
  schedule(delay = this._deps.delayMs()) {
    if (this._timer) return;
    this._timer = setTimeout(() => {
      this._timer = null;
      this._fill();
    }, delay);
  }

  cancel() {
    clearTimeout(this._timer);
    this._timer = null;
  }

  async _fill() {
    if (this._filling) {
      this._refill = true;
      return;
    }
    this._filling = true;
    let retry = false;
    try {
      for (const gap of this._deps.tracker().openGaps()) {
        if (!this._deps.connected()) break; // retried after the next catch-up
        if ((await this._fillGap(gap)) === 'retry') retry = true;
      }
    } finally {
      this._filling = false;
      if (this._refill) {
        this._refill = false;
        this.schedule(0);
      } else if (retry && this._deps.connected()) {
        this.schedule(this._deps.retryMs()); // a transient failure (rate limit, timeout): try again soon
      }
    }
  }

  /** HistoryRequest{AFTER} until the gap's seqs are all seen. Returns 'retry' to keep it open. */
  async _fillGap(gap) {
    const tracker = this._deps.tracker();
    let lastFirst = -1;
    for (let round = 0; round < 100; round++) {
      const missing = tracker.missing(gap, 1);
      if (!missing.length || missing[0] === lastFirst) break;
      lastFirst = missing[0];
      const after = missing[0] - 1;
      const limit = Math.min(200, gap.before - 1 - after);
      let page;
      try {
        page = await this._deps.requestHistory(gap.channel, { anchor: 'after', seq: after, limit });
      } catch (e) {
        if (e.code === 'DISCONNECTED' || e.code === 'TIMEOUT' || e.code === 'RATE_LIMITED' || e.code === 'UNAVAILABLE') {
          return 'retry'; // keep the gap open
        }
        break; // NOT_A_MEMBER, UNKNOWN_CHANNEL, ...: give up on it
      }
      for (const m of page.messages) this._deps.ingest(m);
      if (!page.messages.length) break;
    }
    tracker.closeGap(gap);
    return 'done';
  }
}
