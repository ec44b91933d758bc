//! The session driven directly: frames and instants in, actions out. No network, no sleep.

use super::*;
use crate::delivery::LiveDelivery;
use crate::model::{AppendOutcome, Channel, HistoryAnchor, HistoryPage, InboxPage, ReadMark};
use crate::token::{Claims, TokenIssuer};
use bytes::Bytes;
use prost::Message as _;
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
            Action::Effect(Effect::Register {
                user: UserId::from("ua"),
                device: DeviceId::from("phone"),
                issued_at_ms: 0
            })
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
    In::Send(v1::Send { channel_id: channel.into(), client_msg_id: id.into(), body: body.into(), ..Default::default() })
}

fn message(seq: u64) -> v1::Message {
    v1::Message {
        channel_id: "c".into(),
        seq,
        sender_id: "ub".into(),
        client_msg_id: format!("m{seq}"),
        body: "x".into(),
        sent_at_ms: 0,
        ..v1::Message::default()
    }
}

fn page(cursors: &[u64], more: bool) -> InboxPage {
    InboxPage { entries: cursors.iter().map(|&c| (Cursor::from_u64(c), message(c))).collect(), more }
}

fn encoded(c: u64) -> Bytes {
    Bytes::from(format!("frame-{c}"))
}

/// A delivery in channel "c" with cursor and seq both `c`, as the test pages have them.
/// A new message's outcome, committed at seq `seq` (cursor `seq`).
fn committed(seq: u64) -> AppendOutcome {
    AppendOutcome {
        message: message(seq),
        cursor: Cursor::from_u64(seq),
        duplicate: false,
        members: vec![].into(),
        prev_cursor: None,
    }
}

fn live(c: u64) -> LiveDelivery {
    LiveDelivery {
        cursor: Cursor::from_u64(c),
        channel: "c".into(),
        seq: c,
        frame: encoded(c),
        prev_cursor: None,
        trace: None,
    }
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
    let Action::Effect(Effect::Append { op, reqs }) = &actions[0] else { panic!("append expected") };
    assert_eq!((reqs[0].sender.as_str(), reqs[0].body.as_str()), ("ua", "hi"));
    let outcome = AppendOutcome { duplicate: true, ..committed(7) };
    let ack = rig.session.append_done(*op, Ok(vec![Ok(outcome)]), rig.at(3));
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
    let out = rig.session.append_done(op, Ok(vec![Err(DomainError::NotAMember)]), rig.at(2));
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
fn sends_are_committed_in_the_order_sent_one_batch_at_a_time() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let first = rig.send_granted(1, send("c", "a", "x"), 1);
    let Action::Effect(Effect::Append { op: op_a, reqs }) = &first[0] else { panic!() };
    assert_eq!(reqs.len(), 1, "nothing else was waiting");
    let op_a = *op_a;
    assert!(rig.send_granted(2, send("c", "b", "y"), 1).is_empty(), "b waits for a's batch");
    assert!(rig.send_granted(3, send("c", "c", "z"), 1).is_empty(), "c waits too");
    let new = |seq| AppendOutcome { members: vec![UserId::from("ua"), UserId::from("ub")].into(), ..committed(seq) };
    let out = rig.session.append_done(op_a, Ok(vec![Ok(new(1))]), rig.at(2));
    assert!(matches!(&out[0], Action::Send(ServerFrame { request_id: 1, kind: Some(Out::Ack(_)) })));
    assert!(
        matches!(&out[1], Action::Effect(Effect::FanOut { outcomes }) if outcomes.len() == 1 && outcomes[0].message.seq == 1),
        "{out:?}"
    );
    let Action::Effect(Effect::Append { op: op_bc, reqs }) = &out[2] else { panic!("then b and c together: {out:?}") };
    let ids: Vec<_> = reqs.iter().map(|r| r.client_msg_id.as_str()).collect();
    assert_eq!(ids, ["b", "c"], "one batch, in the order sent");
    let dup = AppendOutcome { duplicate: true, ..new(2) };
    let out = rig.session.append_done(*op_bc, Ok(vec![Ok(dup), Err(DomainError::NotAMember)]), rig.at(3));
    let acked: Vec<_> = out
        .iter()
        .filter_map(|a| match a {
            Action::Send(ServerFrame { request_id, kind: Some(Out::Ack(_)) }) => Some(*request_id),
            _ => None,
        })
        .collect();
    assert_eq!(acked, [2], "b acked (as the duplicate it is)");
    assert_eq!(error_code(&out[1]), Some((ErrorCode::NotAMember, false)), "c refused on its own");
    assert!(
        !out.iter().any(|a| matches!(a, Action::Effect(Effect::FanOut { .. }))),
        "a re-send is not fanned out again: {out:?}"
    );
    assert!(rig.session.append_done(*op_bc, Ok(Vec::new()), rig.at(4)).is_empty(), "answered once");
}

