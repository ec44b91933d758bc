//! The session's frame handling: one session, authenticated or not, fed client frames the
//! fuzzer writes (and bytes that are no frame), time that passes, and the store's answers to
//! its effects (each a success or a refusal, in any order). The session must never panic; once
//! closed it says nothing more and wants no timer; a fatal error frame is followed by a close;
//! an open session always has a deadline.

#![no_main]

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use prost::Message;
use tern_domain::model::{AppendOutcome, Cursor, HistoryPage, InboxPage, ReadMark, UserId};
use tern_domain::session::{Action, Effect, Now, Session, SessionConfig};
use tern_domain::token::{Claims, TokenIssuer};
use tern_domain::{DeviceId, DomainError};
use tern_proto::v1::{self, client_frame::Kind as In, server_frame::Kind as Out};
use tern_proto::{ClientFrame, CodecError};

const T0_MS: i64 = 1_700_000_000_000;

#[derive(Arbitrary, Debug)]
enum Step {
    /// Authenticate with a valid token (as the first frame, or again).
    Login { request_id: u64, cursor: Vec<u8> },
    /// Any frame, as protobuf bytes the fuzzer writes.
    Frame(Vec<u8>),
    /// Bytes that failed to decode.
    Malformed,
    TooLarge,
    /// Time passes (ms), then the session's timers run.
    Wait(u16),
    /// The oldest pending effect is answered: ok or a refusal.
    Answer { ok: bool },
    SlowConsumer,
    GoAway,
    Revoked,
}

fuzz_target!(|steps: Vec<Step>| {
    let issuer = TokenIssuer::from_seed([3; 32]);
    let t0 = Instant::now();
    let mut ms: u64 = 0;
    let now = |ms: u64| Now { at: t0 + Duration::from_millis(ms), unix_ms: T0_MS + ms as i64 };
    let mut session = Session::new("s", SessionConfig::default(), issuer.verifier(), now(0));
    let mut effects: VecDeque<Effect> = VecDeque::new();
    let mut seq = 0u64;
    for step in steps {
        let was_closed = session.is_closed();
        let actions = match step {
            Step::Login { request_id, cursor } => {
                let claims = Claims::client(UserId::from("ua"), DeviceId::from("phone"), T0_MS / 1000 + 3600);
                let auth = v1::Authenticate { token: issuer.issue(&claims), device_id: "phone".into(), cursor: cursor.into() };
                session.handle_frame(ClientFrame { request_id, kind: Some(In::Authenticate(auth)) }, now(ms))
            }
            Step::Frame(bytes) => match ClientFrame::decode(bytes.as_slice()) {
                Ok(frame) => session.handle_frame(frame, now(ms)),
                Err(e) => session.handle_decode_error(&CodecError::Malformed(e.to_string()), now(ms)),
            },
            Step::Malformed => session.handle_decode_error(&CodecError::Malformed("x".into()), now(ms)),
            Step::TooLarge => session.handle_decode_error(&CodecError::FrameTooLarge { len: 1 << 20, max: 1 << 19 }, now(ms)),
            Step::Wait(d) => {
                ms += u64::from(d);
                session.handle_timeout(now(ms))
            }
            Step::Answer { ok } => match effects.pop_front() {
                Some(effect) => answer(&mut session, effect, ok, &mut seq, now(ms)),
                None => Vec::new(),
            },
            Step::SlowConsumer => session.slow_consumer(),
            Step::GoAway => session.go_away("drain", "g2"),
            Step::Revoked => session.revoked(),
        };
        if was_closed {
            assert!(actions.is_empty(), "a closed session spoke: {actions:?}");
        }
        let mut fatal = false;
        for action in actions {
            match action {
                Action::Effect(e) => effects.push_back(e),
                Action::Send(frame) => {
                    if let Some(Out::Error(e)) = &frame.kind {
                        fatal |= e.fatal;
                    }
                }
                Action::SendEncoded(_) | Action::Close(_) => {}
            }
        }
        if fatal {
            assert!(session.is_closed(), "a fatal error left the session open");
        }
        assert_eq!(session.is_closed(), session.poll_timeout().is_none(), "an open session without a deadline");
    }
});

/// The store's (or directory's, or rate limiter's) answer to `effect`.
fn answer(session: &mut Session, effect: Effect, ok: bool, seq: &mut u64, now: Now) -> Vec<Action> {
    let refused = || DomainError::Unavailable("store down".into());
    match effect {
        Effect::Register { .. } if ok => session.registered(),
        Effect::Register { .. } => session.revoked(),
        Effect::TakeSendToken { op, .. } => session.send_token(op, ok),
        Effect::Append { op, reqs } => {
            let result = ok.then(|| {
                reqs.into_iter()
                    .map(|req| {
                        *seq += 1;
                        let message = v1::Message {
                            channel_id: req.channel.0.clone(),
                            seq: *seq,
                            sender_id: req.sender.0.clone(),
                            client_msg_id: req.client_msg_id.clone(),
                            body: req.body.clone(),
                            ..Default::default()
                        };
                        let members: Arc<[UserId]> = Arc::from(vec![req.sender.clone(), UserId::from("ub")]);
                        Ok(AppendOutcome { message, cursor: Cursor::from_u64(*seq), duplicate: false, members, prev_cursor: None })
                    })
                    .collect()
            });
            session.append_done(op, result.ok_or_else(refused), now)
        }
        Effect::ReadInbox { op, .. } => {
            let page = InboxPage { entries: Vec::new(), more: false };
            session.inbox_read(op, if ok { Ok(page) } else { Err(refused()) }, now.at)
        }
        Effect::ReadHistory { op, .. } => {
            let page = HistoryPage { messages: Vec::new(), has_older: false, has_newer: false, last_seq: *seq };
            session.history_read(op, if ok { Ok(page) } else { Err(refused()) })
        }
        Effect::MarkRead { op, seq: at, .. } => {
            let mark = ReadMark { seq: at, changed: true, receipt_to: vec![UserId::from("ub")] };
            session.read_marked(op, if ok { Ok(mark) } else { Err(DomainError::NotAMember) })
        }
        Effect::ReadConversations { op, .. } => session.conversations_read(op, if ok { Ok(Vec::new()) } else { Err(refused()) }),
        Effect::ReadChannel { op, .. } => session.channel_read(op, if ok { Ok(None) } else { Err(refused()) }),
        Effect::QueryPresence { op, .. } => session.presence_read(op, Ok(Vec::new())),
        Effect::FanOut { .. } | Effect::Notify(_) => Vec::new(),
    }
}
