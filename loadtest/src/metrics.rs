//! What the run measures: counters, latency histograms, a per-second timeline, errors by
//! code. Shared by every device task.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use hdrhistogram::Histogram;
use serde::Serialize;
use tern_proto::v1::ErrorCode;

/// Wall-clock nanoseconds, monotonic within this process: the Unix time at start plus the
/// monotonic time since. All senders and receivers are tasks of this process (and the
/// gateways run on the same machine), so timestamps carried in bodies compare directly.
pub struct Clock {
    base: Instant,
    base_unix_ns: u64,
}

impl Clock {
    pub fn new() -> Self {
        let unix = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        Clock { base: Instant::now(), base_unix_ns: unix.as_nanos() as u64 }
    }
    pub fn now_ns(&self) -> u64 {
        self.base_unix_ns + self.base.elapsed().as_nanos() as u64
    }
    pub fn ns_at(&self, at: Instant) -> u64 {
        self.base_unix_ns + at.saturating_duration_since(self.base).as_nanos() as u64
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

/// Microsecond latencies up to one hour, 3 significant digits.
pub fn new_histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid histogram bounds")
}

/// Per-second counts; index = seconds since the measured phase started.
#[derive(Default)]
pub struct Bucket {
    pub sent: AtomicU64,
    pub acked: AtomicU64,
    pub delivered: AtomicU64,
    pub errors: AtomicU64,
}

pub struct Metrics {
    pub clock: Clock,
    /// Unix ns when the measured phase started (set once).
    phase_start_ns: OnceLock<u64>,
    pub phase: Mutex<String>,

    pub devices: AtomicU64,
    pub connected: AtomicU64,
    pub connects: AtomicU64,
    pub reconnects: AtomicU64,
    pub sessions_lost: AtomicU64,

    pub scheduled: AtomicU64,
    pub sent: AtomicU64,
    pub resent: AtomicU64,
    pub acked: AtomicU64,
    pub duplicate_acks: AtomicU64,
    pub gave_up: AtomicU64,
    pub unsent: AtomicU64,
    pub delivered: AtomicU64,
    pub catch_up_entries: AtomicU64,
    /// MarkDelivered frames written (`--delivery-receipts`).
    pub delivery_marks: AtomicU64,
    /// `UserEvent.delivered` receipts received.
    pub delivery_receipts: AtomicU64,

    pub ack_latency: Mutex<Histogram<u64>>,
    pub deliver_latency: Mutex<Histogram<u64>>,
    /// Connect (QUIC or TCP+TLS, WebTransport or WebSocket handshake) until `Authenticated`.
    pub connect_latency: Mutex<Histogram<u64>>,
    /// From noticing a session was lost (or told to go away) to `Authenticated` again.
    pub reconnect_wait: Mutex<Histogram<u64>>,

    server_errors: [AtomicU64; 32],
    client_errors: Mutex<BTreeMap<String, u64>>,
    timeline: Vec<Bucket>,
}

impl Metrics {
    pub fn new(timeline_secs: usize) -> Self {
        Metrics {
            clock: Clock::new(),
            phase_start_ns: OnceLock::new(),
            phase: Mutex::new("starting".into()),
            devices: AtomicU64::new(0),
            connected: AtomicU64::new(0),
            connects: AtomicU64::new(0),
            reconnects: AtomicU64::new(0),
            sessions_lost: AtomicU64::new(0),
            scheduled: AtomicU64::new(0),
            sent: AtomicU64::new(0),
            resent: AtomicU64::new(0),
            acked: AtomicU64::new(0),
            duplicate_acks: AtomicU64::new(0),
            gave_up: AtomicU64::new(0),
            delivery_marks: AtomicU64::new(0),
            delivery_receipts: AtomicU64::new(0),
            unsent: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            catch_up_entries: AtomicU64::new(0),
            ack_latency: Mutex::new(new_histogram()),
            deliver_latency: Mutex::new(new_histogram()),
            connect_latency: Mutex::new(new_histogram()),
            reconnect_wait: Mutex::new(new_histogram()),
            server_errors: Default::default(),
            client_errors: Mutex::new(BTreeMap::new()),
            timeline: (0..timeline_secs).map(|_| Bucket::default()).collect(),
        }
    }

    pub fn set_phase(&self, phase: &str) {
        *self.phase.lock().unwrap() = phase.to_owned();
    }

    pub fn start_phase(&self, at_ns: u64) {
        let _ = self.phase_start_ns.set(at_ns);
    }

    fn bucket(&self, at_ns: u64) -> Option<&Bucket> {
        let start = *self.phase_start_ns.get()?;
        let sec = at_ns.checked_sub(start)? / 1_000_000_000;
        self.timeline.get(sec as usize)
    }

    pub fn on_sent(&self, now_ns: u64, resend: bool) {
        if resend {
            self.resent.fetch_add(1, Relaxed);
        } else {
            self.sent.fetch_add(1, Relaxed);
            if let Some(b) = self.bucket(now_ns) {
                b.sent.fetch_add(1, Relaxed);
            }
        }
    }

    pub fn on_ack(&self, now_ns: u64, scheduled_ns: u64, duplicate: bool) {
        self.acked.fetch_add(1, Relaxed);
        if duplicate {
            self.duplicate_acks.fetch_add(1, Relaxed);
        }
        if let Some(b) = self.bucket(now_ns) {
            b.acked.fetch_add(1, Relaxed);
        }
        let us = now_ns.saturating_sub(scheduled_ns) / 1000;
        self.ack_latency.lock().unwrap().saturating_record(us.max(1));
    }

