//! Readiness, checked in the background so `/readyz` costs a lock and a copy: the store
//! answers a point read, the directory answers, and the peer links are not all down.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tern_domain::UserId;
use tern_domain::ports::directory::Directory;
use tern_domain::ports::store::Store;
use tokio::sync::watch;

use crate::clock::now_ms;
use crate::cluster::links::PeerLinks;

/// How often, and how long each check may take.
const INTERVAL: Duration = Duration::from_secs(2);
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Serialize, Default)]
pub struct Health {
    pub ready: bool,
    pub draining: bool,
    pub store: Check,
    pub directory: Check,
    /// Peer gateways this one has links to, and whether each is connected.
    pub peer_links: BTreeMap<String, bool>,
    pub checked_at_ms: i64,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Check {
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub took_ms: u64,
}

#[derive(Default)]
pub struct HealthState {
    health: Mutex<Health>,
    /// Woken when readiness flips, so the registry entry says so at once, not at the next
    /// renewal.
    pub flipped: tokio::sync::Notify,
}

impl HealthState {
    pub fn get(&self) -> Health {
        self.health.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    fn set(&self, health: Health) {
        metrics::gauge!("tern_ready").set(if health.ready { 1.0 } else { 0.0 });
        let ready = health.ready;
        let was =
            std::mem::replace(&mut *self.health.lock().unwrap_or_else(std::sync::PoisonError::into_inner), health);
        if was.ready != ready {
            self.flipped.notify_one();
        }
    }
}

/// Peer links fail readiness only when at least two exist and none is up: one dead peer
/// is that peer's problem (taking this gateway out too would spread an outage), all of
/// several is most likely this gateway's.
fn peers_ok(links: &BTreeMap<String, bool>) -> bool {
    links.len() < 2 || links.values().any(|up| *up)
}

/// What the checks look at.
pub struct Checked {
    pub store: Arc<dyn Store>,
    pub directory: Arc<dyn Directory>,
    pub peers: Arc<PeerLinks>,
    /// True while the gateway drains.
    pub draining: watch::Receiver<bool>,
}

/// Checks every `INTERVAL` into `state` until `stop` flips.
pub async fn run(checked: Checked, state: Arc<HealthState>, mut stop: watch::Receiver<bool>) {
    loop {
        let health = check(&checked).await;
        if !health.ready && !health.draining {
            tracing::warn!(?health, "not ready");
        }
        state.set(health);
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = stop.changed() => return,
        }
    }
}

pub async fn check(c: &Checked) -> Health {
    let store = timed(async {
        // A point read of a user that cannot exist: any answer means the store serves reads.
        c.store.user(UserId("health-check".into())).await.map(drop).map_err(|e| e.to_string())
    })
    .await;
    let directory = timed(async { c.directory.gateways().await.map(drop).map_err(|e| e.to_string()) }).await;
    let peer_links = c.peers.states();
    let draining = *c.draining.borrow();
    Health {
        ready: !draining && store.ok && directory.ok && peers_ok(&peer_links),
        draining,
        store,
        directory,
        peer_links,
        checked_at_ms: now_ms(),
    }
}

async fn timed(f: impl Future<Output = Result<(), String>>) -> Check {
    let started = std::time::Instant::now();
    let result = tokio::time::timeout(CHECK_TIMEOUT, f).await.unwrap_or_else(|_| Err("timed out".into()));
    let took_ms = started.elapsed().as_millis() as u64;
    match result {
        Ok(()) => Check { ok: true, error: None, took_ms },
        Err(e) => Check { ok: false, error: Some(e), took_ms },
    }
}

#[cfg(test)]
mod tests {
    use super::peers_ok;

    #[test]
    fn one_dead_peer_does_not_fail_readiness_all_of_several_do() {
        let links = |states: &[bool]| states.iter().enumerate().map(|(i, up)| (format!("g{i}"), *up)).collect();
        assert!(peers_ok(&links(&[])));
        assert!(peers_ok(&links(&[false])), "one peer down: its problem");
        assert!(peers_ok(&links(&[true, false])));
        assert!(!peers_ok(&links(&[false, false])), "every link down: most likely ours");
    }
}
