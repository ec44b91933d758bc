//! From registration to live: the catch-up by cursor, the second look at the inbox for what
//! raced the session's start, live deliveries in seq order per channel with their gaps read
//! from history, and presence events.

use bytes::Bytes;
use std::time::Instant;

use tern_proto::v1::{self, server_frame::Kind as Out};

use super::effects::CloseReason;
use super::{Action, Effect, Pending, Session, State, catchup};
use crate::delivery::{LiveDelivery, deliver_frame, presence_to_wire};
use crate::error::DomainError;
use crate::limits::{HISTORY_PAGE, SYNC_PAGE};
use crate::model::{ChannelId, Cursor, HistoryAnchor, HistoryPage, InboxPage};
use crate::ports::directory::PresenceState;

/// A second look at the inbox after the catch-up: it finds what raced the session's start (a
/// delivery planned from a directory view that did not know this session yet). It is due a
/// while after the catch-up, and at once when a channel first seen live names a previous
/// message this device cannot have yet.
pub(super) struct Recheck {
    /// Where the catch-up ended.
    from: Cursor,
    /// The look planned a while after the catch-up, and one asked for at once.
    scheduled: Option<Instant>,
    asked: Option<Instant>,
    /// Pages the read under way may still take.
    pages_left: usize,
    reading: bool,
}

/// Pages the second look reads at most (each of `SYNC_PAGE.default` entries): it catches what
/// raced the session's start, not a backlog.
const RECHECK_PAGES: usize = 5;

impl Recheck {
    /// When the look is due next (none while one is reading).
    pub(super) fn deadline(&self) -> Option<Instant> {
        if self.reading { None } else { self.asked.into_iter().chain(self.scheduled).min() }
    }

    /// Starts the look if it is due at `now`: returns where it reads from.
    fn start_if_due(&mut self, now: Instant) -> Option<Cursor> {
        if self.deadline().is_none_or(|at| at > now) {
            return None;
        }
        self.asked = None;
        self.scheduled = self.scheduled.filter(|at| *at > now);
        (self.reading, self.pages_left) = (true, RECHECK_PAGES);
        Some(self.from.clone())
    }
}

impl Session {
    /// The second look at the inbox, when it is due.
    pub(super) fn recheck_if_due(&mut self, now: Instant) -> Option<Action> {
        let State::Active { user, .. } = &self.state else { return None };
        let user = user.clone();
        let after = self.recheck.as_mut()?.start_if_due(now)?;
        let op = self.op(Pending::Recheck);
        Some(Action::Effect(Effect::ReadInbox { op, user, after, limit: SYNC_PAGE.default }))
    }

    /// Live deliveries held in a channel past their time, and the gaps to read from history.
    pub(super) fn settle_live(&mut self, now: Instant) -> Vec<Action> {
        let State::Active { user, .. } = &self.state else { return Vec::new() };
        let reader = user.clone();
        let mut out: Vec<Action> = self.reorder.settle(now).into_iter().map(Action::SendEncoded).collect();
        for (channel, last) in self.reorder.due_gaps(now) {
            let channel = ChannelId(channel);
            let op = self.op(Pending::FillGap { channel: channel.clone() });
            out.push(Action::Effect(Effect::ReadHistory {
                op,
                channel,
                reader: reader.clone(),
                anchor: HistoryAnchor::After(last),
                limit: HISTORY_PAGE.max,
            }));
        }
        out
    }

    /// The device is reachable for live deliveries: the catch-up starts.
    pub fn registered(&mut self) -> Vec<Action> {
        let State::Active { user, .. } = &self.state else { return Vec::new() };
        let (user, after) = (user.clone(), self.catch_up.cursor());
        let op = self.op(Pending::CatchUp);
        vec![Action::Effect(Effect::ReadInbox { op, user, after, limit: SYNC_PAGE.default })]
    }

    pub(super) fn catch_up_page(&mut self, result: Result<InboxPage, DomainError>, now: Instant) -> Vec<Action> {
        let page = match result {
            Ok(page) => page,
            // The catch-up cannot continue; the client reconnects with its cursor.
            Err(e) => {
                let rid = self.catch_up.request_id();
                return self.close(rid, e.code(), format!("catch-up failed: {e}"), CloseReason::ProtocolError);
            }
        };
        for (_, m) in &page.entries {
            self.reorder.seen(&m.channel_id, m.seq);
        }
        let (frame, next) = self.catch_up.page(page);
        let mut out = vec![Action::Send(frame)];
        match next {
            catchup::Next::Read(after) => {
                let user = self.identity().map(|(u, _)| u.clone()).expect("a catch-up runs only when active");
                let op = self.op(Pending::CatchUp);
                out.push(Action::Effect(Effect::ReadInbox { op, user, after, limit: SYNC_PAGE.default }));
            }
            catchup::Next::Live(held) => {
                // A delivery planned from a directory view older than this session's
                // registration (a cached lookup on another gateway) can miss it: one more
                // read a little later finds what that missed.
                let scheduled = (!self.config.recheck_after.is_zero()).then(|| now + self.config.recheck_after);
                let from = self.catch_up.cursor();
                self.recheck = Some(Recheck { from, scheduled, asked: None, pages_left: 0, reading: false });
                for d in held {
                    let sent = self.reorder.offer(&d.channel, d.seq, d.frame, self.last_frame_at);
                    out.extend(sent.into_iter().map(Action::SendEncoded));
                }
            }
        }
        out
    }

