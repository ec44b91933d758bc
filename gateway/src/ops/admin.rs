//! The admin API, on its own listener (loopback by default) and behind a bearer token of its
//! own: stats, drain, the sessions of a user, kicking a device. A user is named by id, or by
//! `@username`.

use std::sync::Arc;

use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use tern_domain::UserId;
use tern_domain::model::DeviceId;
use tern_domain::ports::directory::DeviceLocation;

use crate::clock::now_ms;
use crate::cluster::kick::kick_devices;
use crate::context::Gateway;
use crate::http::auth::bearer;
use crate::http::error::ApiError;

/// The admin routes, behind `token` (the admin API's own bearer token).
pub fn router(gw: Arc<Gateway>, token: String) -> Router {
    Router::new()
        .route("/admin/v1/stats", get(stats))
        .route("/admin/v1/drain", post(drain))
        .route("/admin/v1/users/{user}/sessions", get(sessions))
        .route("/admin/v1/users/{user}/devices/{device}/kick", post(kick))
        .fallback(|| async { ApiError::not_found("not_found", "no such admin endpoint") })
        .layer(middleware::from_fn_with_state(Arc::<str>::from(token), require_token))
        .with_state(gw)
}

async fn require_token(State(token): State<Arc<str>>, request: Request, next: Next) -> Response {
    let given = bearer(request.headers()).unwrap_or_default();
    // Comparing digests: how long the comparison takes says nothing about the token.
    if Sha256::digest(given.as_bytes()) != Sha256::digest(token.as_bytes()) {
        return ApiError::unauthorized("bad_admin_token", "send Authorization: Bearer <admin token>").into_response();
    }
    next.run(request).await
}

async fn stats(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let census = gw.hub.census();
    Json(json!({
        "gateway_id": gw.id,
        "region": gw.region,
        "public_url": gw.public_url,
        "version": env!("CARGO_PKG_VERSION"),
        "uptime_s": gw.started_at.elapsed().as_secs(),
        "draining": gw.is_draining(),
        "sessions": census.by_transport.values().sum::<usize>(),
        "sessions_by_transport": census.by_transport,
        "users": census.users,
        "queued_frames": census.queued,
        "queued_frames_max": census.queued_max,
        "health": gw.health.get(),
    }))
}

async fn drain(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let already = gw.is_draining();
    gw.drain_requested.notify_one();
    tracing::info!(already, "drain requested through the admin API");
    (StatusCode::ACCEPTED, Json(json!({ "draining": true, "already": already })))
}

/// `@name` is looked up by username; anything else is a user id.
async fn resolve(gw: &Gateway, user: &str) -> Result<UserId, ApiError> {
    let Some(name) = user.strip_prefix('@') else { return Ok(UserId(user.to_owned())) };
    match gw.store.credentials(name.to_owned()).await? {
        Some(c) => Ok(c.user.id),
        None => Err(ApiError::not_found("unknown_user", format!("no user named {name}"))),
    }
}

async fn sessions(State(gw): State<Arc<Gateway>>, Path(user): Path<String>) -> Result<impl IntoResponse, ApiError> {
    let user = resolve(&gw, &user).await?;
    let here = gw.hub.sessions_of(&user);
    let elsewhere: Vec<_> = elsewhere(&gw, &user)
        .await?
        .into_iter()
        .map(|l| json!({ "gateway": l.gateway, "device": l.device.as_str(), "conn": l.conn }))
        .collect();
    Ok(Json(json!({ "user_id": user.as_str(), "gateway_id": gw.id, "here": here, "elsewhere": elsewhere })))
}

/// The user's sessions the directory places on other gateways.
async fn elsewhere(gw: &Gateway, user: &UserId) -> Result<Vec<DeviceLocation>, ApiError> {
    let mut located = gw
        .directory
        .locate(std::slice::from_ref(user), now_ms())
        .await
        .map_err(|e| ApiError::internal(format!("directory: {e}")))?;
    Ok(located.remove(user).unwrap_or_default().into_iter().filter(|l| l.gateway != gw.id).collect())
}

#[derive(Deserialize)]
struct KickQuery {
    reason: Option<String>,
}

/// Closes the device's sessions here, and asks the gateways the directory places it on to
/// close theirs.
async fn kick(
    State(gw): State<Arc<Gateway>>,
    Path((user, device)): Path<(String, String)>,
    Query(q): Query<KickQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let user = resolve(&gw, &user).await?;
    let reason = q.reason.unwrap_or_else(|| "kicked by an operator".into());
    if reason.len() > 200 {
        return Err(ApiError::bad_request("reason: at most 200 bytes"));
    }
    let kicked = kick_devices(&gw, &user, Some(&DeviceId(device.clone())), &reason)
        .await
        .map_err(|e| ApiError::internal(format!("directory: {e}")))?;
    let (kicked_here, forwarded) = (kicked.here, kicked.forwarded_to);
    if kicked_here == 0 && forwarded.is_empty() {
        return Err(ApiError::not_found(
            "not_connected",
            format!("device {device} of {} is not connected", user.as_str()),
        ));
    }
    tracing::info!(user = user.as_str(), %device, kicked_here, ?forwarded, %reason, "kick");
    Ok(Json(json!({ "kicked_here": kicked_here, "forwarded_to": forwarded })))
}
