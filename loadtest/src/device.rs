//! One device: one task that owns its session, sends what the ticker schedules for it, reads
//! everything the gateway hands it, heartbeats, and survives its gateway: on a dead session,
//! a fatal error or a GoAway it reconnects (suggested gateway, discovery, the other gateways)
//! with its cursor and re-sends every unacked message with the same client_msg_id.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

use bytes::Bytes;
use tern_client::{Connection, Transport};
use tern_proto::ClientFrame;
use tern_proto::v1::{self, ErrorCode, client_frame, server_frame};
use tokio::sync::{Semaphore, mpsc, oneshot, watch};
use tokio::time::Instant;

use crate::audit::{AckRecord, DeviceAudit};
use crate::metrics::Metrics;
use crate::net::Targets;
use crate::provision::Plan;

/// A send the ticker scheduled: `scheduled_ns` is when it should have gone out, the origin
/// of its latencies.
pub struct SendCmd {
    pub channel: u32,
    pub scheduled_ns: u64,
}

/// Everything the device tasks share.
pub struct Ctx {
    pub metrics: Arc<Metrics>,
    pub targets: Arc<Targets>,
    pub plan: Arc<Plan>,
    pub connect_permits: Arc<Semaphore>,
    pub stop: watch::Receiver<bool>,
    /// No reconnect attempt starts after this.
    pub hard_deadline: Instant,
    pub dead_after: Duration,
    /// Heartbeat interval chosen on the command line, instead of the gateway's.
    pub heartbeat: Option<Duration>,
    pub body_size: usize,
    /// Edit every Nth acked message (0: never); see `--edit-every`.
    pub edit_every: u64,
    /// Confirm others' messages with MarkDelivered (`--delivery-receipts`).
    pub delivery_receipts: bool,
    pub run_tag: String,
}

/// The wait that folds a burst of arrivals into one delivery mark per channel (as the JS
/// client's `deliveryDelayMs`).
const DELIVERY_MARK_DELAY: Duration = Duration::from_millis(250);

/// An edit or delete a device sends of one of its acked messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Edit(u64),
    Delete(u64),
}

/// What a device leaves behind.
pub struct Outcome {
    pub audit: DeviceAudit,
    /// Sent at least once, never acked nor refused.
    pub unacked: usize,
}

struct PendingSend {
    channel: u32,
    client_msg_id: String,
    body: String,
    scheduled_ns: u64,
    on_wire: bool,
    retries: u32,
    /// An edit or delete of this run's message (seq) instead of a new message.
    change: Option<Change>,
}

enum End {
    Stopped,
    Lost {
        suggested: Option<String>,
    },
    /// The gateway refused the token: reconnecting cannot help.
    Refused,
}

/// Per-session state.
struct Session {
    auth_id: u64,
    started: Instant,
    authenticated: bool,
    caught_up: bool,
    last_rx: Instant,
    last_tx: Instant,
    heartbeat: Duration,
    heartbeat_outstanding: bool,
}

const MAX_RETRIES: u32 = 10;
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
const INITIAL_CONNECT_ATTEMPTS: u32 = 5;

pub async fn run(
    ctx: Arc<Ctx>,
    idx: usize,
    cmds: mpsc::UnboundedReceiver<SendCmd>,
    ready: oneshot::Sender<bool>,
) -> Outcome {
    let plan = &ctx.plan;
    let d = &plan.devices[idx];
    let user = &plan.users[d.user];
    let token = user.tokens[d.name.trim_start_matches('d').parse::<usize>().unwrap_or(0)].clone();
    let mut task = Device {
        idx,
        token,
        name: d.name.clone(),
        transport: d.transport,
        source: d.source,
        gateway_url: ctx.targets.initial[d.gateway].url.clone(),
        cursor: Bytes::new(),
        session_no: 0,
        lost_at: None,
        next_request: 1,
        counter: 0,
        acked_plain: 0,
        pending: BTreeMap::new(),
        waiting: Vec::new(),
        retry_at: Vec::new(),
        user_id: user.id.clone(),
        received: BTreeMap::new(),
        marks_due: None,
        audit: DeviceAudit::default(),
        ctx: ctx.clone(),
    };
    task.run(cmds, ready).await
}