    /// A live delivery; `sent_ns` is the scheduled send time carried in the body.
    pub fn on_deliver(&self, now_ns: u64, sent_ns: Option<u64>) {
        self.delivered.fetch_add(1, Relaxed);
        if let Some(b) = self.bucket(now_ns) {
            b.delivered.fetch_add(1, Relaxed);
        }
        if let Some(sent) = sent_ns {
            let us = now_ns.saturating_sub(sent) / 1000;
            self.deliver_latency.lock().unwrap().saturating_record(us.max(1));
        }
    }

    pub fn on_connected(&self, took: Duration) {
        self.connects.fetch_add(1, Relaxed);
        self.connected.fetch_add(1, Relaxed);
        self.connect_latency.lock().unwrap().saturating_record((took.as_micros() as u64).max(1));
    }

    pub fn on_disconnected(&self) {
        self.connected.fetch_sub(1, Relaxed);
    }

    /// An `Error` frame from a gateway.
    pub fn server_error(&self, code: i32) {
        let i = (code as usize).min(self.server_errors.len() - 1);
        self.server_errors[i].fetch_add(1, Relaxed);
        if let Some(b) = self.bucket(self.clock.now_ns()) {
            b.errors.fetch_add(1, Relaxed);
        }
    }

    /// A failure on this side: a refused connection, a dead session, a timeout.
    pub fn client_error(&self, what: &str) {
        *self.client_errors.lock().unwrap().entry(what.to_owned()).or_default() += 1;
        if let Some(b) = self.bucket(self.clock.now_ns()) {
            b.errors.fetch_add(1, Relaxed);
        }
    }

    pub fn server_errors(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for (code, n) in self.server_errors.iter().enumerate() {
            let n = n.load(Relaxed);
            if n > 0 {
                let name = ErrorCode::try_from(code as i32)
                    .map_or(format!("CODE_{code}"), |c| c.as_str_name().trim_start_matches("ERROR_CODE_").to_owned());
                out.insert(name, n);
            }
        }
        out
    }

    pub fn client_errors(&self) -> BTreeMap<String, u64> {
        self.client_errors.lock().unwrap().clone()
    }

    pub fn total_errors(&self) -> u64 {
        self.server_errors.iter().map(|n| n.load(Relaxed)).sum::<u64>() + self.client_errors().values().sum::<u64>()
    }

    /// Sends not yet acked nor given up.
    pub fn in_flight(&self) -> u64 {
        self.sent.load(Relaxed).saturating_sub(self.acked.load(Relaxed) + self.gave_up.load(Relaxed))
    }

    /// The timeline up to `secs` seconds.
    pub fn timeline(&self, secs: usize) -> Vec<TimelinePoint> {
        self.timeline
            .iter()
            .take(secs)
            .enumerate()
            .map(|(t, b)| TimelinePoint {
                t: t as u64,
                sent: b.sent.load(Relaxed),
                acked: b.acked.load(Relaxed),
                delivered: b.delivered.load(Relaxed),
                errors: b.errors.load(Relaxed),
            })
            .collect()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct TimelinePoint {
    pub t: u64,
    pub sent: u64,
    pub acked: u64,
    pub delivered: u64,
    pub errors: u64,
}

/// Percentiles of a latency histogram, in microseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct LatencySummary {
    pub count: u64,
    pub min: u64,
    pub mean: f64,
    pub p50: u64,
    pub p90: u64,
    pub p99: u64,
    pub p99_9: u64,
    pub max: u64,
    /// (percentile, microseconds) points for a percentile plot.
    pub curve: Vec<(f64, u64)>,
}

pub fn summarize(h: &Histogram<u64>) -> LatencySummary {
    if h.is_empty() {
        return LatencySummary::default();
    }
    // Percentiles spaced evenly on the log(1 / (1 - p)) axis of a percentile plot.
    let mut curve = Vec::new();
    let mut x = 0.0f64;
    while x <= 5.0 + 1e-9 {
        let q = 1.0 - 10f64.powf(-x);
        curve.push((q * 100.0, h.value_at_quantile(q)));
        x += 0.1;
    }
    curve.push((100.0, h.max()));
    LatencySummary {
        count: h.len(),
        min: h.min(),
        mean: (h.mean() * 10.0).round() / 10.0,
        p50: h.value_at_quantile(0.50),
        p90: h.value_at_quantile(0.90),
        p99: h.value_at_quantile(0.99),
        p99_9: h.value_at_quantile(0.999),
        max: h.max(),
        curve,
    }
}

/// A one-line status on stderr every second (rewritten in place on a terminal, one line every
/// five seconds otherwise) until `stop` is set.
pub async fn progress(m: std::sync::Arc<Metrics>, stop: tokio::sync::watch::Receiver<bool>) {
    let tty = std::io::stderr().is_terminal();
    let mut tick = tokio::time::interval(Duration::from_secs(if tty { 1 } else { 5 }));
    let mut stop = stop;
    let started = Instant::now();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stop.changed() => break,
        }
        let line = format!(
            "[{:>6.1}s {}] conn {}/{} sent {} acked {} in-flight {} delivered {} errors {}",
            started.elapsed().as_secs_f64(),
            m.phase.lock().unwrap(),
            m.connected.load(Relaxed),
            m.devices.load(Relaxed),
            m.sent.load(Relaxed),
            m.acked.load(Relaxed),
            m.in_flight(),
            m.delivered.load(Relaxed),
            m.total_errors(),
        );
        let mut err = std::io::stderr().lock();
        if tty {
            let _ = write!(err, "\r\x1b[2K{line}");
        } else {
            let _ = writeln!(err, "{line}");
        }
        let _ = err.flush();
    }
    if tty {
        eprintln!();
    }
}
