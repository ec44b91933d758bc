//! The session driven directly: frames and instants in, actions out. No network, no sleep.

use super::*;
use crate::token::{Claims, TokenIssuer};
use bytes::Bytes;
use std::time::Duration;
use tern_proto::v1::ClientFrame;

const T0_MS: i64 = 1_700_000_000_000;

struct Rig {
    session: Session,
    issuer: TokenIssuer,
    t0: Instant,
}

impl Rig {
    fn new() -> Self {
        let issuer = TokenIssuer::from_seed([1; 32]);
        let t0 = Instant::now();
        let session = Session::new("s1", SessionConfig::default(), issuer.verifier(), Self::at_inner(t0, 0));
        Rig { session, issuer, t0 }
    }

    fn at_inner(t0: Instant, ms: u64) -> Now {
        Now { at: t0 + Duration::from_millis(ms), unix_ms: T0_MS + ms as i64 }
    }

    fn at(&self, ms: u64) -> Now {
        Self::at_inner(self.t0, ms)
    }

    fn token(&self, exp_offset_s: i64) -> String {
        self.issuer.issue(&Claims::client(UserId::from("ua"), DeviceId::from("phone"), T0_MS / 1000 + exp_offset_s))
    }

    fn frame(&mut self, request_id: u64, kind: In, ms: u64) -> Vec<Action> {
        let now = self.at(ms);
        self.session.handle_frame(ClientFrame { request_id, kind: Some(kind) }, now)
    }

    /// Authenticates and finishes an empty catch-up; returns the catch-up op.
    fn login(&mut self, cursor: Cursor) -> u64 {
        let token = self.token(3600);
        let actions = self.frame(
            1,
            In::Authenticate(v1::Authenticate { token, device_id: "phone".into(), cursor: cursor.0.clone() }),
            0,
        );
        assert!(matches!(&actions[0], Action::Send(ServerFrame { kind: Some(Out::Authenticated(_)), .. })));
        assert_eq!(
            actions[1],
            Action::Effect(Effect::Register { user: UserId::from("ua"), device: DeviceId::from("phone") })
        );
        assert_eq!(actions.len(), 2, "no read before the device is registered");
        match &self.session.registered()[0] {
            Action::Effect(Effect::ReadInbox { op, after, .. }) => {
                assert_eq!(*after, cursor);
                *op
            }
            other => panic!("expected the first inbox read, got {other:?}"),
        }
    }
}

impl Rig {
    /// A send frame, its rate token granted: the actions that follow (the Append first).
    fn send_granted(&mut self, request_id: u64, kind: In, ms: u64) -> Vec<Action> {
        let actions = self.frame(request_id, kind, ms);
        let Action::Effect(Effect::TakeSendToken { op, .. }) = actions[0] else {
            return actions;
        };
        assert_eq!(actions.len(), 1);
        self.session.send_token(op, true)
    }
}

fn error_code(action: &Action) -> Option<(ErrorCode, bool)> {
    match action {
        Action::Send(ServerFrame { kind: Some(Out::Error(e)), .. }) => {
            Some((ErrorCode::try_from(e.code).unwrap(), e.fatal))
        }
        _ => None,
    }
}

fn send(channel: &str, id: &str, body: &str) -> In {
    In::Send(v1::Send { channel_id: channel.into(), client_msg_id: id.into(), body: body.into() })
}

fn message(seq: u64) -> v1::Message {
    v1::Message {
        channel_id: "c".into(),
        seq,
        sender_id: "ub".into(),
        client_msg_id: format!("m{seq}"),
        body: "x".into(),
        sent_at_ms: 0,
    }
}

fn page(cursors: &[u64], more: bool) -> InboxPage {
    InboxPage { entries: cursors.iter().map(|&c| (Cursor::from_u64(c), message(c))).collect(), more }
}

fn encoded(c: u64) -> Bytes {
    Bytes::from(format!("frame-{c}"))
}

/// A delivery in channel "c" with cursor and seq both `c`, as the test pages have them.
fn live(c: u64) -> LiveDelivery {
    LiveDelivery { cursor: Cursor::from_u64(c), channel: "c".into(), seq: c, frame: encoded(c) }
}

