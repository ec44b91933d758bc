//! The `Store` port over HTTPS: every call becomes a `StoreRequest` POSTed (JSON, HTTP/2) to
//! the gateway that hosts the embedded store (`--serve-store`), authenticated with a peer
//! token signed by the cluster's shared key. Lets several gateways share one store where
//! FoundationDB is not available; that host is then a single point of failure for writes.

use std::time::Duration;

use async_trait::async_trait;
use tern_core::error::StoreError;
use tern_core::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage, InboxPage,
    PushJob, User, UserId,
};
use tern_core::store::rpc::{StoreReply, StoreRequest};
use tern_core::store::{NewUser, Store};
use tern_core::token::{Claims, TokenIssuer};

pub struct RemoteStore {
    url: String,
    http: reqwest::Client,
    issuer: TokenIssuer,
    gateway_id: String,
}

impl RemoteStore {
    pub fn new(
        base_url: &str,
        cert_sha256: Option<&str>,
        issuer: TokenIssuer,
        gateway_id: String,
    ) -> anyhow::Result<Self> {
        let builder = reqwest::Client::builder().timeout(Duration::from_secs(10)).http2_prior_knowledge();
        let builder = match cert_sha256 {
            Some(hash) => builder.use_preconfigured_tls(tern_certs::pin::pinned_config(
                tern_certs::pin::parse_sha256_hex(hash)?,
                &[b"h2"],
            )),
            None => builder,
        };
        Ok(Self {
            url: format!("{}/internal/v1/store", base_url.trim_end_matches('/')),
            http: builder.build()?,
            issuer,
            gateway_id,
        })
    }

    async fn call(&self, req: StoreRequest) -> Result<StoreReply, StoreError> {
        let unavailable = |e: &dyn std::fmt::Display| StoreError::Unavailable(format!("store host: {e}"));
        let token = self.issuer.issue(&Claims::peer(&self.gateway_id, tern_core::time::now_ms() / 1000 + 300));
        let response =
            self.http.post(&self.url).bearer_auth(token).json(&req).send().await.map_err(|e| unavailable(&e))?;
        if !response.status().is_success() {
            return Err(unavailable(&response.status()));
        }
        response.json::<Result<StoreReply, StoreError>>().await.map_err(|e| unavailable(&e))?
    }
}

/// Unwraps the reply variant a request must produce.
macro_rules! reply {
    ($self:ident, $req:expr, $variant:ident) => {
        match $self.call($req).await? {
            StoreReply::$variant(v) => Ok(v),
            other => Err(StoreError::Corrupt(format!("store host answered {other:?}"))),
        }
    };
    ($self:ident, $req:expr) => {
        match $self.call($req).await? {
            StoreReply::Done => Ok(()),
            other => Err(StoreError::Corrupt(format!("store host answered {other:?}"))),
        }
    };
}

#[async_trait]
impl Store for RemoteStore {
    async fn create_user(&self, new: NewUser) -> Result<User, StoreError> {
        reply!(self, StoreRequest::CreateUser { new }, User)
    }
    async fn credentials(&self, username: &str) -> Result<Option<Credentials>, StoreError> {
        reply!(self, StoreRequest::Credentials { username: username.into() }, Credentials)
    }
    async fn user(&self, id: &UserId) -> Result<Option<User>, StoreError> {
        reply!(self, StoreRequest::User { id: id.clone() }, MaybeUser)
    }
    async fn set_display_name(&self, id: &UserId, display_name: &str) -> Result<User, StoreError> {
        reply!(self, StoreRequest::SetDisplayName { id: id.clone(), display_name: display_name.into() }, User)
    }
    async fn add_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError> {
        reply!(self, StoreRequest::AddFriend { user: user.clone(), friend: friend.clone() })
    }
    async fn remove_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError> {
        reply!(self, StoreRequest::RemoveFriend { user: user.clone(), friend: friend.clone() })
    }
    async fn friends(&self, user: &UserId) -> Result<Vec<UserId>, StoreError> {
        reply!(self, StoreRequest::Friends { user: user.clone() }, Users)
    }
    async fn open_direct(&self, a: &UserId, b: &UserId) -> Result<ChannelInfo, StoreError> {
        reply!(self, StoreRequest::OpenDirect { a: a.clone(), b: b.clone() }, Channel)
    }
    async fn create_group(&self, owner: &UserId, name: &str, members: &[UserId]) -> Result<ChannelInfo, StoreError> {
        let req = StoreRequest::CreateGroup { owner: owner.clone(), name: name.into(), members: members.to_vec() };
        reply!(self, req, Channel)
    }
    async fn add_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError> {
        reply!(self, StoreRequest::AddMember { channel: channel.clone(), by: by.clone(), user: user.clone() }, Channel)
    }
    async fn remove_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError> {
        reply!(
            self,
            StoreRequest::RemoveMember { channel: channel.clone(), by: by.clone(), user: user.clone() },
            Channel
        )
    }
    async fn channel(&self, channel: &ChannelId) -> Result<Option<ChannelInfo>, StoreError> {
        reply!(self, StoreRequest::Channel { channel: channel.clone() }, MaybeChannel)
    }
    async fn channels_of(&self, user: &UserId) -> Result<Vec<ChannelInfo>, StoreError> {
        reply!(self, StoreRequest::ChannelsOf { user: user.clone() }, Channels)
    }
    async fn append(&self, req: AppendRequest) -> Result<AppendOutcome, StoreError> {
        req.validate()?;
        reply!(self, StoreRequest::Append { req }, Appended)
    }
    async fn history(
        &self,
        channel: &ChannelId,
        reader: &UserId,
        anchor: HistoryAnchor,
        limit: usize,
    ) -> Result<HistoryPage, StoreError> {
        reply!(self, StoreRequest::History { channel: channel.clone(), reader: reader.clone(), anchor, limit }, History)
    }
    async fn inbox_after(&self, user: &UserId, after: &Cursor, limit: usize) -> Result<InboxPage, StoreError> {
        reply!(self, StoreRequest::InboxAfter { user: user.clone(), after: after.clone(), limit }, Inbox)
    }
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), StoreError> {
        reply!(self, StoreRequest::EnqueuePush { jobs })
    }
    async fn due_push_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<PushJob>, StoreError> {
        reply!(self, StoreRequest::DuePushJobs { now_ms, limit }, PushJobs)
    }
    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, StoreError> {
        reply!(self, StoreRequest::ReschedulePush { job, previous_due_ms }, Moved)
    }
    async fn complete_push(&self, job: &PushJob) -> Result<(), StoreError> {
        reply!(self, StoreRequest::CompletePush { job: job.clone() })
    }
}
