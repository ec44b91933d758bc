//! Drives one client session over any transport: an executor of the session's effects. The
//! `tern_domain::session::Session` decides everything; this loop only waits for the next
//! thing to happen (a frame, a queued delivery, an answered effect, the session's own
//! deadline, a slow-consumer signal), feeds it to the session, carries out the actions it
//! returns, and writes everything they produced in one flush. Every effect is executed one
//! way: answered at once when it needs no I/O (a send token), else as a future whose answer
//! is fed back when it completes.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use futures::StreamExt;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use prost::Message as _;
use tern_domain::DomainError;
use tern_domain::model::{AppendOutcome, ChannelInfo, Conversation, HistoryPage, InboxPage, ReadMark};
use tern_domain::ports::directory::{DeviceLocation, DirectoryError, PresenceState};
use tern_domain::session::{Action, CloseReason, Effect, Session};
use tern_proto::{ClientFrame, CodecError};
use tracing::Instrument;

use crate::clock::{now, now_ms};
use crate::cluster::fanout::{self, Committed};
use crate::context::Gateway;
use crate::edge::hub::{ConnHandle, Outbound};
use crate::edge::traced::SessionTraces;
use crate::ops::telemetry::{client_frame_type, server_frame_type};

/// Receives decoded client frames. `None` when the peer closed the stream.
pub trait FrameReader: Send {
    fn next(&mut self) -> impl Future<Output = Option<Result<ClientFrame, CodecError>>> + Send;

    /// While the gateway says goodbye: consumes what the client still sends until it closes
    /// its side, so the connection ends with a close and not a reset (which could discard
    /// the goodbye on the client before it is read). Bounded by the caller.
    fn linger(&mut self) -> impl Future<Output = ()> + Send {
        async {}
    }
}

/// Sends encoded `ServerFrame`s (protobuf bytes, no length prefix). `push` only buffers;
/// `flush` writes everything buffered with as few writes as the transport allows.
pub trait FrameWriter: Send {
    fn push(&mut self, frame: Bytes);
    fn flush(&mut self) -> impl Future<Output = std::io::Result<()>> + Send;
    /// Flushes, then closes the transport gracefully.
    fn close(&mut self, reason: CloseReason) -> impl Future<Output = ()> + Send;
}

/// An effect's answer, to be fed back to the session.
enum Answer {
    Registered(Result<Option<PresenceState>, DirectoryError>),
    /// Whether the session's token was revoked by a logout; the device to register if not.
    TokenChecked {
        location: DeviceLocation,
        revoked: bool,
    },
    Append {
        op: u64,
        result: Result<Vec<Result<AppendOutcome, DomainError>>, DomainError>,
        arrived: Instant,
    },
    Inbox(u64, Result<InboxPage, DomainError>),
    History(u64, Result<HistoryPage, DomainError>),
    Presence(u64, Result<Vec<PresenceState>, DirectoryError>),
    Read(u64, Result<ReadMark, DomainError>),
    Conversations(u64, Result<Vec<Conversation>, DomainError>),
    Channel(u64, Result<Option<ChannelInfo>, DomainError>),
}

/// What one turn queued for its write.
#[derive(Default)]
struct Written {
    frames: usize,
    deliveries: u64,
}

/// Most queued items taken in one turn of the loop, so one flush carries many.
const OUTBOUND_BATCH: usize = 128;

pub async fn drive<R: FrameReader, W: FrameWriter>(gw: Arc<Gateway>, transport: &'static str, reader: R, writer: W) {
    let conn_id = gw.hub.next_conn_id();
    let session_id = format!("{}-{conn_id}", gw.id);
    let span = tracing::info_span!("session", gateway = %gw.id, session = %session_id, transport, user = tracing::field::Empty);
    let session = Session::new(session_id.clone(), gw.session_config.clone(), gw.verifier.clone(), now());
    let work = FuturesUnordered::new();
    let traced = SessionTraces::default();
    Driver { gw, transport, conn_id, session_id, session, conn: None, location: None, work, close: None, traced }
        .run(reader, writer)
        .instrument(span)
        .await;
}

struct Driver {
    gw: Arc<Gateway>,
    transport: &'static str,
    conn_id: u64,
    session_id: String,
    session: Session,
    /// The session's queue in the hub, once registered.
    conn: Option<ConnHandle>,
    location: Option<DeviceLocation>,
    /// Effects under way.
    work: FuturesUnordered<BoxFuture<'static, Answer>>,
    close: Option<CloseReason>,
    /// This session's sampled messages, while traces are exported.
    traced: SessionTraces,
}