#[test]
fn first_frame_must_authenticate() {
    let mut rig = Rig::new();
    let actions = rig.frame(5, send("c", "m1", "hi"), 0);
    assert_eq!(error_code(&actions[0]), Some((ErrorCode::NotAuthenticated, true)));
    assert_eq!(actions[1], Action::Close(CloseReason::ProtocolError));
    assert!(rig.session.is_closed());
    assert!(rig.frame(6, In::Heartbeat(v1::Heartbeat {}), 1).is_empty(), "nothing after close");
}

#[test]
fn bad_expired_and_mismatched_tokens_close_the_session() {
    for (token_of, device, code) in [
        (None, "phone", ErrorCode::BadToken),
        (Some(-1), "phone", ErrorCode::TokenExpired),
        (Some(3600), "laptop", ErrorCode::BadToken),
    ] {
        let mut rig = Rig::new();
        let token = token_of.map(|exp| rig.token(exp)).unwrap_or_else(|| "garbage.token".into());
        let actions = rig.frame(
            1,
            In::Authenticate(v1::Authenticate { token, device_id: device.into(), cursor: Bytes::new() }),
            0,
        );
        assert_eq!(error_code(&actions[0]), Some((code, true)));
        assert_eq!(actions[1], Action::Close(CloseReason::BadToken));
        assert!(rig.session.identity().is_none());
    }
}

#[test]
fn auth_timeout_is_enforced_by_time_alone() {
    let mut rig = Rig::new();
    assert!(rig.session.handle_timeout(rig.at(9_999)).is_empty());
    let actions = rig.session.handle_timeout(rig.at(10_000));
    assert_eq!(error_code(&actions[0]), Some((ErrorCode::AuthTimeout, true)));
}

#[test]
fn idle_timeout_after_thirty_silent_seconds() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let ack = rig.frame(2, In::Heartbeat(v1::Heartbeat {}), 20_000);
    assert!(matches!(&ack[0], Action::Send(ServerFrame { request_id: 2, kind: Some(Out::HeartbeatAck(_)) })));
    assert!(rig.session.handle_timeout(rig.at(49_999)).is_empty(), "the heartbeat at 20 s reset the clock");
    let actions = rig.session.handle_timeout(rig.at(50_000));
    assert_eq!(error_code(&actions[0]), Some((ErrorCode::IdleTimeout, true)));
    assert_eq!(actions[1], Action::Close(CloseReason::IdleTimeout));
}

#[test]
fn send_is_validated_before_any_effect() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let cases = [
        (send("c", "m1", ""), ErrorCode::BodyEmpty),
        (send("c", "m1", &"x".repeat(100_001)), ErrorCode::BodyTooLarge),
        (send("c", "", "hi"), ErrorCode::InvalidArgument),
        (send("", "m1", "hi"), ErrorCode::InvalidArgument),
    ];
    for (frame, code) in cases {
        let actions = rig.frame(9, frame, 1);
        assert_eq!(actions.len(), 1, "no effect for a refused send");
        assert_eq!(error_code(&actions[0]), Some((code, false)), "not fatal");
    }
    let actions = rig.send_granted(10, send("c", "m1", "hi"), 2);
    let Action::Effect(Effect::Append { op, req }) = &actions[0] else { panic!("append expected") };
    assert_eq!((req.sender.as_str(), req.body.as_str()), ("ua", "hi"));
    let outcome =
        AppendOutcome { message: message(7), cursor: Cursor::from_u64(7), duplicate: true, members: vec![].into() };
    let ack = rig.session.append_done(*op, Ok(outcome), rig.at(3));
    let Action::Send(ServerFrame { request_id: 10, kind: Some(Out::Ack(ack)) }) = &ack[0] else {
        panic!("ack expected")
    };
    assert_eq!((ack.seq, ack.duplicate, ack.client_msg_id.as_str()), (7, true, "m1"));
}

#[test]
fn store_refusals_become_typed_errors() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let actions = rig.send_granted(3, send("c", "m1", "hi"), 1);
    let Action::Effect(Effect::Append { op, .. }) = actions[0] else { panic!() };
    let out = rig.session.append_done(op, Err(DomainError::NotAMember), rig.at(2));
    assert_eq!(error_code(&out[0]), Some((ErrorCode::NotAMember, false)));
    assert!(!rig.session.is_closed());
}

