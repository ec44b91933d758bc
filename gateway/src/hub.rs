//! The sessions connected to this gateway: one bounded queue each, looked up by connection
//! id. Fan-out pushes into these queues without waiting; a full queue marks its session a
//! slow consumer (it is told to resync and closed) instead of slowing anyone else.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use tern_core::directory::{DeviceLocation, PresenceState};
use tern_core::model::UserId;
use tern_core::rate::TokenBucket;
use tern_core::session::LiveDelivery;
use tokio::sync::{Notify, mpsc};

/// What other tasks hand to a session.
#[derive(Debug)]
pub enum Outbound {
    /// An encoded `ServerFrame` with a `Deliver`, shared by every recipient.
    Deliver(LiveDelivery),
    Presence(PresenceState),
}

struct Conn {
    location: DeviceLocation,
    tx: mpsc::Sender<Outbound>,
    slow: Arc<Notify>,
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

pub struct Hub {
    inner: RwLock<Inner>,
    send_rates: Mutex<HashMap<UserId, Arc<Mutex<TokenBucket>>>>,
    next_id: AtomicU64,
    queue_len: usize,
    send_rate: (f64, u32),
}

impl Hub {
    pub fn new(queue_len: usize, send_rate: f64, send_burst: u32) -> Self {
        Self {
            inner: RwLock::default(),
            send_rates: Mutex::default(),
            next_id: AtomicU64::new(1),
            queue_len,
            send_rate: (send_rate, send_burst),
        }
    }

    pub fn next_conn_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds an authenticated session; returns its queue.
    pub fn add(&self, location: DeviceLocation) -> ConnHandle {
        let (tx, rx) = mpsc::channel(self.queue_len);
        let slow = Arc::new(Notify::new());
        let id = location.conn;
        let mut inner = self.write();
        inner.by_user.entry(location.user.clone()).or_default().push(id);
        inner.conns.insert(id, Conn { location, tx, slow: slow.clone() });
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

    pub fn locations(&self) -> Vec<DeviceLocation> {
        self.read().conns.values().map(|c| c.location.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.read().conns.len()
    }
}
