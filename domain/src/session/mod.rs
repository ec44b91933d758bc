//! A client session as a sans-IO state machine, in the manner of quinn-proto. The gateway
//! feeds it decoded frames, the answers to the effects it asked for, live deliveries and the
//! passage of time; it answers with `Action`s: frames to send, effects to carry out, or
//! "close". It owns its whole life: authentication, validation, the order in which its sends
//! are committed, whether a commit is fanned out, catch-up then live with no gap and no
//! duplicate, per-channel order, and every timer (`poll_timeout`). It never touches a socket
//! or a clock, so every rule here is tested without a network or a sleep.

mod catchup;
mod effects;
mod live;
mod reorder;
mod requests;
mod sends;
#[cfg(test)]
mod tests;
mod typing;

pub use effects::{Action, CloseReason, Effect, Now, SessionConfig};

use std::collections::HashMap;
use std::time::Instant;

use tern_proto::v1::{self, ErrorCode, client_frame::Kind as In, server_frame::Kind as Out};
use tern_proto::{CodecError, ServerFrame, error_frame};

use crate::error::DomainError;
use crate::model::{AppendRequest, ChannelId, Cursor, DeviceId, PageKey, Position, UserId};
use crate::token::{TokenError, TokenVerifier};
use catchup::CatchUp;
use live::Recheck;
use reorder::Reorder;
use sends::SendQueue;

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
    /// A read mark (answered) or a delivery mark (answered only when refused).
    MarkRead {
        request_id: u64,
        channel: ChannelId,
        position: Position,
    },
    Conversations {
        request_id: u64,
        limit: usize,
        after: Option<PageKey>,
    },
    /// A typing start or stop waiting for its channel's members.
    Typing {
        request_id: u64,
        channel: ChannelId,
        typing: bool,
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
    /// Sends waiting for the store, and the batch being committed.
    sends: SendQueue,
    catch_up: CatchUp,
    reorder: Reorder,
    /// Told to go away while sends were in flight: refuses new sends and closes once the
    /// last one is answered.
    leaving: bool,
    /// The second look at the inbox, once the catch-up is done.
    recheck: Option<Recheck>,
    /// The channels this session is typing in.
    typing: typing::Typing,
}

impl Session {
    pub fn new(id: impl Into<String>, config: SessionConfig, verifier: TokenVerifier, now: Now) -> Self {
        Self {
            id: id.into(),
            catch_up: CatchUp::new(config.max_held_deliveries),
            reorder: Reorder::default(),
            sends: SendQueue::new(config.max_in_flight_bytes),
            config,
            verifier,
            state: State::AwaitingAuth { since: now.at },
            last_frame_at: now.at,
            next_op: 1,
            pending: HashMap::new(),
            leaving: false,
            recheck: None,
            typing: typing::Typing::default(),
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

    /// A new op number, never used before in this session.
    fn fresh_op(&mut self) -> u64 {
        self.next_op += 1;
        self.next_op - 1
    }

    /// A new op, remembered with why it was started.
    fn op(&mut self, pending: Pending) -> u64 {
        let op = self.fresh_op();
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
            In::PresenceQuery(q) => self.presence_query(rid, user, q),
            In::MarkRead(m) => self.mark_read(rid, user, Position::Read, m.channel_id, m.seq),
            In::MarkDelivered(m) => self.mark_read(rid, user, Position::Delivered, m.channel_id, m.seq),
            In::ListConversations(l) => self.list_conversations(rid, user, l),
            In::Typing(t) => self.typing(rid, t, now),
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
        let (user, device, issued_at_ms) = (claims.user, claims.device, claims.issued_at_ms);
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
            Action::Effect(Effect::Register { user, device, issued_at_ms }),
        ]
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
        let recheck = self.recheck.as_ref().and_then(Recheck::deadline);
        session.into_iter().chain(self.reorder.next_deadline()).chain(recheck).min()
    }

    /// Time passed: enforce the authentication and idle timeouts, release channels that
    /// finished settling, and read the gaps that waited too long.
    pub fn handle_timeout(&mut self, now: Now) -> Vec<Action> {
        let mut out: Vec<Action> = self.recheck_if_due(now.at).into_iter().collect();
        out.extend(self.settle_live(now.at));
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

    /// The token this session authenticated with was revoked (its device logged out): the
    /// client is told before the close, and nothing was read for it.
    pub fn revoked(&mut self) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        self.close(0, ErrorCode::BadToken, "this device logged out: log in again".into(), CloseReason::BadToken)
    }

    /// An operator closed this session: the client is told why before the close.
    pub fn kick(&mut self, reason: &str) -> Vec<Action> {
        if self.is_closed() {
            return Vec::new();
        }
        self.close(0, ErrorCode::Kicked, format!("closed by an operator: {reason}"), CloseReason::Kicked)
    }
}