#[test]
fn a_failed_batch_refuses_each_of_its_sends() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let first = rig.send_granted(1, send("c", "a", "x"), 1);
    let Action::Effect(Effect::Append { op, .. }) = first[0] else { panic!() };
    rig.send_granted(2, send("c", "b", "y"), 1);
    let out = rig.session.append_done(op, Err(DomainError::Unavailable("down".into())), rig.at(2));
    assert_eq!(error_code(&out[0]), Some((ErrorCode::Unavailable, false)), "retry with the same client_msg_id");
    assert!(matches!(&out[1], Action::Effect(Effect::Append { reqs, .. }) if reqs[0].client_msg_id == "b"));
}

#[test]
fn catch_up_then_live_without_gap_or_duplicate() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::from_u64(10));
    // Deliveries race the catch-up: 12 is also in the first page, 25 only arrives live.
    assert!(rig.session.live(&live(12), rig.t0).is_empty(), "held during catch-up");
    assert!(rig.session.live(&live(25), rig.t0).is_empty());
    let out = rig.session.inbox_read(op, Ok(page(&[11, 12], true)), rig.t0);
    let Action::Send(ServerFrame { request_id: 1, kind: Some(Out::Sync(p1)) }) = &out[0] else { panic!() };
    assert_eq!((p1.entries.len(), p1.more), (2, true));
    let Action::Effect(Effect::ReadInbox { op: op2, after, .. }) = &out[1] else { panic!() };
    assert_eq!(*after, Cursor::from_u64(12));
    assert!(rig.session.live(&live(30), rig.t0).is_empty());
    let out = rig.session.inbox_read(*op2, Ok(page(&[20, 25], false)), rig.t0);
    let Action::Send(ServerFrame { kind: Some(Out::Sync(p2)), .. }) = &out[0] else { panic!() };
    assert!(!p2.more);
    // 25 came in the page; 30 was held by the catch-up and now waits for 26..=29 (seq ==
    // cursor in these pages).
    assert!(out[1..].is_empty());
    // Live now: anything at or before the catch-up's end is a duplicate.
    assert!(rig.session.live(&live(25), rig.t0).is_empty());
    for c in 26..=29 {
        let mut expect = vec![Action::SendEncoded(encoded(c))];
        if c == 29 {
            expect.push(Action::SendEncoded(encoded(30)));
        }
        assert_eq!(rig.session.live(&live(c), rig.t0), expect);
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
        rig.session.live(&live(c), rig.t0);
    }
    let out = rig.session.inbox_read(op, Ok(page(&[1, 2], false)), rig.t0);
    let Action::Effect(Effect::ReadInbox { op: again, after, .. }) = &out[1] else {
        panic!("an overflow forces another read, got {out:?}")
    };
    assert_eq!(*after, Cursor::from_u64(2));
    let out = rig.session.inbox_read(*again, Ok(page(&[5, 6, 7], false)), rig.t0);
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
    let outcome = committed(1);
    let out = rig.session.append_done(op, Ok(vec![Ok(outcome)]), rig.at(3));
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
fn a_revoked_token_is_told_and_closed_before_anything_is_read() {
    let mut rig = Rig::new();
    let token = rig.token(3600);
    let auth = v1::Authenticate { token, device_id: "phone".into(), cursor: Default::default() };
    let actions = rig.frame(1, In::Authenticate(auth), 0);
    assert!(matches!(actions[1], Action::Effect(Effect::Register { .. })));
    let out = rig.session.revoked();
    assert_eq!(error_code(&out[0]), Some((ErrorCode::BadToken, true)));
    assert_eq!(out[1], Action::Close(CloseReason::BadToken));
    assert_eq!(out.len(), 2, "no inbox read");
    assert!(rig.session.revoked().is_empty(), "once");
}

