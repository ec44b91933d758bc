//! Signup, login, and the bearer-token extractor for the REST API. Passwords are hashed with
//! argon2id on a blocking thread; tokens are Ed25519-signed and verified without the store.

use std::sync::Arc;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use tern_core::model::{DeviceId, User, UserId};
use tern_core::store::NewUser;
use tern_core::token::{Claims, TokenError};

use super::error::ApiError;
use crate::app::Gateway;

#[derive(Deserialize)]
pub struct SignupRequest {
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub display_name: String,
    pub device_id: String,
}

#[derive(Deserialize)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
    pub device_id: String,
}

#[derive(Serialize)]
pub struct Session {
    pub user: User,
    pub token: String,
    /// Seconds since the Unix epoch.
    pub expires_at: i64,
}

/// Password hashes computed at once. Each argon2id hash takes 19 MiB and a core for tens of
/// milliseconds; unbounded, a burst of signups grows the process by gigabytes.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs an argon2 computation on a blocking thread, at most `HASHING` at a time.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    let _permit = HASHING.acquire().await.map_err(|e| ApiError::internal(e.to_string()))?;
    tokio::task::spawn_blocking(work).await.map_err(|e| ApiError::internal(e.to_string()))
}

const MIN_PASSWORD: usize = 8;
const MAX_PASSWORD: usize = 256;

fn check_device(device_id: &str) -> Result<(), ApiError> {
    if device_id.is_empty() || device_id.len() > 64 || device_id.chars().any(char::is_control) {
        return Err(ApiError::bad_request("device_id must be 1..=64 bytes without control characters"));
    }
    Ok(())
}

fn issue(gw: &Gateway, user: User, device_id: String) -> Session {
    let expires_at = tern_core::time::now_ms() / 1000 + gw.token_ttl_secs;
    let token = gw.issuer.issue(&Claims::client(user.id.clone(), DeviceId(device_id), expires_at));
    Session { user, token, expires_at }
}

pub async fn signup(
    State(gw): State<Arc<Gateway>>,
    body: Result<Json<SignupRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Session>, ApiError> {
    let Json(req) = body?;
    check_device(&req.device_id)?;
    let len = req.password.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&len) {
        return Err(ApiError::bad_request(format!("password must be {MIN_PASSWORD}..={MAX_PASSWORD} characters")));
    }
    tern_core::model::validate_username(&req.username)?;
    let password = req.password;
    let hash = hashing(move || {
        Argon2::default().hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng)).map(|h| h.to_string())
    })
    .await?
    .map_err(|e| ApiError::internal(e.to_string()))?;
    let user = gw
        .store
        .create_user(NewUser { username: req.username, display_name: req.display_name, password_hash: hash })
        .await?;
    Ok(Json(issue(&gw, user, req.device_id)))
}

pub async fn login(
    State(gw): State<Arc<Gateway>>,
    body: Result<Json<LoginRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Session>, ApiError> {
    let Json(req) = body?;
    check_device(&req.device_id)?;
    let wrong = || ApiError::unauthorized("bad_credentials", "unknown username or wrong password");
    let cred = gw.store.credentials(&req.username).await?.ok_or_else(wrong)?;
    let (password, stored) = (req.password, cred.password_hash.clone());
    let ok = hashing(move || {
        PasswordHash::new(&stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
    })
    .await?;
    if !ok {
        return Err(wrong());
    }
    Ok(Json(issue(&gw, cred.user, req.device_id)))
}

/// The token of an `Authorization: Bearer <token>` header, if there is one.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ")
}

/// The caller, from `Authorization: Bearer <token>`.
pub struct AuthUser {
    pub id: UserId,
}

impl FromRequestParts<Arc<Gateway>> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, gw: &Arc<Gateway>) -> Result<Self, Self::Rejection> {
        let header = bearer(&parts.headers)
            .ok_or_else(|| ApiError::unauthorized("missing_token", "send Authorization: Bearer <token>"))?;
        match gw.verifier.verify_client(header.trim(), tern_core::time::now_ms() / 1000) {
            Ok(claims) => Ok(AuthUser { id: claims.user }),
            Err(TokenError::Expired) => Err(ApiError::unauthorized("token_expired", "token expired: log in again")),
            Err(e) => Err(ApiError::unauthorized("bad_token", e.to_string())),
        }
    }
}
