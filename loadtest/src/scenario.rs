//! The run: connect every device, settle, the measured phase (idle hold, or the open-loop
//! ticker with chaos beside it), drain, stop; then the final inbox sync of every device.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use serde::Serialize;
use tern_client::ChatClient;
use tokio::sync::{Semaphore, mpsc, oneshot, watch};
use tokio::time::Instant;

use crate::audit::{DeviceAudit, Synced};
use crate::chaos::{self, ChaosRecord};
use crate::cli::{Args, Scenario};
use crate::device::{self, Ctx, Outcome, SendCmd};
use crate::gateway_metrics;
use crate::metrics::Metrics;
use crate::net::Targets;
use crate::proc_stats::{self, Sample};
use crate::provision::{ChannelKind, Plan, round3};

#[derive(Clone, Debug, Default, Serialize)]
pub struct ConnectPhase {
    pub devices: usize,
    pub ready: usize,
    pub failed: usize,
    pub secs: f64,
    /// Devices connected, authenticated and caught up per second of the connection phase.
    pub per_s: f64,
}

pub struct RunOutput {
    pub connect: ConnectPhase,
    pub outcomes: Vec<Outcome>,
    /// Device tasks that did not finish after the stop (aborted).
    pub unfinished: usize,
    /// From the start of the measured phase to the last scheduled send (idle: the hold).
    pub sending_secs: f64,
    pub drain_secs: f64,
    /// PID -> samples before connecting, when all were connected, after settling, at the end
    /// of the measured phase.
    pub samples: Vec<(i32, [Sample; 4])>,
    /// Seconds of the measured phase, for CPU percentages.
    pub measured_wall_secs: f64,
    pub chaos: Vec<ChaosRecord>,
    /// The gateways' own counters over the measured phase.
    pub gateway_counters: Vec<gateway_metrics::Delta>,
}

fn sample_all(pids: &[i32]) -> Vec<Sample> {
    pids.iter().map(|&p| proc_stats::sample(p)).collect()
}

