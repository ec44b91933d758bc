//! Drives one client session over any transport: decoded frames in, encoded frames out.
//! The `tern_core::session::Session` decides; this loop only waits for the next thing to
//! happen (a frame, a queued delivery, a finished store call, a timer, a drain), feeds it to
//! the session, carries out the actions, and writes everything produced in one flush.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use prost::Message as _;
use tern_core::directory::{DeviceLocation, PresenceState};
use tern_core::error::StoreError;
use tern_core::model::{AppendOutcome, AppendRequest, HistoryPage, InboxPage};
use tern_core::session::{Action, CloseReason, Effect, Now, Session};
use tern_proto::{ClientFrame, CodecError};
use tracing::Instrument;

use crate::app::Gateway;
use crate::hub::{ConnHandle, Outbound};
use crate::telemetry::Traceparent;

/// Receives decoded client frames. `None` when the peer closed the stream.
pub trait FrameReader: Send {
    fn next(&mut self) -> impl Future<Output = Option<Result<ClientFrame, CodecError>>> + Send;
}

/// Sends encoded `ServerFrame`s (protobuf bytes, no length prefix). `push` only buffers;
/// `flush` writes everything buffered with as few writes as the transport allows.
pub trait FrameWriter: Send {
    fn push(&mut self, frame: Bytes);
    fn flush(&mut self) -> impl Future<Output = std::io::Result<()>> + Send;
    /// Flushes, then closes the transport gracefully.
    fn close(&mut self, reason: CloseReason) -> impl Future<Output = ()> + Send;
}

struct AppendDone {
    op: u64,
    result: Result<AppendOutcome, StoreError>,
    arrived: Instant,
    committing: Instant,
}

enum Completion {
    Inbox(u64, Result<InboxPage, StoreError>),
    History(u64, Result<HistoryPage, StoreError>),
    Presence(u64, Result<Vec<PresenceState>, String>),
}

/// Most queued deliveries taken in one turn of the loop, so one flush carries many.
const OUTBOUND_BATCH: usize = 128;

fn now() -> Now {
    Now { at: Instant::now(), unix_ms: tern_core::time::now_ms() }
}

pub async fn drive<R: FrameReader, W: FrameWriter>(gw: Arc<Gateway>, transport: &'static str, reader: R, writer: W) {
    let conn_id = gw.hub.next_conn_id();
    let session_id = format!("{}-{conn_id}", gw.id);
    let span = tracing::info_span!("session", gateway = %gw.id, session = %session_id, transport, user = tracing::field::Empty);
    run(gw, transport, conn_id, session_id, reader, writer).instrument(span).await
}

