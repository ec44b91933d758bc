//! The HTTP side of the gateway (HTTPS on TCP, and the loopback dev listener): the REST API,
//! the WebSocket upgrade, the web page, discovery, health and metrics. (The admin API has
//! its own listener: `ops::admin`.)

pub mod auth;
pub mod channels;
pub mod error;
pub mod internal;
pub mod social;
mod web;

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{delete, get, patch, post, put};
use serde::Deserialize;
use serde_json::json;

use crate::cluster::discovery;
use crate::context::Gateway;
use crate::edge::{ws, wt};
use error::ApiError;

/// A JSON body, or why it could not be read (answered as a JSON error, not axum's text).
pub type JsonBody<T> = Result<JsonObject<T>, ApiError>;

/// A body that must be a JSON object: `Json`, except that any other JSON value is refused
/// too. (serde reads a struct from an array of its fields in order, so `[null, null]` would
/// pass as an empty profile update.)
pub struct JsonObject<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonObject<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let Json(value) = Json::<serde_json::Value>::from_request(req, state).await?;
        let invalid = |message: String| ApiError::new(StatusCode::BAD_REQUEST, "invalid_json", message);
        if !value.is_object() {
            return Err(invalid("the body must be a JSON object".into()));
        }
        serde_json::from_value(value)
            .map(JsonObject)
            .map_err(|e| invalid(format!("Failed to deserialize the JSON body into the target type: {e}")))
    }
}
/// A query string, likewise.
pub type QueryOf<T> = Result<Query<T>, axum::extract::rejection::QueryRejection>;

pub fn router(gw: Arc<Gateway>) -> Router {
    Router::new()
        .route("/v1/signup", post(auth::signup))
        .route("/v1/login", post(auth::login))
        .route("/v1/logout", post(auth::logout))
        .route("/v1/me", get(social::me).patch(social::update_me))
        .route("/v1/users", get(social::lookup))
        .route("/v1/users/{id}", get(social::user))
        .route("/v1/friends", get(social::friends))
        .route("/v1/friends/{id}", put(social::request_friend).delete(social::remove_friend))
        .route("/v1/friends/requests", get(social::requests))
        .route("/v1/friends/requests/{id}", delete(social::cancel_request))
        .route("/v1/friends/requests/{id}/accept", post(social::accept_request))
        .route("/v1/friends/requests/{id}/decline", post(social::decline_request))
        .route("/v1/blocks", get(social::blocked))
        .route("/v1/blocks/{id}", put(social::block).delete(social::unblock))
        .route("/v1/channels", get(channels::list))
        .route("/v1/conversations", get(channels::conversations))
        .route("/v1/channels/direct", post(channels::open_direct))
        .route("/v1/channels/{id}", get(channels::get_channel))
        .route("/v1/channels/{id}/history", get(channels::history))
        .route("/v1/channels/{id}/read", put(channels::mark_read))
        .route("/v1/channels/{id}/delivered", put(channels::mark_delivered))
        .route("/v1/channels/{id}/reads", get(channels::reads))
        .route("/v1/groups", post(channels::create_group))
        .route("/v1/groups/{id}", patch(channels::rename_group))
        .route("/v1/groups/{id}/members", post(channels::add_member))
        .route("/v1/groups/{id}/members/{user}", delete(channels::remove_member))
        .route("/v1/groups/{id}/admins/{user}", put(channels::add_admin).delete(channels::remove_admin))
        .route("/v1/groups/{id}/owner", put(channels::transfer_ownership))
        .route("/v1/presence", get(channels::presence))
        .route("/v1/discover", get(discover))
        .route("/v1/info", get(info))
        .route("/v1/ws", get(ws::upgrade))
        .route("/internal/v1/store", post(internal::store))
        .route("/openapi.json", get(openapi))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/", get(web::page))
        .route("/tern-client.js", get(web::client_js))
        .route("/app/{*path}", get(web::app))
        .fallback(|| async { ApiError::not_found("not_found", "no such endpoint") })
        .with_state(gw)
}

async fn info(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let wt_url = format!("{}{}", gw.public_url, wt::PATH);
    let ws_url = format!("{}/v1/ws", gw.public_url.replacen("https://", "wss://", 1));
    Json(json!({
        "gateway_id": gw.id,
        "region": gw.region,
        "public_url": gw.public_url,
        "wt_url": wt_url,
        "ws_url": ws_url,
        "cert_sha256": gw.dev_cert_sha256,
        "draining": gw.is_draining(),
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

#[derive(Deserialize)]
struct DiscoverQuery {
    region: Option<String>,
}

async fn discover(State(gw): State<Arc<Gateway>>, Query(q): Query<DiscoverQuery>) -> impl IntoResponse {
    let gateways: Vec<_> = discovery::discover(&gw, q.region.as_deref())
        .await
        .into_iter()
        .map(|g| json!({ "id": g.id, "region": g.region, "url": g.public_url, "load": g.load }))
        .collect();
    Json(json!({ "gateways": gateways }))
}

/// Ready: not draining, and the last background check (every 2 s) found the store, the
/// directory and the peer links usable. The body says which part failed.
async fn readyz(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let mut health = gw.health.get();
    health.draining = gw.is_draining();
    health.ready &= !health.draining;
    let status = if health.ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(health))
}

async fn metrics(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], gw.metrics.render())
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("openapi.json"))
}
