//! The sessions connected to this gateway: one bounded queue each, indexed by connection id
//! and by user. Deliveries address users (a device that reconnected since it was looked up
//! still gets them) and are pushed into the queues without waiting; a full queue marks its
//! session a slow consumer (it is told to resync and closed) instead of slowing anyone
//! else. The hub also keeps each user's send-rate bucket, shared by the user's sessions here.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use tern_domain::delivery::LiveDelivery;
use tern_domain::model::UserId;
use tern_domain::ports::directory::{DeviceLocation, PresenceState};
use tern_domain::rate::SendRates;
use tokio::sync::{Notify, mpsc};

/// What other tasks hand to a session. Three words at most (everything behind an `Arc`,
/// shared by all recipients): a session's queue allocates its slots 32 at a time, so the
/// size of this enum is paid by every idle session.
#[derive(Debug)]
pub enum Outbound {
    /// Encoded `Deliver` frames of one channel, in commit order, shared by every recipient:
    /// one item however many messages a fan-out round holds.
    Deliver(Arc<[LiveDelivery]>),
    Presence(Arc<PresenceState>),
    /// A user event: an encoded `ServerFrame`.
    Notice(Arc<bytes::Bytes>),
    /// The gateway drains: move to this gateway ("" for "ask discovery").
    GoAway(Arc<str>),
    /// An operator closes the session, for this reason.
    Kick(Arc<str>),
}

// Paid 32 times by every session's queue: a fat `Arc<str>` and the tag, no more.
const _: () = assert!(size_of::<Outbound>() <= 24);

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

    /// Queues `message`; a full queue signals the session as a slow consumer.
    fn offer(&self, message: Outbound) -> bool {
        match self.tx.try_send(message) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => {
                metrics::counter!("tern_slow_consumer_total").increment(1);
                self.slow.notify_one();
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }
}

pub struct Hub {
    inner: RwLock<Inner>,
    send_rates: Mutex<SendRates>,
    next_id: AtomicU64,
    /// Sessions whose driver runs, authenticated or not: a drain waits for all of them.
    open: AtomicUsize,
    queue_len: usize,
}

impl Hub {
    pub fn new(queue_len: usize, send_rate: f64, send_burst: u32) -> Self {
        Self {
            inner: RwLock::default(),
            send_rates: Mutex::new(SendRates::new(send_rate, send_burst)),
            next_id: AtomicU64::new(1),
            open: AtomicUsize::new(0),
            queue_len,
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
        self.inner.read().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Adds an authenticated session; returns its queue.
    pub fn add(&self, location: DeviceLocation, transport: &'static str, now_ms: i64) -> ConnHandle {
        let (tx, rx) = mpsc::channel(self.queue_len);
        let slow = Arc::new(Notify::new());
        let id = location.conn;
        let mut inner = self.write();
        inner.by_user.entry(location.user.clone()).or_default().push(id);
        inner.conns.insert(id, Conn { location, transport, connected_at_ms: now_ms, tx, slow: slow.clone() });
        ConnHandle { rx, slow }
    }

    pub fn remove(&self, id: u64) {
        let mut inner = self.write();
        let Some(conn) = inner.conns.remove(&id) else { return };
        let user = &conn.location.user;
        if let Some(ids) = inner.by_user.get_mut(user) {
            ids.retain(|c| *c != id);
            if ids.is_empty() {
                inner.by_user.remove(user);
                self.send_rates.lock().unwrap_or_else(std::sync::PoisonError::into_inner).forget(user);
            }
        }
    }

    /// Takes one of the user's send tokens (shared by the user's sessions here).
    pub fn take_send_token(&self, user: &UserId, now: Instant) -> bool {
        self.send_rates.lock().unwrap_or_else(std::sync::PoisonError::into_inner).try_take(user, now)
    }

    /// Which of `users` have a session here.
    pub fn present<'a>(&self, users: &'a [UserId]) -> HashSet<&'a UserId> {
        let inner = self.read();
        users.iter().filter(|u| inner.by_user.contains_key(*u)).collect()
    }

