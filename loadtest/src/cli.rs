//! Command line.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use serde::Serialize;

use crate::chaos::ChaosEvent;

/// Longest measured phase allowed, in seconds: every run stops by itself.
pub const MAX_DURATION_SECS: u64 = 3600;

#[derive(Parser, Debug, Clone, Serialize)]
#[command(
    name = "tern-loadtest",
    version,
    about = "Load generator for Tern gateways, with a delivery audit",
    long_about = "Load generator for Tern gateways, with a delivery audit.\n\n\
Provisions users (signup, logins for extra devices) and channels over the REST API, connects every \
device (one task each) over WebTransport and/or WebSocket, then runs a scenario:\n\
- idle: connect, authenticate and heartbeat every 5 s; reports the gateways' RSS per connection\n\
- direct: 1:1 chats (users paired) at --rate messages/s in total, open loop\n\
- group: groups of --group-size at --rate messages/s in total, open loop\n\
- mix: every user has a 1:1 chat and a group; sends alternate between them\n\
- fanout: groups of --group-size; only each group's first member sends (1 sender, G-1 \
receivers per group), at --rate messages/s in total: the shape of a broadcast\n\n\
Latencies are measured from the time a send was scheduled (not when it went out), so a slow \
gateway cannot hide behind a slow client. After the load, every device syncs its whole inbox on \
a fresh session and the audit compares it with every ack and every delivery.\n\n\
A device whose session dies (fatal error, GoAway, closed or silent transport) reconnects: to the \
gateway a GoAway suggested, then through --discover, then to the other --gateway URLs, with its \
cursor, and re-sends its unacked messages with the same client_msg_id. --chaos kills or stops \
gateways; it does not restart them.\n\n\
Progress goes to stderr, the results as JSON to stdout (or --json FILE). Exit code: 0 passed; 1 the \
audit found lost, duplicated or out-of-order messages (or another inconsistency listed in the \
JSON's audit), or devices never connected; 2 a setup error.\n\n\
Gateways with a dev certificate are pinned by the hash they publish on GET /v1/info."
)]
pub struct Args {
    /// Gateway base URL, e.g. https://127.0.0.1:4433 (repeatable). Devices are spread over
    /// them round-robin; a device whose gateway dies reconnects to the others. A plain
    /// http:// URL (a gateway's loopback dev listener) carries WebSocket without TLS: use it
    /// with --transport ws.
    #[arg(long = "gateway", value_name = "URL")]
    pub gateways: Vec<String>,

    /// Find the gateways with GET /v1/discover on this base URL (instead of, or besides,
    /// --gateway). Reconnects after a failure ask it again.
    #[arg(long, value_name = "URL")]
    pub discover: Option<String>,

    /// What the devices do once connected.
    #[arg(long, value_enum, default_value_t = Scenario::Direct)]
    pub scenario: Scenario,

    /// Users (signed up under fresh usernames, unless --accounts has them).
    #[arg(long, default_value_t = 100)]
    pub users: usize,

    /// Devices (sessions) per user: the first comes from signup, the others from logins.
    #[arg(long, default_value_t = 1)]
    pub devices: usize,

    /// Password of every provisioned user (8..=256 characters).
    #[arg(long, default_value = "loadtest-password")]
    pub password: String,

    /// Username prefix (a-z, 0-9, '_', '.', '-'). Default: "lt" and 6 random hex digits, so
    /// runs against the same store do not collide.
    #[arg(long)]
    pub user_prefix: Option<String>,

    /// Reuse accounts: if FILE exists, take the users and their device tokens from it (no
    /// signup, no argon2 on the gateway, so its RSS is not inflated before the measurement);
    /// otherwise sign up as usual and save them there. The file holds login tokens (valid
    /// for the gateway's token TTL, 7 days by default).
    #[arg(long, value_name = "FILE")]
    pub accounts: Option<PathBuf>,

