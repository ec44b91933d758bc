//! A client session as a sans-IO state machine. The gateway feeds it decoded frames, the
//! results of the effects it asked for, live deliveries and the passage of time; it answers
//! with `Action`s: frames to send, effects to run, or "close". It never touches a socket or
//! a clock, so every rule here (authentication first, validation, rate limits, catch-up then
//! live with no gap and no duplicate, idle timeout) is tested without a network or a sleep.

mod catchup;
mod order;
#[cfg(test)]
mod tests;

pub use catchup::LiveDelivery;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use tern_proto::v1::{self, ErrorCode, client_frame::Kind as In, server_frame::Kind as Out};
use tern_proto::{CodecError, ServerFrame, error_frame};

use crate::directory::PresenceState;
use crate::error::StoreError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, Cursor, DEFAULT_HISTORY_LIMIT, DEFAULT_SYNC_LIMIT, DeviceId,
    HistoryAnchor, HistoryPage, InboxPage, MAX_HISTORY_LIMIT, MAX_SYNC_LIMIT, UserId,
};
use crate::rate::TokenBucket;
use crate::token::{TokenError, TokenVerifier};
use catchup::CatchUp;
use order::Order;

/// The moment an input happens: a monotonic instant for timeouts and the wall clock for
/// token expiry and timestamps.
#[derive(Clone, Copy, Debug)]
pub struct Now {
    pub at: Instant,
    pub unix_ms: i64,
}

#[derive(Clone, Debug)]
pub struct SessionConfig {
    pub gateway_id: String,
    pub heartbeat_interval: Duration,
    /// Closed after this long without any frame from the client.
    pub idle_timeout: Duration,
    /// Closed if not authenticated within this long.
    pub auth_timeout: Duration,
    /// Live deliveries held while the catch-up runs; past this they are dropped and the
    /// catch-up reads once more instead (they are all in the inbox).
    pub max_held_deliveries: usize,
    /// Requests awaiting a store or directory answer at once.
    pub max_in_flight: usize,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self {
            gateway_id: "local".into(),
            heartbeat_interval: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(30),
            auth_timeout: Duration::from_secs(10),
            max_held_deliveries: 1024,
            max_in_flight: 256,
        }
    }
}

/// What the gateway must do for the session. Each effect carries an `op` the result is
/// handed back with.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Authenticated: register the device for live deliveries and presence, then attach
    /// the user's send-rate bucket.
    Register {
        user: UserId,
        device: DeviceId,
    },
    Append {
        op: u64,
        req: AppendRequest,
    },
    ReadInbox {
        op: u64,
        after: Cursor,
        limit: usize,
    },
    ReadHistory {
        op: u64,
        channel: ChannelId,
        anchor: HistoryAnchor,
        limit: usize,
    },
    QueryPresence {
        op: u64,
        users: Vec<UserId>,
    },
}

#[derive(Debug, PartialEq)]
pub enum Action {
    Send(ServerFrame),
    /// An already encoded `ServerFrame` (a live delivery, encoded once for every recipient).
    SendEncoded(Bytes),
    Effect(Effect),
    /// Close the transport after sending what precedes this action.
    Close(CloseReason),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    BadToken,
    AuthTimeout,
    IdleTimeout,
    ProtocolError,
    SlowConsumer,
    Draining,
    /// An operator closed the session (admin API).
    Kicked,
}

impl CloseReason {
    /// Stable snake_case name, for metrics labels and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::BadToken => "bad_token",
            CloseReason::AuthTimeout => "auth_timeout",
            CloseReason::IdleTimeout => "idle_timeout",
            CloseReason::ProtocolError => "protocol_error",
            CloseReason::SlowConsumer => "slow_consumer",
            CloseReason::Draining => "draining",
            CloseReason::Kicked => "kicked",
        }
    }
}

enum State {
    AwaitingAuth { since: Instant },
    Active { user: UserId, device: DeviceId },
    Closed,
}

/// Why an op was started, so its result is answered the right way.
enum Pending {
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
}

pub struct Session {
    id: String,
    config: SessionConfig,
    verifier: TokenVerifier,
    state: State,
    last_frame_at: Instant,
    next_op: u64,
    pending: HashMap<u64, Pending>,
    catch_up: CatchUp,
    order: Order,
    send_rate: Arc<Mutex<TokenBucket>>,
    /// Told to go away while sends were in flight: refuses new sends and closes once the
    /// last one is answered.
    leaving: bool,
}

