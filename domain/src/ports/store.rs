//! The `Store` port: everything Tern keeps, split by concern into five traits that together
//! make a `Store`. Adapters: embedded (fjall on local disk, the default), FoundationDB, and
//! remote (another gateway's store, through `RpcStore`). Arguments are owned: a call is a
//! request that may cross a thread or a network, like a `StoreRequest`.
//!
//! Refusals follow the rules of `crate::model` (validation, group and member rules), which
//! every adapter calls inside its transaction, so a refused call changes nothing stored.

use super::rpc::store_port;
use crate::error::DomainError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Conversation, Credentials, Cursor, DeviceId, FriendChange,
    GroupChange, GroupChanged, HistoryAnchor, HistoryPage, InboxPage, NewUser, Position, ProfileUpdate, PushJob,
    ReadMark, ReadReceipt, RelationPair, Relations, Revocations, User, UserId,
};

store_port! {
    /// Users and their credentials.
    pub trait Accounts {
        /// Creates a user; `UsernameTaken` when the name is in use.
        async fn create_user(&self, new: NewUser) -> User;
        async fn credentials(&self, username: String) -> Option<Credentials>;
        async fn user(&self, id: UserId) -> Option<User>;
        /// Changes what `update` names (`ProfileUpdate::apply`); returns the user after.
        async fn update_profile(&self, id: UserId, update: ProfileUpdate) -> User;
        /// Revokes the user's tokens issued at or before `at_ms`: of `device`, or of every
        /// device (`None`). A later time replaces an earlier one, never the other way. Durable
        /// before it returns; returns the user's revocations after.
        async fn revoke_tokens(&self, user: UserId, device: Option<DeviceId>, at_ms: i64) -> Revocations;
        async fn revocations(&self, user: UserId) -> Revocations;
    }

    /// Friends by consent, and blocks.
    pub trait Social {
        /// `user` changes how they stand towards `other` as `RelationPair::apply` allows (both
        /// must exist); returns both sides after. A block (or the last unblock) also closes
        /// (reopens) their 1:1 chat, when it exists, to new messages.
        async fn change_relation(&self, user: UserId, other: UserId, change: FriendChange) -> RelationPair;
        /// Accepted friends, both ways.
        async fn friends(&self, user: UserId) -> Vec<UserId>;
        /// Pending requests both ways and the users `user` blocked.
        async fn relations(&self, user: UserId) -> Relations;
    }

    /// Channels and their members.
    pub trait Channels {
        /// Opens (creating on first use) the 1:1 channel of two users; either side gets the same.
        async fn open_direct(&self, a: UserId, b: UserId) -> ChannelInfo;
        /// Creates a group with `owner` and `members` (at most `MAX_GROUP_MEMBERS` in all).
        async fn create_group(&self, owner: UserId, name: String, members: Vec<UserId>) -> ChannelInfo;
        /// `by` changes a group (members, name, roles) as `Channel::apply` allows; an added
        /// member must exist. Returns the group as it is afterwards, also when nothing changed,
        /// and the change's event, appended to the group's history right after the change (an
        /// added member sees it, a removed one does not).
        async fn change_group(&self, channel: ChannelId, by: UserId, change: GroupChange) -> GroupChanged;
        async fn channel(&self, channel: ChannelId) -> Option<ChannelInfo>;
        async fn channels_of(&self, user: UserId) -> Vec<ChannelInfo>;
    }

    /// Messages, each channel's history, and each user's inbox.
    pub trait Messages {
        /// Stores one message in one transaction: dedupe by (channel, sender, client_msg_id),
        /// else the next dense seq, the message and an inbox entry for every member. Returns
        /// only once the message is durable.
        async fn append(&self, req: AppendRequest) -> AppendOutcome;
        /// Stores several messages of one sender, in this order (their seqs follow it within
        /// each channel), each as `append` would: each has its own outcome, and a refused one
        /// does not stop the others. The outer error means none was stored.
        async fn append_batch(&self, reqs: Vec<AppendRequest>) -> Vec<Result<AppendOutcome, DomainError>>;
        /// A page of a channel's history, read as `reader` (who must be a member).
        async fn history(&self, channel: ChannelId, reader: UserId, anchor: HistoryAnchor, limit: usize) -> HistoryPage;
        /// The user's inbox entries strictly after `after`, oldest first.
        async fn inbox_after(&self, user: UserId, after: Cursor, limit: usize) -> InboxPage;
        /// Moves `user`'s read or delivery position in `channel` up to `seq`
        /// (`model::check_read`, `ReadMark::new`); an older seq changes nothing. Durable before
        /// it returns.
        async fn mark_read(&self, user: UserId, channel: ChannelId, position: Position, seq: u64) -> ReadMark;
        /// Every channel of `user` with its last message and the user's read position, in no
        /// particular order (`model::conversation_page` orders and pages them).
        async fn conversations(&self, user: UserId) -> Vec<Conversation>;
        /// The positions `reader` (a member) may see: the members' who share receipts, and the
        /// reader's own; members who have neither read nor received anything are left out.
        async fn reads(&self, channel: ChannelId, reader: UserId) -> Vec<ReadReceipt>;
    }

    /// The durable outbox of push notifications, in `PUSH_PARTITIONS` partitions by user.
    pub trait PushOutbox {
        /// Queues each job in its user's burst: folded into the user's job that waits to be
        /// claimed, if there is one (`PushJob::absorb`; that job keeps its id and due time),
        /// filed as a new job otherwise.
        async fn enqueue_push(&self, jobs: Vec<PushJob>) -> ();
        /// Claims up to `limit` jobs due at `now_ms` in `partitions`, earliest first in each
        /// and a share of `limit` from each: in one commit, each is moved to `lease_until_ms`
        /// (returned so) and its burst closed, so later messages start a new job. If this
        /// worker dies, the job is due again at the lease's end. Of workers claiming at once,
        /// each job goes to one.
        async fn claim_push(&self, partitions: Vec<u16>, now_ms: i64, lease_until_ms: i64, limit: usize) -> Vec<PushJob>;
        /// Moves a claimed job (same id) from `previous_due_ms` to its new schedule after a
        /// failed attempt. Returns false, writing nothing, when the job is no longer at
        /// `previous_due_ms` (its lease ran out and another worker claimed it).
        async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> bool;
        async fn complete_push(&self, job: PushJob) -> ();
    }
}

