//! Profiles, friends by consent, and blocks.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use tern_domain::delivery::relation_notices;
use tern_domain::model::{FriendChange, ProfileUpdate, Relation, User, UserId};

use super::auth::AuthUser;
use super::error::ApiError;
use super::{JsonBody, JsonObject, QueryOf};
use crate::cluster::fanout::spawn_notices;
use crate::context::Gateway;

pub async fn me(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<User>, ApiError> {
    user(State(gw), auth, Path(String::new())).await
}

/// `PATCH /v1/me`: `display_name`, `send_receipts`, either or both.
pub async fn update_me(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    body: JsonBody<ProfileUpdate>,
) -> Result<Json<User>, ApiError> {
    let JsonObject(update) = body?;
    Ok(Json(gw.store.update_profile(auth.id, update).await?))
}

/// `GET /v1/users/{id}`; an empty id means the caller.
pub async fn user(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<User>, ApiError> {
    let id = if id.is_empty() { auth.id } else { UserId(id) };
    gw.store
        .user(id.clone())
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("unknown_user", format!("no user {id}")))
}

#[derive(Deserialize)]
pub struct Lookup {
    pub username: String,
}

/// `GET /v1/users?username=bob`: find someone to befriend or chat with.
pub async fn lookup(
    State(gw): State<Arc<Gateway>>,
    _auth: AuthUser,
    query: QueryOf<Lookup>,
) -> Result<Json<User>, ApiError> {
    let Query(q) = query?;
    gw.store
        .credentials(q.username.clone())
        .await?
        .map(|c| Json(c.user))
        .ok_or_else(|| ApiError::not_found("unknown_user", format!("no user named {}", q.username)))
}

pub async fn friends(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<Vec<User>>, ApiError> {
    let ids = gw.store.friends(auth.id).await?;
    Ok(Json(profiles(&gw, ids).await?))
}

/// How the caller now stands towards a user: the answer to every friend and block change.
#[derive(Serialize)]
pub struct RelationView {
    pub user_id: UserId,
    pub relation: Relation,
}

/// Makes the change and tells both users' online devices how they now stand.
async fn change(
    gw: &Arc<Gateway>,
    auth: AuthUser,
    id: String,
    change: FriendChange,
) -> Result<Json<RelationView>, ApiError> {
    let other = UserId(id);
    let pair = gw.store.change_relation(auth.id.clone(), other.clone(), change).await?;
    spawn_notices(gw, relation_notices(&auth.id, &other, pair));
    Ok(Json(RelationView { user_id: other, relation: pair.mine }))
}

/// `PUT /v1/friends/{id}`: ask to be friends; accepts when they asked first.
pub async fn request_friend(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Request).await
}

pub async fn remove_friend(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Remove).await
}

pub async fn accept_request(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Accept).await
}

pub async fn decline_request(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Decline).await
}

pub async fn cancel_request(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Cancel).await
}

pub async fn block(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Block).await
}

pub async fn unblock(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<RelationView>, ApiError> {
    change(&gw, auth, id, FriendChange::Unblock).await
}

/// The profiles of `ids` that exist, in order.
async fn profiles(gw: &Gateway, ids: Vec<UserId>) -> Result<Vec<User>, ApiError> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(u) = gw.store.user(id).await? {
            out.push(u);
        }
    }
    Ok(out)
}

#[derive(Serialize)]
pub struct FriendRequests {
    pub incoming: Vec<User>,
    pub outgoing: Vec<User>,
}

/// `GET /v1/friends/requests`: requests waiting for the caller's answer, and the caller's own.
pub async fn requests(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<FriendRequests>, ApiError> {
    let relations = gw.store.relations(auth.id).await?;
    Ok(Json(FriendRequests {
        incoming: profiles(&gw, relations.incoming).await?,
        outgoing: profiles(&gw, relations.outgoing).await?,
    }))
}

/// `GET /v1/blocks`: the users the caller blocked.
pub async fn blocked(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<Vec<User>>, ApiError> {
    let relations = gw.store.relations(auth.id).await?;
    Ok(Json(profiles(&gw, relations.blocked).await?))
}