async fn run<R: FrameReader, W: FrameWriter>(
    gw: Arc<Gateway>,
    transport: &'static str,
    conn_id: u64,
    session_id: String,
    mut reader: R,
    mut writer: W,
) {
    let _open = gw.hub.open_session();
    let mut session = Session::new(session_id, gw.session_config.clone(), gw.verifier.clone(), now());
    metrics::counter!("tern_sessions_started_total", "transport" => transport).increment(1);
    metrics::gauge!("tern_sessions", "transport" => transport).increment(1.0);

    let mut conn: Option<ConnHandle> = None;
    let mut slow = None::<Arc<tokio::sync::Notify>>;
    let mut location: Option<DeviceLocation> = None;
    // Sends waiting their turn, with when they arrived (the start of send→ack latency).
    let mut appends: VecDeque<(u64, AppendRequest, Instant)> = VecDeque::new();
    let mut append_in_flight: Option<BoxFuture<'static, AppendDone>> = None;
    let mut reads: FuturesUnordered<BoxFuture<'static, Completion>> = FuturesUnordered::new();
    let mut ticker = tokio::time::interval(Duration::from_secs(1));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut close_reason = None;
    // Looked up once: deliveries are this loop's hottest path.
    let deliveries_out = metrics::counter!("tern_frames_out_total", "type" => "deliver");

    while close_reason.is_none() {
        let actions = tokio::select! {
            frame = reader.next() => match frame {
                None => break,
                Some(Ok(frame)) => {
                    metrics::counter!("tern_frames_in_total", "type" => frame_type(&frame)).increment(1);
                    session.handle_frame(frame, now())
                }
                Some(Err(e)) => session.handle_decode_error(&e, now()),
            },
            Some(first) = async { conn.as_mut().expect("guarded").rx.recv().await }, if conn.is_some() => {
                let rx = &mut conn.as_mut().expect("guarded").rx;
                let mut actions = outbound(&mut session, first);
                for _ in 1..OUTBOUND_BATCH {
                    match rx.try_recv() {
                        Ok(next) => actions.extend(outbound(&mut session, next)),
                        Err(_) => break,
                    }
                }
                actions
            }
            () = async { slow.as_ref().expect("guarded").notified().await }, if slow.is_some() => session.slow_consumer(),
            done = async { append_in_flight.as_mut().expect("guarded").await }, if append_in_flight.is_some() => {
                append_in_flight = None;
                let AppendDone { op, result, arrived, committing } = done;
                metrics::histogram!("tern_store_commit_seconds").record(committing.elapsed());
                if let Ok(outcome) = &result {
                    metrics::counter!("tern_sends_total", "result" => if outcome.duplicate { "duplicate" } else { "stored" }).increment(1);
                    if !outcome.duplicate {
                        let trace = Traceparent::new();
                        let m = &outcome.message;
                        tracing::debug!(channel = %m.channel_id, seq = m.seq, trace_id = %trace.trace_id(), span_id = %trace.span_id(), "message stored");
                        let (gw, outcome) = (gw.clone(), outcome.clone());
                        tokio::spawn(async move { gw.delivery.after_commit(&outcome, conn_id, trace).await });
                    }
                }
                let actions = session.append_done(op, result.as_ref().map_err(Clone::clone), now());
                metrics::histogram!("tern_send_ack_seconds").record(arrived.elapsed());
                actions
            }
            Some(done) = reads.next(), if !reads.is_empty() => match done {
                Completion::Inbox(op, r) => session.inbox_read(op, r),
                Completion::History(op, r) => session.history_read(op, r),
                Completion::Presence(op, r) => session.presence_read(op, r),
            },
            _ = ticker.tick() => session.tick(now()),
            // A gap in live deliveries waited long enough: the session reads it.
            () = sleep_until(session.poll_deadline()), if session.poll_deadline().is_some() => session.tick(now()),
        };

        for action in actions {
            match action {
                Action::Send(frame) => {
                    if let Some(tern_proto::v1::server_frame::Kind::Error(e)) = &frame.kind {
                        let code =
                            tern_proto::v1::ErrorCode::try_from(e.code).map(|c| c.as_str_name()).unwrap_or("UNKNOWN");
                        metrics::counter!("tern_errors_total", "code" => code).increment(1);
                    }
                    metrics::counter!("tern_frames_out_total", "type" => server_frame_type(&frame)).increment(1);
                    writer.push(Bytes::from(frame.encode_to_vec()));
                }
                Action::SendEncoded(bytes) => {
                    deliveries_out.increment(1);
                    writer.push(bytes)
                }
                Action::Close(reason) => close_reason = Some(reason),
                Action::Effect(Effect::Register { user, device }) => {
                    tracing::Span::current().record("user", user.as_str());
                    let loc = DeviceLocation { user: user.clone(), device, gateway: gw.id.clone(), conn: conn_id };
                    let handle = gw.hub.add(loc.clone(), transport);
                    slow = Some(handle.slow.clone());
                    conn = Some(handle);
                    session.attach_send_rate(gw.hub.send_rate(&user));
                    match gw.directory.register(&loc, tern_core::time::now_ms()).await {
                        Ok(Some(change)) => gw.spawn_presence(change),
                        Ok(None) => {}
                        Err(e) => {
                            tracing::warn!(error = %e, "directory register failed; live delivery from other gateways may lag")
                        }
                    }
                    location = Some(loc);
                }
                Action::Effect(Effect::Append { op, req }) => appends.push_back((op, req, Instant::now())),
                Action::Effect(Effect::ReadInbox { op, after, limit }) => {
                    let (store, user) =
                        (gw.store.clone(), location.as_ref().map(|l| l.user.clone()).expect("registered"));
                    reads.push(Box::pin(async move {
                        Completion::Inbox(op, store.inbox_after(&user, &after, limit).await)
                    }));
                }
                Action::Effect(Effect::ReadHistory { op, channel, anchor, limit }) => {
                    let (store, user) =
                        (gw.store.clone(), location.as_ref().map(|l| l.user.clone()).expect("registered"));
                    reads.push(Box::pin(async move {
                        Completion::History(op, store.history(&channel, &user, anchor, limit).await)
                    }));
                }
                Action::Effect(Effect::QueryPresence { op, users }) => {
                    let directory = gw.directory.clone();
                    reads.push(Box::pin(async move {
                        Completion::Presence(op, directory.presence(&users).await.map_err(|e| e.to_string()))
                    }));
                }
            }
        }
        // One append at a time per session keeps a client's messages in the order it sent
        // them; the store still commits many sessions' appends together.
        if append_in_flight.is_none()
            && let Some((op, req, arrived)) = appends.pop_front()
        {
            let store = gw.store.clone();
            append_in_flight = Some(Box::pin(async move {
                let committing = Instant::now();
                AppendDone { op, result: store.append(req).await, arrived, committing }
            }));
        }
        // A client that stops reading fills the socket; its queue then fills and it is
        // signalled slow, but a write that cannot finish must not hold the session forever.
        match tokio::time::timeout(gw.write_timeout, writer.flush()).await {
            Ok(Ok(())) => {}
            Ok(Err(_)) => break,
            Err(_) => {
                metrics::counter!("tern_slow_consumer_total").increment(1);
                tracing::debug!("write timed out: closing a session that does not read");
                close_reason = Some(CloseReason::SlowConsumer);
                break;
            }
        }
    }

    // Out of the hub before the goodbye: nothing may be queued to a closing session, and
    // whoever sees it closed must not find it listed.
    if location.is_some() {
        gw.hub.remove(conn_id);
    }
    if let Some(reason) = close_reason {
        tracing::debug!(?reason, "closing session");
        // Bounded too: a peer that does not read cannot be told goodbye.
        let _ = tokio::time::timeout(gw.write_timeout, writer.close(reason)).await;
    }
    let reason = close_reason.map(CloseReason::as_str).unwrap_or("client_closed");
    metrics::counter!("tern_sessions_ended_total", "transport" => transport, "reason" => reason).increment(1);
    metrics::gauge!("tern_sessions", "transport" => transport).decrement(1.0);
    if let Some(loc) = location {
        match gw.directory.unregister(&loc, tern_core::time::now_ms()).await {
            Ok(Some(change)) => gw.spawn_presence(change),
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(error = %e, "directory unregister failed; the lease will expire")
            }
        }
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    if let Some(d) = deadline {
        tokio::time::sleep_until(d.into()).await;
    }
}

