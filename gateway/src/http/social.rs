//! Profiles and friends.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use tern_domain::model::{User, UserId};

use super::auth::AuthUser;
use super::error::ApiError;
use super::{JsonBody, QueryOf};
use crate::context::Gateway;

pub async fn me(State(gw): State<Arc<Gateway>>, auth: AuthUser) -> Result<Json<User>, ApiError> {
    user(State(gw), auth, Path(String::new())).await
}

#[derive(Deserialize)]
pub struct ProfileUpdate {
    pub display_name: String,
}

pub async fn update_me(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    body: JsonBody<ProfileUpdate>,
) -> Result<Json<User>, ApiError> {
    let Json(update) = body?;
    Ok(Json(gw.store.set_display_name(auth.id, update.display_name).await?))
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
    let mut out = Vec::new();
    for id in gw.store.friends(auth.id).await? {
        if let Some(u) = gw.store.user(id).await? {
            out.push(u);
        }
    }
    Ok(Json(out))
}

pub async fn add_friend(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<User>>, ApiError> {
    gw.store.add_friend(auth.id.clone(), UserId(id)).await?;
    friends(State(gw), auth).await
}

pub async fn remove_friend(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<User>>, ApiError> {
    gw.store.remove_friend(auth.id.clone(), UserId(id)).await?;
    friends(State(gw), auth).await
}