struct Device {
    ctx: Arc<Ctx>,
    idx: usize,
    token: String,
    name: String,
    transport: Transport,
    source: Option<IpAddr>,
    gateway_url: String,
    /// The highest inbox cursor handed to this device (bytewise), sent on every reconnect.
    cursor: Bytes,
    session_no: u32,
    /// When the last session was lost, until the next one authenticates.
    lost_at: Option<Instant>,
    next_request: u64,
    counter: u64,
    /// Plain messages acked (not edits or deletes): every `edit_every`th gets an edit.
    acked_plain: u64,
    /// Sends on the current session, by request id.
    pending: BTreeMap<u64, PendingSend>,
    /// To (re)send as soon as a session has caught up.
    waiting: Vec<PendingSend>,
    /// Refused with RATE_LIMITED or UNAVAILABLE: to re-send (same client_msg_id) later.
    retry_at: Vec<(Instant, PendingSend)>,
    user_id: String,
    /// Others' messages received and not yet confirmed: the highest seq per channel id.
    received: BTreeMap<String, u64>,
    /// When the received ones are confirmed (`--delivery-receipts`).
    marks_due: Option<Instant>,
    audit: DeviceAudit,
}

fn jitter(d: Duration) -> Duration {
    d.mul_f64(0.5 + rand::random::<f64>())
}

impl Device {
    fn stopping(&self) -> bool {
        *self.ctx.stop.borrow()
    }

    fn request_id(&mut self) -> u64 {
        let id = self.next_request;
        self.next_request += 1;
        id
    }

    async fn run(&mut self, mut cmds: mpsc::UnboundedReceiver<SendCmd>, ready: oneshot::Sender<bool>) -> Outcome {
        let m = self.ctx.metrics.clone();
        let mut ready = Some(ready);
        let mut suggested: Option<String> = None;
        let mut failures = 0u32;
        let mut cmds_open = true;
        let mut stop = self.ctx.stop.clone();
        while !self.stopping() {
            let candidates = if self.session_no == 0 {
                vec![self.gateway_url.clone()]
            } else {
                self.ctx.targets.candidates(suggested.take().as_deref(), &self.gateway_url).await
            };
            let mut connected = None;
            for url in candidates {
                if self.stopping() {
                    break;
                }
                let Ok(gateway) = self.ctx.targets.pin(&url).await else {
                    m.client_error("gateway unreachable (GET /v1/info)");
                    continue;
                };
                let _permit = self.ctx.connect_permits.acquire().await;
                let started = Instant::now();
                match self.ctx.targets.connect(self.transport, &gateway, self.source).await {
                    Ok(conn) => {
                        connected = Some((conn, started, url));
                        break;
                    }
                    Err(e) => {
                        m.client_error(&connect_error_kind(&e));
                        self.ctx.targets.forget(&url);
                    }
                }
            }
            let Some((mut conn, started, url)) = connected else {
                failures += 1;
                if ready.is_some() && failures >= INITIAL_CONNECT_ATTEMPTS {
                    m.client_error("device gave up connecting");
                    break;
                }
                if Instant::now() > self.ctx.hard_deadline {
                    break;
                }
                let backoff =
                    jitter(Duration::from_millis(100) * 2u32.pow(failures.min(6))).min(Duration::from_secs(5));
                tokio::select! {
                    _ = tokio::time::sleep(backoff) => {}
                    _ = stop.changed() => {}
                }
                continue;
            };
            if self.session_no > 0 {
                m.reconnects.fetch_add(1, Relaxed);
            }
            self.gateway_url = url;
            let (end, session) = self.session(&mut conn, started, &mut cmds, &mut cmds_open, &mut ready).await;
            if session.authenticated {
                m.on_disconnected();
            }
            // Whatever was not acked goes out again on the next session, same client_msg_id.
            self.waiting.extend(std::mem::take(&mut self.pending).into_values());
            match end {
                End::Stopped => {
                    conn.close().await;
                    break;
                }
                End::Refused => break,
                End::Lost { suggested: s } => {
                    m.sessions_lost.fetch_add(1, Relaxed);
                    self.lost_at.get_or_insert_with(Instant::now);
                    suggested = s;
                    failures = if session.started.elapsed() > Duration::from_secs(2) { 0 } else { failures + 1 };
                    drop(conn);
                    if Instant::now() > self.ctx.hard_deadline {
                        break;
                    }
                    // Spread the herd of devices that lost the same gateway.
                    let pause = jitter(Duration::from_millis(250) * 2u32.pow(failures.min(4)));
                    tokio::select! {
                        _ = tokio::time::sleep(pause) => {}
                        _ = stop.changed() => {}
                    }
                }
            }
        }
        if let Some(r) = ready.take() {
            let _ = r.send(false);
        }
        let mut unsent = 0;
        cmds.close();
        while cmds.try_recv().is_ok() {
            unsent += 1;
        }
        let leftovers = self.waiting.iter().chain(self.retry_at.iter().map(|(_, p)| p));
        let (on_wire, never): (Vec<_>, Vec<_>) = leftovers.partition(|p| p.on_wire);
        m.unsent.fetch_add((unsent + never.len()) as u64, Relaxed);
        Outcome { audit: std::mem::take(&mut self.audit), unacked: on_wire.len() }
    }

