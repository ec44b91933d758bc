//! Start-up and shutdown: opens the store and the directory, makes the shared context,
//! starts the listeners (QUIC, HTTPS, the dev page, the admin API) and the workers (push,
//! announce, health, telemetry upkeep), and drains on SIGTERM or an admin call.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::serve::ListenerExt;
use axum_server::accept::NoDelayAcceptor;
use axum_server::tls_rustls::{RustlsAcceptor, RustlsConfig};
use tern_adapters::directory::{MemoryDirectory, RedisDirectory, RedisOptions};
use tern_adapters::store::embedded::{Durability, EmbeddedStore, Options as EmbeddedOptions};
use tern_adapters::store::remote;
use tern_domain::ports::directory::Directory;
use tern_domain::ports::notifier::Notifier;
use tern_domain::ports::store::Store;
use tern_domain::session::SessionConfig;
use tokio::sync::{Notify, watch};

use crate::cluster::fanout::{self, FanOutQueue};
use crate::cluster::{announce, links::PeerLinks};
use crate::config::ServeConfig;
use crate::context::Gateway;
use crate::edge::{conn_limits::ConnLimiter, hub::Hub, wt};
use crate::http::auth::LoginLimits;
use crate::ops::health::{self, HealthState};
use crate::ops::traces::Traces;
use crate::ops::{admin, drain, telemetry};
use crate::push::{webhook, worker};
use crate::tls::TlsMaterial;
use crate::{http, secrets};

pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let durability = match config.store.durability.as_str() {
        "buffered" => Durability::Buffered,
        _ => Durability::Fsync,
    };
    let issuer = secrets::load_or_create_token_key(&config)?;
    let gateway_id = config.gateway.gateway_id.clone().unwrap_or_else(|| format!("gw-{:08x}", rand::random::<u32>()));
    let metrics = telemetry::install_metrics(&gateway_id, &config.gateway.region)?;
    let store: Arc<dyn Store> = match config.store.store.as_str() {
        "remote" => {
            let url = config.store.store_url.as_deref().context("--store remote needs --store-url")?;
            let cert = config.store.store_cert_sha256.as_deref();
            Arc::new(remote::connect(url, cert, issuer.clone(), gateway_id.clone())?)
        }
        #[cfg(feature = "fdb")]
        "fdb" => {
            // The store keeps the client network running as long as it lives.
            tern_adapters::store::fdb::boot().context("starting the FoundationDB client")?;
            let file = config.store.fdb_cluster_file.as_deref();
            Arc::new(
                tern_adapters::store::fdb::FdbStore::open(file, &config.store.fdb_prefix)
                    .context("opening FoundationDB")?,
            )
        }
        #[cfg(not(feature = "fdb"))]
        "fdb" => {
            anyhow::bail!("--store fdb: this binary was built without the `fdb` feature (cargo build --features fdb)")
        }
        _ => {
            let dir = config.gateway.data_dir.join("store");
            let options = EmbeddedOptions {
                durability,
                memtable_bytes: config.store.memtable_mib * 1024 * 1024,
                log_dir: config.store.store_log_dir.clone(),
            };
            Arc::new(
                EmbeddedStore::open_with(&dir, &options)
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

    let wt = wt::bind(&config, &tls)?;
    let bound = wt.local_addr()?;
    let public_url = config.gateway.public_url(bound);
    let peers = PeerLinks::new(gateway_id.clone(), issuer.clone(), directory.clone());
    let (fanout, fanout_queue) = FanOutQueue::new();
    let health = Arc::new(HealthState::default());
    let gw = Arc::new(Gateway {
        id: gateway_id.clone(),
        region: config.gateway.region.clone(),
        public_url,
        store: store.clone(),
        directory: directory.clone(),
        hub: hub.clone(),
        peers: peers.clone(),
        fanout,
        push_wake: push_wake.clone(),
        push_coalesce_ms: config.push.push_coalesce_ms as i64,
        traces: Traces::start(&config.trace, &gateway_id, &config.gateway.region)?,
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
        login_limits: LoginLimits::new(&config.limits),
        revocations: Default::default(),
        draining,
        serve_store: config.store.serve_store,
        web_dir: config.gateway.web_dir.clone(),
        dev_cert_sha256,
        metrics: metrics.clone(),
        health: health.clone(),
        drain_requested: Notify::new(),
        started_at: std::time::Instant::now(),
    });

    let notifier: Arc<dyn Notifier> = match &config.push.push_webhook {
        Some(url) => Arc::new(webhook::WebhookNotifier::new(url.clone(), &config.push.push_secret, &gateway_id)?),
        None => Arc::new(webhook::LogNotifier),
    };
    let (stop_workers, workers_stopped) = watch::channel(false);
    let push_worker = worker::PushWorker {
        store: store.clone(),
        directory: directory.clone(),
        notifier,
        me: gateway_id.clone(),
        concurrency: config.push.push_concurrency as usize,
        wake: push_wake,
    };
    let push_worker = tokio::spawn(push_worker.run(workers_stopped.clone()));
    tokio::spawn(announce::run(gw.clone(), workers_stopped.clone()));
    tokio::spawn(fanout::run(Arc::downgrade(&gw), fanout_queue));
    let checked = health::Checked { store, directory, peers, draining: gw.draining.subscribe() };
    tokio::spawn(health::run(checked, health, workers_stopped.clone()));
    tokio::spawn(telemetry::run_upkeep(metrics, hub));

    let app = http::router(gw.clone());
    let tcp_tls = RustlsConfig::from_config(tls.tcp_config()?);
    let tcp_handle = axum_server::Handle::new();
    let tcp = axum_server::bind(config.gateway.listen)
        .acceptor(tls_acceptor(&tcp_tls))
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
                axum::serve(listener.tap_io(no_delay), app)
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
            let token = secrets::load_or_create_admin_token(&config)?;
            Some(serve_admin(admin::router(gw.clone(), token), addr, tcp_tls.clone(), workers_stopped.clone()).await?)
        }
        None => None,
    };

    let wt_endpoint = Arc::new(wt);
    if let (Some(cert), Some(key)) = (config.tls.tls_cert.clone(), config.tls.tls_key.clone()) {
        let (endpoint, tcp_tls, listen) = (wt_endpoint.clone(), tcp_tls.clone(), config.gateway.listen);
        let max_frame_bytes = config.limits.max_frame_bytes;
        crate::tls::spawn_reloader(cert, key, move |material| {
            tcp_tls.reload_from_config(material.tcp_config()?);
            endpoint.reload_config(wt::server_config(listen, &material, max_frame_bytes)?, false)?;
            Ok(())
        });
    }
    let wt_task = tokio::spawn(wt::accept_loop(gw.clone(), wt_endpoint.clone()));

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
    gw.traces.flush();
    tracing::info!("stopped");
    Ok(())
}

