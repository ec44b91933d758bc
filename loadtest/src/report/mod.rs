//! Results: the JSON document of a run (`build`), and its HTML page (`html.rs`).

use std::collections::BTreeMap;
use std::sync::atomic::Ordering::Relaxed;

use serde::Serialize;

use crate::audit::AuditReport;
use crate::chaos::ChaosRecord;
use crate::cli::Args;
use crate::metrics::{LatencySummary, Metrics, TimelinePoint, summarize};
use crate::proc_stats;
use crate::provision::{Plan, ProvisionReport, round3};
use crate::scenario::{ConnectPhase, RunOutput};

mod html;
pub use html::html;

#[derive(Serialize)]
pub struct Report {
    pub tool: String,
    pub passed: bool,
    pub config: Args,
    pub gateways: Vec<String>,
    pub provisioning: ProvisionReport,
    pub connections: Connections,
    pub measured_phase: MeasuredPhase,
    pub sends: Sends,
    /// Microseconds, from the scheduled send time.
    pub latency_us: Latencies,
    pub throughput: Throughput,
    pub errors: Errors,
    pub audit: AuditReport,
    pub gateway_processes: Vec<GatewayProcess>,
    /// All --gateway-pid together: CPU of the measured phase / live deliveries received, in
    /// microseconds (the cost of one delivery, sending and receiving included).
    pub gateway_cpu_us_per_delivery: Option<f64>,
    /// Each gateway's own counters over the measured phase (frames per write).
    pub gateway_counters: Vec<crate::gateway_metrics::Delta>,
    /// All --gateway-pid together: (RSS after settling - RSS before connecting) / devices
    /// connected.
    pub rss_per_connection_kib: Option<f64>,
    pub chaos: Vec<ChaosRecord>,
    pub timeline: Vec<TimelinePoint>,
    pub notes: Vec<String>,
}

#[derive(Serialize)]
pub struct Connections {
    #[serde(flatten)]
    pub phase: ConnectPhase,
    pub webtransport: usize,
    pub websocket: usize,
    pub source_ips: u8,
    pub per_gateway: BTreeMap<String, usize>,
    /// Connect until Authenticated, every session (reconnects included).
    pub setup_latency_us: LatencySummary,
    pub reconnects: u64,
    pub sessions_lost: u64,
    /// From losing a session (or a GoAway) to `Authenticated` on the next one.
    pub reconnect_wait_us: LatencySummary,
    pub device_tasks_unfinished: usize,
}

#[derive(Serialize)]
pub struct MeasuredPhase {
    pub scenario: String,
    pub sending_s: f64,
    pub drain_s: f64,
}

#[derive(Serialize)]
pub struct Sends {
    pub scheduled: u64,
    pub sent: u64,
    /// Writes of the same message again (after a lost session or a RATE_LIMITED/UNAVAILABLE).
    pub resent: u64,
    pub acked: u64,
    pub duplicate_acks: u64,
    /// Refused for good (a non-retryable error, or too many retries).
    pub gave_up: u64,
    /// Written but never acked when the run stopped.
    pub unacked_at_end: usize,
    /// Scheduled but never written (no session).
    pub unsent: u64,
    /// Delivery marks written (MarkDelivered, `--delivery-receipts`).
    pub delivery_marks: u64,
    /// Delivery receipts received (`UserEvent.delivered`).
    pub delivery_receipts: u64,
}

#[derive(Serialize)]
pub struct Latencies {
    pub send_ack: LatencySummary,
    pub send_deliver: LatencySummary,
}

#[derive(Serialize)]
pub struct Throughput {
    pub target_rate: f64,
    pub sent_per_s: f64,
    pub acked_per_s: f64,
    /// Live deliveries (Deliver frames) per second of the measured phase (sending + drain).
    pub delivered_per_s: f64,
    /// Median of the per-second delivery counts while sending (first and last second left out).
    pub delivered_per_s_median: f64,
    pub deliveries: u64,
    pub catch_up_entries: u64,
}

#[derive(Serialize)]
pub struct Errors {
    /// Error frames from the gateways, by code name.
    pub server: BTreeMap<String, u64>,
    /// Failures seen by this client (connects, dead sessions, GoAways).
    pub client: BTreeMap<String, u64>,
}

#[derive(Serialize)]
pub struct GatewayProcess {
    pub pid: i32,
    pub rss_before_kib: Option<u64>,
    pub rss_connected_kib: Option<u64>,
    pub rss_settled_kib: Option<u64>,
    pub rss_end_kib: Option<u64>,
    pub cpu_connect_s: Option<f64>,
    pub cpu_measured_s: Option<f64>,
    /// CPU of the measured phase, in % of one core.
    pub cpu_measured_percent: Option<f64>,
}

