//! Offline push: a webhook receiver in the test gets one signed notification for a burst of
//! messages, and gets it again after answering 500 the first time; a burst read on another
//! device before it is due is not sent.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tern_client::{ChatClient, Connection, Transport};
use tern_tests::{TernProcess, eventually, username};

#[derive(Default)]
struct Received {
    calls: Vec<(serde_json::Value, bool)>,
}

/// A gateway that pushes to `webhook` (served on loopback), users a (online, over WebSocket)
/// and b (never online), and their 1:1 chat.
struct Rig {
    tern: TernProcess,
    a: tern_client::rest::Login,
    b: tern_client::rest::Login,
    chat: String,
    a_ws: ChatClient,
    _dir: tempfile::TempDir,
}

async fn rig(webhook: Router, extra: &[&str]) -> Rig {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/push", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, webhook).await.unwrap() });
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["--push-webhook", hook.as_str()];
    args.extend_from_slice(extra);
    let tern = TernProcess::start(dir.path(), &args).await.unwrap();
    let rest = tern.rest();
    let a = rest.signup(&username("a"), "correct horse", "d").await.unwrap();
    let b = rest.signup(&username("b"), "correct horse", "d").await.unwrap();
    let chat = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_ws = ChatClient::new(Connection::connect(Transport::WebSocket, &tern.gateway).await.unwrap());
    a_ws.authenticate(&a.token, "d").await.unwrap();
    Rig { tern, a, b, chat, a_ws, _dir: dir }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_recipient_gets_a_signed_push_with_retry() {
    let secret = "webhook-secret";
    let received = Arc::new(Mutex::new(Received::default()));
    let state = received.clone();
    let app = Router::new().route(
        "/push",
        post(move |headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            async move {
                let sig = headers.get("x-tern-signature").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
                let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
                mac.update(&body);
                let valid = sig == format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
                let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
                let mut s = state.lock().unwrap();
                s.calls.push((json, valid));
                // Fail the first delivery so the gateway must retry.
                if s.calls.len() == 1 { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::OK }
            }
        }),
    );
    let Rig { tern, a, b, chat: ch, mut a_ws, .. } = rig(app, &["--push-secret", secret]).await;
    for (i, body) in ["hello", "it's me", "are you there?"].into_iter().enumerate() {
        a_ws.send_message(&ch, &format!("m{i}"), body).await.unwrap();
    }

    eventually("two webhook calls", Duration::from_secs(20), || async {
        (received.lock().unwrap().calls.len() >= 2).then_some(())
    })
    .await;
    let calls = &received.lock().unwrap().calls;
    assert_eq!(calls.len(), 2, "one failed attempt, one retry; log:\n{}", tern.log_text());
    for (job, valid) in calls {
        assert!(valid, "signature checks out");
        assert_eq!(job["user_id"], b.user_id());
        assert_eq!(job["channel_id"], ch);
        assert_eq!(job["seq"], 3, "the burst's newest message");
        assert_eq!(job["preview"], "are you there?");
        assert_eq!(
            (job["count"].as_u64(), job["unread"].as_u64(), job["channel_unread"].as_u64()),
            (Some(3), Some(3), Some(3))
        );
    }
    assert_eq!(calls[0].0["job_id"], calls[1].0["job_id"], "the same job retried");
    assert_eq!((calls[0].0["attempt"].as_u64(), calls[1].0["attempt"].as_u64()), (Some(1), Some(2)));
    // The sender was online: no job for them.
    assert!(calls.iter().all(|(j, _)| j["user_id"] != a.user_id()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_read_before_it_is_due_is_not_sent() {
    let received = Arc::new(Mutex::new(0usize));
    let count = received.clone();
    let app = Router::new().route(
        "/push",
        post(move || {
            let count = count.clone();
            async move {
                *count.lock().unwrap() += 1;
                StatusCode::OK
            }
        }),
    );
    let Rig { tern, b, chat: ch, mut a_ws, .. } = rig(app, &["--push-coalesce-ms", "3000"]).await;
    let rest = tern.rest();
    a_ws.send_message(&ch, "m1", "seen already").await.unwrap();
    // b reads it (over REST, so b never comes online) before the burst is due.
    let read = serde_json::json!({"seq": 1});
    rest.call(tern_client::rest::Method::PUT, &format!("/v1/channels/{ch}/read"), Some(&b.token), Some(read))
        .await
        .unwrap();
    eventually("the burst skipped", Duration::from_secs(20), || async {
        let text = tern.scrape().await.ok()?;
        (tern_tests::metric(&text, "tern_push_jobs_total", &[("event", "skipped")])? >= 1.0).then_some(())
    })
    .await;
    assert_eq!(*received.lock().unwrap(), 0, "nothing sent for a read message");
}
