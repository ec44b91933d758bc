//! The gateway's shared context and its start-up: store, directory, hub, delivery, push
//! worker, listeners, and the drain on shutdown.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use metrics_exporter_prometheus::PrometheusHandle;
use tern_core::directory::{Directory, GatewayInfo, MemoryDirectory, RedisDirectory, RedisOptions};
use tern_core::notifier::Notifier;
use tern_core::session::SessionConfig;
use tern_core::store::Store;
use tern_core::store::embedded::{Durability, EmbeddedStore};
use tern_core::token::{TokenIssuer, TokenVerifier};
use tokio::sync::{Notify, watch};

use crate::config::ServeConfig;
use crate::delivery::Delivery;
use crate::hub::Hub;
use crate::limits::ConnLimiter;
use crate::peer::PeerLinks;
use crate::remote_store::RemoteStore;
use crate::tls::TlsMaterial;
use crate::{http, keys, push, transport};

pub struct Gateway {
    pub id: String,
    pub region: String,
    pub public_url: String,
    pub store: Arc<dyn Store>,
    pub directory: Arc<dyn Directory>,
    pub hub: Arc<Hub>,
    pub delivery: Delivery,
    pub issuer: TokenIssuer,
    pub verifier: TokenVerifier,
    pub token_ttl_secs: i64,
    pub session_config: SessionConfig,
    pub max_frame_bytes: usize,
    pub write_timeout: Duration,
    pub conn_limiter: ConnLimiter,
    /// Flips to true when the gateway starts draining.
    pub draining: watch::Sender<bool>,
    /// Where the page is read from at each request, instead of the built-in copy.
    pub web_dir: Option<std::path::PathBuf>,
    /// Whether this gateway answers store RPCs of other gateways.
    pub serve_store: bool,
    /// SHA-256 (hex) of the dev certificate, for browsers to pin; None with real certs.
    pub dev_cert_sha256: Option<String>,
    pub metrics: PrometheusHandle,
}

impl Gateway {
    pub fn is_draining(&self) -> bool {
        *self.draining.borrow()
    }

    pub fn info(&self) -> GatewayInfo {
        GatewayInfo {
            id: self.id.clone(),
            region: self.region.clone(),
            public_url: self.public_url.clone(),
            cert_sha256: self.dev_cert_sha256.clone(),
            load: self.hub.len() as u64,
            draining: self.is_draining(),
        }
    }

    /// Gateways for a client in `region`: same region first, then least loaded; never a
    /// draining one.
    pub async fn discover(&self, region: Option<&str>) -> Vec<GatewayInfo> {
        let mut all = match self.directory.gateways().await {
            Ok(g) => g,
            Err(e) => {
                tracing::warn!(error = %e, "discovery: directory unavailable; offering this gateway");
                vec![self.info()]
            }
        };
        all.retain(|g| !g.draining);
        all.sort_by_key(|g| (region.is_some_and(|r| r != g.region), g.load, g.id.clone()));
        all
    }

    /// Where a client of a draining gateway should go: the best other gateway, or "" for
    /// "ask discovery".
    pub async fn suggest_other_gateway(&self) -> String {
        self.discover(Some(&self.region))
            .await
            .into_iter()
            .find(|g| g.id != self.id)
            .map(|g| g.public_url)
            .unwrap_or_default()
    }
}

