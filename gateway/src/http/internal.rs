//! Endpoints other gateways call, authenticated with peer tokens (signed by the cluster's
//! shared key): the store host of a gateway started with --serve-store (the remote store
//! adapter's other end, `tern_adapters::store::remote::answer`).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use tern_adapters::store::remote::{HostRefusal, answer};
use tern_domain::DomainError;
use tern_domain::ports::store::{StoreReply, StoreRequest};

use super::auth::bearer;
use super::error::ApiError;
use crate::context::Gateway;

pub async fn store(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    Json(req): Json<StoreRequest>,
) -> Result<Json<Result<StoreReply, DomainError>>, ApiError> {
    if !gw.serve_store {
        return Err(ApiError::not_found("not_found", "this gateway does not host the store"));
    }
    match answer(&*gw.store, &gw.verifier, bearer(&headers), req).await {
        Ok(reply) => Ok(Json(reply)),
        Err(HostRefusal::MissingToken) => Err(ApiError::unauthorized("missing_token", "peer token required")),
        Err(e @ HostRefusal::BadToken(_)) => Err(ApiError::unauthorized("bad_token", e.to_string())),
    }
}