#[test]
fn live_deliveries_go_out_in_seq_order_and_gaps_are_read() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::START);
    rig.session.inbox_read(op, Ok(page(&[], false)), rig.t0);
    let d = |seq: u64| LiveDelivery {
        cursor: Cursor::from_u64(100 + seq),
        channel: "g".into(),
        seq,
        frame: encoded(seq),
        prev_cursor: None,
        trace: None,
    };
    assert!(rig.session.live(&d(2), rig.t0).is_empty(), "a channel first seen at seq 2 settles first");
    let settle = Now { at: rig.session.poll_timeout().unwrap(), unix_ms: T0_MS };
    assert_eq!(rig.session.handle_timeout(settle), [Action::SendEncoded(encoded(2))]);
    assert!(rig.session.live(&d(4), rig.t0).is_empty(), "4 waits for 3");
    assert_eq!(rig.session.live(&d(3), rig.t0), [Action::SendEncoded(encoded(3)), Action::SendEncoded(encoded(4))]);
    assert!(rig.session.live(&d(3), rig.t0).is_empty(), "duplicate dropped");
    // A channel whose first message arrives: out at once, nothing can precede seq 1.
    let d = |seq: u64| LiveDelivery {
        cursor: Cursor::from_u64(200 + seq),
        channel: "h".into(),
        seq,
        frame: encoded(seq),
        prev_cursor: None,
        trace: None,
    };
    assert_eq!(rig.session.live(&d(1), rig.t0), [Action::SendEncoded(encoded(1))]);
    assert!(rig.session.live(&d(3), rig.t0).is_empty(), "3 waits for 2");
    assert_eq!(rig.session.live(&d(2), rig.t0), [Action::SendEncoded(encoded(2)), Action::SendEncoded(encoded(3))]);
    assert!(rig.session.live(&d(2), rig.t0).is_empty(), "duplicate dropped");
    // 4 never comes live: after the hold time the gap is read from history.
    assert!(rig.session.live(&d(5), rig.t0).is_empty());
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
    let recheck = rig.t0 + SessionConfig::default().recheck_after;
    assert_eq!(rig.session.poll_timeout(), Some(recheck), "no gap waits: only the second look and the idle timeout");
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

#[test]
fn a_second_look_after_the_catch_up_sends_what_a_stale_lookup_missed_and_nothing_twice() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::from_u64(10));
    assert_eq!(rig.session.inbox_read(op, Ok(page(&[], false)), rig.t0).len(), 1, "an empty catch-up");
    let due = rig.t0 + SessionConfig::default().recheck_after;
    assert_eq!(rig.session.poll_timeout(), Some(due));
    // Seq 4 of channel "c", committed a moment after the catch-up read, was planned from a
    // lookup that did not know this session yet: it never comes live.
    let out = rig.session.handle_timeout(Now { at: due, unix_ms: T0_MS });
    let Action::Effect(Effect::ReadInbox { op, after, .. }) = &out[0] else { panic!("the second look: {out:?}") };
    assert_eq!(*after, Cursor::from_u64(10), "from where the catch-up ended");
    let mut m4 = message(4);
    m4.channel_id = "c".into();
    let page = InboxPage { entries: vec![(Cursor::from_u64(14), m4)], more: false };
    assert!(rig.session.inbox_read(*op, Ok(page), due).is_empty(), "a channel first seen: it settles");
    let settled = rig.session.handle_timeout(Now { at: due + Duration::from_millis(300), unix_ms: T0_MS });
    let [Action::SendEncoded(frame)] = &settled[..] else { panic!("seq 4, once: {settled:?}") };
    let frame: ServerFrame = prost::Message::decode(frame.clone()).unwrap();
    let Some(Out::Deliver(deliver)) = frame.kind else { panic!("a Deliver") };
    assert_eq!((deliver.message.unwrap().seq, deliver.cursor), (4, Cursor::from_u64(14).0), "with its cursor");
    assert_eq!(rig.session.poll_timeout(), Some(rig.t0 + SessionConfig::default().idle_timeout), "looked once");
}