/// `run_tag` starts every client_msg_id of this run: messages of earlier runs (in reused
/// 1:1 channels) are left out of the audit.
pub async fn run(
    args: &Args,
    targets: Arc<Targets>,
    plan: Arc<Plan>,
    metrics: Arc<Metrics>,
    run_tag: &str,
) -> RunOutput {
    let n = plan.devices.len();
    let (stop_tx, stop_rx) = watch::channel(false);
    let budget = Duration::from_secs(args.settle + args.duration + args.drain + 120);
    let ctx = Arc::new(Ctx {
        metrics: metrics.clone(),
        targets: targets.clone(),
        plan: plan.clone(),
        connect_permits: Arc::new(Semaphore::new(args.connect_concurrency)),
        stop: stop_rx,
        hard_deadline: Instant::now() + budget,
        dead_after: Duration::from_secs(args.dead_after.max(2)),
        heartbeat: args.heartbeat_secs.map(Duration::from_secs),
        body_size: args.body_size,
        edit_every: args.edit_every,
        delivery_receipts: args.delivery_receipts,
        run_tag: run_tag.to_owned(),
    });
    metrics.devices.store(n as u64, Relaxed);

    // Connect everyone.
    let before = sample_all(&args.gateway_pids);
    metrics.set_phase("connecting");
    let connect_started = Instant::now();
    let mut senders = Vec::with_capacity(n);
    let mut readies = Vec::with_capacity(n);
    let mut handles = Vec::with_capacity(n);
    for i in 0..n {
        let (tx, rx) = mpsc::unbounded_channel();
        let (rtx, rrx) = oneshot::channel();
        handles.push(tokio::spawn(device::run(ctx.clone(), i, rx, rtx)));
        senders.push(tx);
        readies.push(rrx);
    }
    let connect_deadline = connect_started + Duration::from_secs(120) + Duration::from_millis(5 * n as u64);
    let ready = futures::future::join_all(
        readies
            .into_iter()
            .map(|r| async move { matches!(tokio::time::timeout_at(connect_deadline, r).await, Ok(Ok(true))) }),
    )
    .await;
    let connect_wall = connect_started.elapsed().as_secs_f64();
    let ready_count = ready.iter().filter(|&&r| r).count();
    let after_connect = sample_all(&args.gateway_pids);
    let connect = ConnectPhase {
        devices: n,
        ready: ready_count,
        failed: n - ready_count,
        secs: round3(connect_wall),
        per_s: round3(ready_count as f64 / connect_wall.max(1e-9)),
    };

    metrics.set_phase("settling");
    tokio::time::sleep(Duration::from_secs(args.settle)).await;
    let counters_before = gateway_metrics::read(&targets).await;
    let settled = sample_all(&args.gateway_pids);

    // The measured phase.
    let t0 = Instant::now();
    metrics.start_phase(metrics.clock.ns_at(t0.into_std()));
    let chaos_log = Arc::new(Mutex::new(Vec::new()));
    let chaos_task = tokio::spawn(chaos::run(args.chaos.clone(), t0, chaos_log.clone()));
    let (sending_secs, drain_secs) = if args.scenario == Scenario::Idle {
        metrics.set_phase("idle");
        tokio::time::sleep(Duration::from_secs(args.duration)).await;
        drop(senders);
        (t0.elapsed().as_secs_f64(), 0.0)
    } else {
        metrics.set_phase("sending");
        ticker(args, &plan, &metrics, senders, t0).await;
        let sending = t0.elapsed().as_secs_f64();
        metrics.set_phase("draining");
        let drain_started = Instant::now();
        drain(&metrics, Duration::from_secs(args.drain)).await;
        (sending, drain_started.elapsed().as_secs_f64())
    };
    let measured_wall = t0.elapsed().as_secs_f64();
    let end = sample_all(&args.gateway_pids);
    let gateway_counters = gateway_metrics::delta(&counters_before, &gateway_metrics::read(&targets).await);
    // Chaos events are all within the measured phase; any left would be past its end.
    chaos_task.abort();

    metrics.set_phase("stopping");
    let _ = stop_tx.send(true);
    let mut outcomes = Vec::with_capacity(n);
    let mut unfinished = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    for h in handles {
        let abort = h.abort_handle();
        match tokio::time::timeout_at(deadline, h).await {
            Ok(Ok(o)) => outcomes.push(o),
            _ => {
                abort.abort();
                unfinished += 1;
                outcomes.push(Outcome { audit: DeviceAudit::default(), unacked: 0 });
            }
        }
    }
    drop(stop_tx);

    let samples = args
        .gateway_pids
        .iter()
        .enumerate()
        .map(|(i, &pid)| (pid, [before[i], after_connect[i], settled[i], end[i]]))
        .collect::<Vec<_>>();
    let chaos = chaos_log.lock().unwrap().clone();
    RunOutput {
        connect,
        outcomes,
        unfinished,
        sending_secs: round3(sending_secs),
        drain_secs: round3(drain_secs),
        samples,
        measured_wall_secs: measured_wall,
        chaos,
        gateway_counters,
    }
}