    /// Idle scenario only: instead of signing users up (one argon2 hash each on the gateway,
    /// hours for 100k users on 2 cores), mint their login tokens with the cluster's
    /// token-signing key (the file given to the gateways as --token-key-file). The users do
    /// not exist in the store; an idle session never needs them to.
    #[arg(long, value_name = "KEYFILE")]
    pub mint_tokens: Option<PathBuf>,
    /// Members per group (2..=100) for the group and mix scenarios; the last group takes the
    /// remainder (if it has at least 2 users).
    #[arg(long, default_value_t = 10)]
    pub group_size: usize,

    /// Transport of each device: wt (WebTransport), ws (WebSocket), or mix (alternating by
    /// device).
    #[arg(long, value_enum, default_value_t = TransportChoice::Mix)]
    pub transport: TransportChoice,

    /// Messages per second, all senders together (direct, group, mix). Sends are scheduled
    /// by a ticker at this rate whatever the latency (open loop).
    #[arg(long, default_value_t = 100.0)]
    pub rate: f64,

    /// Seconds of the measured phase: sending (chat scenarios) or holding the connections
    /// (idle). At most 3600.
    #[arg(long, default_value_t = 30)]
    pub duration: u64,

    /// Stop sending after this many messages (whichever of --duration and --messages comes
    /// first).
    #[arg(long)]
    pub messages: Option<u64>,

    /// Edit every Nth message a device has acked (and delete every second one of those after
    /// its edit is acked); the audit then checks each such message's final state (edited
    /// body, or deleted with its edit emptied) on every member device. 0: no edits.
    #[arg(long, default_value_t = 0)]
    pub edit_every: u64,

    /// Each device confirms the messages of others it receives with MarkDelivered, as the JS
    /// client does: one mark per channel per 250 ms burst (the highest seq received).
    #[arg(long)]
    pub delivery_receipts: bool,

    /// Characters per message body (at least 48: the body carries the send time and the
    /// message id, then padding).
    #[arg(long, default_value_t = 100)]
    pub body_size: usize,

    /// Spread client source addresses over 127.0.0.2 ... 127.0.0.(N+1), for more than 64k
    /// connections (loopback targets only). 0: let the OS choose.
    #[arg(long, default_value_t = 0)]
    pub source_ips: u8,

    /// Signups and logins in flight at once (argon2 on the gateway is the cost). Default: 2 ×
    /// the cores of this machine.
    #[arg(long)]
    pub signup_concurrency: Option<usize>,

    /// Connection attempts in flight at once.
    #[arg(long, default_value_t = 100)]
    pub connect_concurrency: usize,

    /// PID of a gateway process on this machine (repeatable): its RSS (/proc/PID/status VmRSS)
    /// and CPU (/proc/PID/stat utime+stime) are reported. Only these PIDs may be named by
    /// --chaos.
    #[arg(long = "gateway-pid", value_name = "PID")]
    pub gateway_pids: Vec<i32>,

    /// Fault injection, "TIME:ACTION:PID" with TIME in seconds after the measured phase
    /// starts ("10s", "2.5"), ACTION kill (SIGKILL) or term (SIGTERM), PID one of
    /// --gateway-pid (repeatable). Gateways are not restarted.
    #[arg(long = "chaos", value_name = "SPEC")]
    pub chaos: Vec<ChaosEvent>,

    /// Seconds to wait after every device is connected before the measured phase (and the
    /// RSS reading of the idle scenario). At most 600.
    #[arg(long, default_value_t = 3)]
    pub settle: u64,

    /// After the last send: seconds to wait at most for outstanding acks and deliveries (at
    /// most 600).
    #[arg(long, default_value_t = 10)]
    pub drain: u64,

    /// A session with a request (or heartbeat) outstanding and nothing received for this many
    /// seconds is considered dead and reconnected: a QUIC client may get no signal at all from
    /// a gateway that died or hangs (2..=120).
    #[arg(long, default_value_t = 8)]
    pub dead_after: u64,
    /// Seconds between heartbeats of an otherwise quiet device (1..=60). Default: what the
    /// gateway asks for in `Authenticated` (5 s), at most 5. Longer intervals (below the
    /// gateway's --idle-timeout-secs) let an idle run hold more sessions on few cores; each
    /// device then also wakes every interval / 5 instead of every second.
    #[arg(long)]
    pub heartbeat_secs: Option<u64>,

