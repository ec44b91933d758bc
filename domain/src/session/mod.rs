//! A client session as a sans-IO state machine, in the manner of quinn-proto. The gateway
//! feeds it decoded frames, the answers to the effects it asked for, live deliveries and the
//! passage of time; it answers with `Action`s: frames to send, effects to carry out, or
//! "close". It owns its whole life: authentication, validation, the order in which its sends
//! are committed, whether a commit is fanned out, catch-up then live with no gap and no
//! duplicate, per-channel order, and every timer (`poll_timeout`). It never touches a socket
//! or a clock, so every rule here is tested without a network or a sleep.

mod catchup;
mod effects;
mod reorder;
#[cfg(test)]
mod tests;

pub use effects::{Action, CloseReason, Effect, Now, SessionConfig};

use std::collections::{HashMap, VecDeque};
use std::time::Instant;

use tern_proto::v1::{self, ErrorCode, client_frame::Kind as In, server_frame::Kind as Out};
use tern_proto::{CodecError, ServerFrame, error_frame};

use crate::delivery::{LiveDelivery, deliver_frame, presence_to_wire};
use crate::error::DomainError;
use crate::limits::{HISTORY_PAGE, SYNC_PAGE, presence_users};
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, Cursor, DeviceId, HistoryAnchor, HistoryPage, InboxPage, UserId,
};
use crate::ports::directory::{DirectoryError, PresenceState};
use crate::token::{TokenError, TokenVerifier};
use catchup::CatchUp;
use reorder::Reorder;

enum State {
    AwaitingAuth { since: Instant },
    Active { user: UserId, device: DeviceId },
    Closed,
}

/// Why an op was started, so its answer is handled the right way.
enum Pending {
    /// A send waiting for its rate token.
    SendToken {
        request_id: u64,
        req: AppendRequest,
    },
    /// A send queued or being committed.
    Append {
        request_id: u64,
        client_msg_id: String,
    },
    CatchUp,
    Sync {
        request_id: u64,
        after: Cursor,
    },
    History {
        request_id: u64,
        channel: ChannelId,
    },
    Presence {
        request_id: u64,
    },
    /// A history read to fill a gap in live deliveries.
    FillGap {
        channel: ChannelId,
    },
    /// The second look at the inbox after the catch-up.
    Recheck,
}

pub struct Session {
    id: String,
    config: SessionConfig,
    verifier: TokenVerifier,
    state: State,
    last_frame_at: Instant,
    next_op: u64,
    pending: HashMap<u64, Pending>,
    /// Sends that got their token, waiting their turn in the store, in the order sent.
    send_queue: VecDeque<(u64, AppendRequest)>,
    /// The batch being committed now: its op, and its sends' ops in order.
    appending: Option<(u64, Vec<u64>)>,
    /// Body bytes of the sends waiting for the store (queued or in the batch), and of the
    /// batch alone.
    in_flight_bytes: usize,
    batch_bytes: usize,
    catch_up: CatchUp,
    reorder: Reorder,
    /// Told to go away while sends were in flight: refuses new sends and closes once the
    /// last one is answered.
    leaving: bool,
    /// The second look at the inbox, once the catch-up is done.
    recheck: Option<Recheck>,
}

/// A second look at the inbox after the catch-up: it finds what raced the session's start (a
/// delivery planned from a directory view that did not know this session yet). It is due a
/// while after the catch-up, and at once when a channel first seen live names a previous
/// message this device cannot have yet.
struct Recheck {
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

impl Session {
    pub fn new(id: impl Into<String>, config: SessionConfig, verifier: TokenVerifier, now: Now) -> Self {
        Self {
            id: id.into(),
            catch_up: CatchUp::new(config.max_held_deliveries),
            reorder: Reorder::default(),
            config,
            verifier,
            state: State::AwaitingAuth { since: now.at },
            last_frame_at: now.at,
            next_op: 1,
            pending: HashMap::new(),
            send_queue: VecDeque::new(),
            appending: None,
            in_flight_bytes: 0,
            batch_bytes: 0,
            leaving: false,
            recheck: None,
        }
    }

