// @ts-check
// Duplicate and gap detection by (channel, seq). Seqs are dense per channel (1, 2, 3, ...), and
// the same message can reach a client through Ack, Deliver, catch-up and history, so the client
// keeps the highest seq seen per channel plus a bounded set of recently seen (channel, seq)
// pairs. Pure logic: no timers, no I/O.

export const messageKey = (channel, seq) => `${channel}:${seq}`;

export class SeqTracker {
  /**
   * Per channel: `base`..`high` is a run the client has seen completely except inside the open
   * gaps, so those seqs need no memory; `recent` (bounded) remembers seqs seen inside gaps and
   * below `base`; `floor` covers what fell out of `recent` below `base`.
   */
  constructor({ recentLimit = 5000 } = {}) {
    this.recentLimit = recentLimit;
    this.recent = new Set();
    this.channels = new Map(); // channel -> {base, high, floor, gaps: [{channel, after, before}]}
  }

  /** Highest seq seen in `channel`, or 0. */
  highest(channel) {
    return this.channels.get(channel)?.high ?? 0;
  }

  /** Whether (channel, seq) was seen. */
  has(channel, seq) {
    if (this.recent.has(messageKey(channel, seq))) return true;
    const st = this.channels.get(channel);
    if (!st) return false;
    if (seq >= st.base && seq <= st.high) return !st.gaps.some((g) => seq > g.after && seq < g.before);
    return seq <= st.floor;
  }

  /**
   * Records (channel, seq). Returns {duplicate, gap}: duplicate when it was already seen; gap
   * ({channel, after, before}) when seq is more than one above the highest seen so far, meaning
   * seqs after+1 .. before-1 are missing. The first seq seen in a channel never opens a gap.
   */
  observe(channel, seq) {
    if (!Number.isSafeInteger(seq) || seq < 1) return { duplicate: false, gap: null, ignored: true };
    if (this.has(channel, seq)) return { duplicate: true, gap: null };
    const st = this.channels.get(channel);
    this._remember(channel, seq);
    if (!st) {
      this.channels.set(channel, { base: seq, high: seq, floor: 0, gaps: [] });
      return { duplicate: false, gap: null };
    }
    let gap = null;
    if (seq > st.high + 1) {
      gap = { channel, after: st.high, before: seq };
      st.gaps.push(gap);
    }
    if (seq > st.high) st.high = seq;
    else if (seq === st.base - 1) st.base = seq;
    return { duplicate: false, gap };
  }

  /** The seqs still missing inside a gap, ascending (at most `max` of them). */
  missing(gap, max = 10000) {
    const out = [];
    for (let s = gap.after + 1; s < gap.before && out.length < max; s++) {
      if (!this.recent.has(messageKey(gap.channel, s))) out.push(s);
    }
    return out;
  }

  /** Open gaps of every channel (or of one). */
  openGaps(channel) {
    const all = [];
    for (const [ch, st] of this.channels) {
      if (channel == null || ch === channel) all.push(...st.gaps);
    }
    return all;
  }

  /** Forgets a gap: filled, or given up on (its missing seqs then count as seen). */
  closeGap(gap) {
    const st = this.channels.get(gap.channel);
    if (!st) return;
    st.gaps = st.gaps.filter((g) => g !== gap && !(g.after === gap.after && g.before === gap.before));
  }

  /** Forgets everything (another user logged in). */
  reset() {
    this.recent.clear();
    this.channels.clear();
  }

  _remember(channel, seq) {
    this.recent.add(messageKey(channel, seq));
    while (this.recent.size > this.recentLimit) {
      const oldest = this.recent.values().next().value;
      this.recent.delete(oldest);
      const cut = oldest.lastIndexOf(':');
      const st = this.channels.get(oldest.slice(0, cut));
      const evicted = Number(oldest.slice(cut + 1));
      // Seqs inside base..high need no memory; below base, everything up to it counts as seen.
      if (st && evicted < st.base && evicted > st.floor) st.floor = evicted;
    }
  }
}