#[test]
fn a_send_takes_a_rate_token_and_a_refused_token_is_rate_limited() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let actions = rig.frame(1, send("c", "a", "x"), 1);
    let Action::Effect(Effect::TakeSendToken { op, user }) = &actions[0] else { panic!("token first: {actions:?}") };
    assert_eq!(user.as_str(), "ua", "the bucket is the user's");
    let refused = rig.session.send_token(*op, false);
    assert_eq!(error_code(&refused[0]), Some((ErrorCode::RateLimited, false)));
    assert!(matches!(rig.send_granted(2, send("c", "a", "x"), 2)[0], Action::Effect(Effect::Append { .. })));
}

#[test]
fn sends_are_committed_one_at_a_time_in_the_order_sent() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let first = rig.send_granted(1, send("c", "a", "x"), 1);
    let Action::Effect(Effect::Append { op: op_a, .. }) = first[0] else { panic!() };
    assert!(rig.send_granted(2, send("c", "b", "y"), 1).is_empty(), "b waits for a");
    assert!(rig.send_granted(3, send("c", "c", "z"), 1).is_empty(), "c waits too");
    let new = |seq| AppendOutcome {
        message: message(seq),
        cursor: Cursor::from_u64(seq),
        duplicate: false,
        members: vec![UserId::from("ua"), UserId::from("ub")].into(),
    };
    let out = rig.session.append_done(op_a, Ok(new(1)), rig.at(2));
    assert!(matches!(&out[0], Action::Send(ServerFrame { request_id: 1, kind: Some(Out::Ack(_)) })));
    assert!(matches!(&out[1], Action::Effect(Effect::FanOut { outcome }) if outcome.message.seq == 1), "{out:?}");
    let Action::Effect(Effect::Append { op: op_b, req }) = &out[2] else { panic!("then b: {out:?}") };
    assert_eq!(req.client_msg_id, "b");
    let dup = AppendOutcome { duplicate: true, ..new(2) };
    let out = rig.session.append_done(*op_b, Ok(dup), rig.at(3));
    assert!(
        !out.iter().any(|a| matches!(a, Action::Effect(Effect::FanOut { .. }))),
        "a re-send is not fanned out again: {out:?}"
    );
    assert!(matches!(&out[1], Action::Effect(Effect::Append { req, .. }) if req.client_msg_id == "c"));
}

#[test]
fn catch_up_then_live_without_gap_or_duplicate() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::from_u64(10));
    // Deliveries race the catch-up: 12 is also in the first page, 25 only arrives live.
    assert!(rig.session.live(live(12), rig.t0).is_empty(), "held during catch-up");
    assert!(rig.session.live(live(25), rig.t0).is_empty());
    let out = rig.session.inbox_read(op, Ok(page(&[11, 12], true)));
    let Action::Send(ServerFrame { request_id: 1, kind: Some(Out::Sync(p1)) }) = &out[0] else { panic!() };
    assert_eq!((p1.entries.len(), p1.more), (2, true));
    let Action::Effect(Effect::ReadInbox { op: op2, after, .. }) = &out[1] else { panic!() };
    assert_eq!(*after, Cursor::from_u64(12));
    assert!(rig.session.live(live(30), rig.t0).is_empty());
    let out = rig.session.inbox_read(*op2, Ok(page(&[20, 25], false)));
    let Action::Send(ServerFrame { kind: Some(Out::Sync(p2)), .. }) = &out[0] else { panic!() };
    assert!(!p2.more);
    // 25 came in the page; 30 was held by the catch-up and now waits for 26..=29 (seq ==
    // cursor in these pages).
    assert!(out[1..].is_empty());
    // Live now: anything at or before the catch-up's end is a duplicate.
    assert!(rig.session.live(live(25), rig.t0).is_empty());
    for c in 26..=29 {
        let mut expect = vec![Action::SendEncoded(encoded(c))];
        if c == 29 {
            expect.push(Action::SendEncoded(encoded(30)));
        }
        assert_eq!(rig.session.live(live(c), rig.t0), expect);
    }
}

