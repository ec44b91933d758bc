//! The `Store` port: everything Tern keeps, at the level of chat operations. Adapters:
//! `embedded` (fjall on local disk, the default) and, behind the `fdb` feature of the
//! gateway, FoundationDB. `contract` is the test suite every adapter must pass.

pub mod contract;
pub mod embedded;
#[cfg(feature = "fdb")]
pub mod fdb;
pub mod keys;
pub(crate) mod records;
pub mod rpc;
mod worker;

use async_trait::async_trait;

use crate::error::StoreError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage, InboxPage,
    PushJob, User, UserId,
};

/// A new account. `password_hash` is already hashed (argon2id, by the gateway).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Creates a user; `UsernameTaken` when the name is in use.
    async fn create_user(&self, new: NewUser) -> Result<User, StoreError>;
    async fn credentials(&self, username: &str) -> Result<Option<Credentials>, StoreError>;
    async fn user(&self, id: &UserId) -> Result<Option<User>, StoreError>;
    async fn set_display_name(&self, id: &UserId, display_name: &str) -> Result<User, StoreError>;

    /// Friendship is mutual: adding makes each the other's friend; removing undoes both.
    async fn add_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError>;
    async fn remove_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError>;
    async fn friends(&self, user: &UserId) -> Result<Vec<UserId>, StoreError>;

    /// Opens (creating on first use) the 1:1 channel of two users; either side gets the same.
    async fn open_direct(&self, a: &UserId, b: &UserId) -> Result<ChannelInfo, StoreError>;
    /// Creates a group with `owner` and `members` (at most `MAX_GROUP_MEMBERS` in all).
    async fn create_group(&self, owner: &UserId, name: &str, members: &[UserId]) -> Result<ChannelInfo, StoreError>;
    /// Adds a member to a group; `by` must be a member.
    async fn add_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError>;
    /// Removes a member from a group; `by` must be a member (anyone may remove themselves).
    async fn remove_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError>;
    async fn channel(&self, channel: &ChannelId) -> Result<Option<ChannelInfo>, StoreError>;
    async fn channels_of(&self, user: &UserId) -> Result<Vec<ChannelInfo>, StoreError>;

    /// Stores one message in one transaction: dedupe by (channel, sender, client_msg_id),
    /// else the next dense seq, the message and an inbox entry for every member. Returns
    /// only once the message is durable.
    async fn append(&self, req: AppendRequest) -> Result<AppendOutcome, StoreError>;
    /// A page of a channel's history, read as `reader` (who must be a member).
    async fn history(
        &self,
        channel: &ChannelId,
        reader: &UserId,
        anchor: HistoryAnchor,
        limit: usize,
    ) -> Result<HistoryPage, StoreError>;
    /// The user's inbox entries strictly after `after`, oldest first.
    async fn inbox_after(&self, user: &UserId, after: &Cursor, limit: usize) -> Result<InboxPage, StoreError>;

    /// The durable outbox of push notifications.
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), StoreError>;
    async fn due_push_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<PushJob>, StoreError>;
    /// Moves a job (same id) from `previous_due_ms` to its new schedule: after a failed
    /// attempt, and to claim it before an attempt (scheduled a lease ahead). Returns false,
    /// writing nothing, when the job is no longer at `previous_due_ms` (another worker claimed
    /// or completed it): of two workers moving the same job from the same time, exactly one
    /// gets true, so gateways sharing a store do not send one push twice.
    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, StoreError>;
    async fn complete_push(&self, job: &PushJob) -> Result<(), StoreError>;
}
