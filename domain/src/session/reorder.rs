//! In seq order per channel, to each device, whatever path a delivery took: a reorder
//! buffer per channel.
//!
//! Deliveries of one channel can overtake each other (two gateways committing, two fan-out
//! tasks racing). A delivery with the next seq goes out at once; one further ahead is held
//! until the missing seqs arrive, or, after `HOLD`, the gap is read from history and sent
//! first. The device's own sends count as sent when acked (the sending connection gets the
//! Ack, not a Deliver).
//!
//! A channel the catch-up did not show starts "settling": whatever arrives for it during
//! `HOLD` is collected and then sent in seq order, so deliveries that raced each other at the
//! very start (or an own ack that overtook earlier messages) still go out in order. Seq 1 is
//! the exception: nothing can precede it, so it goes out at once. One below the starting
//! point that arrives even later is sent late rather than lost. Anything else at or below
//! the last sent is a duplicate.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use bytes::Bytes;

/// How long a later delivery waits for an earlier one before the gap is read from history,
/// and how long a channel first seen live collects before its first delivery goes out.
pub const HOLD: Duration = Duration::from_millis(250);
/// Most deliveries held for one channel; past it the gap is read at once.
const MAX_HELD: usize = 256;
/// Most seqs below the starting point remembered as sent late.
const MAX_LATE: usize = 64;

#[derive(Default)]
struct Channel {
    /// The starting point: the first seq this session handled.
    first: u64,
    last: u64,
    /// `None`: the device's own message, acked rather than delivered.
    held: BTreeMap<u64, Option<Bytes>>,
    late: Vec<u64>,
    /// When the oldest held delivery started waiting.
    waiting_since: Option<Instant>,
    /// A history read for the gap is under way.
    filling: bool,
    /// First seen live: collecting until then before choosing the starting point.
    settling_until: Option<Instant>,
    /// Settling waits for a read of the inbox that can hold earlier messages of the channel
    /// (`await_read`), however long it takes.
    awaiting_read: bool,
}

#[derive(Default)]
pub struct Reorder {
    channels: HashMap<String, Channel>,
}

impl Reorder {
    /// Whether this channel was seen (in the catch-up or live) by this session.
    pub fn knows(&self, channel: &str) -> bool {
        self.channels.contains_key(channel)
    }

    /// A seq sent by the catch-up.
    pub fn seen(&mut self, channel: &str, seq: u64) {
        let c = self.channels.entry(channel.to_owned()).or_insert_with(|| Channel { first: seq, ..Channel::default() });
        c.last = c.last.max(seq);
        c.held.retain(|s, _| *s > seq);
    }

    /// The device's own message was acked: it counts as sent; returns what it released.
    pub fn acked(&mut self, channel: &str, seq: u64, now: Instant) -> Vec<Bytes> {
        self.handle(channel, seq, None, now)
    }

    /// As `offer`, but never out of order: a seq below where the channel started is left out
    /// rather than sent late (for reads that come after the fact: the client has it or
    /// fetches it from history).
    pub fn offer_in_order(&mut self, channel: &str, seq: u64, frame: Bytes, now: Instant) -> Vec<Bytes> {
        if self.channels.get(channel).is_some_and(|c| c.settling_until.is_none() && seq < c.first) {
            return Vec::new();
        }
        self.offer(channel, seq, frame, now)
    }

    /// A live delivery: the frames to send now, in order.
    pub fn offer(&mut self, channel: &str, seq: u64, frame: Bytes, now: Instant) -> Vec<Bytes> {
        self.handle(channel, seq, Some(frame), now)
    }