/// After an empty catch-up to cursor 10, seq 5 of channel "c" arrives live; its previous
/// message (cursor 14) came after the catch-up, so this device cannot have it: the session
/// looks for it at once instead of starting at 5. Returns when it arrived and the look's op.
fn live_5_whose_4_is_missing(rig: &mut Rig) -> (Instant, u64) {
    let op = rig.login(Cursor::from_u64(10));
    rig.session.inbox_read(op, Ok(page(&[], false)), rig.t0);
    let at = rig.t0 + Duration::from_millis(100);
    let d5 = LiveDelivery {
        cursor: Cursor::from_u64(15),
        channel: "c".into(),
        seq: 5,
        frame: encoded(5),
        prev_cursor: Some(Cursor::from_u64(14)),
        trace: None,
    };
    assert!(rig.session.live(&d5, at).is_empty());
    assert_eq!(rig.session.poll_timeout(), Some(at), "at once");
    let out = rig.session.handle_timeout(Now { at, unix_ms: T0_MS });
    let Action::Effect(Effect::ReadInbox { op, .. }) = &out[0] else { panic!("{out:?}") };
    (at, *op)
}

#[test]
fn a_channel_whose_previous_message_is_missing_looks_for_it_at_once_and_starts_in_order() {
    let mut rig = Rig::new();
    let (at, op) = live_5_whose_4_is_missing(&mut rig);
    let (mut m4, mut m5) = (message(4), message(5));
    m4.channel_id = "c".into();
    m5.channel_id = "c".into();
    let page = InboxPage { entries: vec![(Cursor::from_u64(14), m4), (Cursor::from_u64(15), m5)], more: false };
    assert!(rig.session.inbox_read(op, Ok(page), at).is_empty(), "still settling");
    let settled = rig.session.handle_timeout(Now { at: at + Duration::from_millis(300), unix_ms: T0_MS });
    assert_eq!(settled.len(), 2, "4 (read) then 5 (live), each once: {settled:?}");
    let Action::SendEncoded(first) = &settled[0] else { panic!() };
    let frame: ServerFrame = prost::Message::decode(first.clone()).unwrap();
    assert!(matches!(frame.kind, Some(Out::Deliver(d)) if d.message.as_ref().unwrap().seq == 4));
    assert_eq!(settled[1], Action::SendEncoded(encoded(5)));
    // The look planned after the catch-up still comes.
    assert_eq!(rig.session.poll_timeout(), Some(rig.t0 + SessionConfig::default().recheck_after));
}

#[test]
fn a_channel_waits_for_a_slow_look_for_its_previous_message_before_it_starts() {
    let mut rig = Rig::new();
    let (at, op) = live_5_whose_4_is_missing(&mut rig);
    // The store is slow: the settling time passes long before the look comes back, and 5
    // does not go out alone (4 would then come after it).
    let late = at + Duration::from_secs(2);
    let waited = rig.session.handle_timeout(Now { at: late, unix_ms: T0_MS });
    assert!(!waited.iter().any(|a| matches!(a, Action::SendEncoded(_))), "5 waits for the look: {waited:?}");
    let mut m4 = message(4);
    m4.channel_id = "c".into();
    let page = InboxPage { entries: vec![(Cursor::from_u64(14), m4)], more: false };
    let mut sent = rig.session.inbox_read(op, Ok(page), late);
    sent.extend(rig.session.handle_timeout(Now { at: late, unix_ms: T0_MS }));
    let frames: Vec<&Bytes> =
        sent.iter().filter_map(|a| if let Action::SendEncoded(f) = a { Some(f) } else { None }).collect();
    assert_eq!(frames.len(), 2, "4 and 5, each once: {sent:?}");
    let first: ServerFrame = prost::Message::decode(frames[0].clone()).unwrap();
    assert!(matches!(first.kind, Some(Out::Deliver(d)) if d.message.as_ref().unwrap().seq == 4), "the look's 4 first");
    assert_eq!(frames[1], &encoded(5), "then 5");
}