    /// A page of the second look: what is not sent yet goes out, in order per channel, as a
    /// live delivery would (the reorder drops what was delivered already).
    pub(super) fn recheck_page(&mut self, result: Result<InboxPage, DomainError>, now: Instant) -> Vec<Action> {
        let page = match result {
            Ok(page) => page,
            Err(e) => {
                tracing::debug!(error = %e, "the second look at the inbox failed; live deliveries stand");
                if let Some(r) = self.recheck.as_mut() {
                    r.reading = false;
                }
                self.reorder.read_done();
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        let next = page.entries.last().map(|(c, _)| c.clone());
        for (cursor, message) in page.entries {
            let (channel, seq) = (message.channel_id.clone(), message.seq);
            let frame = deliver_frame(message, cursor.0);
            out.extend(self.reorder.offer_in_order(&channel, seq, frame, now).into_iter().map(Action::SendEncoded));
        }
        let user = self.identity().map(|(u, _)| u.clone());
        let more = next.filter(|_| page.more);
        let Some(r) = self.recheck.as_mut() else { return out };
        r.pages_left = r.pages_left.saturating_sub(1);
        match (more.filter(|_| r.pages_left > 0), user) {
            (Some(after), Some(user)) => {
                let op = self.op(Pending::Recheck);
                out.push(Action::Effect(Effect::ReadInbox { op, user, after, limit: SYNC_PAGE.default }));
            }
            _ => {
                r.reading = false;
                // Channels waiting on this look settle now, unless another look was asked
                // meanwhile (it may hold what they wait for).
                if r.asked.is_none() {
                    self.reorder.read_done();
                }
            }
        }
        out
    }

    /// A live delivery for this session, already encoded. During the catch-up it is held
    /// (or dropped when the catch-up will read it anyway); afterwards it is sent unless the
    /// catch-up already did, in seq order within its channel.
    pub fn live(&mut self, delivery: &LiveDelivery, now: Instant) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) || !self.catch_up.live(delivery) {
            return Vec::new();
        }
        let d = delivery;
        let mut look_first = false;
        // A channel first seen live: when its previous message is at or before the end of the
        // catch-up, this device has it (or was not a member then), nothing of the channel can
        // still be in flight, and this one goes out at once instead of settling.
        if d.seq > 1
            && !self.reorder.knows(&d.channel)
            && d.prev_cursor.as_ref().is_some_and(|prev| *prev <= self.catch_up.cursor())
        {
            self.reorder.seen(&d.channel, d.seq - 1);
        } else if d.seq > 1
            && !self.reorder.knows(&d.channel)
            && let (Some(prev), Some(r)) = (&d.prev_cursor, self.recheck.as_mut())
            && *prev > r.from
        {
            // Its previous message came after the catch-up and is not here: look for it now,
            // and let the channel settle only once the look is done, however slow the store,
            // so the channel starts where it should.
            r.asked = Some(now);
            look_first = true;
        }
        let out = self.reorder.offer(&d.channel, d.seq, d.frame.clone(), now);
        if look_first {
            self.reorder.await_read(&d.channel);
        }
        out.into_iter().map(Action::SendEncoded).collect()
    }

    /// A gap read came back: send what it found, then what waited behind the gap.
    pub(super) fn gap_read(&mut self, channel: ChannelId, result: Result<HistoryPage, DomainError>) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        let read = match result {
            Ok(page) => page
                .messages
                .into_iter()
                .map(|m| {
                    let seq = m.seq;
                    // No cursor: a message read from history has no place in this user's
                    // inbox order; the client keeps its cursor where it is.
                    (seq, deliver_frame(m, Bytes::new()))
                })
                .collect(),
            Err(e) => {
                tracing::debug!(error = %e, channel = %channel, "gap read failed; releasing held deliveries");
                Vec::new()
            }
        };
        self.reorder.filled(channel.as_str(), read).into_iter().map(Action::SendEncoded).collect()
    }

    /// A user event for this session's user (an encoded `ServerFrame`): sent once active.
    pub fn notice(&mut self, frame: &Bytes) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) {
            return Vec::new();
        }
        vec![Action::SendEncoded(frame.clone())]
    }

    /// Presence of a friend changed.
    pub fn presence_event(&mut self, state: &PresenceState) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) {
            return Vec::new();
        }
        vec![Self::reply(0, Out::PresenceEvent(v1::PresenceEvent { presence: Some(presence_to_wire(state)) }))]
    }
}
