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
use crate::health::HealthState;
use crate::hub::Hub;
use crate::limits::ConnLimiter;
use crate::peer::PeerLinks;
use crate::remote_store::RemoteStore;
use crate::tls::TlsMaterial;
use crate::{drain, health, http, keys, push, telemetry, transport};

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
    pub health: HealthState,
    /// An admin call asked for a drain (SIGTERM is the other way).
    pub drain_requested: Notify,
    pub started_at: std::time::Instant,
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

    /// Tells the user's friends about a presence change, without waiting for it.
    pub fn spawn_presence(self: &Arc<Self>, change: tern_core::directory::PresenceState) {
        let gw = self.clone();
        tokio::spawn(async move { gw.delivery.presence_changed(change).await });
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
}

pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let durability = match config.store.durability.as_str() {
        "buffered" => Durability::Buffered,
        _ => Durability::Fsync,
    };
    let issuer = keys::load_or_create_token_key(&config)?;
    let gateway_id = config.gateway.gateway_id.clone().unwrap_or_else(|| format!("gw-{:08x}", rand::random::<u32>()));
    let metrics = telemetry::install_metrics(&gateway_id, &config.gateway.region)?;
    tokio::spawn(telemetry::run_upkeep(metrics.clone()));
    let store: Arc<dyn Store> = match config.store.store.as_str() {
        "remote" => {
            let url = config.store.store_url.as_deref().context("--store remote needs --store-url")?;
            Arc::new(RemoteStore::new(
                url,
                config.store.store_cert_sha256.as_deref(),
                issuer.clone(),
                gateway_id.clone(),
            )?)
        }
        #[cfg(feature = "fdb")]
        "fdb" => {
            // The store keeps the client network running as long as it lives.
            tern_core::store::fdb::boot().context("starting the FoundationDB client")?;
            let file = config.store.fdb_cluster_file.as_deref();
            Arc::new(
                tern_core::store::fdb::FdbStore::open(file, &config.store.fdb_prefix)
                    .context("opening FoundationDB")?,
            )
        }
        #[cfg(not(feature = "fdb"))]
        "fdb" => {
            anyhow::bail!("--store fdb: this binary was built without the `fdb` feature (cargo build --features fdb)")
        }
        _ => {
            let dir = config.gateway.data_dir.join("store");
            Arc::new(
                EmbeddedStore::open_with(&dir, durability, config.store.memtable_mib * 1024 * 1024)
                    .with_context(|| format!("opening the store in {}", dir.display()))?,
            )
        }
    };
    let directory: Arc<dyn Directory> = match &config.cluster.redis_url {
        Some(url) => Arc::new(
            RedisDirectory::connect(RedisOptions::new(url.clone()))
                .await
                .with_context(|| format!("connecting to Redis at {url}"))?,
        ),
        None => Arc::new(MemoryDirectory::new()),
    };

    let tls = match (&config.tls.tls_cert, &config.tls.tls_key) {
        (Some(cert), Some(key)) => TlsMaterial::from_pem_files(cert, key)?,
        _ => TlsMaterial::dev(&[])?,
    };
    let dev_cert_sha256 = config.uses_dev_cert().then(|| tls.leaf_sha256_hex());

    let hub = Arc::new(Hub::new(config.limits.session_queue, config.limits.send_rate, config.limits.send_burst));
    let push_wake = Arc::new(Notify::new());
    let (draining, _) = watch::channel(false);

    let wt = transport::wt::bind(&config, &tls)?;
    let bound = wt.local_addr()?;
    let public_url = config.gateway.public_url(bound);
    let gw = Arc::new(Gateway {
        id: gateway_id.clone(),
        region: config.gateway.region.clone(),
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
        token_ttl_secs: config.auth.token_ttl_secs,
        session_config: SessionConfig {
            gateway_id: gateway_id.clone(),
            idle_timeout: config.idle_timeout(),
            ..SessionConfig::default()
        },
        max_frame_bytes: config.limits.max_frame_bytes,
        write_timeout: Duration::from_secs(config.limits.write_timeout_secs),
        conn_limiter: ConnLimiter::new(config.limits.conn_rate, config.limits.conn_burst),
        draining,
        serve_store: config.store.serve_store,
        web_dir: config.gateway.web_dir.clone(),
        dev_cert_sha256,
        metrics,
        health: HealthState::default(),
        drain_requested: Notify::new(),
        started_at: std::time::Instant::now(),
    });

    let notifier: Arc<dyn Notifier> = match &config.push.push_webhook {
        Some(url) => Arc::new(push::WebhookNotifier::new(url.clone(), &config.push.push_secret)?),
        None => Arc::new(push::LogNotifier),
    };
    let (stop_workers, workers_stopped) = watch::channel(false);
    let push_worker = tokio::spawn(push::run_worker(store.clone(), notifier, push_wake, workers_stopped.clone()));
    tokio::spawn(announce_loop(gw.clone(), workers_stopped.clone()));
    tokio::spawn(health::run(gw.clone(), workers_stopped.clone()));

    let app = http::router(gw.clone());
    let tcp_tls = axum_server::tls_rustls::RustlsConfig::from_config(tls.tcp_config()?);
    let tcp_handle = axum_server::Handle::new();
    let tcp = axum_server::bind_rustls(config.gateway.listen, tcp_tls.clone())
        .handle(tcp_handle.clone())
        .serve(app.clone().into_make_service_with_connect_info::<std::net::SocketAddr>());
    let tcp = tokio::spawn(async move { tcp.await.context("HTTPS listener") });

    let dev_http = match config.gateway.dev_http_addr(config.uses_dev_cert())? {
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

    let admin = match config.admin.listen_addr()? {
        Some(addr) => {
            // Only an admin API that listens needs (and creates) its token.
            let token = keys::load_or_create_admin_token(&config)?;
            Some(
                serve_admin(http::admin::router(gw.clone(), token), addr, tcp_tls.clone(), workers_stopped.clone())
                    .await?,
            )
        }
        None => None,
    };

    let wt_endpoint = Arc::new(wt);
    if let (Some(cert), Some(key)) = (config.tls.tls_cert.clone(), config.tls.tls_key.clone()) {
        let (endpoint, tcp_tls, listen) = (wt_endpoint.clone(), tcp_tls.clone(), config.gateway.listen);
        crate::tls::spawn_reloader(cert, key, move |material| {
            tcp_tls.reload_from_config(material.tcp_config()?);
            endpoint.reload_config(transport::wt::server_config(listen, &material)?, false)?;
            Ok(())
        });
    }
    let wt_task = tokio::spawn(transport::wt::accept_loop(gw.clone(), wt_endpoint.clone()));

    tracing::info!(gateway = %gw.id, listen = %bound, url = %gw.public_url, dev_cert_sha256 = ?gw.dev_cert_sha256, "tern gateway up");

    tokio::select! {
        () = shutdown_signal() => tracing::info!("signal received: draining"),
        () = gw.drain_requested.notified() => tracing::info!("admin drain: draining"),
    }
    let report = drain::run(&gw, &config.drain).await;
    tracing::info!(
        told = report.told,
        left_behind = report.left_behind,
        took_ms = report.took.as_millis() as u64,
        "drained; stopping"
    );
    stop_workers.send_replace(true);
    tcp_handle.graceful_shutdown(Some(Duration::from_secs(2)));
    // The accept loop first: wtransport panics when a closed endpoint is asked to accept.
    wt_task.abort();
    let _ = wt_task.await;
    wt_endpoint.close(0u32.into(), b"shutdown");
    // Until the close reaches every QUIC peer: a client that never hears it waits for its
    // idle timeout before moving.
    let _ = tokio::time::timeout(Duration::from_secs(2), wt_endpoint.wait_idle()).await;
    let _ = tcp.await;
    if let Some(h) = dev_http {
        let _ = h.await;
    }
    if let Some(h) = admin {
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
            Ok(back) => back.into_iter().for_each(|p| gw.spawn_presence(p)),
            Err(e) => tracing::warn!(error = %e, "lease refresh failed"),
        }
        // Take offline the users of gateways that died (any gateway may do it; each user
        // is reported once).
        match gw.directory.reap(now).await {
            Ok(gone) => gone.into_iter().for_each(|p| gw.spawn_presence(p)),
            Err(e) => tracing::warn!(error = %e, "lease reaper failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// The admin API: plain HTTP on loopback, HTTPS (the gateway's certificate) elsewhere.
async fn serve_admin(
    router: axum::Router,
    addr: std::net::SocketAddr,
    tls: axum_server::tls_rustls::RustlsConfig,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let app = router.into_make_service();
    if addr.ip().is_loopback() {
        let listener =
            tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding --admin-listen {addr}"))?;
        tracing::info!(url = %format!("http://{addr}/admin/v1/stats"), "admin API (loopback)");
        return Ok(tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.changed().await;
                })
                .await;
        }));
    }
    let listener = std::net::TcpListener::bind(addr).with_context(|| format!("binding --admin-listen {addr}"))?;
    listener.set_nonblocking(true)?;
    tracing::info!(url = %format!("https://{addr}/admin/v1/stats"), "admin API (TLS)");
    let handle = axum_server::Handle::new();
    let server = axum_server::from_tcp_rustls(listener, tls)?.handle(handle.clone()).serve(app);
    Ok(tokio::spawn(async move {
        tokio::select! {
            _ = server => {}
            _ = stop.changed() => handle.graceful_shutdown(Some(Duration::from_secs(1))),
        }
    }))
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
