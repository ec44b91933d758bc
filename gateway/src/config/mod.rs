//! Settings of `tern serve`, declared once: every field of the structs below is a flag, an
//! environment variable and a key of the TOML file named by `--config`, in the section its
//! struct stands for. Precedence: flag, then environment, then file, then built-in default.

mod file;
mod print;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;

pub use file::{from_text, load};

#[derive(Parser, Debug)]
#[command(
    name = "tern",
    version,
    about = "Tern: a QUIC/HTTP3-native chat gateway (WebTransport and WebSocket on one port)",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings for `serve`, which is also what runs when no command is given.
    #[command(flatten)]
    pub serve: ServeConfig,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the gateway (the default when no command is given).
    Serve(ServeConfig),
    /// Inspect the configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Print the effective configuration as TOML (flags, environment and file applied;
    /// secrets masked), in the shape `--config` reads.
    Print(ServeConfig),
}

/// Everything `tern serve` reads. Each field is one TOML section.
#[derive(Args, Debug, Clone, Serialize)]
pub struct ServeConfig {
    /// TOML file with settings (sections as in `tern config print`). Flags and environment
    /// variables override it.
    #[arg(long, env = "TERN_CONFIG")]
    #[serde(skip)]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub gateway: GatewayConfig,
    #[command(flatten)]
    pub tls: TlsConfig,
    #[command(flatten)]
    pub store: StoreConfig,
    #[command(flatten)]
    pub cluster: ClusterConfig,
    #[command(flatten)]
    pub auth: AuthConfig,
    #[command(flatten)]
    pub push: PushConfig,
    #[command(flatten)]
    pub limits: LimitsConfig,
    #[command(flatten)]
    pub drain: DrainConfig,
    #[command(flatten)]
    pub admin: AdminConfig,
    #[command(flatten)]
    pub log: LogConfig,
    #[command(flatten)]
    pub trace: TraceConfig,
}

/// The TOML sections and the struct that declares each one's keys.
pub(crate) fn sections() -> Vec<(&'static str, clap::Command)> {
    fn of<T: Args>(name: &'static str) -> (&'static str, clap::Command) {
        (name, T::augment_args(clap::Command::new(name)))
    }
    vec![
        of::<GatewayConfig>("gateway"),
        of::<TlsConfig>("tls"),
        of::<StoreConfig>("store"),
        of::<ClusterConfig>("cluster"),
        of::<AuthConfig>("auth"),
        of::<PushConfig>("push"),
        of::<LimitsConfig>("limits"),
        of::<DrainConfig>("drain"),
        of::<AdminConfig>("admin"),
        of::<LogConfig>("log"),
        of::<TraceConfig>("trace"),
    ]
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Gateway [gateway]")]
pub struct GatewayConfig {
    /// Address for both UDP (WebTransport over HTTP/3) and TCP (HTTPS: REST, WebSocket, page).
    #[arg(long, env = "TERN_LISTEN", default_value = "0.0.0.0:443")]
    pub listen: SocketAddr,

    /// URL clients reach this gateway at. Default: https://<listen address>, with an
    /// unspecified address shown as 127.0.0.1.
    #[arg(long, env = "TERN_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// This gateway's id in the cluster. Default: a random one per start.
    #[arg(long, env = "TERN_GATEWAY_ID")]
    pub gateway_id: Option<String>,

    /// Region name used by discovery.
    #[arg(long, env = "TERN_REGION", default_value = "local")]
    pub region: String,

    /// Directory of the embedded store, the generated token key and the admin token.
    #[arg(long, env = "TERN_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// Plain-HTTP listener for local development: the web page, REST and WebSocket without
    /// TLS, so a browser on this machine needs to trust nothing (http://127.0.0.1 is a secure
    /// context). Loopback addresses only; `off` disables it. Default: 127.0.0.1:8080 when the
    /// dev certificate is in use, off otherwise.
    #[arg(long, env = "TERN_DEV_HTTP")]
    pub dev_http: Option<String>,

    /// Serve the web page and client from this directory (index.html, dist/tern-client.js)
    /// instead of the copies built into the binary: for working on the page.
    #[arg(long, env = "TERN_WEB_DIR")]
    pub web_dir: Option<PathBuf>,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "TLS [tls]")]
pub struct TlsConfig {
    /// PEM certificate chain. Without it (and --tls-key) a self-signed dev certificate
    /// (ECDSA P-256, 13 days) is made at start. Reloaded when the file changes.
    #[arg(long, env = "TERN_TLS_CERT")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key (PKCS#8, SEC1 or PKCS#1).
    #[arg(long, env = "TERN_TLS_KEY")]
    pub tls_key: Option<PathBuf>,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Store [store]")]
pub struct StoreConfig {
    /// Where chats are kept: `embedded` (fjall in --data-dir), `remote` (the embedded store
    /// of another `tern` started with --serve-store: several gateways without FoundationDB),
    /// or `fdb` (FoundationDB; needs a binary built with the `fdb` feature).
    #[arg(long, env = "TERN_STORE", default_value = "embedded", value_parser = ["embedded", "remote", "fdb"])]
    pub store: String,