impl Driver {
    async fn run<R: FrameReader, W: FrameWriter>(mut self, mut reader: R, mut writer: W) {
        let gw = self.gw.clone();
        let _open = gw.hub.open_session();
        metrics::counter!("tern_sessions_started_total", "transport" => self.transport).increment(1);
        metrics::gauge!("tern_sessions", "transport" => self.transport).increment(1.0);
        // Looked up once: deliveries are this loop's hottest path, counted once per write.
        let deliveries_out = metrics::counter!("tern_frames_out_total", "type" => "deliver");
        let frames_per_write = metrics::histogram!("tern_frames_per_write");
        // One timer for every deadline the session has, moved only when the deadline does.
        let mut deadline = self.session.poll_timeout();
        let timer = tokio::time::sleep_until(deadline.unwrap_or_else(far_future).into());
        tokio::pin!(timer);

        while self.close.is_none() {
            let conn = self.conn.as_mut();
            let (rx, slow) = match conn {
                Some(c) => (Some(&mut c.rx), Some(c.slow.clone())),
                None => (None, None),
            };
            let actions = tokio::select! {
                frame = reader.next() => match frame {
                    None => break,
                    Some(Ok(frame)) => {
                        metrics::counter!("tern_frames_in_total", "type" => client_frame_type(&frame)).increment(1);
                        if gw.traces.enabled() {
                            self.traced.received(&gw.traces, &frame);
                        }
                        self.session.handle_frame(frame, now())
                    }
                    Some(Err(e)) => self.session.handle_decode_error(&e, now()),
                },
                Some(first) = recv(rx) => {
                    let mut actions = self.outbound(first);
                    for _ in 1..OUTBOUND_BATCH {
                        match self.conn.as_mut().expect("registered").rx.try_recv() {
                            Ok(next) => actions.extend(self.outbound(next)),
                            Err(_) => break,
                        }
                    }
                    actions
                }
                () = notified(slow) => self.session.slow_consumer(),
                Some(answer) = self.work.next(), if !self.work.is_empty() => self.answer(answer),
                () = &mut timer, if deadline.is_some() => self.session.handle_timeout(now()),
            };
            let written = self.carry_out(actions, &mut writer);
            if written.frames > 0 {
                deliveries_out.increment(written.deliveries);
                frames_per_write.record(written.frames as f64);
            }
            // A client that stops reading fills the socket; its queue then fills and it is
            // signalled slow, but a write that cannot finish must not hold the session forever.
            // The timer is armed only for a write that does not finish at once (the usual
            // write does, and a timer per write would cost every delivery).
            let flushed = {
                let mut flush = std::pin::pin!(writer.flush());
                match futures::poll!(flush.as_mut()) {
                    std::task::Poll::Ready(result) => Ok(result),
                    std::task::Poll::Pending => tokio::time::timeout(gw.write_timeout, flush).await,
                }
            };
            let stalled = match flushed {
                Ok(Ok(())) => false,
                Ok(Err(_)) => break,
                Err(_) => true,
            };
            if gw.traces.enabled() {
                let user = self.location.as_ref().map_or("", |l| l.user.as_str());
                self.traced.written(&gw.traces, &self.session_id, user, self.transport, written.frames);
            }
            if stalled {
                if self.close.is_none() {
                    metrics::counter!("tern_slow_consumer_total").increment(1);
                    tracing::debug!("write timed out: closing a session that does not read");
                    // The client is told why (after what it has not read yet), if it reads
                    // again within the goodbye.
                    let goodbye = self.session.slow_consumer();
                    self.carry_out(goodbye, &mut writer);
                }
                self.close.get_or_insert(CloseReason::SlowConsumer);
                break;
            }
            let next = self.session.poll_timeout();
            if next != deadline {
                deadline = next;
                if let Some(at) = deadline {
                    timer.as_mut().reset(at.into());
                }
            }
        }
        self.finish(reader, writer).await;
    }

    /// Feeds a queued message to the session.
    fn outbound(&mut self, out: Outbound) -> Vec<Action> {
        match out {
            Outbound::Deliver(deliveries) => {
                if self.gw.traces.enabled() {
                    self.traced.taken(&deliveries);
                }
                let now = Instant::now();
                deliveries.iter().flat_map(|d| self.session.live(d, now)).collect()
            }
            Outbound::Presence(state) => self.session.presence_event(&state),
            Outbound::Notice(frame) => self.session.notice(&frame),
            Outbound::GoAway(suggested) => self.session.go_away("gateway draining", &suggested),
            Outbound::Kick(reason) => {
                metrics::counter!("tern_kicked_total").increment(1);
                self.session.kick(&reason)
            }
        }
    }