    /// Write the JSON results to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Also write a self-contained HTML report (inline SVG charts) to this file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// Skip the final inbox sync of every device (and so the loss audit).
    #[arg(long)]
    pub no_audit: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scenario {
    Idle,
    Direct,
    Group,
    Mix,
    Fanout,
}

impl Scenario {
    pub fn needs_direct(self) -> bool {
        matches!(self, Scenario::Direct | Scenario::Mix)
    }
    pub fn needs_groups(self) -> bool {
        matches!(self, Scenario::Group | Scenario::Mix | Scenario::Fanout)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TransportChoice {
    Wt,
    Ws,
    Mix,
}

impl Args {
    /// Checks what clap cannot.
    pub fn validate(&self) -> anyhow::Result<()> {
        use anyhow::bail;
        if self.gateways.is_empty() && self.discover.is_none() {
            bail!("give at least one --gateway URL or --discover URL");
        }
        if self.mint_tokens.is_some() && self.scenario != Scenario::Idle {
            bail!("--mint-tokens is for the idle scenario (chat scenarios need real users and channels)");
        }
        if self.users == 0 || self.devices == 0 {
            bail!("--users and --devices must be at least 1");
        }
        if !(8..=256).contains(&self.password.chars().count()) {
            bail!("--password must be 8..=256 characters");
        }
        if self.scenario.needs_groups() && !(2..=100).contains(&self.group_size) {
            bail!("--group-size must be 2..=100 (a group holds at most 100 members)");
        }
        if self.scenario.needs_direct() && self.users < 2 {
            bail!("1:1 chats need at least 2 users");
        }
        if self.duration == 0 || self.duration > MAX_DURATION_SECS {
            bail!("--duration must be 1..={MAX_DURATION_SECS} seconds");
        }
        if self.scenario != Scenario::Idle && !(self.rate > 0.0 && self.rate <= 1_000_000.0) {
            bail!("--rate must be in (0, 1000000]");
        }
        if self.scenario != Scenario::Idle {
            let planned = (self.rate * self.duration as f64).min(self.messages.unwrap_or(u64::MAX) as f64);
            if planned > 20_000_000.0 {
                bail!("at most 20,000,000 messages per run (--rate × --duration, or --messages)");
            }
        }
        if self.heartbeat_secs.is_some_and(|s| !(1..=60).contains(&s)) {
            bail!("--heartbeat-secs is 1..=60");
        }
        if self.settle > 600 || self.drain > 600 || !(2..=120).contains(&self.dead_after) {
            bail!("--settle and --drain are at most 600 s; --dead-after is 2..=120 s");
        }
        if self.body_size < 48 || self.body_size > 100_000 {
            bail!("--body-size must be 48..=100000 characters");
        }
        if self.source_ips > 250 {
            bail!("--source-ips must be at most 250");
        }
        if self.connect_concurrency == 0 || self.signup_concurrency == Some(0) {
            bail!("concurrency must be at least 1");
        }
        if let Some(p) = &self.user_prefix
            && (p.len() > 20 || !p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b)))
        {
            bail!("--user-prefix: at most 20 characters of a-z, 0-9, '_', '.', '-'");
        }
        for c in &self.chaos {
            if !self.gateway_pids.contains(&c.pid) {
                bail!("--chaos names PID {}, which is not one of the --gateway-pid", c.pid);
            }
            if c.at.as_secs_f64() > self.duration as f64 {
                bail!("--chaos at {:?} is after the end of the measured phase ({} s)", c.at, self.duration);
            }
        }
        Ok(())
    }

    pub fn signup_concurrency(&self) -> usize {
        self.signup_concurrency
            .unwrap_or_else(|| 2 * std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
    }
}
