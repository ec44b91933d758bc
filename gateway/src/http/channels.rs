//! Channels: 1:1 chats, groups and their members, history pages, presence.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use tern_domain::DomainError;
use tern_domain::delivery::{channel_notice, mark_notice};
use tern_domain::limits::{CONVERSATION_PAGE, HISTORY_PAGE, presence_users};
use tern_domain::model::{
    ChannelId, ChannelInfo, GroupChange, HistoryAnchor, PageKey, Position, ReadReceipt, UserId, conversation_page,
};
use tern_domain::ports::directory::PresenceState;
use tern_proto::v1::Message;

use super::auth::AuthUser;
use super::error::ApiError;
use super::{JsonBody, JsonObject, QueryOf};
use crate::cluster::fanout::{Committed, NO_SESSION, spawn_notices};
use crate::context::Gateway;

pub async fn list(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<Vec<ChannelInfo>>, ApiError> {
    Ok(Json(gw.store.channels_of(auth.id).await?))
}

#[derive(Deserialize)]
pub struct DirectRequest {
    pub user_id: String,
}

pub async fn open_direct(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    body: JsonBody<DirectRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let JsonObject(req) = body?;
    Ok(Json(gw.store.open_direct(auth.id, UserId(req.user_id)).await?))
}

#[derive(Deserialize)]
pub struct GroupRequest {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
}

pub async fn create_group(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    body: JsonBody<GroupRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let JsonObject(req) = body?;
    let members: Vec<UserId> = req.members.into_iter().map(UserId).collect();
    let info = gw.store.create_group(auth.id, req.name, members).await?;
    // Every member's devices (the creator's other ones too) list the group at once.
    spawn_notices(&gw, [channel_notice(info.members.clone(), &info.id, true)]);
    Ok(Json(info))
}

/// A channel the caller belongs to.
async fn member_channel(gw: &Gateway, auth: &AuthUser, id: &str) -> Result<ChannelInfo, ApiError> {
    let channel = gw
        .store
        .channel(ChannelId(id.to_owned()))
        .await?
        .ok_or_else(|| ApiError::not_found("unknown_channel", format!("no channel {id}")))?;
    if !channel.members.contains(&auth.id) {
        return Err(DomainError::NotAMember.into());
    }
    Ok(channel)
}

pub async fn get_channel(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<ChannelInfo>, ApiError> {
    Ok(Json(member_channel(&gw, &auth, &id).await?))
}

#[derive(Deserialize)]
pub struct MemberRequest {
    pub user_id: String,
}

/// Makes the change; its event goes to the members like a message, and a member added or
/// removed is told at once (`UserEvent.channel`).
async fn change_group(
    gw: &Arc<Gateway>,
    auth: AuthUser,
    id: String,
    change: GroupChange,
) -> Result<Json<ChannelInfo>, ApiError> {
    let changed = gw.store.change_group(ChannelId(id), auth.id, change.clone()).await?;
    if let Some(event) = changed.event {
        gw.fanout.push(Committed { outcomes: vec![event], sender_conn: NO_SESSION, traces: Vec::new() });
        let membership = match &change {
            GroupChange::AddMember { user } => Some((user.clone(), true)),
            GroupChange::RemoveMember { user } => Some((user.clone(), false)),
            _ => None,
        };
        if let Some((user, member)) = membership {
            spawn_notices(gw, [channel_notice(vec![user], &changed.info.id, member)]);
        }
    }
    Ok(Json(changed.info))
}

pub async fn add_member(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<MemberRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let JsonObject(req) = body?;
    change_group(&gw, auth, id, GroupChange::AddMember { user: UserId(req.user_id) }).await
}

pub async fn remove_member(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path((id, user)): Path<(String, String)>,
) -> Result<Json<ChannelInfo>, ApiError> {
    change_group(&gw, auth, id, GroupChange::RemoveMember { user: UserId(user) }).await
}

#[derive(Deserialize)]
pub struct RenameRequest {
    pub name: String,
}

pub async fn rename_group(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<RenameRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let JsonObject(req) = body?;
    change_group(&gw, auth, id, GroupChange::Rename { name: req.name }).await
}

pub async fn add_admin(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path((id, user)): Path<(String, String)>,
) -> Result<Json<ChannelInfo>, ApiError> {
    change_group(&gw, auth, id, GroupChange::SetAdmin { user: UserId(user), admin: true }).await
}

pub async fn remove_admin(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path((id, user)): Path<(String, String)>,
) -> Result<Json<ChannelInfo>, ApiError> {
    change_group(&gw, auth, id, GroupChange::SetAdmin { user: UserId(user), admin: false }).await
}

pub async fn transfer_ownership(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<MemberRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let JsonObject(req) = body?;
    change_group(&gw, auth, id, GroupChange::TransferOwnership { user: UserId(req.user_id) }).await
}

#[derive(Deserialize)]
pub struct HistoryQuery {
    #[serde(default = "latest")]
    pub anchor: String,
    #[serde(default)]
    pub seq: u64,
    /// 0 or absent: the default page size.
    #[serde(default)]
    pub limit: u64,
}

fn latest() -> String {
    "latest".into()
}

#[derive(Serialize)]
pub struct HistoryResponse {
    pub channel_id: String,
    pub messages: Vec<Message>,
    pub has_older: bool,
    pub has_newer: bool,
    pub last_seq: u64,
}

pub async fn history(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    query: QueryOf<HistoryQuery>,
) -> Result<Json<HistoryResponse>, ApiError> {
    let Query(q) = query?;
    let anchor = match q.anchor.as_str() {
        "latest" => HistoryAnchor::Latest,
        "before" => HistoryAnchor::Before(q.seq),
        "after" => HistoryAnchor::After(q.seq),
        "around" => HistoryAnchor::Around(q.seq),
        other => {
            return Err(ApiError::bad_request(format!(
                "anchor must be latest, before, after or around, not {other:?}"
            )));
        }
    };
    let limit = HISTORY_PAGE.resolve(q.limit)?;
    let page = gw.store.history(ChannelId(id.clone()), auth.id, anchor, limit).await?;
    Ok(Json(HistoryResponse {
        channel_id: id,
        messages: page.messages,
        has_older: page.has_older,
        has_newer: page.has_newer,
        last_seq: page.last_seq,
    }))
}

#[derive(Deserialize)]
pub struct ConversationsQuery {
    /// 0 or absent: the default page size.
    #[serde(default)]
    pub limit: u64,
    /// Absent for the first page; else `next_page` of the page before.
    #[serde(default)]
    pub page: String,
}

#[derive(Serialize)]
pub struct ConversationView {
    pub channel: ChannelInfo,
    pub read_seq: u64,
    pub unread: u64,
    pub last_message: Option<Message>,
    pub last_activity_ms: i64,
}

#[derive(Serialize)]
pub struct ConversationsResponse {
    pub conversations: Vec<ConversationView>,
    /// Absent on the last page.
    pub next_page: Option<String>,
}

/// `GET /v1/conversations`: the caller's channels for a home screen, most recent first.
pub async fn conversations(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    query: QueryOf<ConversationsQuery>,
) -> Result<Json<ConversationsResponse>, ApiError> {
    let Query(q) = query?;
    let limit = CONVERSATION_PAGE.resolve(q.limit)?;
    let after = match q.page.as_str() {
        "" => None,
        page => {
            let bytes = hex::decode(page).map_err(|_| ApiError::bad_request("page is not one this server gave"))?;
            Some(PageKey::from_token(&bytes)?)
        }
    };
    let (page, next) = conversation_page(gw.store.conversations(auth.id).await?, limit, after.as_ref());
    Ok(Json(ConversationsResponse {
        conversations: page
            .into_iter()
            .map(|c| ConversationView {
                read_seq: c.read_seq,
                unread: c.unread(),
                last_activity_ms: c.last_activity_ms(),
                channel: c.channel,
                last_message: c.last_message,
            })
            .collect(),
        next_page: next.map(|k| hex::encode(k.to_token())),
    }))
}

#[derive(Deserialize)]
pub struct ReadRequest {
    pub seq: u64,
}

#[derive(Serialize)]
pub struct ReadView {
    pub channel_id: String,
    /// The caller's position now (higher than asked when another device was further).
    pub seq: u64,
}

/// `PUT /v1/channels/{id}/read`: the caller has read the channel up to `seq`. The caller's
/// devices and (with receipts on) the other members are told at once.
pub async fn mark_read(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<ReadRequest>,
) -> Result<Json<ReadView>, ApiError> {
    mark(&gw, auth, id, body, Position::Read).await
}

/// `PUT /v1/channels/{id}/delivered`: one of the caller's devices has received the channel up
/// to `seq` (a phone that fetched what a push notification announced, say). With receipts on,
/// the other members of a channel of up to `DELIVERY_RECEIPT_MAX_MEMBERS` are told at once.
pub async fn mark_delivered(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<ReadRequest>,
) -> Result<Json<ReadView>, ApiError> {
    mark(&gw, auth, id, body, Position::Delivered).await
}

async fn mark(
    gw: &Arc<Gateway>,
    auth: AuthUser,
    id: String,
    body: JsonBody<ReadRequest>,
    position: Position,
) -> Result<Json<ReadView>, ApiError> {
    let JsonObject(req) = body?;
    let channel = ChannelId(id);
    let mark = gw.store.mark_read(auth.id.clone(), channel.clone(), position, req.seq).await?;
    let seq = mark.seq;
    if let Some(notice) = mark_notice(&auth.id, &channel, position, mark) {
        spawn_notices(gw, [notice]);
    }
    Ok(Json(ReadView { channel_id: channel.0, seq }))
}

/// `GET /v1/channels/{id}/reads`: the members' read and delivery positions the caller may see.
pub async fn reads(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<ReadReceipt>>, ApiError> {
    Ok(Json(gw.store.reads(ChannelId(id), auth.id).await?))
}

#[derive(Deserialize)]
pub struct PresenceQuery {
    /// Comma-separated user ids.
    pub users: String,
}

pub async fn presence(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    query: QueryOf<PresenceQuery>,
) -> Result<Json<Vec<PresenceState>>, ApiError> {
    let Query(q) = query?;
    let users = presence_users(q.users.split(',').map(str::to_owned))?;
    gw.presence_for(auth.id, users)
        .await
        .map(Json)
        .map_err(|e| ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "unavailable", e.to_string()))
}
