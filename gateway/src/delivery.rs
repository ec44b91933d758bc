//! After a commit: encode the delivery once, find the members' online devices, hand it to the
//! local ones, and turn members with no online device into push jobs. Also fans presence
//! changes out to friends. Best effort by design: whatever is missed here, the recipient's
//! cursor sync repairs.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message as _;
use tern_core::directory::{Directory, PresenceState};
use tern_core::model::{AppendOutcome, PushJob};
use tern_core::routing::plan_delivery;
use tern_core::session::LiveDelivery;
use tern_core::store::Store;
use tern_proto::ServerFrame;
use tern_proto::v1::{Deliver, server_frame::Kind};
use tokio::sync::Notify;

use crate::hub::{Hub, Outbound};
use crate::peer::{self, PeerLinks};
use crate::telemetry::Traceparent;

pub struct Delivery {
    pub gateway_id: String,
    pub store: Arc<dyn Store>,
    pub directory: Arc<dyn Directory>,
    pub hub: Arc<Hub>,
    pub peers: Arc<PeerLinks>,
    /// Wakes the push worker when jobs were queued.
    pub push_wake: Arc<Notify>,
}

/// How much of a body a push notification carries.
const PREVIEW_CHARS: usize = 120;

impl Delivery {
    pub async fn after_commit(&self, outcome: &AppendOutcome, sender_conn: u64, trace: Traceparent) {
        let frame = ServerFrame {
            request_id: 0,
            kind: Some(Kind::Deliver(Deliver {
                message: Some(outcome.message.clone()),
                cursor: outcome.cursor.0.clone(),
            })),
        };
        let frame = Bytes::from(frame.encode_to_vec());
        let looking_up = std::time::Instant::now();
        let located = self.directory.locate(&outcome.members).await;
        metrics::histogram!("tern_directory_lookup_seconds").record(looking_up.elapsed());
        let locations = match located {
            Ok(l) => l,
            Err(e) => {
                // Recipients catch up by cursor on their next sync.
                tracing::warn!(error = %e, "directory lookup failed; live delivery skipped");
                metrics::counter!("tern_delivery_skipped_total").increment(1);
                return;
            }
        };
        let plan = plan_delivery(&self.gateway_id, Some((&self.gateway_id, sender_conn)), &outcome.members, &locations);
        let m = &outcome.message;
        let live = Arc::new(LiveDelivery {
            cursor: outcome.cursor.clone(),
            channel: m.channel_id.as_str().into(),
            seq: m.seq,
            frame,
        });
        let queued = self.hub.push(&plan.local, || Outbound::Deliver(live.clone()));
        metrics::counter!("tern_deliveries_total", "path" => "local").increment(queued as u64);
        tracing::debug!(
            gateway = %self.gateway_id, channel = %m.channel_id, seq = m.seq, trace_id = %trace.trace_id(), local = queued,
            gateways = plan.remote.len(), offline = plan.offline.len(), "fan-out"
        );
        // One frame per other gateway, carrying the same encoded delivery.
        for (gateway, conns) in plan.remote {
            self.peers.send(&gateway, &peer::deliver_frame(conns, &live, &trace));
        }
        if !plan.offline.is_empty() {
            self.queue_push(outcome, &plan.offline).await;
        }
    }

    async fn queue_push(&self, outcome: &AppendOutcome, users: &[tern_core::UserId]) {
        let m = &outcome.message;
        let now = tern_core::time::now_ms();
        let jobs: Vec<PushJob> = users
            .iter()
            .filter(|u| u.as_str() != m.sender_id)
            .map(|user| PushJob {
                id: format!("{}-{}-{}", m.channel_id, m.seq, user),
                user: user.clone(),
                channel: tern_core::ChannelId(m.channel_id.clone()),
                seq: m.seq,
                sender: tern_core::UserId(m.sender_id.clone()),
                preview: m.body.chars().take(PREVIEW_CHARS).collect(),
                attempts: 0,
                next_attempt_ms: now,
                created_at_ms: now,
            })
            .collect();
        if jobs.is_empty() {
            return;
        }
        let n = jobs.len() as u64;
        match self.store.enqueue_push(jobs).await {
            Ok(()) => {
                metrics::counter!("tern_push_jobs_total", "event" => "queued").increment(n);
                self.push_wake.notify_one();
            }
            Err(e) => tracing::warn!(error = %e, "could not queue push jobs"),
        }
    }

    /// Tells the user's friends, wherever they are connected, that the user's presence
    /// changed.
    pub async fn presence_changed(&self, state: PresenceState) {
        let friends = match self.store.friends(&state.user).await {
            Ok(f) if !f.is_empty() => f,
            Ok(_) => return,
            Err(e) => return tracing::warn!(error = %e, "presence fan-out: friends unavailable"),
        };
        let locations = match self.directory.locate(&friends).await {
            Ok(l) => l,
            Err(e) => return tracing::warn!(error = %e, "presence fan-out: directory unavailable"),
        };
        let plan = plan_delivery(&self.gateway_id, None, &friends, &locations);
        let shared = Arc::new(state.clone());
        self.hub.push(&plan.local, || Outbound::Presence(shared.clone()));
        let wire = tern_core::session::presence_to_wire(&state);
        for (gateway, conns) in plan.remote {
            self.peers.send(&gateway, &peer::presence_frame(conns, wire.clone()));
        }
    }
}
