//! Carries out a fan-out the domain planned: after a commit, the members' sessions here get
//! the delivery, each other gateway with members' devices gets its peer frames, and members
//! with no online device get push jobs; after a presence change, the user's friends are told
//! the same way, and so is a user told of their user events (`Notice`). Best effort by design: whatever is missed here, the recipient's cursor sync
//! repairs.

use std::collections::HashMap;
use std::sync::{Arc, Weak};
use std::time::SystemTime;

use tokio::sync::mpsc;

use opentelemetry::KeyValue;
use tern_domain::delivery::{LiveDelivery, Notice, PeerMessage, TraceContext, plan_delivery, push_jobs};
use tern_domain::model::{AppendOutcome, UserId};
use tern_domain::ports::directory::{DeviceLocation, PresenceState};

use crate::clock::now_ms;
use crate::context::Gateway;
use crate::edge::hub::Outbound;
use crate::ops::traces::{SpanKind, Stage};

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

/// Most commits a fan-out round takes: enough to share a lookup and one write per recipient
/// under load, few enough that a round stays short.
const ROUND: usize = 512;

/// New messages one session's commit produced, to fan out.
pub struct Committed {
    pub outcomes: Vec<AppendOutcome>,
    /// The session that sent them (it got the Acks): left out here when it alone sent them.
    pub sender_conn: u64,
    /// The trace each outcome was sampled into when its Send arrived, by position (empty:
    /// none was).
    pub traces: Vec<Option<TraceContext>>,
}

/// `Committed::sender_conn` of messages no session sent (a group's events): connection ids
/// start at 1, so no session is left out.
pub const NO_SESSION: u64 = 0;

/// Hands committed messages to this gateway's fan-out worker. Never waits.
#[derive(Clone)]
pub struct FanOutQueue(mpsc::UnboundedSender<Committed>);

impl FanOutQueue {
    pub fn new() -> (Self, mpsc::UnboundedReceiver<Committed>) {
        let (tx, rx) = mpsc::unbounded_channel();
        (Self(tx), rx)
    }

    pub fn push(&self, committed: Committed) {
        if self.0.send(committed).is_err() {
            tracing::debug!("fan-out stopped: the messages reach their members by cursor");
        }
    }
}

/// The gateway's one fan-out worker: each round takes every commit queued since the last
/// (they arrive together when a store batch commits), looks their members up once, and
/// hands each recipient session one queue item per channel, so it wakes and writes once for
/// the whole round however many messages the round holds. It ends with the gateway (whose
/// context holds the queue's sender, so the queue closes then).
pub async fn run(gw: Weak<Gateway>, mut queue: mpsc::UnboundedReceiver<Committed>) {
    let mut round = Vec::with_capacity(ROUND);
    while queue.recv_many(&mut round, ROUND).await > 0 {
        let Some(gw) = gw.upgrade() else { return };
        fan_out(&gw, std::mem::take(&mut round)).await;
    }
}

/// One channel's messages of a round, in commit order, and who they go to.
struct ChannelRound {
    /// Each carries its trace, with the fan-out's span as the parent of what follows.
    deliveries: Vec<LiveDelivery>,
    /// The root span of each sampled message (None: not sampled), by position.
    roots: Vec<Option<u64>>,
    outcomes: Vec<AppendOutcome>,
    /// The one session that sent them all, or None when several did.
    sender_conn: Option<u64>,
}

