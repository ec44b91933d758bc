//! JSON errors with stable codes: `{"error": {"code": "...", "message": "..."}}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tern_domain::DomainError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_argument", message)
    }

    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, code, message)
    }

    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, message)
    }

    pub fn draining() -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "draining", "this gateway is draining; ask /v1/discover for another")
    }

    pub fn too_many_connections() -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "connection_rate_limited",
            "too many new connections from this address",
        )
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        let (status, code) = match &e {
            DomainError::UsernameTaken => (StatusCode::CONFLICT, "username_taken"),
            DomainError::UnknownUser(_) => (StatusCode::NOT_FOUND, "unknown_user"),
            DomainError::UnknownChannel(_) => (StatusCode::NOT_FOUND, "unknown_channel"),
            DomainError::NotAMember => (StatusCode::FORBIDDEN, "not_a_member"),
            DomainError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            DomainError::Blocked => (StatusCode::FORBIDDEN, "blocked"),
            DomainError::AlreadyFriends => (StatusCode::CONFLICT, "already_friends"),
            DomainError::AlreadyRequested => (StatusCode::CONFLICT, "already_requested"),
            DomainError::NoFriendRequest => (StatusCode::NOT_FOUND, "no_friend_request"),
            DomainError::GroupFull { .. } => (StatusCode::CONFLICT, "group_full"),
            DomainError::BodyEmpty => (StatusCode::BAD_REQUEST, "body_empty"),
            DomainError::BodyTooLarge { .. } => (StatusCode::BAD_REQUEST, "body_too_large"),
            DomainError::InvalidArgument(_) => (StatusCode::BAD_REQUEST, "invalid_argument"),
            DomainError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            DomainError::Corrupt(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        Self::new(status, code, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        metrics::counter!("tern_http_errors_total", "code" => self.code).increment(1);
        let body = serde_json::json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}

/// A body that is not the JSON asked for gets the same error shape as everything else: 400
/// `invalid_json` whether it does not parse or misses a field or has a wrong type (axum would
/// say 422 for those), 415 when it is not sent as JSON at all.
impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(r: axum::extract::rejection::JsonRejection) -> Self {
        use axum::extract::rejection::JsonRejection;
        let status = match r {
            JsonRejection::JsonDataError(_) | JsonRejection::JsonSyntaxError(_) => StatusCode::BAD_REQUEST,
            ref other => other.status(),
        };
        Self::new(status, "invalid_json", r.body_text())
    }
}

impl From<axum::extract::rejection::QueryRejection> for ApiError {
    fn from(r: axum::extract::rejection::QueryRejection) -> Self {
        Self::bad_request(r.body_text())
    }
}
