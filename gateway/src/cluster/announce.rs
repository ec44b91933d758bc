//! Keeps this gateway known: its registry entry (load, draining, ready) for discovery, the leases
//! of its devices, and the reaping of devices whose gateway died.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::clock::now_ms;
use crate::cluster::fanout;
use crate::context::Gateway;

/// How often the entry and the leases are renewed (leases last 30 s).
const INTERVAL: Duration = Duration::from_secs(5);

pub async fn run(gw: Arc<Gateway>, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = gw.directory.announce(&gw.info()).await {
            tracing::warn!(error = %e, "gateway announce failed");
        }
        let now = now_ms();
        match gw.directory.refresh(&gw.hub.locations(), now).await {
            Ok(back) => back.into_iter().for_each(|p| fanout::spawn_presence(&gw, p)),
            Err(e) => tracing::warn!(error = %e, "lease refresh failed"),
        }
        // Take offline the users of gateways that died (any gateway may do it; each user
        // is reported once).
        match gw.directory.reap(now).await {
            Ok(gone) => gone.into_iter().for_each(|p| fanout::spawn_presence(&gw, p)),
            Err(e) => tracing::warn!(error = %e, "lease reaper failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            // Readiness flipped: discovery should know now (un-ready gateways are not offered).
            _ = gw.health.flipped.notified() => {}
            _ = stop.changed() => return,
        }
    }
}