    /// The authenticated user and device.
    pub fn identity(&self) -> Option<(&UserId, &DeviceId)> {
        match &self.state {
            State::Active { user, device } => Some((user, device)),
            _ => None,
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self.state, State::Closed)
    }

    fn op(&mut self, pending: Pending) -> u64 {
        let op = self.next_op;
        self.next_op += 1;
        self.pending.insert(op, pending);
        op
    }

    fn close(&mut self, request_id: u64, code: ErrorCode, message: String, reason: CloseReason) -> Vec<Action> {
        self.state = State::Closed;
        vec![Action::Send(error_frame(request_id, code, message, true)), Action::Close(reason)]
    }

    fn reply(request_id: u64, kind: Out) -> Action {
        Action::Send(ServerFrame { request_id, kind: Some(kind) })
    }

    fn error(request_id: u64, code: ErrorCode, message: impl Into<String>) -> Action {
        Action::Send(error_frame(request_id, code, message, false))
    }

    fn refusal(request_id: u64, e: &DomainError) -> Action {
        Self::error(request_id, e.code(), e.to_string())
    }

    /// Bytes arrived that were not a valid frame.
    pub fn handle_decode_error(&mut self, err: &CodecError, _now: Now) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        match err {
            // The stream may still be in sync (WebSocket: one frame per message): answer and go on.
            CodecError::Malformed(detail) => {
                vec![Self::error(0, ErrorCode::MalformedFrame, format!("malformed frame: {detail}"))]
            }
            CodecError::FrameTooLarge { .. } => {
                self.close(0, ErrorCode::FrameTooLarge, err.to_string(), CloseReason::ProtocolError)
            }
            CodecError::BadLength => {
                self.close(0, ErrorCode::MalformedFrame, err.to_string(), CloseReason::ProtocolError)
            }
        }
    }

