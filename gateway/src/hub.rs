//! The sessions connected to this gateway: one bounded queue each, looked up by connection
//! id. Fan-out pushes into these queues without waiting; a full queue marks its session a
//! slow consumer (it is told to resync and closed) instead of slowing anyone else.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use tern_core::directory::{DeviceLocation, PresenceState};
use tern_core::model::UserId;
use tern_core::rate::TokenBucket;
use tern_core::session::LiveDelivery;
use tokio::sync::{Notify, mpsc};

/// What other tasks hand to a session. Kept to two words (everything behind an `Arc`,
/// shared by all recipients): a session's queue allocates its slots 32 at a time, so the
/// size of this enum is paid by every idle session.
#[derive(Debug)]
pub enum Outbound {
    /// An encoded `ServerFrame` with a `Deliver`, shared by every recipient.
    Deliver(Arc<LiveDelivery>),
    Presence(Arc<PresenceState>),
    /// The gateway drains: move to this gateway ("" for "ask discovery").
    GoAway(Arc<str>),
    /// An operator closes the session, for this reason.
    Kick(Arc<str>),
}

// Paid 32 times by every session's queue: keep it small.
const _: () = assert!(std::mem::size_of::<Outbound>() <= 24);

struct Conn {
    location: DeviceLocation,
    transport: &'static str,
    connected_at_ms: i64,
    tx: mpsc::Sender<Outbound>,
    slow: Arc<Notify>,
}

/// One session as the admin API shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionInfo {
    pub conn: u64,
    pub user: String,
    pub device: String,
    pub transport: &'static str,
    pub connected_at_ms: i64,
    pub queued: usize,
}

/// Held by a session's driver for as long as it runs.
pub struct OpenSession(Arc<Hub>);

impl Drop for OpenSession {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Handle a session keeps: its receiving end and the slow-consumer signal.
pub struct ConnHandle {
    pub rx: mpsc::Receiver<Outbound>,
    pub slow: Arc<Notify>,
}

#[derive(Default)]
struct Inner {
    conns: HashMap<u64, Conn>,
    by_user: HashMap<UserId, Vec<u64>>,
}

#[derive(Debug, Default, serde::Serialize)]
pub struct Census {
    pub by_transport: std::collections::BTreeMap<&'static str, usize>,
    pub users: usize,
    pub queued: usize,
    pub queued_max: usize,
}

impl Conn {
    fn queued(&self) -> usize {
        self.tx.max_capacity() - self.tx.capacity()
    }

    fn info(&self) -> SessionInfo {
        SessionInfo {
            conn: self.location.conn,
            user: self.location.user.as_str().to_owned(),
            device: self.location.device.as_str().to_owned(),
            transport: self.transport,
            connected_at_ms: self.connected_at_ms,
            queued: self.queued(),
        }
    }
}

pub struct Hub {
    inner: RwLock<Inner>,
    send_rates: Mutex<HashMap<UserId, Arc<Mutex<TokenBucket>>>>,
    next_id: AtomicU64,
    /// Sessions whose driver runs, authenticated or not: a drain waits for all of them.
    open: AtomicUsize,
    queue_len: usize,
    send_rate: (f64, u32),
}

impl Hub {
    pub fn new(queue_len: usize, send_rate: f64, send_burst: u32) -> Self {
        Self {
            inner: RwLock::default(),
            send_rates: Mutex::default(),
            next_id: AtomicU64::new(1),
            open: AtomicUsize::new(0),
            queue_len,
            send_rate: (send_rate, send_burst),
        }
    }

    pub fn next_conn_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    /// Counts a session's driver as running until the guard drops.
    pub fn open_session(self: &Arc<Self>) -> OpenSession {
        self.open.fetch_add(1, Ordering::Relaxed);
        OpenSession(self.clone())
    }