    fn handle(&mut self, channel: &str, seq: u64, frame: Option<Bytes>, now: Instant) -> Vec<Bytes> {
        let Some(c) = self.channels.get_mut(channel) else {
            if seq == 1 {
                // A channel's first message: nothing can come before it, nothing to settle.
                self.channels.insert(channel.to_owned(), Channel { first: 1, last: 1, ..Channel::default() });
                return frame.into_iter().collect();
            }
            let mut c = Channel { settling_until: Some(now + HOLD), ..Channel::default() };
            c.held.insert(seq, frame);
            self.channels.insert(channel.to_owned(), c);
            return Vec::new();
        };
        if c.settling_until.is_some() {
            c.held.entry(seq).or_insert(frame);
            return Vec::new();
        }
        if seq < c.first {
            if c.late.contains(&seq) {
                return Vec::new();
            }
            if c.late.len() >= MAX_LATE {
                c.late.remove(0);
            }
            c.late.push(seq);
            return frame.into_iter().collect();
        }
        if seq <= c.last || c.held.contains_key(&seq) {
            return Vec::new();
        }
        if seq == c.last + 1 {
            c.last = seq;
            let mut out: Vec<Bytes> = frame.into_iter().collect();
            out.extend(release(c));
            return out;
        }
        c.held.insert(seq, frame);
        if c.waiting_since.is_none() {
            c.waiting_since = Some(now);
        }
        if c.held.len() > MAX_HELD {
            // Read the gap now rather than hold more.
            c.waiting_since = Some(now - HOLD);
        }
        Vec::new()
    }

    /// A settling channel does not choose its starting point before `read_done`: an inbox read
    /// under way can still bring messages that come before what arrived live.
    pub fn await_read(&mut self, channel: &str) {
        if let Some(c) = self.channels.get_mut(channel).filter(|c| c.settling_until.is_some()) {
            c.awaiting_read = true;
        }
    }

    /// The inbox read `await_read` waited for is done (or failed): settling goes on.
    pub fn read_done(&mut self) {
        for c in self.channels.values_mut() {
            c.awaiting_read = false;
        }
    }

    /// Channels that finished settling: their collected deliveries, in order, up to the first
    /// gap (which then waits like any other).
    pub fn settle(&mut self, now: Instant) -> Vec<Bytes> {
        let mut out = Vec::new();
        for c in self.channels.values_mut() {
            if !c.awaiting_read && c.settling_until.is_some_and(|t| now >= t) {
                c.settling_until = None;
                let first = c.held.keys().next().copied().unwrap_or(1);
                c.first = first;
                c.last = first - 1;
                out.extend(release(c));
                if !c.held.is_empty() {
                    c.waiting_since = Some(now);
                }
            }
        }
        out
    }

    /// Channels whose gap waited long enough: (channel, last seq sent). Each is reported
    /// once until `filled` is called for it.
    pub fn due_gaps(&mut self, now: Instant) -> Vec<(String, u64)> {
        let mut due = Vec::new();
        for (name, c) in self.channels.iter_mut() {
            if !c.filling && c.waiting_since.is_some_and(|t| now.saturating_duration_since(t) >= HOLD) {
                c.filling = true;
                due.push((name.clone(), c.last));
            }
        }
        due
    }

    /// The gap read came back with these (seq, frame) in order: what to send now. If the
    /// read could not close the gap (failed, or short), what is held is sent anyway, in
    /// order: a client that still sees a gap fetches it itself.
    pub fn filled(&mut self, channel: &str, read: Vec<(u64, Bytes)>) -> Vec<Bytes> {
        let Some(c) = self.channels.get_mut(channel) else { return Vec::new() };
        c.filling = false;
        for (seq, frame) in read {
            c.held.entry(seq).or_insert(Some(frame));
        }
        // Whatever is held now goes out in order, gaps or not.
        let mut out = Vec::new();
        for (seq, frame) in std::mem::take(&mut c.held) {
            if seq > c.last {
                c.last = seq;
                out.extend(frame);
            }
        }
        c.waiting_since = None;
        out
    }

    /// When `settle` or `due_gaps` next has something to do.
    pub fn next_deadline(&self) -> Option<Instant> {
        let gaps = self.channels.values().filter(|c| !c.filling).filter_map(|c| c.waiting_since.map(|t| t + HOLD));
        let settling = self.channels.values().filter(|c| !c.awaiting_read).filter_map(|c| c.settling_until);
        gaps.chain(settling).min()
    }
}