/// Schedules sends at `--rate` per second from `t0`, round-robin over the sending devices,
/// whatever the latency: a send's latency runs from its scheduled time, so a gateway that
/// falls behind shows as latency, not as a lower offered load.
async fn ticker(
    args: &Args,
    plan: &Plan,
    metrics: &Metrics,
    senders: Vec<mpsc::UnboundedSender<SendCmd>>,
    t0: Instant,
) {
    let direct: Vec<(usize, u32)> =
        plan.devices.iter().enumerate().filter_map(|(i, d)| plan.user_direct[d.user].map(|c| (i, c))).collect();
    let group: Vec<(usize, u32)> =
        plan.devices.iter().enumerate().filter_map(|(i, d)| plan.user_group[d.user].map(|c| (i, c))).collect();
    // Fan-out: each group's first member alone sends, from its first device.
    let broadcasters: Vec<(usize, u32)> = plan
        .channels
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == ChannelKind::Group)
        .filter_map(|(i, c)| Some((*plan.user_devices[c.members[0]].first()?, i as u32)))
        .collect();
    let lists: Vec<&Vec<(usize, u32)>> = match args.scenario {
        Scenario::Direct => vec![&direct],
        Scenario::Group => vec![&group],
        Scenario::Mix => vec![&direct, &group],
        Scenario::Fanout => vec![&broadcasters],
        Scenario::Idle => vec![],
    };
    let lists: Vec<&Vec<(usize, u32)>> = lists.into_iter().filter(|l| !l.is_empty()).collect();
    if lists.is_empty() {
        return;
    }
    let end = t0 + Duration::from_secs(args.duration);
    let max = args.messages.unwrap_or(u64::MAX);
    let at = |k: u64| t0 + Duration::from_secs_f64(k as f64 / args.rate);
    let mut k: u64 = 0;
    'outer: while k < max {
        let now = Instant::now();
        while k < max {
            let due = at(k);
            if due >= end {
                break 'outer;
            }
            if due > now {
                break;
            }
            let list = lists[(k % lists.len() as u64) as usize];
            let (device, channel) = list[((k / lists.len() as u64) % list.len() as u64) as usize];
            let scheduled_ns = metrics.clock.ns_at(due.into_std());
            metrics.scheduled.fetch_add(1, Relaxed);
            if senders[device].send(SendCmd { channel, scheduled_ns }).is_err() {
                metrics.unsent.fetch_add(1, Relaxed);
            }
            k += 1;
        }
        if k < max {
            tokio::time::sleep_until(at(k).min(end)).await;
        }
    }
}

/// Waits until every send is acked (or given up) and deliveries stopped for a second, at
/// most `limit`.
async fn drain(metrics: &Metrics, limit: Duration) {
    let until = Instant::now() + limit;
    let mut last = (metrics.delivered.load(Relaxed), Instant::now());
    while Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let delivered = metrics.delivered.load(Relaxed);
        if delivered != last.0 {
            last = (delivered, Instant::now());
        }
        if metrics.in_flight() == 0 && last.1.elapsed() >= Duration::from_secs(1) {
            return;
        }
    }
}

/// Every device reads its whole inbox (empty cursor) on a fresh session: the audit's
/// reference. `None` for a device whose sync failed on every gateway.
pub async fn final_sync(
    targets: &Targets,
    plan: &Plan,
    metrics: &Metrics,
    concurrency: usize,
    run_tag: &str,
) -> Vec<Option<Vec<Synced>>> {
    let ours = format!("{run_tag}-");
    let ours = &ours;
    metrics.set_phase("audit sync");
    let urls = targets.candidates(None, "").await;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let n = plan.devices.len();
    futures::stream::iter(0..n)
        .map(|i| {
            let urls = &urls;
            let done = &done;
            async move {
                let d = &plan.devices[i];
                let token = &plan.users[d.user].tokens[d.name.trim_start_matches('d').parse::<usize>().unwrap_or(0)];
                let mut result = None;
                'tries: for attempt in 0..3 {
                    for j in 0..urls.len() {
                        let url = &urls[(i + j) % urls.len()];
                        let Ok(gw) = targets.pin(url).await else { continue };
                        let Ok(conn) = targets.connect(d.transport, &gw, d.source).await else {
                            targets.forget(url);
                            continue;
                        };
                        let mut client = ChatClient::new(conn);
                        client.timeout = Duration::from_secs(20);
                        if let Ok(entries) = client.authenticate(token, &d.name).await {
                            client.conn.close().await;
                            result = Some(
                                entries
                                    .into_iter()
                                    .filter_map(|e| e.message)
                                    .filter(|m| m.client_msg_id.starts_with(ours.as_str()))
                                    .filter_map(|m| {
                                        Some(Synced {
                                            key: (plan.channel_of(&m.channel_id)?, m.seq),
                                            client_msg_id: m.client_msg_id,
                                            body: m.body,
                                            deleted: m.deleted,
                                        })
                                    })
                                    .collect(),
                            );
                            break 'tries;
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(500 * (attempt + 1))).await;
                }
                if result.is_none() {
                    metrics.client_error("audit sync failed");
                }
                let k = done.fetch_add(1, Relaxed) + 1;
                if k.is_multiple_of(50) || k == n {
                    metrics.set_phase(&format!("audit sync {k}/{n}"));
                }
                result
            }
        })
        .buffered(concurrency)
        .collect()
        .await
}
