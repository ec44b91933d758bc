//! The `Store` port as messages, so one process can host the store for others: a gateway
//! with `--store remote` sends `StoreRequest`s to the gateway that owns the embedded store,
//! which answers them with `dispatch`. (With FoundationDB every gateway talks to the cluster
//! itself and this is not used.) Transport-free: the gateway carries these as JSON.

use serde::{Deserialize, Serialize};

use crate::error::StoreError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage, InboxPage,
    PushJob, User, UserId,
};
use crate::store::{NewUser, Store};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum StoreRequest {
    CreateUser { new: NewUser },
    Credentials { username: String },
    User { id: UserId },
    SetDisplayName { id: UserId, display_name: String },
    AddFriend { user: UserId, friend: UserId },
    RemoveFriend { user: UserId, friend: UserId },
    Friends { user: UserId },
    OpenDirect { a: UserId, b: UserId },
    CreateGroup { owner: UserId, name: String, members: Vec<UserId> },
    AddMember { channel: ChannelId, by: UserId, user: UserId },
    RemoveMember { channel: ChannelId, by: UserId, user: UserId },
    Channel { channel: ChannelId },
    ChannelsOf { user: UserId },
    Append { req: AppendRequest },
    History { channel: ChannelId, reader: UserId, anchor: HistoryAnchor, limit: usize },
    InboxAfter { user: UserId, after: Cursor, limit: usize },
    EnqueuePush { jobs: Vec<PushJob> },
    DuePushJobs { now_ms: i64, limit: usize },
    ReschedulePush { job: PushJob, previous_due_ms: i64 },
    CompletePush { job: PushJob },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum StoreReply {
    Done,
    User(User),
    MaybeUser(Option<User>),
    Credentials(Option<Credentials>),
    Users(Vec<UserId>),
    Channel(ChannelInfo),
    MaybeChannel(Option<ChannelInfo>),
    Channels(Vec<ChannelInfo>),
    Appended(AppendOutcome),
    History(HistoryPage),
    Inbox(InboxPage),
    PushJobs(Vec<PushJob>),
    Moved(bool),
}

/// Answers one request from a local store.
pub async fn dispatch(store: &dyn Store, req: StoreRequest) -> Result<StoreReply, StoreError> {
    use StoreReply as R;
    use StoreRequest as Q;
    Ok(match req {
        Q::CreateUser { new } => R::User(store.create_user(new).await?),
        Q::Credentials { username } => R::Credentials(store.credentials(&username).await?),
        Q::User { id } => R::MaybeUser(store.user(&id).await?),
        Q::SetDisplayName { id, display_name } => R::User(store.set_display_name(&id, &display_name).await?),
        Q::AddFriend { user, friend } => store.add_friend(&user, &friend).await.map(|()| R::Done)?,
        Q::RemoveFriend { user, friend } => store.remove_friend(&user, &friend).await.map(|()| R::Done)?,
        Q::Friends { user } => R::Users(store.friends(&user).await?),
        Q::OpenDirect { a, b } => R::Channel(store.open_direct(&a, &b).await?),
        Q::CreateGroup { owner, name, members } => R::Channel(store.create_group(&owner, &name, &members).await?),
        Q::AddMember { channel, by, user } => R::Channel(store.add_member(&channel, &by, &user).await?),
        Q::RemoveMember { channel, by, user } => R::Channel(store.remove_member(&channel, &by, &user).await?),
        Q::Channel { channel } => R::MaybeChannel(store.channel(&channel).await?),
        Q::ChannelsOf { user } => R::Channels(store.channels_of(&user).await?),
        Q::Append { req } => R::Appended(store.append(req).await?),
        Q::History { channel, reader, anchor, limit } => {
            R::History(store.history(&channel, &reader, anchor, limit).await?)
        }
        Q::InboxAfter { user, after, limit } => R::Inbox(store.inbox_after(&user, &after, limit).await?),
        Q::EnqueuePush { jobs } => store.enqueue_push(jobs).await.map(|()| R::Done)?,
        Q::DuePushJobs { now_ms, limit } => R::PushJobs(store.due_push_jobs(now_ms, limit).await?),
        Q::ReschedulePush { job, previous_due_ms } => R::Moved(store.reschedule_push(job, previous_due_ms).await?),
        Q::CompletePush { job } => store.complete_push(&job).await.map(|()| R::Done)?,
    })
}