/// Sends the held deliveries that now follow in sequence.
fn release(c: &mut Channel) -> Vec<Bytes> {
    let mut out = Vec::new();
    while let Some(frame) = c.held.remove(&(c.last + 1)) {
        c.last += 1;
        out.extend(frame);
    }
    if c.held.is_empty() {
        c.waiting_since = None;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(seq: u64) -> Bytes {
        Bytes::from(format!("{seq}"))
    }

    #[test]
    fn in_order_passes_out_of_order_waits() {
        let t = Instant::now();
        let mut o = Reorder::default();
        o.seen("c", 3);
        assert_eq!(o.offer("c", 4, f(4), t), vec![f(4)]);
        assert_eq!(o.offer("c", 6, f(6), t), Vec::<Bytes>::new());
        assert_eq!(o.offer("c", 7, f(7), t), Vec::<Bytes>::new());
        assert_eq!(o.offer("c", 5, f(5), t), vec![f(5), f(6), f(7)]);
        assert!(o.offer("c", 6, f(6), t).is_empty(), "duplicate");
        assert_eq!(o.next_deadline(), None);
    }

    #[test]
    fn a_gap_that_stays_open_is_read_from_history() {
        let t = Instant::now();
        let mut o = Reorder::default();
        o.seen("c", 2);
        assert!(o.offer("c", 5, f(5), t).is_empty());
        assert_eq!(o.next_deadline(), Some(t + HOLD));
        assert!(o.due_gaps(t + HOLD / 2).is_empty());
        assert_eq!(o.due_gaps(t + HOLD), vec![("c".to_owned(), 2)]);
        assert!(o.due_gaps(t + HOLD * 2).is_empty(), "reported once");
        assert_eq!(o.filled("c", vec![(3, f(3)), (4, f(4)), (5, f(5))]), vec![f(3), f(4), f(5)]);
        assert_eq!(o.offer("c", 6, f(6), t), vec![f(6)]);
    }

    #[test]
    fn a_channel_awaiting_a_read_settles_only_after_it_with_what_the_read_found() {
        let t = Instant::now();
        let mut o = Reorder::default();
        assert!(o.offer("c", 6, f(6), t).is_empty(), "a channel first seen at 6 settles");
        o.await_read("c");
        assert_eq!(o.next_deadline(), None, "no timer while the read runs");
        assert!(o.settle(t + HOLD * 4).is_empty(), "the read is slower than the settling time");
        assert!(o.offer_in_order("c", 5, f(5), t + HOLD * 4).is_empty(), "the read found 5: it joins");
        o.read_done();
        assert_eq!(o.settle(t + HOLD * 4), vec![f(5), f(6)], "in order, 5 first");
    }

    #[test]
    fn new_channels_settle_own_acks_fill_and_early_overtakes_are_not_lost() {
        let t = Instant::now();
        let mut o = Reorder::default();
        // A new channel settles first: the own ack of 3 overtook 1 and 2.
        assert!(o.acked("c", 3, t).is_empty());
        assert!(o.offer("c", 2, f(2), t).is_empty());
        assert!(o.offer("c", 1, f(1), t).is_empty());
        assert_eq!(o.next_deadline(), Some(t + HOLD));
        assert_eq!(o.settle(t + HOLD), vec![f(1), f(2)], "in order, own 3 not echoed");
        assert_eq!(o.offer("c", 4, f(4), t), vec![f(4)]);
        assert!(o.offer("c", 2, f(2), t).is_empty(), "duplicate");
        assert_eq!(o.next_deadline(), None);
        // Something even older than the settled start is sent late, once.
        let mut o = Reorder::default();
        o.offer("d", 5, f(5), t);
        assert_eq!(o.settle(t + HOLD), vec![f(5)]);
        assert_eq!(o.offer("d", 4, f(4), t), vec![f(4)], "late, not lost");
        assert!(o.offer("d", 4, f(4), t).is_empty(), "and only once");
    }

    #[test]
    fn a_channels_first_message_goes_out_without_settling() {
        let t = Instant::now();
        let mut o = Reorder::default();
        assert_eq!(o.offer("c", 1, f(1), t), vec![f(1)], "nothing can precede seq 1");
        assert_eq!(o.offer("c", 2, f(2), t), vec![f(2)]);
        assert!(o.offer("c", 1, f(1), t).is_empty(), "duplicate");
        // Its own seq 1, acked: the next delivery goes straight out too.
        assert!(o.acked("d", 1, t).is_empty());
        assert_eq!(o.offer("d", 2, f(2), t), vec![f(2)]);
        assert_eq!(o.next_deadline(), None);
    }

    #[test]
    fn a_failed_read_still_releases_in_order() {
        let t = Instant::now();
        let mut o = Reorder::default();
        o.seen("c", 1);
        o.offer("c", 4, f(4), t);
        o.offer("c", 3, f(3), t);
        o.due_gaps(t + HOLD);
        assert_eq!(o.filled("c", vec![]), vec![f(3), f(4)]);
    }
}