#[test]
fn held_overflow_reads_once_more_instead_of_losing() {
    let issuer = TokenIssuer::from_seed([1; 32]);
    let t0 = Instant::now();
    let config = SessionConfig { max_held_deliveries: 2, ..SessionConfig::default() };
    let mut rig = Rig { session: Session::new("s", config, issuer.verifier(), Rig::at_inner(t0, 0)), issuer, t0 };
    let op = rig.login(Cursor::START);
    for c in [5, 6, 7] {
        rig.session.live(live(c), rig.t0);
    }
    let out = rig.session.inbox_read(op, Ok(page(&[1, 2], false)));
    let Action::Effect(Effect::ReadInbox { op: again, after, .. }) = &out[1] else {
        panic!("an overflow forces another read, got {out:?}")
    };
    assert_eq!(*after, Cursor::from_u64(2));
    let out = rig.session.inbox_read(*again, Ok(page(&[5, 6, 7], false)));
    assert_eq!(out.len(), 1, "caught up by reading; nothing held is sent twice");
}

#[test]
fn malformed_frames_are_answered_oversized_ones_close() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let out = rig.session.handle_decode_error(&CodecError::Malformed("bad".into()), rig.at(1));
    assert_eq!(error_code(&out[0]), Some((ErrorCode::MalformedFrame, false)));
    let out = rig.session.handle_decode_error(&CodecError::FrameTooLarge { len: 10, max: 5 }, rig.at(1));
    assert_eq!(error_code(&out[0]), Some((ErrorCode::FrameTooLarge, true)));
    assert_eq!(out[1], Action::Close(CloseReason::ProtocolError));
}