    /// Feeds an effect's answer to the session.
    fn answer(&mut self, answer: Answer) -> Vec<Action> {
        match answer {
            Answer::Registered(result) => {
                match result {
                    Ok(Some(change)) => fanout::spawn_presence(&self.gw, change),
                    Ok(None) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "directory register failed; live delivery from other gateways may lag");
                    }
                }
                self.session.registered()
            }
            Answer::TokenChecked { revoked: true, .. } => {
                metrics::counter!("tern_errors_total", "code" => "TOKEN_REVOKED").increment(1);
                self.session.revoked()
            }
            Answer::TokenChecked { location, revoked: false } => {
                let gw = &self.gw;
                // In the hub at once (local deliveries are held by the catch-up from now on);
                // the session reads its inbox once the directory has it too.
                self.conn = Some(gw.hub.add(location.clone(), self.transport, now_ms()));
                self.location = Some(location.clone());
                let directory = gw.directory.clone();
                self.work
                    .push(Box::pin(async move { Answer::Registered(directory.register(&location, now_ms()).await) }));
                Vec::new()
            }
            Answer::Append { op, result, arrived } => {
                let took = arrived.elapsed();
                if self.gw.traces.enabled() {
                    let started = std::time::SystemTime::now() - took;
                    self.traced.committed(&self.gw.traces, op, started, &result);
                }
                metrics::histogram!("tern_store_commit_seconds").record(took);
                if let Ok(outcomes) = &result {
                    let duplicates = outcomes.iter().filter(|o| o.as_ref().is_ok_and(|o| o.duplicate)).count();
                    let stored = outcomes.iter().filter(|o| o.is_ok()).count() - duplicates;
                    metrics::counter!("tern_sends_total", "result" => "stored").increment(stored as u64);
                    metrics::counter!("tern_sends_total", "result" => "duplicate").increment(duplicates as u64);
                }
                let actions = self.session.append_done(op, result, now());
                // Per batch: each of its sends waited about this long for its ack.
                metrics::histogram!("tern_send_ack_seconds").record(took);
                actions
            }
            Answer::Inbox(op, r) => self.session.inbox_read(op, r, Instant::now()),
            Answer::History(op, r) => self.session.history_read(op, r),
            Answer::Presence(op, r) => self.session.presence_read(op, r),
            Answer::Read(op, r) => self.session.read_marked(op, r),
            Answer::Conversations(op, r) => self.session.conversations_read(op, r),
            Answer::Channel(op, r) => self.session.channel_read(op, r),
        }
    }

    /// Carries out the actions, and those that effects answered at once produce in turn;
    /// returns what it queued for the next write.
    fn carry_out(&mut self, actions: Vec<Action>, writer: &mut impl FrameWriter) -> Written {
        let mut written = Written::default();
        let mut queue = VecDeque::from(actions);
        while let Some(action) = queue.pop_front() {
            match action {
                Action::Send(frame) => {
                    if let Some(tern_proto::v1::server_frame::Kind::Error(e)) = &frame.kind {
                        let code =
                            tern_proto::v1::ErrorCode::try_from(e.code).map(|c| c.as_str_name()).unwrap_or("UNKNOWN");
                        metrics::counter!("tern_errors_total", "code" => code).increment(1);
                    }
                    metrics::counter!("tern_frames_out_total", "type" => server_frame_type(&frame)).increment(1);
                    writer.push(Bytes::from(frame.encode_to_vec()));
                    written.frames += 1;
                }
                Action::SendEncoded(bytes) => {
                    writer.push(bytes);
                    written.frames += 1;
                    written.deliveries += 1;
                }
                Action::Close(reason) => self.close = Some(reason),
                Action::Effect(effect) => queue.extend(self.execute(effect)),
            }
        }
        written
    }

    /// Starts an effect; returns the session's answer to one that completes at once.
    fn execute(&mut self, effect: Effect) -> Vec<Action> {
        let gw = &self.gw;
        match effect {
            Effect::Register { user, device, issued_at_ms } => {
                tracing::Span::current().record("user", user.as_str());
                let location = DeviceLocation { user, device, gateway: gw.id.clone(), conn: self.conn_id };
                // A logged-out device goes no further: never in the hub or the directory,
                // nothing read. The check comes first, so registration itself runs as before.
                let gw = gw.clone();
                self.work.push(Box::pin(async move {
                    let (user, device) = (&location.user, &location.device);
                    let revoked = match gw.revocations.revoked_now(&*gw.store, user, device, issued_at_ms).await {
                        Ok(revoked) => revoked,
                        // As for REST calls: a store that cannot answer does not log everyone out.
                        Err(e) => {
                            tracing::warn!(error = %e, "revocations unavailable; token accepted");
                            false
                        }
                    };
                    Answer::TokenChecked { location, revoked }
                }));
                Vec::new()
            }
            Effect::TakeSendToken { op, user } => {
                let granted = gw.hub.take_send_token(&user, Instant::now());
                self.session.send_token(op, granted)
            }
            Effect::Append { op, reqs } => {
                if gw.traces.enabled() {
                    self.traced.appending(op, &reqs);
                }
                let (store, arrived) = (gw.store.clone(), Instant::now());
                self.work.push(Box::pin(async move {
                    Answer::Append { op, result: store.append_batch(reqs).await, arrived }
                }));
                Vec::new()
            }
            Effect::FanOut { outcomes } => {
                let traces = self.traced.roots(&outcomes);
                gw.fanout.push(Committed { outcomes, sender_conn: self.conn_id, traces });
                Vec::new()
            }
            Effect::ReadInbox { op, user, after, limit } => {
                let store = gw.store.clone();
                self.work.push(Box::pin(async move { Answer::Inbox(op, store.inbox_after(user, after, limit).await) }));
                Vec::new()
            }
            Effect::ReadHistory { op, channel, reader, anchor, limit } => {
                let store = gw.store.clone();
                self.work.push(Box::pin(async move {
                    Answer::History(op, store.history(channel, reader, anchor, limit).await)
                }));
                Vec::new()
            }
            Effect::MarkRead { op, user, channel, position, seq } => {
                let store = gw.store.clone();
                self.work.push(Box::pin(async move {
                    Answer::Read(op, store.mark_read(user, channel, position, seq).await)
                }));
                Vec::new()
            }
            Effect::ReadConversations { op, user } => {
                let store = gw.store.clone();
                self.work.push(Box::pin(async move { Answer::Conversations(op, store.conversations(user).await) }));
                Vec::new()
            }
            Effect::ReadChannel { op, channel } => {
                let store = gw.store.clone();
                self.work.push(Box::pin(async move { Answer::Channel(op, store.channel(channel).await) }));
                Vec::new()
            }
            Effect::Notify(notice) => {
                fanout::spawn_notices(gw, [notice]);
                Vec::new()
            }
            Effect::QueryPresence { op, asker, users } => {
                let gw = gw.clone();
                self.work.push(Box::pin(async move { Answer::Presence(op, gw.presence_for(asker, users).await) }));
                Vec::new()
            }
        }
    }

    async fn finish<R: FrameReader, W: FrameWriter>(self, mut reader: R, mut writer: W) {
        let gw = &self.gw;
        // Out of the hub before the goodbye: nothing may be queued to a closing session, and
        // whoever sees it closed must not find it listed.
        if self.location.is_some() {
            gw.hub.remove(self.conn_id);
        }
        // The goodbye and going offline run side by side: a client that vanished never
        // answers the goodbye, and its friends should not wait out the write timeout for that.
        let goodbye = async {
            if let Some(reason) = self.close {
                tracing::debug!(?reason, "closing session");
                // Bounded too: a peer that does not read cannot be told goodbye. What it sends
                // meanwhile (its answer to the close, at best) is read, not left to reset the
                // connection.
                let goodbye = async { tokio::join!(writer.close(reason), reader.linger()) };
                let _ = tokio::time::timeout(gw.write_timeout, goodbye).await;
            }
        };
        let offline = async {
            if let Some(loc) = &self.location {
                match gw.directory.unregister(loc, now_ms()).await {
                    Ok(Some(change)) => fanout::spawn_presence(gw, change),
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "directory unregister failed; the lease will expire"),
                }
            }
        };
        tokio::join!(goodbye, offline);
        let reason = self.close.map(CloseReason::as_str).unwrap_or("client_closed");
        metrics::counter!("tern_sessions_ended_total", "transport" => self.transport, "reason" => reason).increment(1);
        metrics::gauge!("tern_sessions", "transport" => self.transport).decrement(1.0);
    }
}

/// The next queued message, once the session has a queue (never, before).
async fn recv(rx: Option<&mut tokio::sync::mpsc::Receiver<Outbound>>) -> Option<Outbound> {
    match rx {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}

/// The slow-consumer signal, once the session has a queue.
async fn notified(slow: Option<Arc<tokio::sync::Notify>>) {
    match slow {
        Some(slow) => slow.notified().await,
        None => std::future::pending().await,
    }
}

/// A deadline for a timer that must not fire (the session has none).
fn far_future() -> Instant {
    Instant::now() + std::time::Duration::from_secs(86_400 * 365)
}
