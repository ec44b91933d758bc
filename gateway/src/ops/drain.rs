//! Graceful drain, on SIGTERM or an admin call: the gateway marks itself draining in the
//! registry (discovery stops offering it), then tells its sessions to move in batches, with
//! jitter between batches and the batches' suggested gateways spread over the others, so the
//! clients do not reconnect in one storm onto one gateway. A session closes once its
//! in-flight sends are answered (`Session::go_away`); the drain ends when every session has
//! left or at the deadline.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use rand::seq::SliceRandom;
use tokio::time::Instant;

use crate::cluster::discovery::discover;
use crate::config::DrainConfig;
use crate::context::Gateway;
use crate::edge::hub::Outbound;

/// What a drain did, for the log.
#[derive(Debug, Default)]
pub struct DrainReport {
    pub told: usize,
    pub left_behind: usize,
    pub took: Duration,
}

pub async fn run(gw: &Arc<Gateway>, config: &DrainConfig) -> DrainReport {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(config.drain_deadline_secs);
    gw.draining.send_replace(true);
    metrics::gauge!("tern_draining").set(1.0);
    if let Err(e) = gw.directory.announce(&gw.info()).await {
        tracing::warn!(error = %e, "drain: could not mark this gateway draining in the registry");
    }
    let mut told: HashSet<u64> = HashSet::new();
    let mut batch_no = 0usize;
    // Sessions that authenticate while the drain runs are picked up by the next round;
    // the drain also waits for sessions still authenticating, so none is cut off unawares.
    while gw.hub.open_sessions() > 0 && Instant::now() < deadline {
        let mut fresh: Vec<u64> = gw.hub.conn_ids().into_iter().filter(|c| !told.contains(c)).collect();
        if fresh.is_empty() {
            // Everyone was told; wait for them to leave.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        }
        fresh.shuffle(&mut rand::thread_rng());
        // Gateways of this region when there are any (clients stay near), else the others.
        let mut others = discover(gw, Some(&gw.region)).await;
        others.retain(|g| g.id != gw.id);
        if others.iter().any(|g| g.region == gw.region) {
            others.retain(|g| g.region == gw.region);
        }
        let others: Vec<Arc<str>> = others.iter().map(|g| Arc::from(g.public_url.as_str())).collect();
        for batch in fresh.chunks(config.drain_batch as usize) {
            // Batch n goes to the n-th best gateway: the load spreads over all of them.
            let suggested: Arc<str> =
                if others.is_empty() { "".into() } else { others[batch_no % others.len()].clone() };
            batch_no += 1;
            for conn in batch {
                gw.hub.control(*conn, Outbound::GoAway(suggested.clone()));
                told.insert(*conn);
            }
            tracing::info!(batch = batch_no, sessions = batch.len(), %suggested, "drain: sessions told to move");
            if Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(jittered(Duration::from_millis(config.drain_interval_ms))).await;
        }
    }
    DrainReport { told: told.len(), left_behind: gw.hub.open_sessions(), took: started.elapsed() }
}

/// `mean` ± 50%.
fn jittered(mean: Duration) -> Duration {
    mean.mul_f64(rand::thread_rng().gen_range(0.5..1.5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_stays_within_half_of_the_mean() {
        let mean = Duration::from_millis(100);
        let samples: Vec<Duration> = (0..1000).map(|_| jittered(mean)).collect();
        assert!(samples.iter().all(|d| *d >= mean / 2 && *d < mean * 3 / 2));
        let distinct: HashSet<_> = samples.iter().collect();
        assert!(distinct.len() > 100, "it varies");
    }
}