    async fn write(&mut self, conn: &mut Connection, frame: &ClientFrame) -> bool {
        match tokio::time::timeout(WRITE_TIMEOUT, conn.send(frame)).await {
            Ok(Ok(())) => true,
            Ok(Err(_)) => {
                self.ctx.metrics.client_error("write failed");
                false
            }
            Err(_) => {
                self.ctx.metrics.client_error("write timed out");
                false
            }
        }
    }

    /// One session, from Authenticate to its end.
    async fn session(
        &mut self,
        conn: &mut Connection,
        started: Instant,
        cmds: &mut mpsc::UnboundedReceiver<SendCmd>,
        cmds_open: &mut bool,
        ready: &mut Option<oneshot::Sender<bool>>,
    ) -> (End, Session) {
        self.session_no += 1;
        let now = Instant::now();
        let mut s = Session {
            auth_id: self.request_id(),
            started,
            authenticated: false,
            caught_up: false,
            last_rx: now,
            last_tx: now,
            heartbeat: Duration::from_secs(5),
            heartbeat_outstanding: false,
        };
        let auth =
            v1::Authenticate { token: self.token.clone(), device_id: self.name.clone(), cursor: self.cursor.clone() };
        let frame = ClientFrame { request_id: s.auth_id, kind: Some(client_frame::Kind::Authenticate(auth)) };
        if !self.write(conn, &frame).await {
            return (End::Lost { suggested: None }, s);
        }
        let mut stop = self.ctx.stop.clone();
        // Each device wakes once a second (retries, liveness), or every fifth of a long
        // heartbeat interval: 50k idle devices waking every second would load the core.
        let period = self.ctx.heartbeat.map_or(Duration::from_secs(1), |h| (h / 5).max(Duration::from_secs(1)));
        let first_tick = now + Duration::from_millis(rand::random::<u64>() % period.as_millis() as u64);
        let mut tick = tokio::time::interval_at(first_tick, period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let end = loop {
            if self.stopping() {
                break End::Stopped;
            }
            // Unbiased: a device flooded with deliveries still gets to send and heartbeat.
            tokio::select! {
                changed = stop.changed() => {
                    if changed.is_err() {
                        break End::Stopped;
                    }
                }
                frame = conn.recv() => {
                    let Ok(Some(frame)) = frame else {
                        self.ctx.metrics.client_error("session closed by the gateway or the network");
                        break End::Lost { suggested: None };
                    };
                    s.last_rx = Instant::now();
                    if let Some(end) = self.on_frame(conn, &mut s, frame, ready).await {
                        break end;
                    }
                }
                cmd = cmds.recv(), if *cmds_open && s.caught_up => {
                    let Some(cmd) = cmd else {
                        *cmds_open = false;
                        continue;
                    };
                    let p = self.new_send(cmd);
                    if !self.transmit(conn, &mut s, p).await {
                        break End::Lost { suggested: None };
                    }
                }
                _ = tick.tick() => {
                    if let Some(end) = self.on_tick(conn, &mut s).await {
                        break end;
                    }
                }
                _ = tokio::time::sleep_until(self.marks_due.unwrap_or(now)), if self.marks_due.is_some() => {
                    if !self.send_delivery_marks(conn, &mut s).await {
                        break End::Lost { suggested: None };
                    }
                }
            }
        };
        (end, s)
    }

    fn new_send(&mut self, cmd: SendCmd) -> PendingSend {
        self.counter += 1;
        let client_msg_id = format!("{}-{}-{}", self.ctx.run_tag, self.idx, self.counter);
        let mut body = format!("{} {} ", cmd.scheduled_ns, client_msg_id);
        if body.len() < self.ctx.body_size {
            body.extend(std::iter::repeat_n('x', self.ctx.body_size - body.len()));
        }
        PendingSend {
            channel: cmd.channel,
            client_msg_id,
            body,
            scheduled_ns: cmd.scheduled_ns,
            on_wire: false,
            retries: 0,
            change: None,
        }
    }

    /// After an ack: every `edit_every`th acked message gets an edit, and every second edited
    /// one a delete once its edit is acked.
    fn follow_up(&mut self, acked: &PendingSend, seq: u64, duplicate: bool) -> Option<PendingSend> {
        let every = self.ctx.edit_every;
        if every == 0 || duplicate {
            return None;
        }
        let (change, suffix, body) = match acked.change {
            None => {
                self.acked_plain += 1;
                if !self.acked_plain.is_multiple_of(every) {
                    return None;
                }
                let body = format!("{} edited {}", self.ctx.metrics.clock.now_ns(), acked.client_msg_id);
                (Change::Edit(seq), "e", body)
            }
            Some(Change::Edit(original)) if (self.acked_plain / every).is_multiple_of(2) => {
                (Change::Delete(original), "d", String::new())
            }
            Some(_) => return None,
        };
        Some(PendingSend {
            channel: acked.channel,
            client_msg_id: format!("{}-{suffix}", acked.client_msg_id),
            body,
            scheduled_ns: self.ctx.metrics.clock.now_ns(),
            on_wire: false,
            retries: 0,
            change: Some(change),
        })
    }

    async fn transmit(&mut self, conn: &mut Connection, s: &mut Session, p: PendingSend) -> bool {
        let request_id = self.request_id();
        let send = v1::Send {
            channel_id: self.ctx.plan.channels[p.channel as usize].id.clone(),
            client_msg_id: p.client_msg_id.clone(),
            body: p.body.clone(),
            edit_of: match p.change {
                Some(Change::Edit(seq)) => seq,
                _ => 0,
            },
            delete_of: match p.change {
                Some(Change::Delete(seq)) => seq,
                _ => 0,
            },
        };
        let frame = ClientFrame { request_id, kind: Some(client_frame::Kind::Send(send)) };
        let resend = p.on_wire;
        self.pending.insert(request_id, p);
        if !self.write(conn, &frame).await {
            return false;
        }
        if let Some(p) = self.pending.get_mut(&request_id) {
            p.on_wire = true;
        }
        s.last_tx = Instant::now();
        self.ctx.metrics.on_sent(self.ctx.metrics.clock.now_ns(), resend);
        true
    }

    /// Sends what waits: after a reconnect's catch-up, and refused sends whose time came.
    async fn flush_waiting(&mut self, conn: &mut Connection, s: &mut Session) -> bool {
        let now = Instant::now();
        let (due, later): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.retry_at).into_iter().partition(|(t, _)| *t <= now);
        self.retry_at = later;
        let mut todo = std::mem::take(&mut self.waiting);
        todo.extend(due.into_iter().map(|(_, p)| p));
        todo.sort_by_key(|p| p.scheduled_ns);
        let mut todo = todo.into_iter();
        while let Some(p) = todo.next() {
            if !self.transmit(conn, s, p).await {
                self.waiting.extend(todo);
                return false;
            }
        }
        true
    }

