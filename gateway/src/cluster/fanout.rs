//! Carries out a fan-out the domain planned: after a commit, the members' sessions here get
//! the delivery, each other gateway with members' devices gets one peer frame, and members
//! with no online device get push jobs; after a presence change, the user's friends are told
//! the same way. Best effort by design: whatever is missed here, the recipient's cursor sync
//! repairs.

use std::collections::HashMap;
use std::sync::Arc;

use tern_domain::delivery::{LiveDelivery, PeerMessage, plan_delivery, push_jobs};
use tern_domain::model::{AppendOutcome, UserId};
use tern_domain::ports::directory::{DeviceLocation, PresenceState};

use crate::clock::now_ms;
use crate::context::Gateway;
use crate::edge::hub::Outbound;
use crate::ops::telemetry::Traceparent;

/// The online devices of `users` on every gateway. A directory that cannot answer leaves
/// only this gateway's own sessions reachable, which it knows without asking.
async fn locate(gw: &Gateway, users: &[UserId]) -> Option<HashMap<UserId, Vec<DeviceLocation>>> {
    let looking_up = std::time::Instant::now();
    let located = gw.directory.locate(users, now_ms()).await;
    metrics::histogram!("tern_directory_lookup_seconds").record(looking_up.elapsed());
    match located {
        Ok(l) => Some(l),
        Err(e) => {
            // Recipients elsewhere catch up by cursor on their next sync.
            tracing::warn!(error = %e, "directory lookup failed; delivering to this gateway's sessions only");
            metrics::counter!("tern_delivery_skipped_total").increment(1);
            None
        }
    }
}

/// Delivers a newly committed message to every member but the sending session.
pub async fn after_commit(gw: &Gateway, outcome: AppendOutcome, sender_conn: u64, trace: Traceparent) {
    let live = Arc::new(LiveDelivery::of(&outcome));
    let located = locate(gw, &outcome.members).await;
    let local = gw.hub.present(&outcome.members);
    let plan =
        plan_delivery(&gw.id, &outcome.members, located.as_ref().unwrap_or(&HashMap::new()), |u| local.contains(u));
    let queued = gw.hub.push_to_users(&plan.local, Some(sender_conn), || Outbound::Deliver(live.clone()));
    metrics::counter!("tern_deliveries_total", "path" => "local").increment(queued as u64);
    let m = &outcome.message;
    tracing::debug!(
        gateway = %gw.id, channel = %m.channel_id, seq = m.seq, trace_id = %trace.trace_id(), local = queued,
        gateways = plan.remote.len(), offline = plan.offline.len(), "fan-out"
    );
    let traceparent = trace.header();
    for (gateway, users) in plan.remote {
        let message = PeerMessage::Deliver { users, delivery: (*live).clone(), traceparent: traceparent.clone() };
        gw.peers.send(&gateway, message.encode());
    }
    // Without the directory nobody can be known to be offline: no push rather than a wrong one.
    if located.is_some() && !plan.offline.is_empty() {
        queue_push(gw, push_jobs(&outcome, &plan.offline, now_ms())).await;
    }
}

async fn queue_push(gw: &Gateway, jobs: Vec<tern_domain::model::PushJob>) {
    if jobs.is_empty() {
        return;
    }
    let n = jobs.len() as u64;
    match gw.store.enqueue_push(jobs).await {
        Ok(()) => {
            metrics::counter!("tern_push_jobs_total", "event" => "queued").increment(n);
            gw.push_wake.notify_one();
        }
        Err(e) => tracing::warn!(error = %e, "could not queue push jobs"),
    }
}

/// Tells the user's friends, wherever they are connected, that the user's presence changed.
pub async fn presence_changed(gw: &Gateway, state: PresenceState) {
    let friends = match gw.store.friends(state.user.clone()).await {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => return,
        Err(e) => return tracing::warn!(error = %e, "presence fan-out: friends unavailable"),
    };
    let located = locate(gw, &friends).await.unwrap_or_default();
    let local = gw.hub.present(&friends);
    let plan = plan_delivery(&gw.id, &friends, &located, |u| local.contains(u));
    let shared = Arc::new(state.clone());
    gw.hub.push_to_users(&plan.local, None, || Outbound::Presence(shared.clone()));
    for (gateway, users) in plan.remote {
        gw.peers.send(&gateway, PeerMessage::Presence { users, state: state.clone() }.encode());
    }
}

/// Tells the user's friends about a presence change, without waiting for it.
pub fn spawn_presence(gw: &Arc<Gateway>, change: PresenceState) {
    let gw = gw.clone();
    tokio::spawn(async move { presence_changed(&gw, change).await });
}
