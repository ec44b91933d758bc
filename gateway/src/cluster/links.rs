//! Peer links out: deliveries and presence events for devices connected to other gateways
//! travel over our own QUIC stack. One link per destination gateway: a WebTransport session
//! to its `/v1/peer` with one unidirectional stream of length-delimited `PeerFrame`s, opened
//! by a hello carrying a peer token. Links connect on first use and reconnect with backoff;
//! frames queued while a link is down wait (bounded) and are dropped past the bound: live
//! delivery is best effort, the recipient's cursor sync repairs. (The receiving side is
//! `link_in`; what the frames say is the domain's `PeerMessage`.)

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use tern_domain::delivery::PeerMessage;
use tern_domain::ports::directory::{Directory, GatewayInfo};
use tern_domain::token::{Claims, TokenIssuer};
use tokio::sync::mpsc;
use wtransport::endpoint::endpoint_side::Client;
use wtransport::{ClientConfig, Endpoint};

use super::link_in::PATH;
use crate::clock::now_s;

/// Frames waiting for one destination while its link is down.
const QUEUE: usize = 16 * 1024;
/// Most frames written in one go.
const WRITE_BATCH: usize = 256;

/// Why a link could not be opened.
#[derive(Debug, thiserror::Error)]
enum ConnectError {
    /// The gateway left the registry (stopped, or its entry expired).
    #[error("the gateway is not in the registry")]
    NotRegistered,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

/// An encoded frame and when it was queued (for the peer-forward latency).
struct Queued {
    bytes: Bytes,
    at: Instant,
}

pub struct PeerLinks {
    gateway_id: String,
    issuer: TokenIssuer,
    directory: Arc<dyn Directory>,
    links: Mutex<HashMap<String, mpsc::Sender<Queued>>>,
    /// Whether each link is connected now (for /readyz and the admin stats).
    up: Mutex<BTreeMap<String, bool>>,
}

impl PeerLinks {
    pub fn new(gateway_id: String, issuer: TokenIssuer, directory: Arc<dyn Directory>) -> Arc<Self> {
        Arc::new(Self { gateway_id, issuer, directory, links: Mutex::default(), up: Mutex::default() })
    }

