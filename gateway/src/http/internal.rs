//! Endpoints other gateways call, authenticated with peer tokens (signed by the cluster's
//! shared key): the store RPC of a gateway started with --serve-store.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use tern_core::error::StoreError;
use tern_core::store::rpc::{StoreReply, StoreRequest, dispatch};

use super::error::ApiError;
use crate::app::Gateway;

pub async fn store(
    State(gw): State<Arc<Gateway>>,
    headers: HeaderMap,
    Json(req): Json<StoreRequest>,
) -> Result<Json<Result<StoreReply, StoreError>>, ApiError> {
    if !gw.serve_store {
        return Err(ApiError::not_found("not_found", "this gateway does not host the store"));
    }
    let token =
        super::auth::bearer(&headers).ok_or_else(|| ApiError::unauthorized("missing_token", "peer token required"))?;
    gw.verifier
        .verify_peer(token, tern_core::time::now_ms() / 1000)
        .map_err(|e| ApiError::unauthorized("bad_token", e.to_string()))?;
    Ok(Json(dispatch(&*gw.store, req).await))
}