/// Everything Tern keeps: what the gateway holds as `Arc<dyn Store>`.
pub trait Store: Accounts + Social + Channels + Messages + PushOutbox {}

impl<T: Accounts + Social + Channels + Messages + PushOutbox> Store for T {}

/// Carries `StoreRequest`s to a store somewhere else and brings back its replies: the one
/// thing a remote adapter implements.
#[async_trait::async_trait]
pub trait StoreTransport: Send + Sync + 'static {
    /// The store's answer, or `Unavailable` when the request could not be carried.
    async fn call(&self, request: StoreRequest) -> Result<StoreReply, DomainError>;
}

/// A `Store` whose every call is a request over `transport`.
pub struct RpcStore<T> {
    pub transport: T,
}

impl<T> RpcStore<T> {
    pub fn new(transport: T) -> Self {
        Self { transport }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_replies_are_tagged_with_their_method() {
        let req = StoreRequest::user { id: UserId::from("u1") };
        let json = serde_json::to_value(&req).unwrap();
        assert_eq!(json, serde_json::json!({ "op": "user", "id": "u1" }));
        assert_eq!(req.op(), "user");
        let reply: StoreReply =
            serde_json::from_value(serde_json::json!({ "op": "friends", "value": ["u2"] })).unwrap();
        assert!(matches!(reply, StoreReply::friends(ref f) if f == &[UserId::from("u2")]));
        assert!(serde_json::from_value::<StoreRequest>(serde_json::json!({ "op": "drop_everything" })).is_err());
    }
}