    pub fn open_sessions(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds an authenticated session; returns its queue.
    pub fn add(&self, location: DeviceLocation, transport: &'static str) -> ConnHandle {
        let (tx, rx) = mpsc::channel(self.queue_len);
        let slow = Arc::new(Notify::new());
        let id = location.conn;
        let connected_at_ms = tern_core::time::now_ms();
        let mut inner = self.write();
        inner.by_user.entry(location.user.clone()).or_default().push(id);
        inner.conns.insert(id, Conn { location, transport, connected_at_ms, tx, slow: slow.clone() });
        ConnHandle { rx, slow }
    }

    pub fn remove(&self, id: u64) -> Option<DeviceLocation> {
        let mut inner = self.write();
        let conn = inner.conns.remove(&id)?;
        let user = &conn.location.user;
        if let Some(ids) = inner.by_user.get_mut(user) {
            ids.retain(|c| *c != id);
            if ids.is_empty() {
                inner.by_user.remove(user);
                self.send_rates.lock().unwrap_or_else(|p| p.into_inner()).remove(user);
            }
        }
        Some(conn.location)
    }

    /// The send-rate bucket shared by all of a user's sessions here.
    pub fn send_rate(&self, user: &UserId) -> Arc<Mutex<TokenBucket>> {
        let mut rates = self.send_rates.lock().unwrap_or_else(|p| p.into_inner());
        rates
            .entry(user.clone())
            .or_insert_with(|| Arc::new(Mutex::new(TokenBucket::new(self.send_rate.0, self.send_rate.1))))
            .clone()
    }

    /// Queues `make()` for each connection; returns how many were queued. A connection whose
    /// queue is full is signalled as a slow consumer.
    pub fn push(&self, conns: &[u64], mut make: impl FnMut() -> Outbound) -> usize {
        let inner = self.read();
        let mut queued = 0;
        for id in conns {
            let Some(conn) = inner.conns.get(id) else {
                continue;
            };
            match conn.tx.try_send(make()) {
                Ok(()) => queued += 1,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    metrics::counter!("tern_slow_consumer_total").increment(1);
                    conn.slow.notify_one();
                }
                Err(mpsc::error::TrySendError::Closed(_)) => {}
            }
        }
        queued
    }

    /// Queues a control message (go-away, kick) for one connection. A full queue means the
    /// session is already being closed as a slow consumer, which serves the same end.
    pub fn control(&self, conn: u64, message: Outbound) -> bool {
        let inner = self.read();
        let Some(c) = inner.conns.get(&conn) else { return false };
        if c.tx.try_send(message).is_err() {
            c.slow.notify_one();
        }
        true
    }

    /// Closes every session of `device` of `user` here; returns how many were told.
    pub fn kick(&self, user: &UserId, device: &str, reason: &str) -> usize {
        let reason: Arc<str> = reason.into();
        let targets: Vec<u64> =
            self.sessions_of(user).into_iter().filter(|s| s.device == device).map(|s| s.conn).collect();
        targets.into_iter().filter(|conn| self.control(*conn, Outbound::Kick(reason.clone()))).count()
    }

    /// Every session of a user on this gateway.
    pub fn sessions_of(&self, user: &UserId) -> Vec<SessionInfo> {
        let inner = self.read();
        let ids = inner.by_user.get(user).map(Vec::as_slice).unwrap_or_default();
        ids.iter().filter_map(|id| inner.conns.get(id)).map(Conn::info).collect()
    }

    /// Connection ids of every session, for the drain to walk through.
    pub fn conn_ids(&self) -> Vec<u64> {
        self.read().conns.keys().copied().collect()
    }

    /// Sessions by transport, and the frames waiting in all queues (total, fullest).
    pub fn census(&self) -> Census {
        let inner = self.read();
        let mut census = Census::default();
        for conn in inner.conns.values() {
            *census.by_transport.entry(conn.transport).or_default() += 1;
            let queued = conn.queued();
            census.queued += queued;
            census.queued_max = census.queued_max.max(queued);
        }
        census.users = inner.by_user.len();
        census
    }

    pub fn locations(&self) -> Vec<DeviceLocation> {
        self.read().conns.values().map(|c| c.location.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.read().conns.len()
    }
}
