//! The remote adapter: the `Store` port over HTTPS, for several gateways sharing one embedded
//! store where FoundationDB is not available. Every call becomes a `StoreRequest` POSTed
//! (JSON, HTTP/2) to the gateway that hosts the store (`--serve-store`), authenticated with a
//! peer token signed by the cluster's shared key; the host answers it with `answer`. The
//! requests, replies and the client side of every method come from the port's one
//! declaration (`RpcStore`); this file only carries them. The host is then a single point
//! of failure for writes.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use tern_domain::DomainError;
use tern_domain::ports::store::{RpcStore, Store, StoreReply, StoreRequest, StoreTransport, dispatch};
use tern_domain::token::{Claims, TokenError, TokenIssuer, TokenVerifier};

/// The host's endpoint, under the base URL.
pub const PATH: &str = "/internal/v1/store";
/// How long a peer token made for one call lives.
const TOKEN_TTL_S: i64 = 300;

/// A `Store` whose calls go to another gateway.
pub type RemoteStore = RpcStore<HttpTransport>;

/// Carries store requests to the host over HTTP/2 (HTTPS, or cleartext for a loopback test).
pub struct HttpTransport {
    url: String,
    http: reqwest::Client,
    issuer: TokenIssuer,
    gateway_id: String,
}

fn now_s() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Opens the store hosted at `base_url`. `cert_sha256` pins the host's self-signed
/// certificate; without it the host's certificate must be trusted by the Web PKI.
pub fn connect(
    base_url: &str,
    cert_sha256: Option<&str>,
    issuer: TokenIssuer,
    gateway_id: String,
) -> Result<RemoteStore, DomainError> {
    let invalid = |e: &dyn std::fmt::Display| DomainError::InvalidArgument(format!("remote store: {e}"));
    let builder = reqwest::Client::builder().timeout(Duration::from_secs(10)).http2_prior_knowledge().tcp_nodelay(true);
    let builder = match cert_sha256 {
        Some(hash) => {
            let pin = tern_certs::pin::parse_sha256_hex(hash).map_err(|e| invalid(&e))?;
            builder.use_preconfigured_tls(tern_certs::pin::pinned_config(pin, &[b"h2"]))
        }
        None => builder,
    };
    let http = builder.build().map_err(|e| invalid(&e))?;
    let url = format!("{}{PATH}", base_url.trim_end_matches('/'));
    Ok(RpcStore::new(HttpTransport { url, http, issuer, gateway_id }))
}

#[async_trait]
impl StoreTransport for HttpTransport {
    async fn call(&self, request: StoreRequest) -> Result<StoreReply, DomainError> {
        let unavailable = |e: &dyn std::fmt::Display| DomainError::Unavailable(format!("store host: {e}"));
        let token = self.issuer.issue(&Claims::peer(&self.gateway_id, now_s() + TOKEN_TTL_S));
        let response =
            self.http.post(&self.url).bearer_auth(token).json(&request).send().await.map_err(|e| unavailable(&e))?;
        if !response.status().is_success() {
            return Err(unavailable(&response.status()));
        }
        response.json::<Result<StoreReply, DomainError>>().await.map_err(|e| unavailable(&e))?
    }
}

/// Why the host refused a request before looking at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HostRefusal {
    #[error("peer token required")]
    MissingToken,
    #[error("bad peer token: {0}")]
    BadToken(TokenError),
}

/// The host's side: checks the caller's peer token, then answers the request from `store`.
pub async fn answer(
    store: &dyn Store,
    verifier: &TokenVerifier,
    bearer: Option<&str>,
    request: StoreRequest,
) -> Result<Result<StoreReply, DomainError>, HostRefusal> {
    let token = bearer.ok_or(HostRefusal::MissingToken)?;
    verifier.verify_peer(token, now_s()).map_err(HostRefusal::BadToken)?;
    Ok(dispatch(store, request).await)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use axum::Json;
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode};

    use super::*;
    use crate::store::embedded::{Durability, EmbeddedStore};

    struct Host {
        store: Arc<dyn Store>,
        verifier: TokenVerifier,
    }

    async fn host(
        State(host): State<Arc<Host>>,
        headers: HeaderMap,
        Json(request): Json<StoreRequest>,
    ) -> Result<Json<Result<StoreReply, DomainError>>, StatusCode> {
        let bearer = headers.get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        answer(&*host.store, &host.verifier, bearer, request).await.map(Json).map_err(|_| StatusCode::UNAUTHORIZED)
    }

    /// An embedded store in a temporary directory, hosted on a loopback HTTP/2 listener
    /// (cleartext: the transport is what is under test, TLS is the certificates' business).
    /// Each `open` is a new client of the same host, which outlives them all.
    struct Harness {
        _dir: tempfile::TempDir,
        issuer: TokenIssuer,
        addr: std::net::SocketAddr,
    }

    impl Harness {
        fn new() -> Self {
            // reqwest builds its TLS stack even for cleartext; the gateway installs this at start.
            let _ = rustls::crypto::ring::default_provider().install_default();
            let dir = tempfile::tempdir().unwrap();
            let issuer = TokenIssuer::from_seed(rand::random());
            let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir.path(), Durability::Buffered).unwrap());
            let app = axum::Router::new()
                .route(PATH, axum::routing::post(host))
                .with_state(Arc::new(Host { store, verifier: issuer.verifier() }));
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.set_nonblocking(true).unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                axum::serve(listener, app).await.unwrap();
            });
            Harness { _dir: dir, issuer, addr }
        }

        fn open(&self) -> Arc<dyn Store> {
            Arc::new(connect(&format!("http://{}", self.addr), None, self.issuer.clone(), "test".into()).unwrap())
        }
    }

    tern_contract::store_contract_tests!(Harness::new());

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_host_refuses_callers_without_a_peer_token() {
        let dir = tempfile::tempdir().unwrap();
        let store = EmbeddedStore::open(dir.path(), Durability::Buffered).unwrap();
        let issuer = TokenIssuer::from_seed([3; 32]);
        let request = || StoreRequest::friends { user: "u1".into() };
        let verifier = issuer.verifier();
        assert_eq!(answer(&store, &verifier, None, request()).await.err(), Some(HostRefusal::MissingToken));
        let client = issuer.issue(&Claims::client("u1".into(), "d".into(), now_s() + 60));
        assert_eq!(
            answer(&store, &verifier, Some(&client), request()).await.err(),
            Some(HostRefusal::BadToken(TokenError::WrongKind)),
            "a client's token is not a peer's"
        );
        let stranger = TokenIssuer::from_seed([4; 32]).issue(&Claims::peer("g9", now_s() + 60));
        assert!(matches!(answer(&store, &verifier, Some(&stranger), request()).await, Err(HostRefusal::BadToken(_))));
        let peer = issuer.issue(&Claims::peer("g2", now_s() + 60));
        assert!(matches!(answer(&store, &verifier, Some(&peer), request()).await, Ok(Ok(StoreReply::friends(_)))));
    }
}
