//! What a client asks to read: its inbox after a cursor (`Sync`), a channel's history, the
//! presence of users; each an effect whose answer comes back as the reply to its request.

use std::time::Instant;

use tern_proto::v1::{self, ErrorCode, server_frame::Kind as Out};

use super::{Action, Effect, Now, Pending, Session, State, catchup};
use crate::delivery::{mark_notice, presence_to_wire, typing_notice};
use crate::error::DomainError;
use crate::limits::{CONVERSATION_PAGE, HISTORY_PAGE, SYNC_PAGE, presence_users};
use crate::model::{
    ChannelId, ChannelInfo, Conversation, Cursor, HistoryAnchor, HistoryPage, InboxPage, PageKey, Position, ReadMark,
    UserId, conversation_page,
};
use crate::ports::directory::{DirectoryError, PresenceState};

impl Session {
    pub(super) fn sync(&mut self, rid: u64, user: UserId, sync: v1::SyncRequest) -> Vec<Action> {
        let limit = match SYNC_PAGE.resolve(sync.limit.into()) {
            Ok(limit) => limit,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let after = Cursor(sync.after_cursor);
        let op = self.op(Pending::Sync { request_id: rid, after: after.clone() });
        vec![Action::Effect(Effect::ReadInbox { op, user, after, limit })]
    }

    pub(super) fn history(&mut self, rid: u64, reader: UserId, h: v1::HistoryRequest) -> Vec<Action> {
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

    pub(super) fn presence_query(&mut self, rid: u64, asker: UserId, q: v1::PresenceQuery) -> Vec<Action> {
        let users = match presence_users(q.user_ids) {
            Ok(users) => users,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let op = self.op(Pending::Presence { request_id: rid });
        vec![Action::Effect(Effect::QueryPresence { op, asker, users })]
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

    pub(super) fn list_conversations(&mut self, rid: u64, user: UserId, l: v1::ListConversations) -> Vec<Action> {
        let limit = match CONVERSATION_PAGE.resolve(l.limit.into()) {
            Ok(limit) => limit,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let after = match (!l.page_token.is_empty()).then(|| PageKey::from_token(&l.page_token)).transpose() {
            Ok(after) => after,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let op = self.op(Pending::Conversations { request_id: rid, limit, after });
        vec![Action::Effect(Effect::ReadConversations { op, user })]
    }

    /// The store answered a `ReadConversations`: the requested page of them.
    pub fn conversations_read(&mut self, op: u64, result: Result<Vec<Conversation>, DomainError>) -> Vec<Action> {
        let Some(Pending::Conversations { request_id, limit, after }) = self.pending.remove(&op) else {
            return Vec::new();
        };
        if self.is_closed() {
            return Vec::new();
        }
        match result {
            Ok(all) => {
                let (page, next) = conversation_page(all, limit, after.as_ref());
                vec![Self::reply(
                    request_id,
                    Out::Conversations(v1::ConversationPage {
                        conversations: page.iter().map(Conversation::to_wire).collect(),
                        next_page_token: next.map(|k| k.to_token().into()).unwrap_or_default(),
                    }),
                )]
            }
            Err(e) => vec![Self::refusal(request_id, &e)],
        }
    }

    pub(super) fn typing(&mut self, rid: u64, t: v1::Typing, now: Now) -> Vec<Action> {
        if t.channel_id.is_empty() {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "channel_id is required")];
        }
        let channel = ChannelId(t.channel_id);
        if !self.typing.allow(&channel, t.typing, now.at) {
            if !t.typing {
                return Vec::new(); // a stop of nothing showing: no news, no error
            }
            return vec![Self::error(rid, ErrorCode::RateLimited, "typing: at most one start per channel per second")];
        }
        let op = self.op(Pending::Typing { request_id: rid, channel: channel.clone(), typing: t.typing });
        vec![Action::Effect(Effect::ReadChannel { op, channel })]
    }

    /// The store answered a `ReadChannel` for a typing start or stop: it goes to the channel's
    /// other members when this user may write there.
    pub fn channel_read(&mut self, op: u64, result: Result<Option<ChannelInfo>, DomainError>) -> Vec<Action> {
        let Some(Pending::Typing { request_id, channel, typing }) = self.pending.remove(&op) else {
            return Vec::new();
        };
        let State::Active { user, .. } = &self.state else { return Vec::new() };
        let info = match result {
            Ok(Some(info)) => info,
            Ok(None) => return vec![Self::refusal(request_id, &DomainError::UnknownChannel(channel.0))],
            Err(e) => return vec![Self::refusal(request_id, &e)],
        };
        if let Err(e) = info.may_send(user) {
            return vec![Self::refusal(request_id, &e)];
        }
        let others: Vec<UserId> = info.members.iter().filter(|m| *m != user).cloned().collect();
        vec![Action::Effect(Effect::Notify(typing_notice(user, &channel, typing, others)))]
    }

    /// A `MarkRead` or `MarkDelivered`.
    pub(super) fn mark_read(
        &mut self,
        rid: u64,
        user: UserId,
        position: Position,
        channel_id: String,
        seq: u64,
    ) -> Vec<Action> {
        if channel_id.is_empty() {
            return vec![Self::error(rid, ErrorCode::InvalidArgument, "channel_id is required")];
        }
        let channel = ChannelId(channel_id);
        let op = self.op(Pending::MarkRead { request_id: rid, channel: channel.clone(), position });
        vec![Action::Effect(Effect::MarkRead { op, user, channel, position, seq })]
    }

    /// The store answered a `MarkRead` (the answer, and the user's devices and the channel's
    /// members told when the position moved) or a `MarkDelivered` (the members told).
    pub fn read_marked(&mut self, op: u64, result: Result<ReadMark, DomainError>) -> Vec<Action> {
        let Some(Pending::MarkRead { request_id, channel, position }) = self.pending.remove(&op) else {
            return Vec::new();
        };
        let State::Active { user, .. } = &self.state else { return Vec::new() };
        match result {
            Ok(mark) => {
                // A delivery mark is not answered.
                let answer = (position == Position::Read).then(|| {
                    Self::reply(
                        request_id,
                        Out::ReadMarked(v1::ReadMarked { channel_id: channel.0.clone(), seq: mark.seq }),
                    )
                });
                let notice = mark_notice(user, &channel, position, mark);
                answer.into_iter().chain(notice.map(|n| Action::Effect(Effect::Notify(n)))).collect()
            }
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
}