    /// Every link this gateway has opened, and whether it is connected now.
    pub fn states(&self) -> BTreeMap<String, bool> {
        self.up.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    fn set_up(&self, peer: &str, up: bool) {
        metrics::gauge!("tern_peer_link_up", "peer" => peer.to_owned()).set(if up { 1.0 } else { 0.0 });
        self.up.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(peer.to_owned(), up);
    }

    /// Queues an encoded frame (`PeerMessage::encode`) for `gateway`, starting its link if
    /// needed. Never waits.
    pub fn send(self: &Arc<Self>, gateway: &str, bytes: Bytes) {
        let mut links = self.links.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let tx = links.entry(gateway.to_owned()).or_insert_with(|| {
            let (tx, rx) = mpsc::channel(QUEUE);
            tokio::spawn(self.clone().run_link(gateway.to_owned(), rx));
            tx
        });
        if tx.try_send(Queued { bytes, at: Instant::now() }).is_err() {
            metrics::counter!("tern_peer_frames_dropped_total", "peer" => gateway.to_owned()).increment(1);
        } else {
            metrics::counter!("tern_peer_frames_total", "peer" => gateway.to_owned()).increment(1);
        }
    }

    async fn run_link(self: Arc<Self>, peer: String, mut rx: mpsc::Receiver<Queued>) {
        let mut backoff = Duration::from_millis(100);
        // A frame taken from the queue whose write failed: sent first on the next link.
        let mut pending: Vec<Queued> = Vec::new();
        let forward_latency = metrics::histogram!("tern_peer_forward_seconds");
        loop {
            match self.connect(&peer).await {
                Ok((endpoint, conn, mut stream)) => {
                    backoff = Duration::from_millis(100);
                    self.set_up(&peer, true);
                    tracing::info!(%peer, "peer link up");
                    loop {
                        if pending.is_empty() {
                            // Waiting for frames, watch the connection too: a peer that died
                            // or restarted must be noticed now, not at the next failed write
                            // (QUIC writes into a dead connection succeed until it times out).
                            tokio::select! {
                                first = rx.recv() => match first {
                                    Some(first) => pending.push(first),
                                    None => return,
                                },
                                reason = conn.closed() => {
                                    tracing::warn!(%peer, %reason, "peer link closed");
                                    break;
                                }
                            }
                            while pending.len() < WRITE_BATCH {
                                match rx.try_recv() {
                                    Ok(next) => pending.push(next),
                                    Err(_) => break,
                                }
                            }
                        }
                        let mut buf = BytesMut::with_capacity(pending.iter().map(|q| q.bytes.len()).sum());
                        pending.iter().for_each(|q| buf.extend_from_slice(&q.bytes));
                        if let Err(e) = stream.write_all(&buf).await {
                            tracing::warn!(%peer, error = %e, "peer link lost");
                            break;
                        }
                        for q in pending.drain(..) {
                            forward_latency.record(q.at.elapsed());
                        }
                    }
                    // The endpoint must outlive the connection: dropping it stops its I/O.
                    drop(conn);
                    drop(endpoint);
                    self.set_up(&peer, false);
                }
                Err(e) => {
                    tracing::debug!(%peer, error = %e, "peer link connect failed");
                    self.set_up(&peer, false);
                    if matches!(e, ConnectError::NotRegistered) && self.retire(&peer, &rx) {
                        return;
                    }
                }
            }
            // Frames that waited through a long outage are stale: their recipients have
            // reconnected or will catch up by cursor. Keep the newest only.
            while rx.len() > QUEUE / 2 {
                let _ = rx.try_recv();
                metrics::counter!("tern_peer_frames_dropped_total", "peer" => peer.clone()).increment(1);
            }
            tokio::time::sleep(backoff + Duration::from_millis(rand::random::<u64>() % 100)).await;
            backoff = (backoff * 2).min(Duration::from_secs(5));
        }
    }

    /// Ends the link of a gateway that left the registry (stopped or lease expired) when
    /// nothing waits for it: links must not pile up across restarts with new ids. A later
    /// frame for it starts a new link.
    fn retire(&self, peer: &str, rx: &mpsc::Receiver<Queued>) -> bool {
        let mut links = self.links.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !rx.is_empty() {
            return false;
        }
        links.remove(peer);
        self.up.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(peer);
        metrics::gauge!("tern_peer_link_up", "peer" => peer.to_owned()).set(0.0);
        tracing::info!(%peer, "peer link retired: gateway left the registry");
        true
    }

    async fn connect(
        &self,
        peer: &str,
    ) -> Result<(Endpoint<Client>, wtransport::Connection, wtransport::SendStream), ConnectError> {
        let gateways = self.directory.gateways().await.map_err(anyhow::Error::from)?;
        let info = gateways.into_iter().find(|g| g.id == peer).ok_or(ConnectError::NotRegistered)?;
        let opened = async {
            let endpoint = client_endpoint(&info)?;
            let url = format!("{}{PATH}", info.public_url);
            let conn = tokio::time::timeout(Duration::from_secs(5), endpoint.connect(url)).await??;
            let mut stream = conn.open_uni().await?.await?;
            let token = self.issuer.issue(&Claims::peer(&self.gateway_id, now_s() + 3600));
            stream.write_all(&PeerMessage::Hello { gateway_id: self.gateway_id.clone(), token }.encode()).await?;
            anyhow::Ok((endpoint, conn, stream))
        };
        Ok(opened.await?)
    }
}

fn client_endpoint(info: &GatewayInfo) -> anyhow::Result<Endpoint<Client>> {
    let builder = ClientConfig::builder().with_bind_default();
    let config = match &info.cert_sha256 {
        Some(hash) => builder
            .with_server_certificate_hashes([wtransport::tls::Sha256Digest::new(tern_certs::pin::parse_sha256_hex(
                hash,
            )?)])
            .keep_alive_interval(Some(Duration::from_secs(1)))
            .max_idle_timeout(Some(Duration::from_secs(3)))?
            .build(),
        None => builder
            .with_native_certs()
            .keep_alive_interval(Some(Duration::from_secs(1)))
            .max_idle_timeout(Some(Duration::from_secs(3)))?
            .build(),
    };
    Ok(Endpoint::client(config)?)
}
