//! The web page, its modules and the client library: built into the binary (the same in debug
//! and release builds), or read from `--web-dir` at each request while the page is worked on.

use std::borrow::Cow;
use std::path::{Component, Path};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::context::Gateway;

/// `web/index.html`, `web/app/**` and `web/dist/tern-client.js`, as the build found them.
#[derive(rust_embed::Embed)]
#[folder = "../web/"]
#[include = "index.html"]
#[include = "app/*"]
#[include = "app/**/*"]
#[include = "dist/tern-client.js"]
#[exclude = "app/README.md"]
struct WebAssets;

pub async fn page(State(gw): State<Arc<Gateway>>, headers: HeaderMap) -> Response {
    asset(&gw, "index.html", &headers)
}

pub async fn client_js(State(gw): State<Arc<Gateway>>, headers: HeaderMap) -> Response {
    asset(&gw, "dist/tern-client.js", &headers)
}

/// `/app/<path>`: the page's modules and styles.
pub async fn app(State(gw): State<Arc<Gateway>>, UrlPath(path): UrlPath<String>, headers: HeaderMap) -> Response {
    // Only plain relative names: `..`, absolute paths and the like never reach the disk.
    let plain = Path::new(&path).components().all(|c| matches!(c, Component::Normal(_)));
    if !plain || path.is_empty() {
        return not_found();
    }
    asset(&gw, &format!("app/{path}"), &headers)
}

fn not_found() -> Response {
    super::error::ApiError::not_found("not_found", "no such file").into_response()
}

/// One asset with its type and an entity tag, so a browser revalidates instead of downloading
/// it again (`no-cache`: always asked, usually answered 304).
fn asset(gw: &Gateway, path: &str, headers: &HeaderMap) -> Response {
    let (body, tag): (Cow<'static, [u8]>, String) = match &gw.web_dir {
        Some(dir) => match std::fs::read(dir.join(path)) {
            Ok(bytes) => {
                let tag = hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(&bytes)[..12]);
                (Cow::Owned(bytes), tag)
            }
            Err(_) => return not_found(),
        },
        None => match WebAssets::get(path) {
            Some(file) => (file.data, hex::encode(&file.metadata.sha256_hash()[..12])),
            None => return not_found(),
        },
    };
    let etag = format!("\"{tag}\"");
    let mime = mime_of(path);
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let matches = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v == etag);
    let etag = HeaderValue::from_str(&etag).expect("hex in quotes");
    if matches {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache]).into_response();
    }
    ([(header::CONTENT_TYPE, HeaderValue::from_static(mime)), (header::ETAG, etag), cache], body).into_response()
}

fn mime_of(path: &str) -> &'static str {
    match Path::new(path).extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json" | "webmanifest") => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_and_the_client_library_are_built_in() {
        assert!(WebAssets::get("index.html").is_some());
        assert!(WebAssets::get("dist/tern-client.js").is_some());
        assert!(WebAssets::get("package.json").is_none(), "only the page's files");
        assert_eq!(mime_of("app/chat.js"), "text/javascript; charset=utf-8");
    }
}