    /// Queues `make()` for every session of `users` here but `except` (the sender's own);
    /// returns how many were queued.
    pub fn push_to_users(&self, users: &[UserId], except: Option<u64>, mut make: impl FnMut() -> Outbound) -> usize {
        let inner = self.read();
        let mut queued = 0;
        for user in users {
            for id in inner.by_user.get(user).map(Vec::as_slice).unwrap_or_default() {
                if Some(*id) == except {
                    continue;
                }
                if let Some(conn) = inner.conns.get(id)
                    && conn.offer(make())
                {
                    queued += 1;
                }
            }
        }
        queued
    }

    /// Queues a control message (go-away, kick) for one connection. A full queue means the
    /// session is already being closed as a slow consumer, which serves the same end, so
    /// the message counts as delivered: true whenever the session exists.
    pub fn control(&self, conn: u64, message: Outbound) -> bool {
        let inner = self.read();
        let Some(c) = inner.conns.get(&conn) else { return false };
        c.offer(message);
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

    /// Sessions registered here.
    pub fn len(&self) -> usize {
        self.read().conns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.read().conns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_domain::model::DeviceId;

    fn at(user: &str, conn: u64) -> DeviceLocation {
        DeviceLocation { user: UserId::from(user), device: DeviceId::from("d"), gateway: "g".into(), conn }
    }

    fn kick() -> Outbound {
        Outbound::Kick("x".into())
    }

    #[test]
    fn deliveries_reach_every_session_of_a_user_but_the_senders() {
        let hub = Hub::new(4, 1.0, 1);
        let (mut a1, mut a2, mut b) =
            (hub.add(at("a", 1), "ws", 0), hub.add(at("a", 2), "wt", 0), hub.add(at("b", 3), "ws", 0));
        let users = [UserId::from("a"), UserId::from("b"), UserId::from("ghost")];
        assert_eq!(hub.push_to_users(&users, Some(1), kick), 2, "a's second session and b; not the sender's");
        assert!(a1.rx.try_recv().is_err());
        assert!(a2.rx.try_recv().is_ok() && b.rx.try_recv().is_ok());
        assert_eq!(hub.present(&users).len(), 2);
        hub.remove(2);
        hub.remove(1);
        assert_eq!(hub.push_to_users(&users, None, kick), 1, "a left");
    }

    #[test]
    fn a_full_queue_signals_a_slow_consumer_and_the_rest_still_get_theirs() {
        let hub = Hub::new(1, 1.0, 1);
        let slow = hub.add(at("a", 1), "ws", 0);
        let mut fine = hub.add(at("b", 2), "ws", 0);
        let users = [UserId::from("a"), UserId::from("b")];
        hub.push_to_users(&users, None, kick);
        let _ = fine.rx.try_recv();
        assert_eq!(hub.push_to_users(&users, None, kick), 1, "a's queue is full");
        let notified = slow.slow.notified();
        tokio::pin!(notified);
        assert!(futures::FutureExt::now_or_never(notified.as_mut()).is_some(), "a is told it is slow");
    }

    #[test]
    fn send_tokens_are_shared_by_a_users_sessions_and_forgotten_when_the_last_leaves() {
        let hub = Hub::new(1, 1.0, 1);
        let t = Instant::now();
        hub.add(at("a", 1), "ws", 0);
        hub.add(at("a", 2), "ws", 0);
        let a = UserId::from("a");
        assert!(hub.take_send_token(&a, t));
        assert!(!hub.take_send_token(&a, t), "one bucket for both sessions");
        hub.remove(1);
        assert!(!hub.take_send_token(&a, t), "still one session: same bucket");
        hub.remove(2);
        assert!(hub.take_send_token(&a, t), "a new start after the last session left");
    }
}