impl Session {
    pub fn new(id: impl Into<String>, config: SessionConfig, verifier: TokenVerifier, now: Now) -> Self {
        Self {
            id: id.into(),
            catch_up: CatchUp::new(config.max_held_deliveries),
            order: Order::default(),
            config,
            verifier,
            state: State::AwaitingAuth { since: now.at },
            last_frame_at: now.at,
            next_op: 1,
            pending: HashMap::new(),
            // Until the gateway attaches the user's shared bucket: 20/s, bursts of 50.
            send_rate: Arc::new(Mutex::new(TokenBucket::new(20.0, 50))),
            leaving: false,
        }
    }

    pub fn id(&self) -> &str {
        &self.id
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

    /// Shares one send-rate bucket among all sessions of a user on this gateway.
    pub fn attach_send_rate(&mut self, bucket: Arc<Mutex<TokenBucket>>) {
        self.send_rate = bucket;
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
        match (&self.state, kind) {
            (State::AwaitingAuth { .. }, In::Authenticate(auth)) => self.authenticate(rid, auth, now),
            (State::AwaitingAuth { .. }, _) => self.close(
                rid,
                ErrorCode::NotAuthenticated,
                "the first frame must be Authenticate".into(),
                CloseReason::ProtocolError,
            ),
            (State::Active { .. }, In::Authenticate(_)) => {
                vec![Self::error(rid, ErrorCode::AlreadyAuthenticated, "this session is already authenticated")]
            }
            (State::Active { .. }, kind) => {
                if self.pending.len() >= self.config.max_in_flight && !matches!(kind, In::Heartbeat(_)) {
                    return vec![Self::error(rid, ErrorCode::RateLimited, "too many requests in flight")];
                }
                match kind {
                    In::Send(_) if self.leaving => vec![Self::error(
                        rid,
                        ErrorCode::Unavailable,
                        "this gateway is draining; send again on the gateway the GoAway named",
                    )],
                    In::Send(send) => self.send(rid, send, now),
                    In::Sync(sync) => self.sync(rid, sync),
                    In::History(history) => self.history(rid, history),
                    In::PresenceQuery(q) => self.presence_query(rid, q),
                    In::Heartbeat(_) => {
                        vec![Self::reply(rid, Out::HeartbeatAck(v1::HeartbeatAck { server_time_ms: now.unix_ms }))]
                    }
                    In::Authenticate(_) => unreachable!("handled above"),
                }
            }
            (State::Closed, _) => Vec::new(),
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
        let cursor = Cursor(auth.cursor);
        self.catch_up.start(rid, cursor.clone());
        let op = self.op(Pending::CatchUp);
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
            // Register before the first read: a message committed from now on is either in
            // that read or arrives live, so nothing falls between the two.
            Action::Effect(Effect::Register { user, device }),
            Action::Effect(Effect::ReadInbox { op, after: cursor, limit: DEFAULT_SYNC_LIMIT }),
        ]
    }

    fn user(&self) -> &UserId {
        match &self.state {
            State::Active { user, .. } => user,
            _ => unreachable!("only called when active"),
        }
    }

    fn send(&mut self, rid: u64, send: v1::Send, now: Now) -> Vec<Action> {
        let req = AppendRequest {
            channel: ChannelId(send.channel_id),
            sender: self.user().clone(),
            client_msg_id: send.client_msg_id,
            body: send.body,
        };
        if req.channel.0.is_empty() {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "channel_id is required")];
        }
        if let Err(e) = req.validate() {
            return vec![Self::error(rid, e.code(), e.to_string())];
        }
        let allowed = self.send_rate.lock().map(|mut b| b.try_take(now.at)).unwrap_or(true);
        if !allowed {
            return vec![Self::error(
                rid,
                ErrorCode::RateLimited,
                "send rate exceeded; retry later with the same client_msg_id",
            )];
        }
        let op = self.op(Pending::Append { request_id: rid, client_msg_id: req.client_msg_id.clone() });
        vec![Action::Effect(Effect::Append { op, req })]
    }

    fn sync(&mut self, rid: u64, sync: v1::SyncRequest) -> Vec<Action> {
        let limit = match sync.limit as usize {
            0 => DEFAULT_SYNC_LIMIT,
            n if n <= MAX_SYNC_LIMIT => n,
            _ => {
                return vec![Self::error(
                    rid,
                    ErrorCode::InvalidArgument,
                    format!("limit must be at most {MAX_SYNC_LIMIT}"),
                )];
            }
        };
        let after = Cursor(sync.after_cursor);
        let op = self.op(Pending::Sync { request_id: rid, after: after.clone() });
        vec![Action::Effect(Effect::ReadInbox { op, after, limit })]
    }

    fn history(&mut self, rid: u64, h: v1::HistoryRequest) -> Vec<Action> {
        let limit = match h.limit as usize {
            0 => DEFAULT_HISTORY_LIMIT,
            n if n <= MAX_HISTORY_LIMIT => n,
            _ => {
                return vec![Self::error(
                    rid,
                    ErrorCode::InvalidArgument,
                    format!("limit must be at most {MAX_HISTORY_LIMIT}"),
                )];
            }
        };
        let anchor = match v1::HistoryAnchor::try_from(h.anchor) {
            Ok(v1::HistoryAnchor::Latest) => HistoryAnchor::Latest,
            Ok(v1::HistoryAnchor::Before) => HistoryAnchor::Before(h.seq),
            Ok(v1::HistoryAnchor::After) => HistoryAnchor::After(h.seq),
            Ok(v1::HistoryAnchor::Around) => HistoryAnchor::Around(h.seq),
            Err(_) => {
                return vec![Self::error(rid, ErrorCode::InvalidArgument, "unknown history anchor")];
            }
        };
        if h.channel_id.is_empty() {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "channel_id is required")];
        }
        let channel = ChannelId(h.channel_id);
        let op = self.op(Pending::History { request_id: rid, channel: channel.clone() });
        vec![Action::Effect(Effect::ReadHistory { op, channel, anchor, limit })]
    }

    fn presence_query(&mut self, rid: u64, q: v1::PresenceQuery) -> Vec<Action> {
        if q.user_ids.is_empty() || q.user_ids.len() > 200 {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "ask for 1..=200 users")];
        }
        let op = self.op(Pending::Presence { request_id: rid });
        vec![Action::Effect(Effect::QueryPresence { op, users: q.user_ids.into_iter().map(UserId).collect() })]
    }

    /// The store answered an `Append`.
    pub fn append_done(&mut self, op: u64, result: Result<&AppendOutcome, StoreError>, now: Now) -> Vec<Action> {
        let Some(Pending::Append { request_id, client_msg_id }) = self.pending.remove(&op) else {
            return Vec::new();
        };
        if self.is_closed() {
            return Vec::new();
        }
        match result {
            Ok(out) => {
                // The sending connection gets the Ack, not a Deliver: the seq counts as sent.
                let released = self.order.acked(&out.message.channel_id, out.message.seq, now.at);
                let mut actions = vec![Self::reply(
                    request_id,
                    Out::Ack(v1::Ack {
                        channel_id: out.message.channel_id.clone(),
                        seq: out.message.seq,
                        client_msg_id,
                        server_time_ms: now.unix_ms,
                        duplicate: out.duplicate,
                    }),
                )];
                actions.extend(released.into_iter().map(Action::SendEncoded));
                actions.extend(self.leave_if_done());
                actions
            }
            Err(e) => {
                let mut actions = vec![Self::error(request_id, e.code(), e.to_string())];
                actions.extend(self.leave_if_done());
                actions
            }
        }
    }

    fn appends_in_flight(&self) -> bool {
        self.pending.values().any(|p| matches!(p, Pending::Append { .. }))
    }

    /// Closes a leaving session once none of its sends waits for the store.
    fn leave_if_done(&mut self) -> Vec<Action> {
        if !self.leaving || self.appends_in_flight() {
            return Vec::new();
        }
        self.state = State::Closed;
        vec![Action::Close(CloseReason::Draining)]
    }

    /// The store answered a `ReadInbox`.
    pub fn inbox_read(&mut self, op: u64, result: Result<InboxPage, StoreError>) -> Vec<Action> {
        let Some(pending) = self.pending.remove(&op) else {
            return Vec::new();
        };
        if self.is_closed() {
            return Vec::new();
        }
        match pending {
            Pending::CatchUp => {
                let page = match result {
                    Ok(page) => page,
                    // The catch-up cannot continue; the client reconnects with its cursor.
                    Err(e) => {
                        let rid = self.catch_up.request_id();
                        return self.close(rid, e.code(), format!("catch-up failed: {e}"), CloseReason::ProtocolError);
                    }
                };
                for (_, m) in &page.entries {
                    self.order.seen(&m.channel_id, m.seq);
                }
                let (frame, next) = self.catch_up.page(page);
                let mut out = vec![Action::Send(frame)];
                match next {
                    catchup::Next::Read(after) => {
                        let op = self.op(Pending::CatchUp);
                        out.push(Action::Effect(Effect::ReadInbox { op, after, limit: DEFAULT_SYNC_LIMIT }));
                    }
                    catchup::Next::Live(held) => {
                        for d in held {
                            let sent = self.order.offer(&d.channel, d.seq, d.frame, self.last_frame_at);
                            out.extend(sent.into_iter().map(Action::SendEncoded));
                        }
                    }
                }
                out
            }
            Pending::Sync { request_id, after } => match result {
                Ok(page) => vec![Self::reply(request_id, Out::Sync(catchup::sync_page(page, after)))],
                Err(e) => vec![Self::error(request_id, e.code(), e.to_string())],
            },
            _ => Vec::new(),
        }
    }

    pub fn history_read(&mut self, op: u64, result: Result<HistoryPage, StoreError>) -> Vec<Action> {
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
            Err(e) => vec![Self::error(request_id, e.code(), e.to_string())],
        }
    }

    pub fn presence_read(&mut self, op: u64, result: Result<Vec<PresenceState>, String>) -> Vec<Action> {
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
            Err(e) => vec![Self::error(request_id, ErrorCode::Unavailable, e)],
        }
    }

    /// A live delivery for this session, already encoded. During the catch-up it is held
    /// (or dropped when the catch-up will read it anyway); afterwards it is sent unless the
    /// catch-up already did, in seq order within its channel.
    pub fn live(&mut self, delivery: LiveDelivery, now: Instant) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) {
            return Vec::new();
        }
        let Some(d) = self.catch_up.live(delivery) else { return Vec::new() };
        self.order.offer(&d.channel, d.seq, d.frame, now).into_iter().map(Action::SendEncoded).collect()
    }

    /// A gap read came back: send what it found, then what waited behind the gap.
    fn gap_read(&mut self, channel: ChannelId, result: Result<HistoryPage, StoreError>) -> Vec<Action> {
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
                    let frame = ServerFrame {
                        request_id: 0,
                        kind: Some(Out::Deliver(v1::Deliver { message: Some(m), cursor: Bytes::new() })),
                    };
                    (seq, Bytes::from(prost::Message::encode_to_vec(&frame)))
                })
                .collect(),
            Err(e) => {
                tracing::debug!(error = %e, channel = %channel, "gap read failed; releasing held deliveries");
                Vec::new()
            }
        };
        self.order.filled(channel.as_str(), read).into_iter().map(Action::SendEncoded).collect()
    }

    /// When the session next needs `tick` earlier than its regular one (a gap to fill).
    pub fn poll_deadline(&self) -> Option<Instant> {
        self.order.next_deadline()
    }

    /// Presence of a friend changed.
    pub fn presence_event(&mut self, state: &PresenceState) -> Vec<Action> {
        if !matches!(self.state, State::Active { .. }) {
            return Vec::new();
        }
        vec![Self::reply(0, Out::PresenceEvent(v1::PresenceEvent { presence: Some(presence_to_wire(state)) }))]
    }

    /// Time passed: enforce the authentication and idle timeouts, and read the gaps that
    /// waited too long.
    pub fn tick(&mut self, now: Now) -> Vec<Action> {
        let mut out = Vec::new();
        if matches!(self.state, State::Active { .. }) {
            out.extend(self.order.settle(now.at).into_iter().map(Action::SendEncoded));
            for (channel, last) in self.order.due_gaps(now.at) {
                let channel = ChannelId(channel);
                let op = self.op(Pending::FillGap { channel: channel.clone() });
                let read =
                    Effect::ReadHistory { op, channel, anchor: HistoryAnchor::After(last), limit: MAX_HISTORY_LIMIT };
                out.push(Action::Effect(read));
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
        if matches!(self.state, State::Active { .. }) && self.appends_in_flight() {
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

pub fn presence_to_wire(state: &PresenceState) -> v1::Presence {
    v1::Presence {
        user_id: state.user.0.clone(),
        status: if state.online { v1::PresenceStatus::Online } else { v1::PresenceStatus::Offline } as i32,
        last_active_at_ms: state.last_active_at_ms,
    }
}
