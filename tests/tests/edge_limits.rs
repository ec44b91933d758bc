//! The edge under stress and change: certificates replaced on disk, connection floods from
//! one address, login attempts against one account and from one address, and a client that
//! stops reading.

use std::time::{Duration, Instant};

use tern_client::Answer;
use tern_client::rest::ApiError;
use tern_client::{ChatClient, Connection, Event, GatewayAddr, RestClient, Transport};
use tern_proto::v1::{ClientFrame, ErrorCode, Heartbeat, ServerFrame, client_frame, server_frame};
use tern_tests::{TernProcess, eventually, metric, username};

fn write_cert(dir: &std::path::Path) -> [u8; 32] {
    // 13 days: clients pinning by hash (as browsers do) accept at most 14.
    let (cert, key, hash) = tern_certs::self_signed_pem(&["localhost", "127.0.0.1"], 13).unwrap();
    // Write to temporary names, then rename: the reloader must never see half a file.
    std::fs::write(dir.join("cert.pem.tmp"), cert).unwrap();
    std::fs::write(dir.join("key.pem.tmp"), key).unwrap();
    std::fs::rename(dir.join("key.pem.tmp"), dir.join("key.pem")).unwrap();
    std::fs::rename(dir.join("cert.pem.tmp"), dir.join("cert.pem")).unwrap();
    // Modification times have a resolution: dated ahead, the new files always look newer
    // than the ones they replace.
    let ahead = std::time::SystemTime::now() + Duration::from_secs(5 * 60);
    for name in ["cert.pem", "key.pem"] {
        std::fs::File::options().write(true).open(dir.join(name)).unwrap().set_modified(ahead).unwrap();
    }
    hash
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pem_certificate_is_reloaded_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_cert(dir.path());
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    let args = ["--tls-cert", cert.to_str().unwrap(), "--tls-key", key.to_str().unwrap()];
    let tern = TernProcess::start_with(dir.path(), &args, Some(first)).await.unwrap();
    let pid = tern.pid();
    // Both listeners serve the first certificate.
    let login = tern.rest().signup(&username("a"), "correct horse", "d").await.unwrap();
    let mut wt = ChatClient::new(Connection::connect(Transport::WebTransport, &tern.gateway).await.unwrap());
    wt.authenticate(&login.token, "d").await.unwrap();

    let second = write_cert(dir.path());
    let next = GatewayAddr { url: tern.gateway.url.clone(), cert_sha256: second };
    eventually("the new certificate is served on both listeners", Duration::from_secs(15), || async {
        let https =
            RestClient::new(next.clone()).unwrap().call(tern_client::rest::Method::GET, "/healthz", None, None).await;
        let quic = Connection::connect(Transport::WebTransport, &next).await;
        (https.is_ok() && quic.is_ok()).then_some(())
    })
    .await;
    assert_eq!(tern.pid(), pid, "same process: no restart");
    // The session opened before the reload is unaffected.
    let ping = wt.request(client_frame::Kind::Heartbeat(Heartbeat {})).await.unwrap();
    assert!(matches!(ping, Answer::Ok(server_frame::Kind::HeartbeatAck(_))));
    // And the old certificate is no longer served to new connections.
    let old = GatewayAddr { url: tern.gateway.url.clone(), cert_sha256: first };
    assert!(Connection::connect(Transport::WebSocket, &old).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_connections_from_one_address_are_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &["--conn-rate", "0.5", "--conn-burst", "3"]).await.unwrap();
    let mut accepted = Vec::new();
    for _ in 0..3 {
        accepted.push(Connection::connect(Transport::WebSocket, &tern.gateway).await.expect("within the burst"));
    }
    // The fourth is refused before any upgrade, with a typed JSON error.
    let err = Connection::connect(Transport::WebSocket, &tern.gateway).await.err().expect("refused");
    assert!(format!("{err:#}").contains("429"), "{err:#}");
    let err = Connection::connect(Transport::WebTransport, &tern.gateway).await.err().expect("refused over QUIC too");
    assert!(format!("{err:#}").to_lowercase().contains("429") || format!("{err:#}").contains("rejected"), "{err:#}");
    let metrics = tern.scrape().await.unwrap();
    assert!(metric(&metrics, "tern_errors_total", &[("code", "CONNECTION_RATE_LIMITED")]) >= Some(2.0), "{metrics}");
    let e = tern.rest().signup("x", "short", "d").await.unwrap_err().downcast::<ApiError>().unwrap();
    assert_eq!(e.code, "invalid_argument", "REST is not a connection upgrade: not limited");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_that_stops_reading_is_closed_without_slowing_the_sender() {
    const MESSAGES: usize = 300;
    let dir = tempfile::tempdir().unwrap();
    let dev = format!("127.0.0.1:{}", tern_tests::free_port());
    let args = ["--write-timeout-secs", "3", "--send-rate", "10000", "--send-burst", "10000", "--dev-http", &dev];
    let tern = TernProcess::start(dir.path(), &args).await.unwrap();
    let rest = tern.rest();
    let plain = GatewayAddr { url: format!("http://{dev}"), cert_sha256: tern.gateway.cert_sha256 };
    // Over TLS and over plain ws:// (the dev listener): the same goodbye on both. The queue
    // (1,024 frames) outlasts the socket, so the write times out first.
    for (round, gateway) in [&tern.gateway, &plain].into_iter().enumerate() {
        let a = rest.signup(&username("a"), "correct horse", "d").await.unwrap();
        let b = rest.signup(&username("b"), "correct horse", "d").await.unwrap();
        let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
        let mut sender = ChatClient::new(Connection::connect(Transport::WebSocket, gateway).await.unwrap());
        sender.authenticate(&a.token, "d").await.unwrap();
        let mut stalled = ChatClient::new(Connection::connect(Transport::WebSocket, gateway).await.unwrap());
        stalled.authenticate(&b.token, "d").await.unwrap();
        // B stops reading, but goes on sending heartbeats (as an app whose reading stalled
        // does). A sends far more than B's socket buffers hold.
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let heartbeats = tokio::spawn(async move {
            for _ in 0..300 {
                if stopped.try_recv().is_ok() {
                    break;
                }
                let beat = ClientFrame { request_id: 0, kind: Some(client_frame::Kind::Heartbeat(Heartbeat {})) };
                if stalled.conn.send(&beat).await.is_err() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            stalled
        });
        let body = "x".repeat(60_000);
        let start = Instant::now();
        for i in 0..MESSAGES {
            let answer = sender.send_message(&ch, &format!("m{i}"), &body).await.unwrap();
            assert!(matches!(answer, Answer::Ok(server_frame::Kind::Ack(_))), "{answer:?}");
        }
        let sending = start.elapsed();
        assert!(sending < Duration::from_secs(30), "the sender was not held up by the stalled reader ({sending:?})");
        // B's session is found slow within the write timeout (plus slack).
        eventually("the session is found slow", Duration::from_secs(20), || async {
            let text = tern.scrape().await.unwrap();
            (metric(&text, "tern_slow_consumer_total", &[]) > Some(round as f64)).then_some(())
        })
        .await;
        stop.send(()).unwrap();
        let mut stalled = heartbeats.await.unwrap();
        // When B reads again (within the goodbye), it gets what was buffered, then why the
        // session ends, then a Close frame: no bare reset.
        let mut got = 0;
        let last_error = loop {
            match stalled.conn.next_event().await.unwrap() {
                Event::Frame(frame) => match frame.kind {
                    Some(server_frame::Kind::Error(e)) => break e,
                    _ => got += 1,
                },
                other => panic!("the session ended without saying why, after {got} frames: {other:?}"),
            }
        };
        assert_eq!(last_error.code(), ErrorCode::SlowConsumer, "{last_error:?}");
        assert!(last_error.fatal);
        match stalled.conn.next_event().await.unwrap() {
            Event::Closed { code, .. } => assert_eq!(code, Some(1013), "try again later"),
            other => panic!("expected a Close frame after SLOW_CONSUMER, got {other:?}"),
        }
        assert!(got < MESSAGES, "B was cut off rather than sent everything ({got} frames)");
        // It reconnects and catches up by cursor: nothing is lost.
        let mut again = ChatClient::new(Connection::connect(Transport::WebSocket, gateway).await.unwrap());
        let caught_up = again.authenticate(&b.token, "d").await.unwrap();
        assert_eq!(caught_up.len(), MESSAGES);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_websocket_message_over_the_frame_limit_is_answered_before_the_close() {
    let dir = tempfile::tempdir().unwrap();
    let dev = format!("127.0.0.1:{}", tern_tests::free_port());
    let tern = TernProcess::start(dir.path(), &["--max-frame-bytes", "4096", "--dev-http", &dev]).await.unwrap();
    let plain = GatewayAddr { url: format!("http://{dev}"), cert_sha256: tern.gateway.cert_sha256 };
    let login = tern_tests::signup(&tern.rest(), "big", "d").await;
    for gateway in [&tern.gateway, &plain] {
        // Just over the limit (read whole, then refused), and far over it (refused at its
        // header, its body left unread): both say FRAME_TOO_LARGE, then close.
        for size in [4097, 64 * 1024] {
            let mut client = ChatClient::new(Connection::connect(Transport::WebSocket, gateway).await.unwrap());
            client.authenticate(&login.token, "d").await.unwrap();
            client.conn.send_raw(&vec![0u8; size]).await.unwrap();
            let error = loop {
                match client.conn.next_event().await.unwrap() {
                    Event::Frame(ServerFrame { kind: Some(server_frame::Kind::Error(e)), .. }) => break e,
                    Event::Frame(_) => continue,
                    other => panic!("{size} bytes over {}: the session ended without an error: {other:?}", gateway.url),
                }
            };
            assert_eq!(error.code(), ErrorCode::FrameTooLarge, "{error:?}");
            assert!(error.fatal && error.message.contains("4096"), "{error:?}");
            match client.conn.next_event().await.unwrap() {
                Event::Closed { code, .. } => assert_eq!(code, Some(1002), "protocol error"),
                other => panic!("{size} bytes over {}: expected a Close frame, got {other:?}", gateway.url),
            }
        }
    }
}

/// Failed logins are limited per account (past the limit even the right password is refused
/// until the bucket refills, so guessing is slow), and attempts per address across accounts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_logins_lock_the_account_for_a_while_and_addresses_are_limited() {
    let dir = tempfile::tempdir().unwrap();
    let limits = [
        "--login-failure-burst",
        "3",
        "--login-failures-per-minute",
        "1",
        "--login-burst",
        "8",
        "--login-rate",
        "0.01",
    ];
    let tern = TernProcess::start(dir.path(), &limits).await.unwrap();
    let rest = tern.rest();
    let (victim, other) = (username("victim"), username("other"));
    rest.signup(&victim, "correct horse", "d").await.unwrap();
    rest.signup(&other, "correct horse", "d").await.unwrap();
    let refused = |e: anyhow::Error| {
        let e = e.downcast::<ApiError>().expect("an API error");
        (e.status, e.code)
    };
    for _ in 0..3 {
        let wrong = rest.login(&victim, "wrong horse", "d").await.unwrap_err();
        assert_eq!(refused(wrong), (401, "bad_credentials".to_owned()));
    }
    let locked = rest.login(&victim, "correct horse", "d").await.unwrap_err();
    assert_eq!(refused(locked), (429, "too_many_attempts".to_owned()), "the right password too, for now");
    rest.login(&other, "correct horse", "d").await.expect("another account is not locked");
    // Five attempts from this address so far, of its burst of 8.
    for i in 0..3 {
        let unknown = rest.login(&format!("nobody{i}"), "whatever1", "d").await.unwrap_err();
        assert_eq!(refused(unknown).0, 401);
    }
    let flooded = rest.login(&other, "correct horse", "d").await.unwrap_err();
    assert_eq!(refused(flooded), (429, "too_many_attempts".to_owned()), "this address is out of attempts");
    let text = tern.scrape().await.unwrap();
    assert_eq!(metric(&text, "tern_errors_total", &[("code", "LOGIN_RATE_LIMITED")]), Some(2.0));
}