    /// The message's channel, if the message is of this run (its client_msg_id starts with
    /// the run tag, in a channel of the plan): only those are audited.
    fn ours(&self, msg: &v1::Message) -> Option<u32> {
        let id = msg.client_msg_id.strip_prefix(self.ctx.run_tag.as_str())?;
        if !id.starts_with('-') {
            return None;
        }
        self.ctx.plan.channel_of(&msg.channel_id)
    }

    /// A message reached this device: one of another user's is to be confirmed.
    fn note_received(&mut self, msg: &v1::Message) {
        if !self.ctx.delivery_receipts || msg.sender_id == self.user_id {
            return;
        }
        let seq = self.received.entry(msg.channel_id.clone()).or_default();
        *seq = (*seq).max(msg.seq);
        self.marks_due.get_or_insert_with(|| Instant::now() + DELIVERY_MARK_DELAY);
    }

    /// Confirms what was received since the last marks: one MarkDelivered per channel.
    async fn send_delivery_marks(&mut self, conn: &mut Connection, s: &mut Session) -> bool {
        self.marks_due = None;
        for (channel_id, seq) in std::mem::take(&mut self.received) {
            let kind = client_frame::Kind::MarkDelivered(v1::MarkDelivered { channel_id, seq });
            let frame = ClientFrame { request_id: self.request_id(), kind: Some(kind) };
            if !self.write(conn, &frame).await {
                return false;
            }
            self.ctx.metrics.delivery_marks.fetch_add(1, Relaxed);
        }
        s.last_tx = Instant::now();
        true
    }