    /// With --store remote: base URL of the gateway that hosts the store.
    #[arg(long, env = "TERN_STORE_URL")]
    pub store_url: Option<String>,

    /// With --store remote: SHA-256 (hex) of the store host's certificate when it is
    /// self-signed. Without it the host's certificate must be trusted by the Web PKI.
    #[arg(long, env = "TERN_STORE_CERT_SHA256")]
    pub store_cert_sha256: Option<String>,

    /// Answer store requests from other gateways (authenticated with the shared token key)
    /// on POST /internal/v1/store.
    #[arg(long, env = "TERN_SERVE_STORE")]
    pub serve_store: bool,

    /// With --store fdb: the FoundationDB cluster file (default: the client's default).
    #[arg(long, env = "TERN_FDB_CLUSTER_FILE")]
    pub fdb_cluster_file: Option<PathBuf>,

    /// With --store fdb: the key prefix Tern's data lives under (1..=64 bytes), so several
    /// deployments can share one cluster.
    #[arg(long, env = "TERN_FDB_PREFIX", default_value = "tern")]
    pub fdb_prefix: String,

    /// Embedded store durability: `fsync` (an ack survives power loss) or `buffered`
    /// (survives a process crash only; faster on slow disks).
    #[arg(long, env = "TERN_DURABILITY", default_value = "fsync", value_parser = ["fsync", "buffered"])]
    pub durability: String,

    /// Embedded store: size of the in-memory table in MiB, taken when the store is created.
    /// Each time it fills, it is written out as a table file in the background.
    #[arg(long, env = "TERN_MEMTABLE_MIB", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub memtable_mib: u64,

    /// Embedded store: the directory of its log (default: `<data-dir>/store/log`). Every ack
    /// waits for a sync of the log; on a device of its own, that sync does not wait for the
    /// table files written beside it. A store remembers where its log is and refuses to open
    /// with another one while the old one still holds segments.
    #[arg(long, env = "TERN_STORE_LOG_DIR")]
    pub store_log_dir: Option<PathBuf>,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Cluster [cluster]")]
pub struct ClusterConfig {
    /// Redis (Cluster) for the connection directory, gateway registry and presence:
    /// `redis://host:port` or `redis-cluster://host:port?node=host:port&...`. Without it the
    /// directory is in-process and this gateway runs alone.
    #[arg(long, env = "TERN_REDIS_URL")]
    #[serde(serialize_with = "print::mask_url_password")]
    pub redis_url: Option<String>,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Tokens [auth]")]
pub struct AuthConfig {
    /// File with the Ed25519 token-signing seed (64 hex digits). Every gateway of a cluster
    /// needs the same one. Default: <data-dir>/token.key, created on first start.
    #[arg(long, env = "TERN_TOKEN_KEY_FILE")]
    pub token_key_file: Option<PathBuf>,

    /// How long a login token lives, in seconds.
    #[arg(long, env = "TERN_TOKEN_TTL_SECS", default_value_t = 7 * 24 * 3600)]
    pub token_ttl_secs: i64,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Offline push [push]")]
pub struct PushConfig {
    /// Webhook that receives push jobs for offline recipients (HTTP POST, JSON, signed).
    /// Without it, push jobs are logged.
    #[arg(long, env = "TERN_PUSH_WEBHOOK")]
    pub push_webhook: Option<String>,

    /// HMAC-SHA256 key for the webhook's X-Tern-Signature header.
    #[arg(long, env = "TERN_PUSH_SECRET", default_value = "", hide_default_value = true)]
    #[serde(serialize_with = "print::mask")]
    pub push_secret: String,

    /// How long a user's first push waits for more messages, in ms: a burst of messages is
    /// then one notification carrying their count.
    #[arg(long, env = "TERN_PUSH_COALESCE_MS", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=60_000))]
    pub push_coalesce_ms: u64,

    /// Push jobs this gateway attempts at once (a slow one holds only its own slot).
    #[arg(long, env = "TERN_PUSH_CONCURRENCY", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub push_concurrency: u32,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Limits [limits]")]
pub struct LimitsConfig {
    /// Hard limit on one frame, in bytes.
    #[arg(long, env = "TERN_MAX_FRAME_BYTES", default_value_t = tern_proto::MAX_FRAME_SIZE)]
    pub max_frame_bytes: usize,