#[test]
fn a_channel_first_seen_live_goes_out_at_once_when_its_previous_message_cannot_be_in_flight() {
    let mut rig = Rig::new();
    let op = rig.login(Cursor::from_u64(50));
    rig.session.inbox_read(op, Ok(page(&[], false)), rig.t0);
    let d = |channel: &str, seq: u64, prev: Option<u64>| LiveDelivery {
        cursor: Cursor::from_u64(100 + seq),
        channel: channel.into(),
        seq,
        frame: encoded(seq),
        prev_cursor: prev.map(Cursor::from_u64),
        trace: None,
    };
    // Seq 6's predecessor was committed before the catch-up ended: this device has it.
    assert_eq!(rig.session.live(&d("a", 6, Some(40)), rig.t0), [Action::SendEncoded(encoded(6))]);
    assert!(rig.session.live(&d("a", 5, None), rig.t0).is_empty(), "and 5 is not sent again");
    // Its predecessor came after the catch-up: it may still be on its way, so this one settles.
    assert!(rig.session.live(&d("b", 6, Some(105)), rig.t0).is_empty());
    // Not known (another store, or a first append since the store started): it settles too.
    assert!(rig.session.live(&d("c", 6, None), rig.t0).is_empty());
}

#[test]
fn sends_in_flight_are_bounded_in_bytes_too() {
    let issuer = TokenIssuer::from_seed([1; 32]);
    let t0 = Instant::now();
    let config = SessionConfig { max_in_flight_bytes: 10, ..SessionConfig::default() };
    let mut rig = Rig { session: Session::new("s", config, issuer.verifier(), Rig::at_inner(t0, 0)), issuer, t0 };
    rig.login(Cursor::START);
    let first = rig.send_granted(1, send("c", "a", "123456"), 1);
    let Action::Effect(Effect::Append { op, .. }) = first[0] else { panic!() };
    assert_eq!(error_code(&rig.frame(2, send("c", "b", "123456"), 1)[0]), Some((ErrorCode::RateLimited, false)));
    let outcome = committed(1);
    rig.session.append_done(op, Ok(vec![Ok(outcome)]), rig.at(2));
    assert!(
        matches!(rig.send_granted(3, send("c", "b", "123456"), 3)[0], Action::Effect(Effect::Append { .. })),
        "freed"
    );
}

