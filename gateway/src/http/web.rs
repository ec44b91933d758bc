//! The web page and its client library, built into the binary or read from `--web-dir`.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use std::sync::Arc;

use crate::context::Gateway;

pub async fn page(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let body = web_file(&gw, "index.html", include_str!("../../../web/index.html"));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body)
}

pub async fn client_js(State(gw): State<Arc<Gateway>>) -> impl IntoResponse {
    let body = web_file(&gw, "dist/tern-client.js", include_str!("../../../web/dist/tern-client.js"));
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], body)
}

/// A web asset from --web-dir when given (read at each request), else the built-in copy.
fn web_file(gw: &Gateway, path: &str, built_in: &'static str) -> String {
    match &gw.web_dir {
        Some(dir) => std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| format!("/* {path}: {e} */")),
        None => built_in.to_owned(),
    }
}