    /// Sustained sends per second allowed to one user on this gateway (all devices together).
    #[arg(long, env = "TERN_SEND_RATE", default_value_t = 20.0)]
    pub send_rate: f64,

    /// Burst of sends allowed above the sustained rate.
    #[arg(long, env = "TERN_SEND_BURST", default_value_t = 50)]
    pub send_burst: u32,

    /// New connections per second allowed from one IP address.
    #[arg(long, env = "TERN_CONN_RATE", default_value_t = 20.0)]
    pub conn_rate: f64,

    /// Burst of new connections allowed from one IP address.
    #[arg(long, env = "TERN_CONN_BURST", default_value_t = 100)]
    pub conn_burst: u32,

    /// Login attempts per second allowed from one IP address (per gateway), after a burst of
    /// `login_burst`.
    #[arg(long, env = "TERN_LOGIN_RATE", default_value_t = 2.0)]
    pub login_rate: f64,

    /// Burst of login attempts allowed from one IP address.
    #[arg(long, env = "TERN_LOGIN_BURST", default_value_t = 50)]
    pub login_burst: u32,

    /// Failed logins per minute allowed for one account (per gateway), after a burst of
    /// `login_failure_burst`; past it, the account's logins are refused, even with the right
    /// password, until the bucket refills.
    #[arg(long, env = "TERN_LOGIN_FAILURES_PER_MINUTE", default_value_t = 5.0)]
    pub login_failures_per_minute: f64,

    /// Burst of failed logins allowed for one account.
    #[arg(long, env = "TERN_LOGIN_FAILURE_BURST", default_value_t = 10)]
    pub login_failure_burst: u32,

    /// Frames queued for one session before it is closed as a slow consumer.
    #[arg(long, env = "TERN_SESSION_QUEUE", default_value_t = 1024)]
    pub session_queue: usize,

    /// Seconds a write to a client may take before the session is closed as a slow consumer.
    #[arg(long, env = "TERN_WRITE_TIMEOUT_SECS", default_value_t = 10)]
    pub write_timeout_secs: u64,

    /// Seconds without a frame before a session is closed (and its user may go offline).
    #[arg(long, env = "TERN_IDLE_TIMEOUT_SECS", default_value_t = 30)]
    pub idle_timeout_secs: u64,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Graceful drain [drain]")]
pub struct DrainConfig {
    /// On SIGTERM or an admin drain: most seconds to wait for sessions to move (their
    /// in-flight sends acked first) before exiting anyway.
    #[arg(long, env = "TERN_DRAIN_DEADLINE_SECS", default_value_t = 30)]
    pub drain_deadline_secs: u64,

    /// Sessions told to move at once; the next batch follows after --drain-interval-ms with
    /// ±50% jitter, so clients do not all reconnect in the same instant.
    #[arg(long, env = "TERN_DRAIN_BATCH", default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    pub drain_batch: u32,

    /// Mean pause between two drain batches, in milliseconds.
    #[arg(long, env = "TERN_DRAIN_INTERVAL_MS", default_value_t = 100)]
    pub drain_interval_ms: u64,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Admin API [admin]")]
pub struct AdminConfig {
    /// Listener of the admin API (stats, drain, sessions of a user, kick a device): plain
    /// HTTP on a loopback address, HTTPS with the gateway's certificate otherwise; `off`
    /// disables it.
    #[arg(long, env = "TERN_ADMIN_LISTEN", default_value = "127.0.0.1:9443")]
    pub admin_listen: String,

    /// File with the admin API's bearer token. Default: <data-dir>/admin.token, created on
    /// first start (mode 0600).
    #[arg(long, env = "TERN_ADMIN_TOKEN_FILE")]
    pub admin_token_file: Option<PathBuf>,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Logs [log]")]
pub struct LogConfig {
    /// Log format: `text` or `json` (one object per line, span fields included).
    #[arg(long, env = "TERN_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,

    /// Which logs to keep, as a tracing filter (e.g. `info`, `info,tern=debug`).
    #[arg(long, env = "TERN_LOG_FILTER", default_value = "info")]
    pub log_filter: String,
}

#[derive(Args, Debug, Clone, Serialize)]
#[command(next_help_heading = "Message traces [trace]")]
pub struct TraceConfig {
    /// OTLP/HTTP collector to ship message traces to (its base URL, e.g.
    /// http://127.0.0.1:4318; spans go to <URL>/v1/traces as protobuf). Without it, no traces.
    #[arg(long, env = "TERN_OTLP_ENDPOINT")]
    pub otlp_endpoint: Option<String>,

    /// Share of messages traced, from 0 to 1, decided when the sender's frame arrives; a
    /// traced message is traced on every gateway it reaches.
    #[arg(long, env = "TERN_TRACE_SAMPLE_RATIO", default_value_t = 0.01)]
    pub trace_sample_ratio: f64,

