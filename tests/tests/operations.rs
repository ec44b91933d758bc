//! What an operator relies on, against a real `tern` process: configuration errors named by
//! key, `/metrics` after real traffic, `/readyz`, the admin API (token, sessions, kick,
//! drain) and a drain that moves sessions with a GoAway and exits.

use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::Method;
use tern_client::Answer;
use tern_client::{ChatClient, Transport};
use tern_proto::v1::{ErrorCode, server_frame};
use tern_tests::{PASSWORD, TernProcess, connect, eventually, metric, signup, tern_binary};

/// The next frame that is not a delivery or presence event.
async fn next_control(client: &mut ChatClient) -> Option<server_frame::Kind> {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), client.next_event()).await.ok()?.ok()??;
        match frame.kind {
            Some(server_frame::Kind::Deliver(_) | server_frame::Kind::PresenceEvent(_)) => continue,
            other => return other,
        }
    }
}

#[test]
fn a_misspelled_config_key_stops_the_start_and_names_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tern.toml");
    std::fs::write(&file, "[gateway]\nregion = \"eu\"\n\n[limits]\nsend_rat = 5\n").unwrap();
    let out = Command::new(tern_binary())
        .args(["serve", "--config"])
        .arg(&file)
        .args(["--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "started anyway: {stderr}");
    assert!(stderr.contains("unknown key `limits.send_rat`"), "{stderr}");
    assert!(stderr.contains("did you mean `limits.send_rate`"), "{stderr}");
    assert!(!dir.path().join("store").exists(), "nothing was created before the refusal");

    // A bad value is named by key too.
    std::fs::write(&file, "[limits]\nsession_queue = -3\n").unwrap();
    let out = Command::new(tern_binary()).args(["config", "print", "--config"]).arg(&file).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("`limits.session_queue`"), "{stderr}");

    // The effective configuration, secrets masked, environment applied over the file.
    std::fs::write(&file, "[push]\npush_webhook = \"https://push.example/hook\"\n[limits]\nsend_rate = 5\n").unwrap();
    let out = Command::new(tern_binary())
        .args(["config", "print", "--config"])
        .arg(&file)
        .env("TERN_PUSH_SECRET", "hunter2")
        .env("TERN_SEND_BURST", "77")
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(printed.contains("send_rate = 5.0") && printed.contains("send_burst = 77"), "{printed}");
    assert!(printed.contains("push_secret = \"********\"") && !printed.contains("hunter2"), "{printed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_after_traffic_count_sends_deliveries_errors_and_latencies() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &["--region", "eu-test"]).await.unwrap();
    let rest = tern.rest();
    let (a, b) = (signup(&rest, "a", "d1").await, signup(&rest, "b", "d1").await);
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_wt = connect(&tern.gateway, Transport::WebTransport, &a, "d1").await;
    let mut b_ws = connect(&tern.gateway, Transport::WebSocket, &b, "d1").await;
    for i in 0..10 {
        let answer = a_wt.send_message(&ch, &format!("m{i}"), "hello").await.unwrap();
        assert!(matches!(answer, Answer::Ok(server_frame::Kind::Ack(_))), "{answer:?}");
        b_ws.next_delivery().await.unwrap();
    }
    assert_eq!(a_wt.send_message(&ch, "empty", "").await.unwrap().error_code(), Some(ErrorCode::BodyEmpty));

    let text = tern.scrape().await.unwrap();
    let at_least = |name: &str, labels: &[(&str, &str)], n: f64| {
        let v = metric(&text, name, labels);
        assert!(v >= Some(n), "{name}{labels:?} = {v:?}, expected at least {n}\n{text}");
    };
    at_least("tern_sends_total", &[("result", "stored")], 10.0);
    at_least("tern_deliveries_total", &[("path", "local")], 10.0);
    at_least("tern_errors_total", &[("code", "BODY_EMPTY")], 1.0);
    at_least("tern_frames_in_total", &[("type", "send")], 11.0);
    at_least("tern_frames_out_total", &[("type", "ack")], 10.0);
    at_least("tern_frames_out_total", &[("type", "deliver")], 10.0);
    at_least("tern_sessions", &[("transport", "webtransport"), ("region", "eu-test")], 1.0);
    at_least("tern_sessions", &[("transport", "websocket")], 1.0);
    at_least("tern_sessions_started_total", &[], 2.0);
    // Latency histograms, with buckets.
    at_least("tern_send_ack_seconds_count", &[], 10.0);
    at_least("tern_store_commit_seconds_count", &[], 10.0);
    at_least("tern_directory_lookup_seconds_count", &[], 10.0);
    at_least("tern_send_ack_seconds_bucket", &[("le", "+Inf")], 10.0);
    assert!(text.contains("# HELP tern_send_ack_seconds"), "described:\n{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_reports_each_dependency() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let ready = eventually("/readyz answers", Duration::from_secs(10), || async {
        rest.call(Method::GET, "/readyz", None, None).await.ok()
    })
    .await;
    assert_eq!(ready["ready"], true, "{ready}");
    assert_eq!(ready["store"]["ok"], true, "{ready}");
    assert_eq!(ready["directory"]["ok"], true, "{ready}");
    assert_eq!(ready["draining"], false, "{ready}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_api_needs_its_token_lists_sessions_and_kicks_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d1").await;
    let a_tablet = rest.login(a.user["username"].as_str().unwrap(), PASSWORD, "tablet").await.unwrap();
    let mut phone = connect(&tern.gateway, Transport::WebTransport, &a, "d1").await;
    let mut tablet = connect(&tern.gateway, Transport::WebSocket, &a_tablet, "tablet").await;

    // Without the token, or with another, nothing, on every route (the drain too: the
    // gateway must still be serving below).
    let http = tern_tests::plain_http_client();
    let user = a.user_id();
    let routes = [
        (Method::GET, "/admin/v1/stats".to_owned()),
        (Method::POST, "/admin/v1/drain".to_owned()),
        (Method::GET, format!("/admin/v1/users/{user}/sessions")),
        (Method::POST, format!("/admin/v1/users/{user}/devices/d1/kick")),
    ];
    for (method, path) in &routes {
        let url = format!("{}{path}", tern.admin_url());
        let bare = http.request(method.clone(), &url).send().await.unwrap().status();
        let guessed = http.request(method.clone(), &url).bearer_auth("guess").send().await.unwrap().status();
        assert_eq!((bare.as_u16(), guessed.as_u16()), (401, 401), "{method} {path}");
    }

    let (status, stats) = tern.admin(Method::GET, "/admin/v1/stats").await.unwrap();
    assert_eq!(status, 200);
    assert_eq!(stats["sessions"], 2, "{stats}");
    assert_eq!(stats["sessions_by_transport"]["webtransport"], 1, "{stats}");
    assert_eq!(stats["draining"], false);

    // Sessions of a user, by id or by @username.
    let username = a.user["username"].as_str().unwrap();
    for who in [a.user_id(), format!("@{username}")] {
        let (status, sessions) = tern.admin(Method::GET, &format!("/admin/v1/users/{who}/sessions")).await.unwrap();
        assert_eq!(status, 200, "{sessions}");
        let mut devices: Vec<&str> =
            sessions["here"].as_array().unwrap().iter().map(|s| s["device"].as_str().unwrap()).collect();
        devices.sort();
        assert_eq!(devices, ["d1", "tablet"], "{sessions}");
    }
    let (status, body) = tern.admin(Method::GET, "/admin/v1/users/@nobody-here/sessions").await.unwrap();
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("unknown_user")), "{body}");

    // Kick the phone: it is told why and closed; the tablet stays.
    let (status, body) = tern
        .admin(Method::POST, &format!("/admin/v1/users/{}/devices/d1/kick?reason=lost", a.user_id()))
        .await
        .unwrap();
    assert_eq!((status, body["kicked_here"].as_u64()), (200, Some(1)), "{body}");
    match next_control(&mut phone).await {
        Some(server_frame::Kind::Error(e)) => {
            assert_eq!(ErrorCode::try_from(e.code), Ok(ErrorCode::Kicked));
            assert!(e.fatal && e.message.contains("lost"), "{e:?}");
        }
        other => panic!("expected the kick's error frame, got {other:?}"),
    }
    assert!(phone.next_event().await.unwrap().is_none(), "closed after the kick");
    let heartbeat = tablet.request(tern_proto::v1::client_frame::Kind::Heartbeat(Default::default())).await.unwrap();
    assert!(matches!(heartbeat, Answer::Ok(server_frame::Kind::HeartbeatAck(_))), "the tablet is untouched");
    // Kicking a device that is not connected says so and changes nothing.
    let (status, body) =
        tern.admin(Method::POST, &format!("/admin/v1/users/{}/devices/d1/kick", a.user_id())).await.unwrap();
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("not_connected")), "{body}");
    let text = tern.scrape().await.unwrap();
    assert_eq!(metric(&text, "tern_kicked_total", &[]), Some(1.0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_drain_moves_sessions_in_batches_then_exits() {
    let dir = tempfile::tempdir().unwrap();
    // One session per batch, batches about 2 s apart: the second client is still connected
    // (and /readyz already says no) while the first has been told to move.
    let mut tern =
        TernProcess::start(dir.path(), &["--drain-batch", "1", "--drain-interval-ms", "2000"]).await.unwrap();
    let rest = tern.rest();
    let (a, b) = (signup(&rest, "a", "d1").await, signup(&rest, "b", "d1").await);
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_wt = connect(&tern.gateway, Transport::WebTransport, &a, "d1").await;
    let mut b_ws = connect(&tern.gateway, Transport::WebSocket, &b, "d1").await;
    assert!(matches!(a_wt.send_message(&ch, "m1", "before").await.unwrap(), Answer::Ok(_)));

    let started = Instant::now();
    let (status, body) = tern.admin(Method::POST, "/admin/v1/drain").await.unwrap();
    assert_eq!((status, body["draining"].as_bool()), (202, Some(true)), "{body}");
    // Whichever batch it is in, each client gets a GoAway and then the close; each is timed
    // on its own, so the spacing of the batches shows.
    async fn told(client: &mut ChatClient, started: Instant) -> Duration {
        match next_control(client).await {
            Some(server_frame::Kind::GoAway(g)) => assert_eq!(g.reason, "gateway draining"),
            other => panic!("expected GoAway, got {other:?}"),
        }
        let at = started.elapsed();
        assert!(client.next_event().await.unwrap().is_none(), "closed after the GoAway");
        at
    }
    // Meanwhile, before the second batch (at least 1 s away), the gateway says it is not ready.
    let not_ready = async {
        let status = eventually("/readyz refuses while draining", Duration::from_secs(1), || async {
            let err = rest.call(Method::GET, "/readyz", None, None).await.err()?;
            err.downcast::<tern_client::rest::ApiError>().ok().map(|e| e.status)
        })
        .await;
        assert_eq!(status, 503);
    };
    let (a_at, b_at, ()) = tokio::join!(told(&mut a_wt, started), told(&mut b_ws, started), not_ready);
    let gap = a_at.abs_diff(b_at);
    assert!(gap >= Duration::from_millis(900), "batches are spaced ({a_at:?}, {b_at:?})");
    let status = tokio::task::spawn_blocking(move || tern.wait_exit(Duration::from_secs(15))).await.unwrap().unwrap();
    assert!(status.success(), "exits cleanly after the drain: {status}");
}

/// No password, token or key reaches the log, at the most verbose filter the tests use: the
/// gateway is driven through sign-up, logins (right and wrong), REST calls, a session, the
/// admin API and a push to a signed webhook, and its whole log is searched for each secret.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_no_password_token_or_key() {
    let dir = tempfile::tempdir().unwrap();
    let (password, push_secret) = ("pw-sentinel-7Qx81", "push-sentinel-9Zr22");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/push", listener.local_addr().unwrap());
    let webhook = axum::Router::new().route("/push", axum::routing::post(|| async { "ok" }));
    tokio::spawn(async move { axum::serve(listener, webhook).await.unwrap() });
    let args = ["--push-webhook", &hook, "--push-secret", push_secret, "--push-coalesce-ms", "0"];
    let tern = TernProcess::start(dir.path(), &args).await.unwrap();
    let rest = tern.rest();
    let (name_a, name_b) = (tern_tests::username("a"), tern_tests::username("b"));
    let a = rest.signup(&name_a, password, "d1").await.unwrap();
    let b = rest.signup(&name_b, password, "d1").await.unwrap();
    assert!(rest.login(&name_a, "not-the-password", "d1").await.is_err());
    let a2 = rest.login(&name_a, password, "d2").await.unwrap();
    let chat = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut phone = connect(&tern.gateway, Transport::WebSocket, &a2, "d2").await;
    phone.send_message(&chat, "m1", "to an offline friend").await.unwrap();
    let (status, _) = tern.admin(Method::GET, "/admin/v1/stats").await.unwrap();
    assert_eq!(status, 200);
    eventually("the push sent", Duration::from_secs(20), || async {
        let text = tern.scrape().await.ok()?;
        (metric(&text, "tern_push_jobs_total", &[("event", "sent")])? >= 1.0).then_some(())
    })
    .await;
    drop(phone);
    let log = tern.log_text();
    assert!(log.contains("message stored"), "the log is the gateway's, at debug:\n{log}");
    let key = std::fs::read_to_string(dir.path().join("token.key")).unwrap_or_default();
    let secrets = [
        ("a password", password.to_owned()),
        ("a login token", a.token.clone()),
        ("a login token", a2.token.clone()),
        ("a login token", b.token.clone()),
        ("the admin token", tern.admin_token()),
        ("the push secret", push_secret.to_owned()),
        ("the token key", key.trim().to_owned()),
    ];
    for (what, secret) in secrets {
        assert!(!secret.is_empty(), "{what} known to the test");
        // Tokens are long: their signature half alone would be as bad.
        let needle = &secret[secret.len().saturating_sub(24)..];
        assert!(!log.contains(needle), "{what} is in the log");
    }
}