fn median(mut v: Vec<u64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 { v[n / 2] as f64 } else { (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0 }
}

pub fn build(
    args: &Args,
    gateways: Vec<String>,
    plan: &Plan,
    provisioning: ProvisionReport,
    run: &RunOutput,
    metrics: &Metrics,
    audit: AuditReport,
) -> Report {
    let m = metrics;
    let measured = (run.sending_secs + run.drain_secs).max(1e-9);
    let sending = run.sending_secs.max(1e-9);
    let timeline_len = measured.ceil() as usize;
    let timeline = m.timeline(timeline_len);
    let steady: Vec<u64> =
        timeline.iter().filter(|p| p.t >= 1 && (p.t as f64) + 1.0 < run.sending_secs).map(|p| p.delivered).collect();
    let mut per_gateway = BTreeMap::new();
    for d in &plan.devices {
        *per_gateway.entry(gateways[d.gateway].clone()).or_default() += 1;
    }
    let wt = plan.devices.iter().filter(|d| d.transport == tern_client::Transport::WebTransport).count();

    let gateway_processes: Vec<GatewayProcess> = run
        .samples
        .iter()
        .map(|(pid, [before, connected, settled, end])| {
            let cpu_measured = proc_stats::cpu_seconds(settled, end);
            GatewayProcess {
                pid: *pid,
                rss_before_kib: before.rss_kib,
                rss_connected_kib: connected.rss_kib,
                rss_settled_kib: settled.rss_kib,
                rss_end_kib: end.rss_kib,
                cpu_connect_s: proc_stats::cpu_seconds(before, connected).map(round3),
                cpu_measured_s: cpu_measured.map(round3),
                cpu_measured_percent: cpu_measured.map(|c| round3(100.0 * c / run.measured_wall_secs.max(1e-9))),
            }
        })
        .collect();
    let rss_per_connection_kib = {
        let deltas: Option<Vec<i64>> =
            run.samples.iter().map(|(_, s)| Some(s[2].rss_kib? as i64 - s[0].rss_kib? as i64)).collect();
        match deltas {
            Some(d) if !d.is_empty() && run.connect.ready > 0 => {
                Some(round3(d.iter().sum::<i64>() as f64 / run.connect.ready as f64))
            }
            _ => None,
        }
    };

    let mut notes = vec![
        "Latencies run from the time the ticker scheduled a send (open loop), in microseconds.".to_owned(),
        "send_deliver: every live Deliver, on every receiving device, from the send time in its body.".to_owned(),
        "Gateways killed by --chaos are not restarted.".to_owned(),
    ];
    if args.gateway_pids.is_empty() {
        notes.push("No --gateway-pid: no gateway RSS or CPU figures.".to_owned());
    } else if args.scenario != crate::cli::Scenario::Idle {
        notes.push(
            "RSS per connection is meaningful in the idle scenario only: here it also counts message buffers."
                .to_owned(),
        );
    }
    if !audit.enabled {
        notes.push("No final inbox sync (idle scenario or --no-audit): losses were not checked.".to_owned());
    }

    let passed = audit.passed && run.unfinished == 0 && run.connect.failed == 0;
    if run.connect.failed > 0 {
        notes.push(format!("{} devices never connected: the run does not pass.", run.connect.failed));
    }
    Report {
        tool: format!("tern-loadtest {}", env!("CARGO_PKG_VERSION")),
        passed,
        config: args.clone(),
        gateways,
        provisioning,
        connections: Connections {
            phase: run.connect.clone(),
            webtransport: wt,
            websocket: plan.devices.len() - wt,
            source_ips: args.source_ips,
            per_gateway,
            setup_latency_us: {
                let mut s = summarize(&m.connect_latency.lock().unwrap());
                s.curve.clear();
                s
            },
            reconnects: m.reconnects.load(Relaxed),
            sessions_lost: m.sessions_lost.load(Relaxed),
            reconnect_wait_us: {
                let mut s = summarize(&m.reconnect_wait.lock().unwrap());
                s.curve.clear();
                s
            },
            device_tasks_unfinished: run.unfinished,
        },
        measured_phase: MeasuredPhase {
            scenario: format!("{:?}", args.scenario).to_lowercase(),
            sending_s: run.sending_secs,
            drain_s: run.drain_secs,
        },
        sends: Sends {
            scheduled: m.scheduled.load(Relaxed),
            sent: m.sent.load(Relaxed),
            resent: m.resent.load(Relaxed),
            acked: m.acked.load(Relaxed),
            duplicate_acks: m.duplicate_acks.load(Relaxed),
            gave_up: m.gave_up.load(Relaxed),
            unacked_at_end: run.outcomes.iter().map(|o| o.unacked).sum(),
            unsent: m.unsent.load(Relaxed),
            delivery_marks: m.delivery_marks.load(Relaxed),
            delivery_receipts: m.delivery_receipts.load(Relaxed),
        },
        latency_us: Latencies {
            send_ack: summarize(&m.ack_latency.lock().unwrap()),
            send_deliver: summarize(&m.deliver_latency.lock().unwrap()),
        },
        throughput: Throughput {
            target_rate: args.rate,
            sent_per_s: round3(m.sent.load(Relaxed) as f64 / sending),
            acked_per_s: round3(m.acked.load(Relaxed) as f64 / measured),
            delivered_per_s: round3(m.delivered.load(Relaxed) as f64 / measured),
            delivered_per_s_median: median(steady),
            deliveries: m.delivered.load(Relaxed),
            catch_up_entries: m.catch_up_entries.load(Relaxed),
        },
        errors: Errors { server: m.server_errors(), client: m.client_errors() },
        audit,
        gateway_cpu_us_per_delivery: {
            let cpu: Option<f64> = gateway_processes.iter().map(|g| g.cpu_measured_s).sum();
            let delivered = m.delivered.load(Relaxed);
            cpu.filter(|_| delivered > 0 && !gateway_processes.is_empty()).map(|c| round3(c * 1e6 / delivered as f64))
        },
        gateway_counters: run.gateway_counters.clone(),
        gateway_processes,
        rss_per_connection_kib,
        chaos: run.chaos.clone(),
        timeline,
        notes,
    }
}

// ---------------------------------------------------------------------------------------
// HTML