fn outbound(session: &mut Session, out: Outbound) -> Vec<Action> {
    match out {
        Outbound::Deliver(delivery) => session.live(Arc::unwrap_or_clone(delivery), Instant::now()),
        Outbound::Presence(state) => session.presence_event(&state),
        Outbound::GoAway(suggested) => session.go_away("gateway draining", &suggested),
        Outbound::Kick(reason) => {
            metrics::counter!("tern_kicked_total").increment(1);
            session.kick(&reason)
        }
    }
}

fn server_frame_type(frame: &tern_proto::ServerFrame) -> &'static str {
    use tern_proto::v1::server_frame::Kind;
    match frame.kind {
        Some(Kind::Authenticated(_)) => "authenticated",
        Some(Kind::Ack(_)) => "ack",
        Some(Kind::Deliver(_)) => "deliver",
        Some(Kind::Sync(_)) => "sync_page",
        Some(Kind::History(_)) => "history_page",
        Some(Kind::Presence(_)) => "presence_result",
        Some(Kind::PresenceEvent(_)) => "presence_event",
        Some(Kind::HeartbeatAck(_)) => "heartbeat_ack",
        Some(Kind::Error(_)) => "error",
        Some(Kind::GoAway(_)) => "go_away",
        None => "empty",
    }
}

fn frame_type(frame: &ClientFrame) -> &'static str {
    use tern_proto::v1::client_frame::Kind;
    match frame.kind {
        Some(Kind::Authenticate(_)) => "authenticate",
        Some(Kind::Send(_)) => "send",
        Some(Kind::Sync(_)) => "sync",
        Some(Kind::History(_)) => "history",
        Some(Kind::PresenceQuery(_)) => "presence_query",
        Some(Kind::Heartbeat(_)) => "heartbeat",
        None => "empty",
    }
}