pub async fn serve(config: ServeConfig, metrics: PrometheusHandle) -> anyhow::Result<()> {
    let durability = match config.durability.as_str() {
        "buffered" => Durability::Buffered,
        _ => Durability::Fsync,
    };
    let issuer = keys::load_or_create_token_key(&config)?;
    let gateway_id = config.gateway_id.clone().unwrap_or_else(|| format!("gw-{:08x}", rand::random::<u32>()));
    let store: Arc<dyn Store> = match config.store.as_str() {
        "remote" => {
            let url = config.store_url.as_deref().context("--store remote needs --store-url")?;
            Arc::new(RemoteStore::new(url, config.store_cert_sha256.as_deref(), issuer.clone(), gateway_id.clone())?)
        }
        #[cfg(feature = "fdb")]
        "fdb" => {
            // The store keeps the client network running as long as it lives.
            tern_core::store::fdb::boot().context("starting the FoundationDB client")?;
            let file = config.fdb_cluster_file.as_deref();
            Arc::new(tern_core::store::fdb::FdbStore::open(file, &config.fdb_prefix).context("opening FoundationDB")?)
        }
        #[cfg(not(feature = "fdb"))]
        "fdb" => {
            anyhow::bail!("--store fdb: this binary was built without the `fdb` feature (cargo build --features fdb)")
        }
        _ => {
            let dir = config.data_dir.join("store");
            Arc::new(
                EmbeddedStore::open(&dir, durability)
                    .with_context(|| format!("opening the store in {}", dir.display()))?,
            )
        }
    };
    let directory: Arc<dyn Directory> = match &config.redis_url {
        Some(url) => Arc::new(
            RedisDirectory::connect(RedisOptions::new(url.clone()))
                .await
                .with_context(|| format!("connecting to Redis at {url}"))?,
        ),
        None => Arc::new(MemoryDirectory::new()),
    };

    let tls = match (&config.tls_cert, &config.tls_key) {
        (Some(cert), Some(key)) => TlsMaterial::from_pem_files(cert, key)?,
        _ => TlsMaterial::dev(&[])?,
    };
    let dev_cert_sha256 = config.uses_dev_cert().then(|| tls.leaf_sha256_hex());

    let hub = Arc::new(Hub::new(config.session_queue, config.send_rate, config.send_burst));
    let push_wake = Arc::new(Notify::new());
    let (draining, _) = watch::channel(false);

    let wt = transport::wt::bind(&config, &tls)?;
    let bound = wt.local_addr()?;
    let public_url = config.public_url(bound);
    let gw = Arc::new(Gateway {
        id: gateway_id.clone(),
        region: config.region.clone(),
        public_url,
        delivery: Delivery {
            gateway_id: gateway_id.clone(),
            store: store.clone(),
            directory: directory.clone(),
            hub: hub.clone(),
            peers: PeerLinks::new(gateway_id.clone(), issuer.clone(), directory.clone()),
            push_wake: push_wake.clone(),
        },
        store: store.clone(),
        directory: directory.clone(),
        hub,
        verifier: issuer.verifier(),
        issuer,
        token_ttl_secs: config.token_ttl_secs,
        session_config: SessionConfig {
            gateway_id: gateway_id.clone(),
            idle_timeout: config.idle_timeout(),
            ..SessionConfig::default()
        },
        max_frame_bytes: config.max_frame_bytes,
        write_timeout: Duration::from_secs(config.write_timeout_secs),
        conn_limiter: ConnLimiter::new(config.conn_rate, config.conn_burst),
        draining,
        serve_store: config.serve_store,
        web_dir: config.web_dir.clone(),
        dev_cert_sha256,
        metrics,
    });

    let notifier: Arc<dyn Notifier> = match &config.push_webhook {
        Some(url) => Arc::new(push::WebhookNotifier::new(url.clone(), &config.push_secret)?),
        None => Arc::new(push::LogNotifier),
    };
    let (stop_workers, workers_stopped) = watch::channel(false);
    let push_worker = tokio::spawn(push::run_worker(store.clone(), notifier, push_wake, workers_stopped.clone()));
    tokio::spawn(announce_loop(gw.clone(), workers_stopped.clone()));

    let app = http::router(gw.clone());
    let tcp_tls = axum_server::tls_rustls::RustlsConfig::from_config(tls.tcp_config()?);
    let tcp_handle = axum_server::Handle::new();
    let tcp = axum_server::bind_rustls(config.listen, tcp_tls.clone())
        .handle(tcp_handle.clone())
        .serve(app.clone().into_make_service_with_connect_info::<std::net::SocketAddr>());
    let tcp = tokio::spawn(async move { tcp.await.context("HTTPS listener") });

    let dev_http = match config.dev_http_addr()? {
        Some(addr) => {
            let listener =
                tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding --dev-http {addr}"))?;
            tracing::info!(url = %format!("http://{addr}/"), "dev page (plain HTTP, loopback only)");
            let app = app.clone().into_make_service_with_connect_info::<std::net::SocketAddr>();
            let mut stopped = workers_stopped.clone();
            Some(tokio::spawn(async move {
                axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = stopped.changed().await;
                    })
                    .await
            }))
        }
        None => None,
    };

    let wt_endpoint = Arc::new(wt);
    if let (Some(cert), Some(key)) = (config.tls_cert.clone(), config.tls_key.clone()) {
        let (endpoint, tcp_tls, listen) = (wt_endpoint.clone(), tcp_tls.clone(), config.listen);
        crate::tls::spawn_reloader(cert, key, move |material| {
            tcp_tls.reload_from_config(material.tcp_config()?);
            endpoint.reload_config(transport::wt::server_config(listen, &material)?, false)?;
            Ok(())
        });
    }
    let wt_task = tokio::spawn(transport::wt::accept_loop(gw.clone(), wt_endpoint.clone()));

    tracing::info!(gateway = %gw.id, listen = %bound, url = %gw.public_url, dev_cert_sha256 = ?gw.dev_cert_sha256, "tern gateway up");

    shutdown_signal().await;
    tracing::info!("draining: telling sessions to move, then stopping");
    gw.draining.send_replace(true);
    let _ = gw.directory.announce(&gw.info()).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while gw.hub.len() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop_workers.send_replace(true);
    tcp_handle.graceful_shutdown(Some(Duration::from_secs(2)));
    wt_endpoint.close(0u32.into(), b"shutdown");
    wt_task.abort();
    let _ = tcp.await;
    if let Some(h) = dev_http {
        let _ = h.await;
    }
    let _ = push_worker.await;
    tracing::info!("stopped");
    Ok(())
}

/// Keeps this gateway's registry entry (load, draining) fresh for discovery.
async fn announce_loop(gw: Arc<Gateway>, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = gw.directory.announce(&gw.info()).await {
            tracing::warn!(error = %e, "gateway announce failed");
        }
        let now = tern_core::time::now_ms();
        match gw.directory.refresh(&gw.hub.locations(), now).await {
            Ok(back) => back.into_iter().for_each(|p| spawn_presence(&gw, p)),
            Err(e) => tracing::warn!(error = %e, "lease refresh failed"),
        }
        // Take offline the users of gateways that died (any gateway may do it; each user
        // is reported once).
        match gw.directory.reap(now).await {
            Ok(gone) => gone.into_iter().for_each(|p| spawn_presence(&gw, p)),
            Err(e) => tracing::warn!(error = %e, "lease reaper failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = stop.changed() => return,
        }
    }
}

fn spawn_presence(gw: &Arc<Gateway>, change: tern_core::directory::PresenceState) {
    let gw = gw.clone();
    tokio::spawn(async move { gw.delivery.presence_changed(change).await });
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