    fn take_cursor(&mut self, cursor: &Bytes) {
        if !cursor.is_empty() && *cursor > self.cursor {
            self.cursor = cursor.clone();
        }
    }

    async fn on_frame(
        &mut self,
        conn: &mut Connection,
        s: &mut Session,
        frame: tern_proto::ServerFrame,
        ready: &mut Option<oneshot::Sender<bool>>,
    ) -> Option<End> {
        let m = self.ctx.metrics.clone();
        let kind = frame.kind?;
        match kind {
            server_frame::Kind::Authenticated(a) if frame.request_id == s.auth_id => {
                s.authenticated = true;
                if let Some(h) = self.ctx.heartbeat {
                    s.heartbeat = h;
                } else if a.heartbeat_interval_ms > 0 {
                    s.heartbeat = Duration::from_millis(a.heartbeat_interval_ms.into()).min(Duration::from_secs(5));
                }
                m.on_connected(s.started.elapsed());
                if let Some(lost) = self.lost_at.take() {
                    m.reconnect_wait.lock().unwrap().saturating_record((lost.elapsed().as_micros() as u64).max(1));
                }
            }
            server_frame::Kind::Sync(page) if frame.request_id == s.auth_id => {
                for e in page.entries {
                    m.catch_up_entries.fetch_add(1, Relaxed);
                    if let Some(msg) = &e.message {
                        self.note_received(msg);
                        match self.ours(msg) {
                            Some(ch) => self.audit.handed((ch, msg.seq), self.session_no, !e.cursor.is_empty(), false),
                            None => self.audit.foreign += 1,
                        }
                    }
                    self.take_cursor(&e.cursor);
                }
                self.take_cursor(&page.next_cursor);
                if !page.more && !s.caught_up {
                    s.caught_up = true;
                    if let Some(r) = ready.take() {
                        let _ = r.send(true);
                    }
                    if !self.flush_waiting(conn, s).await {
                        return Some(End::Lost { suggested: None });
                    }
                }
            }
            server_frame::Kind::Deliver(d) => {
                let now = m.clock.now_ns();
                if let Some(msg) = &d.message {
                    self.note_received(msg);
                    match self.ours(msg) {
                        Some(ch) => {
                            self.audit.handed((ch, msg.seq), self.session_no, !d.cursor.is_empty(), true);
                            let sent = msg.body.split(' ').next().and_then(|t| t.parse::<u64>().ok());
                            m.on_deliver(now, sent);
                        }
                        None => self.audit.foreign += 1,
                    }
                }
                self.take_cursor(&d.cursor);
            }
            server_frame::Kind::Ack(ack) => {
                if let Some(p) = self.pending.remove(&frame.request_id) {
                    if ack.client_msg_id != p.client_msg_id {
                        m.client_error("ack names another client_msg_id");
                    }
                    m.on_ack(m.clock.now_ns(), p.scheduled_ns, ack.duplicate);
                    if let Some(next) = self.follow_up(&p, ack.seq, ack.duplicate) {
                        // Sent with the next tick's due retries.
                        self.retry_at.push((Instant::now(), next));
                    }
                    self.audit.acks.push(AckRecord {
                        edit_body: matches!(p.change, Some(Change::Edit(_))).then(|| p.body.clone()),
                        client_msg_id: p.client_msg_id,
                        channel: p.channel,
                        seq: ack.seq,
                        duplicate: ack.duplicate,
                        change: p.change,
                    });
                }
            }
            server_frame::Kind::HeartbeatAck(_) => s.heartbeat_outstanding = false,
            server_frame::Kind::UserEvent(v1::UserEvent { kind: Some(v1::user_event::Kind::Delivered(_)) }) => {
                m.delivery_receipts.fetch_add(1, Relaxed);
            }
            server_frame::Kind::Error(e) => {
                m.server_error(e.code);
                let code = ErrorCode::try_from(e.code).unwrap_or(ErrorCode::Unspecified);
                if frame.request_id == s.auth_id && matches!(code, ErrorCode::BadToken | ErrorCode::TokenExpired) {
                    return Some(End::Refused);
                }
                if let Some(mut p) = self.pending.remove(&frame.request_id) {
                    if matches!(code, ErrorCode::RateLimited | ErrorCode::Unavailable) && p.retries < MAX_RETRIES {
                        p.retries += 1;
                        let backoff = jitter(Duration::from_millis(200) * 2u32.pow(p.retries.min(5)));
                        self.retry_at.push((Instant::now() + backoff, p));
                    } else {
                        m.gave_up.fetch_add(1, Relaxed);
                    }
                }
                if e.fatal {
                    return Some(End::Lost { suggested: None });
                }
            }
            server_frame::Kind::GoAway(g) => {
                m.client_error("GoAway received");
                return Some(End::Lost { suggested: Some(g.suggested_gateway) });
            }
            _ => {}
        }
        None
    }

