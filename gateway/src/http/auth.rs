//! Signup, login (limited per client address and, for failures, per account), and the
//! bearer-token extractor for the REST API. Passwords are hashed with argon2id on a blocking
//! thread; tokens are Ed25519-signed and verified without the store.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use axum::Json;
use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use tern_domain::model::{DeviceId, NewUser, User, UserId, validate_device_id, validate_password, validate_username};
use tern_domain::token::{Claims, TokenError};

use super::error::ApiError;
use super::{JsonBody, JsonObject, QueryOf};
use crate::clock::{now_ms, now_s};
use crate::cluster::kick::kick_devices;
use crate::config::LimitsConfig;
use crate::context::Gateway;
use crate::edge::conn_limits::KeyedLimiter;

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

/// What signup and login answer: the user and their token.
#[derive(Serialize)]
pub struct LoginAnswer {
    pub user: User,
    pub token: String,
    /// Seconds since the Unix epoch.
    pub expires_at: i64,
}

/// Login attempts per client address, and failed logins per account. Kept by each gateway:
/// an attacker spread over N gateways gets N times the attempts (documented in OPERATIONS).
pub struct LoginLimits {
    by_address: KeyedLimiter<IpAddr>,
    failures_by_account: KeyedLimiter<String>,
}

impl LoginLimits {
    pub fn new(limits: &LimitsConfig) -> Self {
        Self {
            by_address: KeyedLimiter::new(limits.login_rate, limits.login_burst),
            failures_by_account: KeyedLimiter::new(limits.login_failures_per_minute / 60.0, limits.login_failure_burst),
        }
    }

    /// For tests that never log in.
    #[cfg(test)]
    pub fn off() -> Self {
        Self { by_address: KeyedLimiter::new(1e9, u32::MAX), failures_by_account: KeyedLimiter::new(1e9, u32::MAX) }
    }

    /// Whether a login for `username` from `address` may be tried now (takes one of the
    /// address's attempts). A name that cannot be an account has no bucket: it can only fail.
    fn may_try(&self, address: IpAddr, username: &str) -> bool {
        self.by_address.allow(address)
            && (validate_username(username).is_err() || self.failures_by_account.has_token(username.to_owned()))
    }

    fn failed(&self, username: &str) {
        if validate_username(username).is_ok() {
            self.failures_by_account.allow(username.to_owned());
        }
    }
}

/// Password hashes computed at once. Each argon2id hash takes 19 MiB and a core for tens of
/// milliseconds; unbounded, a burst of signups grows the process by gigabytes.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs an argon2 computation on a blocking thread, at most `HASHING` at a time.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    let _permit = HASHING.acquire().await.map_err(|e| ApiError::internal(e.to_string()))?;
    tokio::task::spawn_blocking(work).await.map_err(|e| ApiError::internal(e.to_string()))
}

fn issue(gw: &Gateway, user: User, device_id: String) -> LoginAnswer {
    let expires_at = now_s() + gw.token_ttl_secs;
    let claims = Claims::client(user.id.clone(), DeviceId(device_id), expires_at).issued_at(now_ms());
    let token = gw.issuer.issue(&claims);
    LoginAnswer { user, token, expires_at }
}

pub async fn signup(
    State(gw): State<Arc<Gateway>>,
    body: JsonBody<SignupRequest>,
) -> Result<Json<LoginAnswer>, ApiError> {
    let JsonObject(req) = body?;
    validate_device_id(&req.device_id)?;
    validate_password(&req.password)?;
    validate_username(&req.username)?;
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: JsonBody<LoginRequest>,
) -> Result<Json<LoginAnswer>, ApiError> {
    let JsonObject(req) = body?;
    validate_device_id(&req.device_id)?;
    if !gw.login_limits.may_try(peer.ip(), &req.username) {
        metrics::counter!("tern_errors_total", "code" => "LOGIN_RATE_LIMITED").increment(1);
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            "too many login attempts for this account or from this address; wait a minute and try again",
        ));
    }
    let username = req.username.clone();
    let wrong = || {
        gw.login_limits.failed(&username);
        ApiError::unauthorized("bad_credentials", "unknown username or wrong password")
    };
    let cred = gw.store.credentials(req.username).await?.ok_or_else(wrong)?;
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

#[derive(Deserialize)]
pub struct LogoutQuery {
    /// Every device of the user, not only the caller's.
    #[serde(default)]
    pub all_devices: bool,
}

/// Revokes the caller's device's tokens (or every device's) issued until now, and closes its
/// sessions on every gateway. New sessions with those tokens are refused at once; REST calls
/// within `revocations::CACHED_FOR` on other gateways.
pub async fn logout(
    State(gw): State<Arc<Gateway>>,
    auth: AuthUser,
    query: QueryOf<LogoutQuery>,
) -> Result<StatusCode, ApiError> {
    let Query(q) = query?;
    let device = (!q.all_devices).then_some(auth.device);
    let revocations = gw.store.revoke_tokens(auth.id.clone(), device.clone(), now_ms()).await?;
    gw.revocations.remember(&auth.id, revocations);
    match kick_devices(&gw, &auth.id, device.as_ref(), "logged out").await {
        Ok(kicked) => {
            let (here, elsewhere) = (kicked.here, kicked.forwarded_to);
            tracing::info!(user = %auth.id, all_devices = q.all_devices, here, ?elsewhere, "logged out");
        }
        // The tokens are revoked: a session elsewhere that was not told is refused at its
        // next connection, and its REST calls within seconds.
        Err(e) => tracing::warn!(user = %auth.id, error = %e, "logged out; sessions on other gateways not located"),
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The caller, from `Authorization: Bearer <token>`: a valid token that no logout revoked.
pub struct AuthUser {
    pub id: UserId,
    pub device: DeviceId,
}

impl FromRequestParts<Arc<Gateway>> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, gw: &Arc<Gateway>) -> Result<Self, Self::Rejection> {
        let header = bearer(&parts.headers)
            .ok_or_else(|| ApiError::unauthorized("missing_token", "send Authorization: Bearer <token>"))?;
        match gw.verifier.verify_client(header.trim(), now_s()) {
            Ok(claims) => match gw.revocations.revoked(&*gw.store, &claims).await {
                Ok(true) => Err(ApiError::unauthorized("token_revoked", "this device logged out: log in again")),
                Ok(false) => Ok(AuthUser { id: claims.user, device: claims.device }),
                // The store cannot answer: nothing the call could do would work either, and
                // refusing every token would log everyone out for the outage.
                Err(e) => {
                    tracing::warn!(error = %e, "revocations unavailable; token accepted");
                    Ok(AuthUser { id: claims.user, device: claims.device })
                }
            },
            Err(TokenError::Expired) => Err(ApiError::unauthorized("token_expired", "token expired: log in again")),
            Err(e) => Err(ApiError::unauthorized("bad_token", e.to_string())),
        }
    }
}
