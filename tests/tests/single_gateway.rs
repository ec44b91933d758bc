//! One real `tern` process, real clients over WebTransport (QUIC) and WebSocket (TLS).

use std::time::Duration;

use tern_client::Answer;
use tern_client::rest::{ApiError, Method};
use tern_client::{ChatClient, Connection, RestClient, Transport};
use tern_proto::v1::{self, ErrorCode, HistoryAnchor, client_frame, server_frame};
use tern_tests::{PASSWORD, TernProcess, ack_seq, befriend, connect, metric, signup};

async fn last_seq(rest: &RestClient, token: &str, channel: &str) -> u64 {
    rest.history(token, channel, "anchor=latest&limit=1").await.expect("history")["last_seq"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chat_over_both_transports_and_catch_up_by_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "a-laptop").await;
    let b = signup(&rest, "b", "b-phone").await;
    let c = signup(&rest, "c", "c-phone").await;
    let direct = rest.open_direct(&a.token, &b.user_id()).await.unwrap();

    let mut a_wt = connect(&tern.gateway, Transport::WebTransport, &a, "a-laptop").await;
    let mut b_ws = connect(&tern.gateway, Transport::WebSocket, &b, "b-phone").await;

    let seq = ack_seq(&a_wt.send_message(&direct, "a1", "hello over QUIC").await.unwrap());
    assert_eq!(seq, 1);
    let got = b_ws.next_delivery().await.unwrap();
    assert_eq!((got.seq, got.body.as_str(), got.sender_id.clone()), (1, "hello over QUIC", a.user_id()));
    assert_eq!(ack_seq(&b_ws.send_message(&direct, "b1", "hello over TLS").await.unwrap()), 2);
    assert_eq!(a_wt.next_delivery().await.unwrap().body, "hello over TLS");

    let group = rest.create_group(&a.token, "trio", &[b.user_id(), c.user_id()]).await.unwrap();
    let mut c_ws = connect(&tern.gateway, Transport::WebSocket, &c, "c-phone").await;
    ack_seq(&a_wt.send_message(&group, "g1", "hi group").await.unwrap());
    ack_seq(&c_ws.send_message(&group, "g2", "hi from c").await.unwrap());
    for client in [&mut b_ws] {
        let first = client.next_delivery().await.unwrap();
        let second = client.next_delivery().await.unwrap();
        assert_eq!((first.seq, second.seq), (1, 2), "group order by seq");
    }
    assert_eq!(c_ws.next_delivery().await.unwrap().body, "hi group");
    assert_eq!(a_wt.next_delivery().await.unwrap().body, "hi from c");

    // B's second device was never online: it catches up by cursor, every message once, in order.
    let b2_login = rest.login(b.user["username"].as_str().unwrap(), PASSWORD, "b-tablet").await.unwrap();
    let conn = Connection::connect(Transport::WebTransport, &tern.gateway).await.unwrap();
    let mut b2 = ChatClient::new(conn);
    let caught_up = b2.authenticate(&b2_login.token, "b-tablet").await.unwrap();
    let seen: Vec<(String, u64)> = caught_up
        .iter()
        .map(|e| {
            let m = e.message.as_ref().unwrap();
            (m.channel_id.clone(), m.seq)
        })
        .collect();
    assert_eq!(seen, vec![(direct.clone(), 1), (direct.clone(), 2), (group.clone(), 1), (group.clone(), 2)]);
    let cursors: Vec<_> = caught_up.iter().map(|e| e.cursor.clone()).collect();
    assert!(cursors.windows(2).all(|w| w[0] < w[1]), "cursors increase");

    // Then live, once.
    ack_seq(&a_wt.send_message(&direct, "a2", "live again").await.unwrap());
    let live = b2.next_delivery().await.unwrap();
    assert_eq!((live.seq, live.body.as_str()), (3, "live again"));
    assert_eq!(b_ws.next_delivery().await.unwrap().seq, 3, "both of B's devices get it");
    assert!(b2.quiet_for(Duration::from_millis(300)).await.unwrap().is_none(), "no duplicate");

    // Reconnecting with the cursor returns nothing already seen.
    let cursor = b2.cursor.clone();
    let mut b2_again = ChatClient::new(Connection::connect(Transport::WebSocket, &tern.gateway).await.unwrap());
    b2_again.cursor = cursor;
    assert!(b2_again.authenticate(&b2_login.token, "b-tablet").await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resend_with_the_same_client_msg_id_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let b = signup(&rest, "b", "d").await;
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_ws = connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    let first = a_ws.send_message(&ch, "same-id", "once").await.unwrap();
    let again = a_ws.send_message(&ch, "same-id", "once").await.unwrap();
    let (Answer::Ok(server_frame::Kind::Ack(x)), Answer::Ok(server_frame::Kind::Ack(y))) = (first, again) else {
        panic!("acks")
    };
    assert_eq!((x.seq, x.duplicate), (1, false));
    assert_eq!((y.seq, y.duplicate), (1, true));
    // Even from another transport and session.
    let mut a_wt = connect(&tern.gateway, Transport::WebTransport, &a, "d").await;
    assert_eq!(ack_seq(&a_wt.send_message(&ch, "same-id", "once").await.unwrap()), 1);
    assert_eq!(last_seq(&rest, &a.token, &ch).await, 1, "stored once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_typed_errors_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let b = signup(&rest, "b", "d").await;
    let eve = signup(&rest, "e", "d").await;
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_ws = connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    ack_seq(&a_ws.send_message(&ch, "ok", "the only message").await.unwrap());

    // Session-level errors, over both transports.
    for transport in [Transport::WebSocket, Transport::WebTransport] {
        let mut s = connect(&tern.gateway, transport, &a, "d").await;
        let cases: Vec<(String, String, ErrorCode)> = vec![
            (ch.clone(), "x".repeat(100_001), ErrorCode::BodyTooLarge),
            (ch.clone(), String::new(), ErrorCode::BodyEmpty),
            ("g0000000000000000".into(), "hi".into(), ErrorCode::UnknownChannel),
        ];
        for (channel, body, code) in cases {
            let answer = s.send_message(&channel, "bad", &body).await.unwrap();
            assert_eq!(answer.error_code(), Some(code), "{transport:?}");
        }
        let mut eve_s = connect(&tern.gateway, transport, &eve, "d").await;
        assert_eq!(eve_s.send_message(&ch, "intrude", "hi").await.unwrap().error_code(), Some(ErrorCode::NotAMember));
        // Garbage bytes: a malformed frame is answered and the session goes on.
        let garbage: &[u8] = match transport {
            Transport::WebSocket => &[0xff, 0xff, 0xff],
            Transport::WebTransport => &[3, 0xff, 0xff, 0xff],
        };
        s.conn.send_raw(garbage).await.unwrap();
        let err = s.next_event().await.unwrap().unwrap();
        let Some(server_frame::Kind::Error(e)) = err.kind else { panic!("error frame expected, got {err:?}") };
        assert_eq!(ErrorCode::try_from(e.code), Ok(ErrorCode::MalformedFrame));
        let ok = s.request(client_frame::Kind::Heartbeat(v1::Heartbeat {})).await.unwrap();
        assert!(matches!(ok, Answer::Ok(server_frame::Kind::HeartbeatAck(_))), "still usable after a malformed frame");
    }

    // Tokens: garbage, expired (signed with the gateway's own key), another device's.
    let key = std::fs::read_to_string(dir.path().join("token.key")).unwrap();
    let issuer = tern_domain::token::TokenIssuer::from_seed(hex::decode(key.trim()).unwrap().try_into().unwrap());
    let expired = issuer.issue(&tern_domain::token::Claims::client(
        tern_domain::UserId(a.user_id()),
        tern_domain::DeviceId::from("d"),
        1_000,
    ));
    for (token, device, code) in [
        ("not-a-token".to_owned(), "d", ErrorCode::BadToken),
        (expired, "d", ErrorCode::TokenExpired),
        (a.token.clone(), "someone-elses-device", ErrorCode::BadToken),
    ] {
        let mut s = ChatClient::new(Connection::connect(Transport::WebTransport, &tern.gateway).await.unwrap());
        let err = s.authenticate(&token, device).await.unwrap_err().to_string();
        assert!(err.contains(&format!("({})", code as i32)), "{err}");
        assert!(s.next_event().await.unwrap().is_none(), "the session is closed after a bad token");
    }
    // Frames before authentication.
    let mut s = ChatClient::new(Connection::connect(Transport::WebSocket, &tern.gateway).await.unwrap());
    let answer = s.send_message(&ch, "early", "hi").await.unwrap();
    assert_eq!(answer.error_code(), Some(ErrorCode::NotAuthenticated));

    // REST errors are typed JSON too.
    let e = rest.signup("No Caps Or Spaces", PASSWORD, "d").await.unwrap_err().downcast::<ApiError>().unwrap();
    assert_eq!((e.status, e.code.as_str()), (400, "invalid_argument"));
    let e = rest
        .login(a.user["username"].as_str().unwrap(), "wrong password", "d")
        .await
        .unwrap_err()
        .downcast::<ApiError>()
        .unwrap();
    assert_eq!((e.status, e.code.as_str()), (401, "bad_credentials"));
    let e = rest.history(&eve.token, &ch, "anchor=latest").await.unwrap_err().downcast::<ApiError>().unwrap();
    assert_eq!((e.status, e.code.as_str()), (403, "not_a_member"));
    let e = rest.history("forged", &ch, "").await.unwrap_err().downcast::<ApiError>().unwrap();
    assert_eq!((e.status, e.code.as_str()), (401, "bad_token"));

    // Nothing of the above was stored.
    let page = rest.history(&a.token, &ch, "anchor=latest").await.unwrap();
    assert_eq!(page["last_seq"], 1);
    assert_eq!(page["messages"][0]["body"], "the only message");
    // The refusals were counted.
    let metrics = tern.scrape().await.unwrap();
    for code in ["BODY_TOO_LARGE", "NOT_A_MEMBER", "MALFORMED_FRAME", "BAD_TOKEN"] {
        assert!(metric(&metrics, "tern_errors_total", &[("code", code)]) >= Some(1.0), "{code} counted:\n{metrics}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_keeps_every_acknowledged_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let b = signup(&rest, "b", "d").await;
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut a_wt = connect(&tern.gateway, Transport::WebTransport, &a, "d").await;
    for i in 1..=20u64 {
        assert_eq!(ack_seq(&a_wt.send_message(&ch, &format!("m{i}"), &format!("body {i}")).await.unwrap()), i);
    }
    drop(a_wt);
    tern.restart().await.unwrap(); // SIGKILL, then start again on the same data
    let rest = tern.rest();
    let page = rest.history(&b.token, &ch, "anchor=latest&limit=50").await.unwrap();
    let bodies: Vec<_> =
        page["messages"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap().to_owned()).collect();
    assert_eq!(bodies, (1..=20).map(|i| format!("body {i}")).collect::<Vec<_>>());
    // Tokens survive (same key), dedupe survives, seqs continue.
    let mut a_ws = connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    assert_eq!(ack_seq(&a_ws.send_message(&ch, "m20", "body 20").await.unwrap()), 20);
    assert_eq!(ack_seq(&a_ws.send_message(&ch, "m21", "body 21").await.unwrap()), 21);
    let mut b_wt = connect(&tern.gateway, Transport::WebTransport, &b, "d").await;
    let h = b_wt.history(&ch, HistoryAnchor::Around, 10, 4).await.unwrap();
    let Answer::Ok(server_frame::Kind::History(h)) = h else { panic!("history page") };
    assert_eq!(h.messages.iter().map(|m| m.seq).collect::<Vec<_>>(), vec![8, 9, 10, 11]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn friends_see_presence_change() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let b = signup(&rest, "b", "d").await;
    befriend(&rest, &a, &b).await;
    let mut a_ws = connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    let b_wt = connect(&tern.gateway, Transport::WebTransport, &b, "d").await;
    let presence = |f: Option<tern_proto::ServerFrame>| match f.and_then(|f| f.kind) {
        Some(server_frame::Kind::PresenceEvent(e)) => e.presence.unwrap(),
        other => panic!("presence event expected, got {other:?}"),
    };
    let online = presence(a_ws.next_event().await.unwrap());
    assert_eq!((online.user_id.as_str(), online.status), (b.user_id().as_str(), v1::PresenceStatus::Online as i32));
    drop(b_wt);
    let offline = presence(a_ws.next_event().await.unwrap());
    assert_eq!(offline.status, v1::PresenceStatus::Offline as i32);
    assert!(offline.last_active_at_ms > 0);
    let q = a_ws
        .request(client_frame::Kind::PresenceQuery(v1::PresenceQuery { user_ids: vec![b.user_id()] }))
        .await
        .unwrap();
    let Answer::Ok(server_frame::Kind::Presence(p)) = q else { panic!("presence result") };
    assert_eq!(p.presences[0].status, v1::PresenceStatus::Offline as i32);
    // Presence is for friends: over REST, a stranger, an unknown id and a friend asked at once
    // answer the friend (and oneself) only.
    let stranger = signup(&rest, "s", "d").await;
    let users = format!("{},{},u00000000deadbeef,{}", stranger.user_id(), b.user_id(), a.user_id());
    let answer = rest.call(Method::GET, &format!("/v1/presence?users={users}"), Some(&a.token), None).await.unwrap();
    let ids: Vec<&str> = answer.as_array().unwrap().iter().map(|p| p["user"].as_str().unwrap()).collect();
    assert_eq!(ids, vec![b.user_id(), a.user_id()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_document_describes_the_rest_api() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let doc = tern.rest().call(Method::GET, "/openapi.json", None, None).await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/v1/signup",
        "/v1/login",
        "/v1/logout",
        "/v1/friends/{id}",
        "/v1/channels/direct",
        "/v1/channels/{id}/history",
        "/v1/groups",
        "/v1/groups/{id}",
        "/v1/groups/{id}/admins/{user}",
        "/v1/groups/{id}/owner",
        "/v1/presence",
        "/v1/discover",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
}

/// Group roles over REST on a real gateway: each refusal is typed (403 `forbidden` or
/// `not_a_member`, 400 `invalid_argument`) and changes nothing; a removed member's session is
/// refused at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_roles_are_enforced_over_rest() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let [owner, admin, member, outsider] = [
        signup(&rest, "o", "d").await,
        signup(&rest, "a", "d").await,
        signup(&rest, "m", "d").await,
        signup(&rest, "x", "d").await,
    ];
    let group = rest.create_group(&owner.token, "roles", &[admin.user_id(), member.user_id()]).await.unwrap();
    let call = |who: &tern_client::rest::Login, method: Method, path: String, body: Option<serde_json::Value>| {
        let (rest, token) = (rest.clone(), who.token.clone());
        async move { rest.call(method, &path, Some(&token), body).await }
    };
    let refusal = |result: anyhow::Result<serde_json::Value>| {
        let e = result.expect_err("refused").downcast::<ApiError>().expect("an API error");
        (e.status, e.code)
    };
    let record = |rest: RestClient, token: String, group: String| async move {
        rest.call(Method::GET, &format!("/v1/channels/{group}"), Some(&token), None).await.unwrap()
    };
    let members = format!("/v1/groups/{group}/members");
    let before = record(rest.clone(), owner.token.clone(), group.clone()).await;
    assert_eq!(before["owner"], owner.user_id());
    assert_eq!(before["admins"], serde_json::json!([]));
    let forbidden = (403, "forbidden".to_owned());
    let add_outsider = serde_json::json!({ "user_id": outsider.user_id() });
    assert_eq!(refusal(call(&member, Method::POST, members.clone(), Some(add_outsider.clone())).await), forbidden);
    assert_eq!(refusal(call(&member, Method::DELETE, format!("{members}/{}", admin.user_id()), None).await), forbidden);
    let rename = Some(serde_json::json!({ "name": "mine" }));
    assert_eq!(refusal(call(&member, Method::PATCH, format!("/v1/groups/{group}"), rename.clone()).await), forbidden);
    let promote = format!("/v1/groups/{group}/admins/{}", admin.user_id());
    assert_eq!(refusal(call(&admin, Method::PUT, promote.clone(), None).await), forbidden);
    assert_eq!(
        refusal(call(&outsider, Method::POST, members.clone(), Some(add_outsider.clone())).await),
        (403, "not_a_member".to_owned())
    );
    let promote_outsider = format!("/v1/groups/{group}/admins/{}", outsider.user_id());
    assert_eq!(refusal(call(&owner, Method::PUT, promote_outsider, None).await).0, 400);
    assert_eq!(record(rest.clone(), owner.token.clone(), group.clone()).await, before, "refusals changed nothing");

    // The owner makes an admin; the admin adds, renames and removes a member; the owner hands over.
    let promoted = call(&owner, Method::PUT, promote, None).await.unwrap();
    assert_eq!(promoted["admins"], serde_json::json!([admin.user_id()]));
    call(&admin, Method::POST, members.clone(), Some(add_outsider)).await.unwrap();
    let renamed = call(&admin, Method::PATCH, format!("/v1/groups/{group}"), rename).await.unwrap();
    assert_eq!(renamed["name"], "mine");
    let mut member_ws = connect(&tern.gateway, Transport::WebSocket, &member, "d").await;
    call(&admin, Method::DELETE, format!("{members}/{}", member.user_id()), None).await.unwrap();
    let answer = member_ws.send_message(&group, "after", "still here?").await.unwrap();
    assert_eq!(answer.error_code(), Some(ErrorCode::NotAMember), "a removed member cannot send");
    let handed = call(
        &owner,
        Method::PUT,
        format!("/v1/groups/{group}/owner"),
        Some(serde_json::json!({ "user_id": outsider.user_id() })),
    )
    .await
    .unwrap();
    assert_eq!(handed["owner"], outsider.user_id());
    let mut admins: Vec<String> = serde_json::from_value(handed["admins"].clone()).unwrap();
    admins.sort();
    let mut expected = vec![admin.user_id(), owner.user_id()];
    expected.sort();
    assert_eq!(admins, expected, "the previous owner stays as an admin");
}

/// A device that vanishes (its transport open, nothing sent, nothing read: a phone that lost
/// its network, a browser killed without a close) is offline for its friends once its idle
/// timeout passes, not after the goodbye it will never answer (the write timeout on top).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vanished_device_is_offline_for_friends_at_its_idle_timeout() {
    const IDLE: Duration = Duration::from_secs(2);
    let dir = tempfile::tempdir().unwrap();
    let tern =
        TernProcess::start(dir.path(), &["--idle-timeout-secs", "2", "--write-timeout-secs", "10"]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let mut a_ws = connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    for transport in [Transport::WebSocket, Transport::WebTransport] {
        let b = signup(&rest, "b", "d").await;
        befriend(&rest, &a, &b).await;
        let b_silent = connect(&tern.gateway, transport, &b, "d").await;
        let last_frame_at = std::time::Instant::now();
        // A keeps its own session alive and waits for B's offline event.
        let offline_after = loop {
            let beat = v1::ClientFrame { request_id: 0, kind: Some(client_frame::Kind::Heartbeat(v1::Heartbeat {})) };
            a_ws.conn.send(&beat).await.unwrap();
            let Ok(frame) = tokio::time::timeout(Duration::from_millis(300), a_ws.next_event()).await else { continue };
            if let Some(server_frame::Kind::PresenceEvent(e)) = frame.unwrap().and_then(|f| f.kind) {
                let p = e.presence.unwrap();
                if p.user_id == b.user_id() && p.status == v1::PresenceStatus::Offline as i32 {
                    break last_frame_at.elapsed();
                }
            }
            assert!(last_frame_at.elapsed() < Duration::from_secs(20), "{transport:?}: B never went offline");
        };
        assert!(
            // The clock starts once the session is up, a moment after the server read its last frame.
            offline_after >= IDLE - Duration::from_millis(100) && offline_after < IDLE + Duration::from_millis(1500),
            "{transport:?}: offline {offline_after:?} after B's last frame (idle timeout {IDLE:?})"
        );
        drop(b_silent);
    }
}

/// The conversation list over WebSocket, WebTransport and REST: most recent first, with the
/// last message and unread counts from the read position, paged by token; bad limits and
/// tokens are typed errors.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conversations_list_most_recent_first_with_unread_counts_in_pages() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let [a, b, c] = [signup(&rest, "a", "d").await, signup(&rest, "b", "d").await, signup(&rest, "c", "d").await];
    let older = rest.create_group(&b.token, "older", &[a.user_id()]).await.unwrap();
    let with_b = rest.open_direct(&b.token, &a.user_id()).await.unwrap();
    let with_c = rest.open_direct(&c.token, &a.user_id()).await.unwrap();
    let mut b_ws = connect(&tern.gateway, Transport::WebSocket, &b, "d").await;
    let mut c_ws = connect(&tern.gateway, Transport::WebSocket, &c, "d").await;
    ack_seq(&b_ws.send_message(&with_b, "1", "one").await.unwrap());
    ack_seq(&b_ws.send_message(&with_b, "2", "two").await.unwrap());
    tokio::time::sleep(Duration::from_millis(5)).await;
    ack_seq(&c_ws.send_message(&with_c, "1", "newest").await.unwrap());
    rest.call(
        Method::PUT,
        &format!("/v1/channels/{with_b}/read"),
        Some(&a.token),
        Some(serde_json::json!({ "seq": 1 })),
    )
    .await
    .unwrap();
    let list = |limit: u32, page_token: Vec<u8>| {
        client_frame::Kind::ListConversations(v1::ListConversations { limit, page_token: page_token.into() })
    };
    for transport in [Transport::WebSocket, Transport::WebTransport] {
        let mut a_s = connect(&tern.gateway, transport, &a, "d").await;
        let Answer::Ok(server_frame::Kind::Conversations(first)) = a_s.request(list(2, Vec::new())).await.unwrap()
        else {
            panic!("a conversation page")
        };
        let rows: Vec<(&str, u64, &str)> = first
            .conversations
            .iter()
            .map(|c| (c.channel_id.as_str(), c.unread, c.last_message.as_ref().map_or("", |m| m.body.as_str())))
            .collect();
        assert_eq!(rows, vec![(with_c.as_str(), 1, "newest"), (with_b.as_str(), 1, "two")], "{transport:?}");
        let Answer::Ok(server_frame::Kind::Conversations(second)) =
            a_s.request(list(2, first.next_page_token.to_vec())).await.unwrap()
        else {
            panic!("the second page")
        };
        assert_eq!(second.conversations.len(), 1);
        assert_eq!((second.conversations[0].channel_id.as_str(), second.conversations[0].unread), (older.as_str(), 0));
        assert!(second.next_page_token.is_empty(), "the last page");
        assert_eq!(a_s.request(list(101, Vec::new())).await.unwrap().error_code(), Some(ErrorCode::InvalidArgument));
        assert_eq!(
            a_s.request(list(2, b"junk".to_vec())).await.unwrap().error_code(),
            Some(ErrorCode::InvalidArgument)
        );
    }
    let page = rest.call(Method::GET, "/v1/conversations?limit=1", Some(&a.token), None).await.unwrap();
    assert_eq!(page["conversations"][0]["channel"]["id"], with_c.as_str());
    assert_eq!(page["conversations"][0]["unread"], 1);
    let next = page["next_page"].as_str().unwrap();
    let page =
        rest.call(Method::GET, &format!("/v1/conversations?limit=5&page={next}"), Some(&a.token), None).await.unwrap();
    assert_eq!(page["conversations"].as_array().unwrap().len(), 2);
    assert!(page["next_page"].is_null());
    let bad = rest.call(Method::GET, "/v1/conversations?page=zz", Some(&a.token), None).await.unwrap_err();
    assert_eq!(bad.downcast::<ApiError>().unwrap().status, 400);
}

/// A body of the wrong shape (a missing field, a wrong type, not JSON) is 400 `invalid_json`
/// as the OpenAPI document says, never axum's bare 422, and stores nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_bodies_of_the_wrong_shape_are_400_invalid_json() {
    let dir = tempfile::tempdir().unwrap();
    let tern = TernProcess::start(dir.path(), &[]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let cases = [
        ("/v1/groups", serde_json::json!({ "members": [] })),
        ("/v1/groups", serde_json::json!({ "name": 5 })),
        ("/v1/channels/direct", serde_json::json!({})),
        // serde would read a struct from an array of its fields: only objects are bodies.
        ("/v1/channels/direct", serde_json::json!(["u-someone"])),
        ("/v1/groups", serde_json::json!(["name", []])),
    ];
    for (path, body) in cases {
        let e = rest.call(Method::POST, path, Some(&a.token), Some(body.clone())).await.unwrap_err();
        let e = e.downcast::<ApiError>().unwrap();
        assert_eq!((e.status, e.code.as_str()), (400, "invalid_json"), "{path} {body}");
    }
    let not_an_update = rest.call(Method::PATCH, "/v1/me", Some(&a.token), Some(serde_json::json!([null, null])));
    let e = not_an_update.await.unwrap_err().downcast::<ApiError>().unwrap();
    assert_eq!(
        (e.status, e.code.as_str(), e.message.as_str()),
        (400, "invalid_json", "the body must be a JSON object")
    );
    let channels = rest.call(Method::GET, "/v1/channels", Some(&a.token), None).await.unwrap();
    assert_eq!(channels, serde_json::json!([]), "nothing stored");
}
