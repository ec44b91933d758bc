//! The gateway's shared context: what every session, handler and worker of this gateway
//! reaches (its identity, the ports, the local hub, the peer links, limits and state). It is
//! made once by `bootstrap` and handed around as `Arc<Gateway>`; it depends only on the
//! parts it holds, never on the code that uses it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use metrics_exporter_prometheus::PrometheusHandle;
use tern_domain::delivery::visible_presence;
use tern_domain::model::UserId;
use tern_domain::ports::directory::{Directory, DirectoryError, GatewayInfo, PresenceState};
use tern_domain::ports::store::Store;
use tern_domain::session::SessionConfig;
use tern_domain::token::{TokenIssuer, TokenVerifier};
use tokio::sync::{Notify, watch};

use crate::clock::now_ms;
use crate::cluster::fanout::FanOutQueue;
use crate::cluster::links::PeerLinks;
use crate::edge::conn_limits::ConnLimiter;
use crate::edge::hub::Hub;
use crate::http::auth::LoginLimits;
use crate::ops::health::HealthState;

pub struct Gateway {
    pub id: String,
    pub region: String,
    pub public_url: String,
    pub store: Arc<dyn Store>,
    pub directory: Arc<dyn Directory>,
    /// This gateway's sessions.
    pub hub: Arc<Hub>,
    /// Links to the other gateways.
    pub peers: Arc<PeerLinks>,
    /// The fan-out worker's queue of committed messages.
    pub fanout: FanOutQueue,
    /// Wakes the push worker when jobs were queued.
    pub push_wake: Arc<Notify>,
    /// How long a user's first push waits for more messages of its burst.
    pub push_coalesce_ms: i64,
    /// Where sampled messages' spans go.
    pub traces: crate::ops::traces::Traces,
    pub issuer: TokenIssuer,
    pub verifier: TokenVerifier,
    pub token_ttl_secs: i64,
    pub session_config: SessionConfig,
    pub max_frame_bytes: usize,
    pub write_timeout: Duration,
    pub conn_limiter: ConnLimiter,
    /// Login attempts per client address, failed logins per account.
    pub login_limits: LoginLimits,
    /// Users' revoked tokens, as read from the store.
    pub revocations: crate::revocations::RevocationCache,
    /// Flips to true when the gateway starts draining.
    pub draining: watch::Sender<bool>,
    /// Where the page is read from at each request, instead of the built-in copy.
    pub web_dir: Option<PathBuf>,
    /// Whether this gateway answers store RPCs of other gateways.
    pub serve_store: bool,
    /// SHA-256 (hex) of the dev certificate, for browsers to pin; None with real certs.
    pub dev_cert_sha256: Option<String>,
    pub metrics: PrometheusHandle,
    pub health: Arc<HealthState>,
    /// An admin call asked for a drain (SIGTERM is the other way).
    pub drain_requested: Notify,
    pub started_at: Instant,
}

impl Gateway {
    pub fn is_draining(&self) -> bool {
        *self.draining.borrow()
    }

    /// Whether a new connection from `ip` is within its address's rate (counted when not).
    pub fn admit_connection(&self, ip: std::net::IpAddr) -> bool {
        let admitted = self.conn_limiter.allow(ip);
        if !admitted {
            metrics::counter!("tern_errors_total", "code" => "CONNECTION_RATE_LIMITED").increment(1);
        }
        admitted
    }

    /// This gateway as the registry lists it.
    pub fn info(&self) -> GatewayInfo {
        GatewayInfo {
            id: self.id.clone(),
            region: self.region.clone(),
            public_url: self.public_url.clone(),
            cert_sha256: self.dev_cert_sha256.clone(),
            load: self.hub.len() as u64,
            draining: self.is_draining(),
            ready: self.health.get().ready,
        }
    }

    /// The presence of those of `users` whom `asker` may see (themselves and their friends;
    /// `delivery::visible_presence`), for the REST API and the sessions alike.
    pub async fn presence_for(&self, asker: UserId, users: Vec<UserId>) -> Result<Vec<PresenceState>, DirectoryError> {
        let mut friends =
            self.store.friends(asker.clone()).await.map_err(|e| DirectoryError::Unavailable(e.to_string()))?;
        friends.sort_unstable();
        let users = visible_presence(&asker, &friends, users);
        if users.is_empty() {
            return Ok(Vec::new());
        }
        self.directory.presence(&users, now_ms()).await
    }
}