async fn fan_out(gw: &Gateway, round: Vec<Committed>) {
    let started = SystemTime::now();
    // Grouped by channel and member list (a membership change mid-round starts a new group).
    let mut groups: Vec<ChannelRound> = Vec::new();
    for committed in round {
        for (i, outcome) in committed.outcomes.into_iter().enumerate() {
            // Every message has a trace id for the logs of each gateway it reaches; only a
            // sampled one records spans.
            let root = committed.traces.get(i).copied().flatten();
            let trace = root.map_or_else(|| TraceContext::new(false), |r| r.child());
            let m = &outcome.message;
            tracing::debug!(channel = %m.channel_id, seq = m.seq, trace_id = %trace.trace_id_hex(), span_id = %trace.span_id_hex(), "message stored");
            let live = LiveDelivery { trace: Some(trace), ..LiveDelivery::of(&outcome) };
            let root = root.map(|r| r.span_id);
            match groups.iter_mut().find(|g| {
                let first = &g.outcomes[0];
                // The store hands every append to a channel the same member list: the
                // pointer answers before the members are compared.
                first.message.channel_id == outcome.message.channel_id
                    && (Arc::ptr_eq(&first.members, &outcome.members) || first.members == outcome.members)
            }) {
                Some(g) => {
                    g.sender_conn = g.sender_conn.filter(|c| *c == committed.sender_conn);
                    g.deliveries.push(live);
                    g.roots.push(root);
                    g.outcomes.push(outcome);
                }
                None => groups.push(ChannelRound {
                    deliveries: vec![live],
                    roots: vec![root],
                    outcomes: vec![outcome],
                    sender_conn: Some(committed.sender_conn),
                }),
            }
        }
    }
    let mut members: Vec<UserId> = groups.iter().flat_map(|g| g.outcomes[0].members.iter().cloned()).collect();
    members.sort_unstable();
    members.dedup();
    let located = locate(gw, &members).await;
    let local = gw.hub.present(&members);
    let no_locations = HashMap::new();
    let locations = located.as_ref().unwrap_or(&no_locations);
    let mut jobs = Vec::new();
    let now = now_ms();
    for group in groups {
        let plan = plan_delivery(&gw.id, &group.outcomes[0].members, locations, |u| local.contains(u));
        let remote_gateways = plan.remote.len();
        for (gateway, users) in plan.remote {
            for delivery in group.deliveries.iter() {
                let message = PeerMessage::Deliver { users: users.clone(), delivery: delivery.clone() };
                gw.peers.send(&gateway, message.encode());
            }
        }
        // Without the directory nobody can be known to be offline: no push rather than a wrong one.
        if located.is_some() && !plan.offline.is_empty() {
            jobs.extend(group.outcomes.iter().flat_map(|o| push_jobs(o, &plan.offline, now, gw.push_coalesce_ms)));
        }
        let shared: Arc<[LiveDelivery]> = group.deliveries.into();
        let queued = gw.hub.push_to_users(&plan.local, group.sender_conn, || Outbound::Deliver(shared.clone()));
        metrics::counter!("tern_deliveries_total", "path" => "local").increment((queued * shared.len()) as u64);
        for ((delivery, root), outcome) in shared.iter().zip(&group.roots).zip(&group.outcomes) {
            let (Some(root), Some(trace)) = (root, delivery.trace) else { continue };
            gw.traces.record(Stage {
                name: "tern.fanout",
                span: trace,
                parent: Some(*root),
                remote_parent: false,
                kind: SpanKind::Internal,
                start: started,
                end: SystemTime::now(),
                attributes: vec![
                    KeyValue::new("tern.channel", outcome.message.channel_id.clone()),
                    KeyValue::new("tern.seq", outcome.message.seq as i64),
                    KeyValue::new("tern.members", outcome.members.len() as i64),
                    KeyValue::new("tern.local_sessions", queued as i64),
                    KeyValue::new("tern.remote_gateways", remote_gateways as i64),
                    KeyValue::new("tern.offline_members", plan.offline.len() as i64),
                ],
            });
        }
    }
    queue_push(gw, jobs).await;
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

/// Hands what `local` makes to the sessions of `users` here, and what `remote` makes to each
/// other gateway where some of them are connected.
async fn reach(
    gw: &Gateway,
    users: &[UserId],
    local: impl FnMut() -> Outbound,
    remote: impl Fn(Vec<UserId>) -> PeerMessage,
) {
    let located = locate(gw, users).await.unwrap_or_default();
    let here = gw.hub.present(users);
    let plan = plan_delivery(&gw.id, users, &located, |u| here.contains(u));
    gw.hub.push_to_users(&plan.local, None, local);
    for (gateway, users) in plan.remote {
        gw.peers.send(&gateway, remote(users).encode());
    }
}

/// Tells the user's friends, wherever they are connected, that the user's presence changed.
pub async fn presence_changed(gw: &Gateway, state: PresenceState) {
    let friends = match gw.store.friends(state.user.clone()).await {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => return,
        Err(e) => return tracing::warn!(error = %e, "presence fan-out: friends unavailable"),
    };
    let shared = Arc::new(state.clone());
    reach(
        gw,
        &friends,
        || Outbound::Presence(shared.clone()),
        |users| PeerMessage::Presence { users, state: state.clone() },
    )
    .await;
}

/// Tells the user's friends about a presence change, without waiting for it.
pub fn spawn_presence(gw: &Arc<Gateway>, change: PresenceState) {
    let gw = gw.clone();
    tokio::spawn(async move { presence_changed(&gw, change).await });
}

/// Hands user events to their users' devices, wherever they are connected, without waiting.
pub fn spawn_notices(gw: &Arc<Gateway>, notices: impl IntoIterator<Item = Notice>) {
    for notice in notices {
        let gw = gw.clone();
        tokio::spawn(async move {
            let shared = Arc::new(notice.frame.clone());
            let remote = |users| PeerMessage::Notice { users, frame: notice.frame.clone() };
            reach(&gw, &notice.users, || Outbound::Notice(shared.clone()), remote).await;
        });
    }
}