#[test]
fn history_and_sync_limits_are_checked() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let big = In::History(v1::HistoryRequest { channel_id: "c".into(), anchor: 0, seq: 0, limit: 201 });
    assert_eq!(error_code(&rig.frame(2, big, 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let odd = In::History(v1::HistoryRequest { channel_id: "c".into(), anchor: 9, seq: 0, limit: 5 });
    assert_eq!(error_code(&rig.frame(3, odd, 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let sync = In::Sync(v1::SyncRequest { after_cursor: Bytes::new(), limit: 501 });
    assert_eq!(error_code(&rig.frame(4, sync, 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let ok = In::History(v1::HistoryRequest { channel_id: "c".into(), anchor: 3, seq: 9, limit: 0 });
    let out = rig.frame(5, ok, 1);
    assert!(matches!(&out[0], Action::Effect(Effect::ReadHistory { anchor: HistoryAnchor::Around(9), limit: 50, .. })));
}

#[test]
fn go_away_names_the_suggested_gateway() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let out = rig.session.go_away("draining", "https://g2.example:443");
    let Action::Send(ServerFrame { kind: Some(Out::GoAway(g)), .. }) = &out[0] else { panic!() };
    assert_eq!(g.suggested_gateway, "https://g2.example:443");
    assert_eq!(out[1], Action::Close(CloseReason::Draining));
}

#[test]
fn go_away_answers_sends_in_flight_before_closing_and_refuses_new_ones() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let actions = rig.send_granted(3, send("c", "m1", "hi"), 1);
    let Action::Effect(Effect::Append { op, .. }) = actions[0] else { panic!("append expected") };
    let out = rig.session.go_away("draining", "https://g2.example:443");
    assert_eq!(out.len(), 1, "GoAway only: a send is still in flight");
    assert!(!rig.session.is_closed());
    let refused = rig.frame(4, send("c", "m2", "later"), 2);
    assert_eq!(error_code(&refused[0]), Some((ErrorCode::Unavailable, false)), "retry it elsewhere");
    assert!(rig.session.go_away("again", "").is_empty(), "told once");
    let outcome =
        AppendOutcome { message: message(1), cursor: Cursor::from_u64(1), duplicate: false, members: vec![].into() };
    let out = rig.session.append_done(op, Ok(outcome), rig.at(3));
    assert!(matches!(&out[0], Action::Send(ServerFrame { request_id: 3, kind: Some(Out::Ack(_)) })), "{out:?}");
    assert_eq!(out.last(), Some(&Action::Close(CloseReason::Draining)));
    assert!(rig.session.is_closed());
}

#[test]
fn a_kick_tells_the_client_and_closes() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let out = rig.session.kick("lost phone");
    assert_eq!(error_code(&out[0]), Some((ErrorCode::Kicked, true)));
    assert_eq!(out[1], Action::Close(CloseReason::Kicked));
    assert!(rig.session.kick("twice").is_empty());
}

#[test]
fn live_deliveries_go_out_in_seq_order_and_gaps_are_read() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::START);
    rig.session.inbox_read(op, Ok(page(&[], false)));
    let d =
        |seq: u64| LiveDelivery { cursor: Cursor::from_u64(100 + seq), channel: "g".into(), seq, frame: encoded(seq) };
    assert!(rig.session.live(d(2), rig.t0).is_empty(), "a channel first seen at seq 2 settles first");
    let settle = Now { at: rig.session.poll_timeout().unwrap(), unix_ms: T0_MS };
    assert_eq!(rig.session.handle_timeout(settle), [Action::SendEncoded(encoded(2))]);
    assert!(rig.session.live(d(4), rig.t0).is_empty(), "4 waits for 3");
    assert_eq!(rig.session.live(d(3), rig.t0), [Action::SendEncoded(encoded(3)), Action::SendEncoded(encoded(4))]);
    assert!(rig.session.live(d(3), rig.t0).is_empty(), "duplicate dropped");
    // A channel whose first message arrives: out at once, nothing can precede seq 1.
    let d =
        |seq: u64| LiveDelivery { cursor: Cursor::from_u64(200 + seq), channel: "h".into(), seq, frame: encoded(seq) };
    assert_eq!(rig.session.live(d(1), rig.t0), [Action::SendEncoded(encoded(1))]);
    assert!(rig.session.live(d(3), rig.t0).is_empty(), "3 waits for 2");
    assert_eq!(rig.session.live(d(2), rig.t0), [Action::SendEncoded(encoded(2)), Action::SendEncoded(encoded(3))]);
    assert!(rig.session.live(d(2), rig.t0).is_empty(), "duplicate dropped");
    // 4 never comes live: after the hold time the gap is read from history.
    assert!(rig.session.live(d(5), rig.t0).is_empty());
    let deadline = rig.session.poll_timeout().expect("a gap is waiting");
    let at_deadline = Now { at: deadline, unix_ms: T0_MS };
    let out = rig.session.handle_timeout(at_deadline);
    let Action::Effect(Effect::ReadHistory { op, anchor: HistoryAnchor::After(3), .. }) = &out[0] else {
        panic!("gap read expected, got {out:?}")
    };
    let mut m4 = message(4);
    m4.channel_id = "h".into();
    let page = HistoryPage { messages: vec![m4.clone()], has_older: true, has_newer: true, last_seq: 5 };
    let out = rig.session.history_read(*op, Ok(page));
    let Action::SendEncoded(first) = &out[0] else { panic!() };
    let frame: ServerFrame = prost::Message::decode(first.clone()).unwrap();
    let Some(Out::Deliver(deliver)) = frame.kind else { panic!("a Deliver frame") };
    assert_eq!((deliver.message, deliver.cursor.is_empty()), (Some(m4), true), "no cursor on a gap fill");
    assert_eq!(out[1], Action::SendEncoded(encoded(5)));
    let idle = rig.t0 + SessionConfig::default().idle_timeout;
    assert_eq!(rig.session.poll_timeout(), Some(idle), "no gap waits: only the idle timeout is left");
}

#[test]
fn one_deadline_covers_every_timer() {
    let mut rig = Rig::new();
    let config = SessionConfig::default();
    assert_eq!(rig.session.poll_timeout(), Some(rig.t0 + config.auth_timeout), "authenticate in time");
    rig.login(Cursor::START);
    assert_eq!(rig.session.poll_timeout(), Some(rig.t0 + config.idle_timeout));
    rig.frame(2, In::Heartbeat(v1::Heartbeat {}), 5_000);
    let idle = rig.t0 + Duration::from_millis(5_000) + config.idle_timeout;
    assert_eq!(rig.session.poll_timeout(), Some(idle), "every frame moves the idle deadline");
    assert!(rig.session.handle_timeout(rig.at(5_001)).is_empty(), "woken early: nothing to do");
    rig.session.kick("bye");
    assert_eq!(rig.session.poll_timeout(), None, "a closed session needs no timer");
}
