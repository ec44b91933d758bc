//! REST request bodies: the bytes of a request to each route that takes a JSON body, through
//! the gateway's own extractor (`http::JsonObject`) and the checks the handler makes before it
//! touches the store (the domain's validators). Every body is accepted as a value or refused
//! with a typed 4xx error (`invalid_json`, `invalid_argument`, ...): never a 5xx, never a
//! panic; a refused profile update leaves the profile as it was.

#![no_main]

use arbitrary::Arbitrary;
use axum::body::Body;
use axum::extract::FromRequest;
use axum::http::Request;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use tern_domain::model::{
    ProfileUpdate, User, UserId, group_name, validate_device_id, validate_display_name, validate_password,
    validate_username,
};
use tern_gateway::http::JsonObject;
use tern_gateway::http::auth::{LoginRequest, SignupRequest};
use tern_gateway::http::channels::{DirectRequest, GroupRequest, MemberRequest, ReadRequest, RenameRequest};
use tern_gateway::http::error::ApiError;

#[derive(Arbitrary, Debug)]
enum Route {
    Signup,
    Login,
    Profile,
    Direct,
    Group,
    Member,
    Rename,
    Read,
}

#[derive(Arbitrary, Debug)]
enum ContentType {
    Json,
    JsonCharset,
    Text,
    None,
}

fuzz_target!(|input: (Route, ContentType, &[u8])| {
    let (route, content_type, body) = input;
    let outcome = match route {
        Route::Signup => extract::<SignupRequest>(&content_type, body).and_then(|r| {
            validate_device_id(&r.device_id)?;
            validate_password(&r.password)?;
            validate_username(&r.username)?;
            Ok(validate_display_name(&r.display_name)?)
        }),
        Route::Login => extract::<LoginRequest>(&content_type, body).and_then(|r| Ok(validate_device_id(&r.device_id)?)),
        Route::Profile => extract::<ProfileUpdate>(&content_type, body).and_then(|update| {
            let before = User {
                id: UserId::from("u1"),
                username: "ann".into(),
                display_name: "Ann".into(),
                created_at_ms: 1,
                send_receipts: true,
            };
            let mut user = before.clone();
            let applied = update.apply(&mut user);
            if applied.is_err() {
                assert_eq!(user, before, "a refused update changed the profile");
            }
            Ok(applied?)
        }),
        Route::Direct => extract::<DirectRequest>(&content_type, body).map(drop),
        Route::Group => extract::<GroupRequest>(&content_type, body).and_then(|r| Ok(group_name(&r.name).map(drop)?)),
        Route::Member => extract::<MemberRequest>(&content_type, body).map(drop),
        Route::Rename => extract::<RenameRequest>(&content_type, body).and_then(|r| Ok(group_name(&r.name).map(drop)?)),
        Route::Read => extract::<ReadRequest>(&content_type, body).map(drop),
    };
    if let Err(e) = outcome {
        assert!(e.status.is_client_error(), "{} {}: {}", e.status, e.code, e.message);
        assert!(!e.code.is_empty() && !e.message.is_empty());
    }
});

/// The body through the gateway's extractor, as axum hands it a request.
fn extract<T: DeserializeOwned>(content_type: &ContentType, body: &[u8]) -> Result<T, ApiError> {
    let mut request = Request::builder().method("POST").uri("/v1/x");
    match content_type {
        ContentType::Json => request = request.header("content-type", "application/json"),
        ContentType::JsonCharset => request = request.header("content-type", "application/json; charset=utf-8"),
        ContentType::Text => request = request.header("content-type", "text/plain"),
        ContentType::None => {}
    }
    let request = request.body(Body::from(body.to_vec())).expect("a request");
    let extracted = futures_executor::block_on(JsonObject::<T>::from_request(request, &()));
    extracted.map(|JsonObject(value)| value)
}