#[test]
fn a_read_mark_is_answered_and_told_to_the_user_and_the_members_only_when_it_moves() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let mark = |channel: &str, seq| In::MarkRead(v1::MarkRead { channel_id: channel.into(), seq });
    assert_eq!(error_code(&rig.frame(2, mark("", 1), 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let out = rig.frame(3, mark("c", 3), 1);
    let Action::Effect(Effect::MarkRead { op, ref channel, seq, .. }) = out[0] else { panic!("{out:?}") };
    assert_eq!((channel.as_str(), seq), ("c", 3));
    let moved = ReadMark { seq: 3, changed: true, receipt_to: vec![UserId::from("ub")] };
    let done = rig.session.read_marked(op, Ok(moved));
    assert!(
        matches!(&done[0], Action::Send(ServerFrame { request_id: 3, kind: Some(Out::ReadMarked(r)) }) if r.seq == 3)
    );
    let Action::Effect(Effect::Notify(notice)) = &done[1] else { panic!("{done:?}") };
    assert_eq!(notice.users, vec![UserId::from("ub"), UserId::from("ua")], "the members, then the user's devices");
    // Behind the stored position: answered with it, nobody told.
    let out = rig.frame(4, mark("c", 1), 2);
    let Action::Effect(Effect::MarkRead { op, .. }) = out[0] else { panic!("{out:?}") };
    let done = rig.session.read_marked(op, Ok(ReadMark { seq: 3, changed: false, receipt_to: Vec::new() }));
    assert_eq!(done.len(), 1, "{done:?}");
    // The store's refusal is typed.
    let out = rig.frame(5, mark("c", 9), 3);
    let Action::Effect(Effect::MarkRead { op, .. }) = out[0] else { panic!("{out:?}") };
    let done = rig.session.read_marked(op, Err(DomainError::InvalidArgument("past the last".into())));
    assert_eq!(error_code(&done[0]), Some((ErrorCode::InvalidArgument, false)));
}

#[test]
fn a_delivery_mark_is_not_answered_and_goes_to_the_members_it_names_only() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let mark = |channel: &str, seq| In::MarkDelivered(v1::MarkDelivered { channel_id: channel.into(), seq });
    assert_eq!(error_code(&rig.frame(2, mark("", 1), 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let out = rig.frame(3, mark("c", 3), 1);
    let Action::Effect(Effect::MarkRead { op, position, seq, .. }) = out[0] else { panic!("{out:?}") };
    assert_eq!((position, seq), (Position::Delivered, 3));
    let moved = ReadMark { seq: 3, changed: true, receipt_to: vec![UserId::from("ub")] };
    let done = rig.session.read_marked(op, Ok(moved));
    let [Action::Effect(Effect::Notify(notice))] = &done[..] else { panic!("{done:?}") };
    assert_eq!(notice.users, vec![UserId::from("ub")], "the members only: the user's devices need no news");
    let ServerFrame { kind: Some(Out::UserEvent(event)), .. } = ServerFrame::decode(notice.frame.clone()).unwrap()
    else {
        panic!("not a user event")
    };
    assert!(matches!(event.kind, Some(v1::user_event::Kind::Delivered(ref d)) if d.seq == 3 && d.user_id == "ua"));
    // Nobody to tell (receipts off, a large group, or no news): nothing at all.
    let out = rig.frame(4, mark("c", 3), 2);
    let Action::Effect(Effect::MarkRead { op, .. }) = out[0] else { panic!("{out:?}") };
    assert!(rig.session.read_marked(op, Ok(ReadMark { seq: 3, changed: false, receipt_to: Vec::new() })).is_empty());
    // A refusal is answered, with the request's id.
    let out = rig.frame(5, mark("c", 9), 3);
    let Action::Effect(Effect::MarkRead { op, .. }) = out[0] else { panic!("{out:?}") };
    let done = rig.session.read_marked(op, Err(DomainError::NotAMember));
    assert!(matches!(&done[..], [Action::Send(ServerFrame { request_id: 5, .. })]), "{done:?}");
    assert_eq!(error_code(&done[0]), Some((ErrorCode::NotAMember, false)));
}

#[test]
fn typing_is_bounded_checked_and_goes_to_the_other_members_only() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let typing = |channel: &str, on| In::Typing(v1::Typing { channel_id: channel.into(), typing: on });
    let out = rig.frame(2, typing("c", true), 0);
    let Action::Effect(Effect::ReadChannel { op, .. }) = out[0] else { panic!("{out:?}") };
    let group = Channel::group(&UserId::from("ua"), "g", &[UserId::from("ub")], 1).unwrap();
    let done = rig.session.channel_read(op, Ok(Some(group.info(0))));
    let Action::Effect(Effect::Notify(notice)) = &done[0] else { panic!("{done:?}") };
    assert_eq!(notice.users, vec![UserId::from("ub")], "not the typist");
    assert_eq!(error_code(&rig.frame(3, typing("c", true), 500)[0]), Some((ErrorCode::RateLimited, false)));
    assert!(rig.frame(4, typing("other", false), 600).is_empty(), "a stop of nothing is dropped");
    // A channel the user is not in, and one that does not exist.
    let strangers = Channel::group(&UserId::from("ux"), "g", &[], 1).unwrap();
    // (A refused start still counts against the interval: a second second apart.)
    for (at, read, code) in
        [(2_000, Some(strangers.info(0)), ErrorCode::NotAMember), (3_100, None, ErrorCode::UnknownChannel)]
    {
        let out = rig.frame(5, typing("elsewhere", true), at);
        let Action::Effect(Effect::ReadChannel { op, .. }) = out[0] else { panic!("{out:?}") };
        assert_eq!(error_code(&rig.session.channel_read(op, Ok(read))[0]), Some((code, false)));
    }
}

#[test]
fn a_conversation_page_checks_its_limit_and_token_before_reading() {
    let mut rig = Rig::new();
    rig.login(Cursor::START);
    let list = |limit, token: &[u8]| {
        In::ListConversations(v1::ListConversations { limit, page_token: Bytes::copy_from_slice(token) })
    };
    assert_eq!(error_code(&rig.frame(2, list(101, b""), 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    assert_eq!(error_code(&rig.frame(3, list(10, b"junk"), 1)[0]), Some((ErrorCode::InvalidArgument, false)));
    let out = rig.frame(4, list(0, b""), 1);
    let Action::Effect(Effect::ReadConversations { op, .. }) = out[0] else { panic!("{out:?}") };
    let done = rig.session.conversations_read(op, Ok(Vec::new()));
    let Action::Send(ServerFrame { kind: Some(Out::Conversations(page)), .. }) = &done[0] else { panic!("{done:?}") };
    assert!(page.conversations.is_empty() && page.next_page_token.is_empty());
}