/// The admin API: plain HTTP on loopback, HTTPS (the gateway's certificate) elsewhere.
async fn serve_admin(
    router: axum::Router,
    addr: std::net::SocketAddr,
    tls: RustlsConfig,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let app = router.into_make_service();
    if addr.ip().is_loopback() {
        let listener =
            tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding --admin-listen {addr}"))?;
        tracing::info!(url = %format!("http://{addr}/admin/v1/stats"), "admin API (loopback)");
        return Ok(tokio::spawn(async move {
            let _ = axum::serve(listener.tap_io(no_delay), app)
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
    let server = axum_server::from_tcp(listener)?.acceptor(tls_acceptor(&tls)).handle(handle.clone()).serve(app);
    Ok(tokio::spawn(async move {
        tokio::select! {
            _ = server => {}
            _ = stop.changed() => handle.graceful_shutdown(Some(Duration::from_secs(1))),
        }
    }))
}

/// TLS over TCP with Nagle off: frames are small and latency matters (with Nagle and the
/// peer's delayed ACK, a small write can wait 40 ms).
fn tls_acceptor(tls: &RustlsConfig) -> RustlsAcceptor<NoDelayAcceptor> {
    RustlsAcceptor::new(tls.clone()).acceptor(NoDelayAcceptor::new())
}

/// Nagle off on a plain TCP listener's connections, as on the TLS listener.
fn no_delay(stream: &mut tokio::net::TcpStream) {
    if let Err(e) = stream.set_nodelay(true) {
        tracing::debug!(error = %e, "could not set TCP_NODELAY");
    }
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
