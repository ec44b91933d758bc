//! Channels: 1:1 chats, groups and their members, history pages, presence.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use tern_core::directory::PresenceState;
use tern_core::model::{ChannelId, ChannelInfo, HistoryAnchor, UserId};

use super::auth::AuthUser;
use super::error::ApiError;
use crate::app::Gateway;

type JsonBody<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;
type QueryOf<T> = Result<Query<T>, axum::extract::rejection::QueryRejection>;

pub async fn list(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<Vec<ChannelInfo>>, ApiError> {
    Ok(Json(gw.store.channels_of(&auth.id).await?))
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
    let Json(req) = body?;
    Ok(Json(gw.store.open_direct(&auth.id, &UserId(req.user_id)).await?))
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
    let Json(req) = body?;
    let members: Vec<UserId> = req.members.into_iter().map(UserId).collect();
    Ok(Json(gw.store.create_group(&auth.id, &req.name, &members).await?))
}

/// A channel the caller belongs to.
async fn member_channel(gw: &Gateway, auth: &AuthUser, id: &str) -> Result<ChannelInfo, ApiError> {
    let channel = gw
        .store
        .channel(&ChannelId(id.to_owned()))
        .await?
        .ok_or_else(|| ApiError::not_found("unknown_channel", format!("no channel {id}")))?;
    if !channel.members.contains(&auth.id) {
        return Err(tern_core::StoreError::NotAMember.into());
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

pub async fn add_member(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
    body: JsonBody<MemberRequest>,
) -> Result<Json<ChannelInfo>, ApiError> {
    let Json(req) = body?;
    Ok(Json(gw.store.add_member(&ChannelId(id), &auth.id, &UserId(req.user_id)).await?))
}

pub async fn remove_member(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path((id, user)): Path<(String, String)>,
) -> Result<Json<ChannelInfo>, ApiError> {
    Ok(Json(gw.store.remove_member(&ChannelId(id), &auth.id, &UserId(user)).await?))
}

#[derive(Deserialize)]
pub struct HistoryQuery {
    #[serde(default = "latest")]
    pub anchor: String,
    #[serde(default)]
    pub seq: u64,
    #[serde(default)]
    pub limit: Option<usize>,
}

fn latest() -> String {
    "latest".into()
}

#[derive(Serialize)]
pub struct HistoryResponse {
    pub channel_id: String,
    pub messages: Vec<serde_json::Value>,
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
    let limit = q.limit.unwrap_or(tern_core::model::DEFAULT_HISTORY_LIMIT);
    if limit == 0 || limit > tern_core::model::MAX_HISTORY_LIMIT {
        return Err(ApiError::bad_request(format!("limit must be 1..={}", tern_core::model::MAX_HISTORY_LIMIT)));
    }
    let page = gw.store.history(&ChannelId(id.clone()), &auth.id, anchor, limit).await?;
    Ok(Json(HistoryResponse {
        channel_id: id,
        messages: page
            .messages
            .into_iter()
            .map(|m| {
                serde_json::json!({
                    "channel_id": m.channel_id, "seq": m.seq, "sender_id": m.sender_id,
                    "client_msg_id": m.client_msg_id, "body": m.body, "sent_at_ms": m.sent_at_ms,
                })
            })
            .collect(),
        has_older: page.has_older,
        has_newer: page.has_newer,
        last_seq: page.last_seq,
    }))
}

#[derive(Deserialize)]
pub struct PresenceQuery {
    /// Comma-separated user ids.
    pub users: String,
}

pub async fn presence(
    State(gw): State<Arc<Gateway>>,
    _auth: AuthUser,
    query: QueryOf<PresenceQuery>,
) -> Result<Json<Vec<PresenceState>>, ApiError> {
    let Query(q) = query?;
    let users: Vec<UserId> = q.users.split(',').filter(|s| !s.is_empty()).map(|s| UserId(s.to_owned())).collect();
    if users.is_empty() || users.len() > 200 {
        return Err(ApiError::bad_request("users must name 1..=200 comma-separated user ids"));
    }
    gw.directory
        .presence(&users)
        .await
        .map(Json)
        .map_err(|e| ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "unavailable", e.to_string()))
}
