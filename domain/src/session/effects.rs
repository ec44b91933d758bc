//! What a session is fed and what it answers: the moment, its settings, the effects it asks
//! the gateway to carry out, and the actions it returns.

use std::time::{Duration, Instant};

use bytes::Bytes;
use tern_proto::ServerFrame;

use crate::delivery::Notice;
use crate::model::{AppendOutcome, AppendRequest, ChannelId, Cursor, DeviceId, HistoryAnchor, Position, UserId};

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
    /// Requests awaiting a store or directory answer at once (sends waiting their turn count):
    /// enough for a sender at 10,000 messages/s through a commit that stalls for 100 ms.
    pub max_in_flight: usize,
    /// Body bytes of the sends waiting for the store at once, so the count above cannot hold
    /// 1,000 bodies of 400 KB.
    pub max_in_flight_bytes: usize,
    /// How long after its catch-up a session reads its inbox once more, for what raced its
    /// start (zero: never). Bounds how stale another gateway's cached lookup may be.
    pub recheck_after: Duration,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self {
            gateway_id: "local".into(),
            heartbeat_interval: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(30),
            auth_timeout: Duration::from_secs(10),
            max_held_deliveries: 1024,
            max_in_flight: 1024,
            max_in_flight_bytes: 8 * 1024 * 1024,
            recheck_after: Duration::from_secs(2),
        }
    }
}

/// What the gateway must do for the session. An effect with an `op` is answered by handing
/// its result back with that `op`; the others are answered by their own input or not at all.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Authenticated: unless the user revoked the token (`issued_at_ms`) by logging out,
    /// which is answered with `Session::revoked`, make the device reachable (this gateway's
    /// sessions, the directory), then call `Session::registered`. The session reads its inbox
    /// only after that, so a message committed from then on is either in that read or
    /// arrives live.
    Register {
        user: UserId,
        device: DeviceId,
        issued_at_ms: i64,
    },
    /// A send passed validation: take one token from the user's send-rate bucket (shared by
    /// the user's sessions on this gateway) and answer `Session::send_token`.
    TakeSendToken {
        op: u64,
        user: UserId,
    },
    /// Store these messages, in this order (`Messages::append_batch`); answer
    /// `Session::append_done`. One batch at a time per session, holding every send queued
    /// since the last: a client's messages are committed in the order it sent them, and a
    /// fast sender's sends share one commit.
    Append {
        op: u64,
        reqs: Vec<AppendRequest>,
    },
    /// New messages were committed (in commit order): deliver them to their channels'
    /// members (every session but this one, which gets the Acks) and queue push jobs for
    /// those with no online device. One fan-out per committed batch.
    FanOut {
        outcomes: Vec<AppendOutcome>,
    },
    ReadInbox {
        op: u64,
        user: UserId,
        after: Cursor,
        limit: usize,
    },
    ReadHistory {
        op: u64,
        channel: ChannelId,
        reader: UserId,
        anchor: HistoryAnchor,
        limit: usize,
    },
    /// Move `user`'s read or delivery position (`Messages::mark_read`); answered with
    /// `read_marked`.
    MarkRead {
        op: u64,
        user: UserId,
        channel: ChannelId,
        position: Position,
        seq: u64,
    },
    /// Read every conversation of `user` (`Messages::conversations`); answered with
    /// `conversations_read`.
    ReadConversations {
        op: u64,
        user: UserId,
    },
    /// Read a channel (`Channels::channel`); answered with `channel_read`.
    ReadChannel {
        op: u64,
        channel: ChannelId,
    },
    /// Hand a user event to its users' devices, wherever they are (not answered).
    Notify(Notice),
    /// The presence of those of `users` whom `asker` may see (`delivery::visible_presence`).
    QueryPresence {
        op: u64,
        asker: UserId,
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