    pub fn handle_frame(&mut self, frame: v1::ClientFrame, now: Now) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        self.last_frame_at = now.at;
        let rid = frame.request_id;
        let Some(kind) = frame.kind else {
            return vec![Self::error(rid, ErrorCode::MalformedFrame, "frame has no kind")];
        };
        let user = match (&self.state, kind) {
            (State::AwaitingAuth { .. }, In::Authenticate(auth)) => return self.authenticate(rid, auth, now),
            (State::AwaitingAuth { .. }, _) => {
                return self.close(
                    rid,
                    ErrorCode::NotAuthenticated,
                    "the first frame must be Authenticate".into(),
                    CloseReason::ProtocolError,
                );
            }
            (State::Active { .. }, In::Authenticate(_)) => {
                return vec![Self::error(
                    rid,
                    ErrorCode::AlreadyAuthenticated,
                    "this session is already authenticated",
                )];
            }
            (State::Active { .. }, In::Heartbeat(_)) => {
                return vec![Self::reply(rid, Out::HeartbeatAck(v1::HeartbeatAck { server_time_ms: now.unix_ms }))];
            }
            (State::Active { user, .. }, kind) => (user.clone(), kind),
            (State::Closed, _) => return Vec::new(),
        };
        let (user, kind) = user;
        if self.pending.len() >= self.config.max_in_flight {
            return vec![Self::error(rid, ErrorCode::RateLimited, "too many requests in flight")];
        }
        match kind {
            In::Send(_) if self.leaving => vec![Self::error(
                rid,
                ErrorCode::Unavailable,
                "this gateway is draining; send again on the gateway the GoAway named",
            )],
            In::Send(send) => self.send(rid, user, send),
            In::Sync(sync) => self.sync(rid, user, sync),
            In::History(history) => self.history(rid, user, history),
            In::PresenceQuery(q) => self.presence_query(rid, q),
            In::Authenticate(_) | In::Heartbeat(_) => unreachable!("answered above"),
        }
    }

    fn authenticate(&mut self, rid: u64, auth: v1::Authenticate, now: Now) -> Vec<Action> {
        let claims = match self.verifier.verify_client(&auth.token, now.unix_ms / 1000) {
            Ok(c) => c,
            Err(TokenError::Expired) => {
                return self.close(
                    rid,
                    ErrorCode::TokenExpired,
                    "token expired: log in again".into(),
                    CloseReason::BadToken,
                );
            }
            Err(e) => {
                return self.close(rid, ErrorCode::BadToken, e.to_string(), CloseReason::BadToken);
            }
        };
        if !auth.device_id.is_empty() && auth.device_id != claims.device.as_str() {
            return self.close(
                rid,
                ErrorCode::BadToken,
                "device_id differs from the device the token was issued for".into(),
                CloseReason::BadToken,
            );
        }
        let (user, device) = (claims.user, claims.device);
        self.state = State::Active { user: user.clone(), device: device.clone() };
        // From now on live deliveries are held until the catch-up (after `registered`) ends.
        self.catch_up.start(rid, Cursor(auth.cursor));
        vec![
            Self::reply(
                rid,
                Out::Authenticated(v1::Authenticated {
                    user_id: user.0.clone(),
                    device_id: device.0.clone(),
                    session_id: self.id.clone(),
                    server_time_ms: now.unix_ms,
                    heartbeat_interval_ms: self.config.heartbeat_interval.as_millis() as u32,
                    idle_timeout_ms: self.config.idle_timeout.as_millis() as u32,
                    gateway_id: self.config.gateway_id.clone(),
                }),
            ),
            Action::Effect(Effect::Register { user, device }),
        ]
    }

    /// The device is reachable for live deliveries: the catch-up starts.
    pub fn registered(&mut self) -> Vec<Action> {
        let State::Active { user, .. } = &self.state else { return Vec::new() };
        let (user, after) = (user.clone(), self.catch_up.cursor());
        let op = self.op(Pending::CatchUp);
        vec![Action::Effect(Effect::ReadInbox { op, user, after, limit: SYNC_PAGE.default })]
    }

    fn send(&mut self, rid: u64, sender: UserId, send: v1::Send) -> Vec<Action> {
        if self.in_flight_bytes + send.body.len() > self.config.max_in_flight_bytes {
            return vec![Self::error(rid, ErrorCode::RateLimited, "too many bytes of sends in flight")];
        }
        let req = AppendRequest {
            channel: ChannelId(send.channel_id),
            sender,
            client_msg_id: send.client_msg_id,
            body: send.body,
        };
        if let Err(e) = req.validate() {
            return vec![Self::refusal(rid, &e)];
        }
        let user = req.sender.clone();
        let op = self.op(Pending::SendToken { request_id: rid, req });
        vec![Action::Effect(Effect::TakeSendToken { op, user })]
    }

    /// The answer to `TakeSendToken`: whether the user's send rate allows this send now.
    pub fn send_token(&mut self, op: u64, granted: bool) -> Vec<Action> {
        let Some(Pending::SendToken { request_id, req }) = self.pending.remove(&op) else { return Vec::new() };
        if self.is_closed() {
            return Vec::new();
        }
        if !granted {
            let mut out = vec![Self::error(
                request_id,
                ErrorCode::RateLimited,
                "send rate exceeded; retry later with the same client_msg_id",
            )];
            out.extend(self.leave_if_done());
            return out;
        }
        let op = self.op(Pending::Append { request_id, client_msg_id: req.client_msg_id.clone() });
        self.in_flight_bytes += req.body.len();
        self.send_queue.push_back((op, req));
        self.next_append().into_iter().collect()
    }

    /// The queued sends go to the store as one batch once the previous batch is answered: a
    /// client's messages are committed in the order it sent them, many to a commit when it
    /// sends fast, while the store still commits many sessions' batches together.
    fn next_append(&mut self) -> Option<Action> {
        if self.appending.is_some() || self.send_queue.is_empty() {
            return None;
        }
        let (ops, reqs): (Vec<u64>, Vec<AppendRequest>) = self.send_queue.drain(..).unzip();
        self.batch_bytes = reqs.iter().map(|r| r.body.len()).sum();
        let batch = self.next_op;
        self.next_op += 1;
        self.appending = Some((batch, ops));
        Some(Action::Effect(Effect::Append { op: batch, reqs }))
    }

    fn sync(&mut self, rid: u64, user: UserId, sync: v1::SyncRequest) -> Vec<Action> {
        let limit = match SYNC_PAGE.resolve(sync.limit.into()) {
            Ok(limit) => limit,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let after = Cursor(sync.after_cursor);
        let op = self.op(Pending::Sync { request_id: rid, after: after.clone() });
        vec![Action::Effect(Effect::ReadInbox { op, user, after, limit })]
    }

    fn history(&mut self, rid: u64, reader: UserId, h: v1::HistoryRequest) -> Vec<Action> {
        let limit = match HISTORY_PAGE.resolve(h.limit.into()) {
            Ok(limit) => limit,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let anchor = match v1::HistoryAnchor::try_from(h.anchor) {
            Ok(v1::HistoryAnchor::Latest) => HistoryAnchor::Latest,
            Ok(v1::HistoryAnchor::Before) => HistoryAnchor::Before(h.seq),
            Ok(v1::HistoryAnchor::After) => HistoryAnchor::After(h.seq),
            Ok(v1::HistoryAnchor::Around) => HistoryAnchor::Around(h.seq),
            Err(_) => return vec![Self::error(rid, ErrorCode::InvalidArgument, "unknown history anchor")],
        };
        if h.channel_id.is_empty() {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "channel_id is required")];
        }
        let channel = ChannelId(h.channel_id);
        let op = self.op(Pending::History { request_id: rid, channel: channel.clone() });
        vec![Action::Effect(Effect::ReadHistory { op, channel, reader, anchor, limit })]
    }

    fn presence_query(&mut self, rid: u64, q: v1::PresenceQuery) -> Vec<Action> {
        let users = match presence_users(q.user_ids) {
            Ok(users) => users,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let op = self.op(Pending::Presence { request_id: rid });
        vec![Action::Effect(Effect::QueryPresence { op, users })]
    }

    /// The store answered an `Append` batch: each send gets its Ack (which counts as the
    /// delivery of that seq to this device) or its error, in the order sent, and the new
    /// messages are fanned out together.
    pub fn append_done(
        &mut self,
        op: u64,
        result: Result<Vec<Result<AppendOutcome, DomainError>>, DomainError>,
        now: Now,
    ) -> Vec<Action> {
        let Some((_, ops)) = self.appending.take_if(|(batch, _)| *batch == op) else {
            return Vec::new();
        };
        self.in_flight_bytes -= std::mem::take(&mut self.batch_bytes);
        let mut results = match result {
            Ok(results) => results.into_iter(),
            Err(e) => vec![Err(e); ops.len()].into_iter(),
        };
        let mut actions = Vec::new();
        let mut committed = Vec::new();
        for op in ops {
            let result =
                results.next().unwrap_or_else(|| Err(DomainError::Corrupt("the store answered fewer appends".into())));
            let Some(Pending::Append { request_id, client_msg_id }) = self.pending.remove(&op) else { continue };
            match result {
                // Closed meanwhile: still fanned out, it is committed and the others should see it.
                Ok(outcome) if self.is_closed() => committed.extend((!outcome.duplicate).then_some(outcome)),
                Ok(outcome) => {
                    let m = &outcome.message;
                    let released = self.reorder.acked(&m.channel_id, m.seq, now.at);
                    let ack = Out::Ack(v1::Ack {
                        channel_id: m.channel_id.clone(),
                        seq: m.seq,
                        client_msg_id,
                        server_time_ms: now.unix_ms,
                        duplicate: outcome.duplicate,
                    });
                    actions.push(Self::reply(request_id, ack));
                    actions.extend(released.into_iter().map(Action::SendEncoded));
                    committed.extend((!outcome.duplicate).then_some(outcome));
                }
                Err(_) if self.is_closed() => {}
                Err(e) => actions.push(Self::refusal(request_id, &e)),
            }
        }
        if !committed.is_empty() {
            actions.push(Action::Effect(Effect::FanOut { outcomes: committed }));
        }
        if self.is_closed() {
            return actions;
        }
        actions.extend(self.next_append());
        actions.extend(self.leave_if_done());
        actions
    }

    fn sends_in_flight(&self) -> bool {
        self.pending.values().any(|p| matches!(p, Pending::Append { .. } | Pending::SendToken { .. }))
    }

    /// Closes a leaving session once none of its sends waits for the store.
    fn leave_if_done(&mut self) -> Vec<Action> {
        if !self.leaving || self.sends_in_flight() {
            return Vec::new();
        }
        self.state = State::Closed;
        vec![Action::Close(CloseReason::Draining)]
    }

    /// The store answered a `ReadInbox`.
    pub fn inbox_read(&mut self, op: u64, result: Result<InboxPage, DomainError>, now: Instant) -> Vec<Action> {
        let Some(pending) = self.pending.remove(&op) else {
            return Vec::new();
        };
        if self.is_closed() {
            return Vec::new();
        }
        match pending {
            Pending::CatchUp => self.catch_up_page(result, now),
            Pending::Recheck => self.recheck_page(result, now),
            Pending::Sync { request_id, after } => match result {
                Ok(page) => vec![Self::reply(request_id, Out::Sync(catchup::sync_page(page, after)))],
                Err(e) => vec![Self::refusal(request_id, &e)],
            },
            _ => Vec::new(),
        }
    }

    fn catch_up_page(&mut self, result: Result<InboxPage, DomainError>, now: Instant) -> Vec<Action> {
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
    fn recheck_page(&mut self, result: Result<InboxPage, DomainError>, now: Instant) -> Vec<Action> {
        let page = match result {
            Ok(page) => page,
            Err(e) => {
                tracing::debug!(error = %e, "the second look at the inbox failed; live deliveries stand");
                if let Some(r) = self.recheck.as_mut() {
                    r.reading = false;
                }
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
            _ => r.reading = false,
        }
        out
    }

    pub fn history_read(&mut self, op: u64, result: Result<HistoryPage, DomainError>) -> Vec<Action> {
        let (request_id, channel) = match self.pending.remove(&op) {
            Some(Pending::History { request_id, channel }) => (request_id, channel),
            Some(Pending::FillGap { channel }) => return self.gap_read(channel, result),
            _ => return Vec::new(),
        };
        if self.is_closed() {
            return Vec::new();
        }
        match result {
            Ok(page) => vec![Self::reply(
                request_id,
                Out::History(v1::HistoryPage {
                    channel_id: channel.0,
                    messages: page.messages,
                    has_older: page.has_older,
                    has_newer: page.has_newer,
                    last_seq: page.last_seq,
                }),
            )],
            Err(e) => vec![Self::refusal(request_id, &e)],
        }
    }

    pub fn presence_read(&mut self, op: u64, result: Result<Vec<PresenceState>, DirectoryError>) -> Vec<Action> {
        let Some(Pending::Presence { request_id }) = self.pending.remove(&op) else {
            return Vec::new();
        };
        if self.is_closed() {
            return Vec::new();
        }
        match result {
            Ok(states) => vec![Self::reply(
                request_id,
                Out::Presence(v1::PresenceResult { presences: states.iter().map(presence_to_wire).collect() }),
            )],
            Err(e) => vec![Self::error(request_id, ErrorCode::Unavailable, e.to_string())],
        }
    }

    /// A live delivery for this session, already encoded. During the catch-up it is held
    /// (or dropped when the catch-up will read it anyway); afterwards it is sent unless the
    /// catch-up already did, in seq order within its channel.
    pub fn live(&mut self, delivery: &LiveDelivery, now: Instant) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) || !self.catch_up.live(delivery) {
            return Vec::new();
        }
        let d = delivery;
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
            // while this one settles, so the channel starts where it should.
            r.asked = Some(now);
        }
        self.reorder.offer(&d.channel, d.seq, d.frame.clone(), now).into_iter().map(Action::SendEncoded).collect()
    }

    /// A gap read came back: send what it found, then what waited behind the gap.
    fn gap_read(&mut self, channel: ChannelId, result: Result<HistoryPage, DomainError>) -> Vec<Action> {
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
                    (seq, deliver_frame(m, bytes::Bytes::new()))
                })
                .collect(),
            Err(e) => {
                tracing::debug!(error = %e, channel = %channel, "gap read failed; releasing held deliveries");
                Vec::new()
            }
        };
        self.reorder.filled(channel.as_str(), read).into_iter().map(Action::SendEncoded).collect()
    }

    /// Presence of a friend changed.
    pub fn presence_event(&mut self, state: &PresenceState) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) {
            return Vec::new();
        }
        vec![Self::reply(0, Out::PresenceEvent(v1::PresenceEvent { presence: Some(presence_to_wire(state)) }))]
    }

    /// When `handle_timeout` next has something to do, whatever the timer: the
    /// authentication deadline, the idle deadline, a gap waiting to be read, a channel
    /// settling. The gateway sleeps until then and needs no timer of its own.
    pub fn poll_timeout(&self) -> Option<Instant> {
        let session = match self.state {
            State::AwaitingAuth { since } => Some(since + self.config.auth_timeout),
            State::Active { .. } => Some(self.last_frame_at + self.config.idle_timeout),
            State::Closed => return None,
        };
        let recheck =
            self.recheck.as_ref().filter(|r| !r.reading).and_then(|r| r.asked.into_iter().chain(r.scheduled).min());
        session.into_iter().chain(self.reorder.next_deadline()).chain(recheck).min()
    }

    /// Time passed: enforce the authentication and idle timeouts, release channels that
    /// finished settling, and read the gaps that waited too long.
    pub fn handle_timeout(&mut self, now: Now) -> Vec<Action> {
        let mut out = Vec::new();
        if let State::Active { user, .. } = &self.state {
            let reader = user.clone();
            if let Some(r) = self.recheck.as_mut()
                && !r.reading
                && r.asked.into_iter().chain(r.scheduled).any(|at| at <= now.at)
            {
                r.asked = None;
                r.scheduled = r.scheduled.filter(|at| *at > now.at);
                (r.reading, r.pages_left) = (true, RECHECK_PAGES);
                let after = r.from.clone();
                let op = self.op(Pending::Recheck);
                out.push(Action::Effect(Effect::ReadInbox {
                    op,
                    user: reader.clone(),
                    after,
                    limit: SYNC_PAGE.default,
                }));
            }
            out.extend(self.reorder.settle(now.at).into_iter().map(Action::SendEncoded));
            for (channel, last) in self.reorder.due_gaps(now.at) {
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
        }
        out.extend(self.timeouts(now));
        out
    }

    fn timeouts(&mut self, now: Now) -> Vec<Action> {
        match self.state {
            State::AwaitingAuth { since } if now.at.saturating_duration_since(since) >= self.config.auth_timeout => {
                self.close(0, ErrorCode::AuthTimeout, "no Authenticate frame in time".into(), CloseReason::AuthTimeout)
            }
            State::Active { .. }
                if now.at.saturating_duration_since(self.last_frame_at) >= self.config.idle_timeout =>
            {
                let secs = self.config.idle_timeout.as_secs();
                self.close(0, ErrorCode::IdleTimeout, format!("no frame for {secs} s"), CloseReason::IdleTimeout)
            }
            _ => Vec::new(),
        }
    }

    /// The outbound queue overflowed: the client must reconnect and sync from its cursor.
    pub fn slow_consumer(&mut self) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        self.close(
            0,
            ErrorCode::SlowConsumer,
            "too far behind; reconnect and sync from your cursor".into(),
            CloseReason::SlowConsumer,
        )
    }

    /// The gateway is draining: tell the client where to go. Sends already accepted are
    /// still answered (acked or refused) before the session closes; new ones are refused
    /// as `UNAVAILABLE` so the client sends them again on its next gateway.
    pub fn go_away(&mut self, reason: &str, suggested_gateway: &str) -> Vec<Action> {
        if self.is_closed() || self.leaving {
            return Vec::new();
        }
        let go_away = Out::GoAway(v1::GoAway { reason: reason.into(), suggested_gateway: suggested_gateway.into() });
        let mut actions = vec![Self::reply(0, go_away)];
        if matches!(self.state, State::Active { .. }) && self.sends_in_flight() {
            self.leaving = true;
        } else {
            self.state = State::Closed;
            actions.push(Action::Close(CloseReason::Draining));
        }
        actions
    }

    /// An operator closed this session: the client is told why before the close.
    pub fn kick(&mut self, reason: &str) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        self.close(0, ErrorCode::Kicked, format!("closed by an operator: {reason}"), CloseReason::Kicked)
    }
}