    async fn on_tick(&mut self, conn: &mut Connection, s: &mut Session) -> Option<End> {
        let now = Instant::now();
        let outstanding = s.heartbeat_outstanding || !self.pending.is_empty() || !s.caught_up;
        if outstanding && now.duration_since(s.last_rx) > self.ctx.dead_after {
            self.ctx.metrics.client_error("session silent: presumed dead");
            return Some(End::Lost { suggested: None });
        }
        if now.duration_since(s.last_tx) >= s.heartbeat {
            let id = self.request_id();
            let frame = ClientFrame { request_id: id, kind: Some(client_frame::Kind::Heartbeat(v1::Heartbeat {})) };
            if !self.write(conn, &frame).await {
                return Some(End::Lost { suggested: None });
            }
            s.last_tx = now;
            s.heartbeat_outstanding = true;
        }
        if s.caught_up && self.retry_at.iter().any(|(t, _)| *t <= now) && !self.flush_waiting(conn, s).await {
            return Some(End::Lost { suggested: None });
        }
        None
    }
}

/// A short label for a failed connection attempt, for the error counts: the root cause, with
/// digits masked so that addresses and ports do not make every label unique.
fn connect_error_kind(e: &anyhow::Error) -> String {
    let text = format!("{e:#}");
    if text.contains("connect timed out") {
        return "connect failed: timed out".to_owned();
    }
    let root: String = e.root_cause().to_string().chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect();
    let root: String = root.chars().take(80).collect();
    format!("connect failed: {root}")
}