    /// How long finished spans wait to be sent together, in ms.
    #[arg(long, env = "TERN_TRACE_EXPORT_DELAY_MS", default_value_t = 2000, value_parser = clap::value_parser!(u64).range(10..=60_000))]
    pub trace_export_delay_ms: u64,
}

impl ServeConfig {
    /// Checks what clap cannot check alone (settings that need each other); the message
    /// names the keys.
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.tls.tls_cert.is_some() != self.tls.tls_key.is_some() {
            anyhow::bail!("tls.tls_cert (--tls-cert) and tls.tls_key (--tls-key) are set together or not at all");
        }
        if self.store.store == "remote" && self.store.store_url.is_none() {
            anyhow::bail!("store.store = \"remote\" needs store.store_url (--store-url)");
        }
        if self.store.store_cert_sha256.as_deref().is_some_and(|h| tern_certs::pin::parse_sha256_hex(h).is_err()) {
            anyhow::bail!("store.store_cert_sha256 (--store-cert-sha256): expected 64 hex digits");
        }
        if !(1..=64).contains(&self.store.fdb_prefix.len()) {
            anyhow::bail!("store.fdb_prefix (--fdb-prefix): 1 to 64 bytes");
        }
        if !(0.0..=1.0).contains(&self.trace.trace_sample_ratio) {
            anyhow::bail!("trace.trace_sample_ratio (--trace-sample-ratio) is between 0 and 1");
        }
        if let Some(endpoint) = &self.trace.otlp_endpoint
            && !endpoint.parse::<url::Url>().is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
        {
            anyhow::bail!(
                "trace.otlp_endpoint (--otlp-endpoint): expected an http:// or https:// URL, got {endpoint:?}"
            );
        }
        if !(self.limits.send_rate > 0.0
            && self.limits.conn_rate > 0.0
            && self.limits.login_rate > 0.0
            && self.limits.login_failures_per_minute > 0.0)
        {
            anyhow::bail!(
                "limits.send_rate, limits.conn_rate, limits.login_rate and limits.login_failures_per_minute must be above 0"
            );
        }
        if self.limits.max_frame_bytes < 1024 || self.limits.session_queue == 0 {
            anyhow::bail!("limits.max_frame_bytes is at least 1024 and limits.session_queue at least 1");
        }
        if self.auth.token_ttl_secs <= 0 {
            anyhow::bail!("auth.token_ttl_secs (--token-ttl-secs) must be above 0");
        }
        self.gateway.dev_http_addr(self.uses_dev_cert())?;
        self.admin.listen_addr()?;
        tracing_subscriber::EnvFilter::try_new(&self.log.log_filter)
            .map_err(|e| anyhow::anyhow!("log.log_filter (--log-filter, TERN_LOG_FILTER): {e}"))?;
        Ok(())
    }

    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.limits.idle_timeout_secs)
    }

    pub fn uses_dev_cert(&self) -> bool {
        self.tls.tls_cert.is_none()
    }

    /// The effective configuration as TOML, secrets masked.
    pub fn to_toml(&self) -> anyhow::Result<String> {
        print::to_toml(self)
    }
}

impl GatewayConfig {
    /// The dev plain-HTTP address, refusing anything but loopback.
    pub fn dev_http_addr(&self, dev_cert: bool) -> anyhow::Result<Option<SocketAddr>> {
        let raw = match self.dev_http.as_deref() {
            Some("off") => return Ok(None),
            Some(addr) => addr.to_owned(),
            None if dev_cert => "127.0.0.1:8080".to_owned(),
            None => return Ok(None),
        };
        let addr: SocketAddr = raw.parse().map_err(|e| anyhow::anyhow!("gateway.dev_http (--dev-http) {raw}: {e}"))?;
        if !addr.ip().is_loopback() {
            anyhow::bail!("gateway.dev_http (--dev-http) {addr}: plain HTTP is only ever served on a loopback address");
        }
        Ok(Some(addr))
    }

    pub fn public_url(&self, bound: SocketAddr) -> String {
        self.public_url.clone().unwrap_or_else(|| {
            let host = if bound.ip().is_unspecified() { "127.0.0.1".to_owned() } else { bound.ip().to_string() };
            let host = if host.contains(':') { format!("[{host}]") } else { host };
            format!("https://{host}:{}", bound.port())
        })
    }
}

impl AdminConfig {
    pub fn listen_addr(&self) -> anyhow::Result<Option<SocketAddr>> {
        if self.admin_listen == "off" {
            return Ok(None);
        }
        let addr = self
            .admin_listen
            .parse()
            .map_err(|e| anyhow::anyhow!("admin.admin_listen (--admin-listen) {}: {e}", self.admin_listen))?;
        Ok(Some(addr))
    }
}

#[cfg(test)]
mod tests;
