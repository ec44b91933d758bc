//! Settings of `tern serve`, declared once: each is a flag and an environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

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
}

#[derive(Args, Debug, Clone)]
pub struct ServeConfig {
    /// Address for both UDP (WebTransport over HTTP/3) and TCP (HTTPS: REST, WebSocket, page).
    #[arg(long, env = "TERN_LISTEN", default_value = "0.0.0.0:443")]
    pub listen: SocketAddr,

    /// Plain-HTTP listener for local development: the web page, REST and WebSocket without
    /// TLS, so a browser on this machine needs to trust nothing (http://127.0.0.1 is a secure
    /// context). Loopback addresses only; `off` disables it. Default: 127.0.0.1:8080 when the
    /// dev certificate is in use, off otherwise.
    #[arg(long, env = "TERN_DEV_HTTP")]
    pub dev_http: Option<String>,

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

    /// Redis (Cluster) for the connection directory, gateway registry and presence:
    /// `redis://host:port` or `redis-cluster://host:port?node=host:port&...`. Without it the
    /// directory is in-process and this gateway runs alone.
    #[arg(long, env = "TERN_REDIS_URL")]
    pub redis_url: Option<String>,

    /// Directory of the embedded store and the generated token key.
    #[arg(long, env = "TERN_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// PEM certificate chain. Without it (and --tls-key) a self-signed dev certificate
    /// (ECDSA P-256, 13 days) is made at start. Reloaded when the file changes.
    #[arg(long, env = "TERN_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key (PKCS#8, SEC1 or PKCS#1).
    #[arg(long, env = "TERN_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// This gateway's id in the cluster. Default: a random one per start.
    #[arg(long, env = "TERN_GATEWAY_ID")]
    pub gateway_id: Option<String>,

    /// Region name used by discovery.
    #[arg(long, env = "TERN_REGION", default_value = "local")]
    pub region: String,

    /// URL clients reach this gateway at. Default: https://<listen address>, with an
    /// unspecified address shown as 127.0.0.1.
    #[arg(long, env = "TERN_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// File with the Ed25519 token-signing seed (64 hex digits). Every gateway of a cluster
    /// needs the same one. Default: <data-dir>/token.key, created on first start.
    #[arg(long, env = "TERN_TOKEN_KEY_FILE")]
    pub token_key_file: Option<PathBuf>,

    /// How long a login token lives, in seconds.
    #[arg(long, env = "TERN_TOKEN_TTL_SECS", default_value_t = 7 * 24 * 3600)]
    pub token_ttl_secs: i64,

    /// Webhook that receives push jobs for offline recipients (HTTP POST, JSON, signed).
    /// Without it, push jobs are logged.
    #[arg(long, env = "TERN_PUSH_WEBHOOK")]
    pub push_webhook: Option<String>,

    /// HMAC-SHA256 key for the webhook's X-Tern-Signature header.
    #[arg(long, env = "TERN_PUSH_SECRET", default_value = "")]
    pub push_secret: String,

    /// Store durability: `fsync` (an ack survives power loss) or `buffered` (survives a
    /// process crash only; faster on slow disks).
    #[arg(long, env = "TERN_DURABILITY", default_value = "fsync", value_parser = ["fsync", "buffered"])]
    pub durability: String,

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

    /// Frames queued for one session before it is closed as a slow consumer.
    #[arg(long, env = "TERN_SESSION_QUEUE", default_value_t = 1024)]
    pub session_queue: usize,

    /// Seconds a write to a client may take before the session is closed as a slow consumer.
    #[arg(long, env = "TERN_WRITE_TIMEOUT_SECS", default_value_t = 10)]
    pub write_timeout_secs: u64,

    /// Seconds without a frame before a session is closed (and its user may go offline).
    #[arg(long, env = "TERN_IDLE_TIMEOUT_SECS", default_value_t = 30)]
    pub idle_timeout_secs: u64,

    /// Serve the web page and client from this directory (index.html, dist/tern-client.js)
    /// instead of the copies built into the binary: for working on the page.
    #[arg(long, env = "TERN_WEB_DIR")]
    pub web_dir: Option<PathBuf>,

    /// Log format: `text` or `json`.
    #[arg(long, env = "TERN_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
}

impl ServeConfig {
    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.idle_timeout_secs)
    }

    pub fn uses_dev_cert(&self) -> bool {
        self.tls_cert.is_none()
    }

    /// The dev plain-HTTP address, refusing anything but loopback.
    pub fn dev_http_addr(&self) -> anyhow::Result<Option<SocketAddr>> {
        let raw = match self.dev_http.as_deref() {
            Some("off") => return Ok(None),
            Some(addr) => addr.to_owned(),
            None if self.uses_dev_cert() => "127.0.0.1:8080".to_owned(),
            None => return Ok(None),
        };
        let addr: SocketAddr = raw.parse().map_err(|e| anyhow::anyhow!("--dev-http {raw}: {e}"))?;
        if !addr.ip().is_loopback() {
            anyhow::bail!("--dev-http {addr}: plain HTTP is only ever served on a loopback address");
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
