//! WebTransport over HTTP/3 (UDP): the QUIC endpoint, its accept loop (client sessions here,
//! peer links handed to `cluster::link_in`), and the client transport. One WebTransport
//! session per QUIC connection; the client opens one bidirectional stream and frames flow
//! on it length-delimited.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use tern_domain::session::CloseReason;
use tern_proto::{ClientFrame, CodecError, FrameDecoder};
use tracing::Instrument;
use wtransport::endpoint::endpoint_side::Server;
use wtransport::{Endpoint, RecvStream, SendStream, ServerConfig};

use crate::cluster::link_in;
use crate::config::ServeConfig;
use crate::context::Gateway;
use crate::edge::driver::{self, FrameReader, FrameWriter};
use crate::tls::TlsMaterial;

/// The path of WebTransport sessions.
pub const PATH: &str = "/v1/wt";

/// The endpoint's QUIC settings, each chosen for what a session needs:
/// - no transport keep-alive: clients heartbeat every 5 s in the protocol (which also keeps NAT
///   bindings open), and peer links keep themselves alive from their dialing side; the idle
///   timeout (60 s) is only a backstop behind the session's own (30 s);
/// - flow-control windows bounded by the frame limit: a client stream needs room for one
///   largest frame (and the small ones pipelined behind it), the connection for that stream
///   plus HTTP/3's control streams; the windows bound what an idle session can make the
///   gateway buffer;
/// - stream limits as small as WebTransport allows: two bidirectional (the CONNECT request and
///   the session's stream), four unidirectional (HTTP/3 control and QPACK, and a peer link's);
/// - ACKs as RFC 9000 sets them (every second packet, 25 ms delay): browsers do not negotiate
///   the ACK-frequency extension, so there is nothing to tune on their connections.
pub fn server_config(listen: SocketAddr, tls: &TlsMaterial, max_frame_bytes: usize) -> anyhow::Result<ServerConfig> {
    let mut config = ServerConfig::builder()
        .with_bind_address(listen)
        .with_custom_tls(tls.quic_config()?)
        .keep_alive_interval(None)
        .max_idle_timeout(Some(Duration::from_secs(60)))?
        .build();
    let stream_window = u32::try_from(max_frame_bytes + 64 * 1024).unwrap_or(u32::MAX);
    let mut transport = wtransport::quinn::TransportConfig::default();
    transport
        .max_concurrent_bidi_streams(2u32.into())
        .max_concurrent_uni_streams(4u32.into())
        .stream_receive_window(stream_window.into())
        .receive_window(stream_window.saturating_add(64 * 1024).into())
        .send_window(2 * 1024 * 1024)
        .keep_alive_interval(None)
        .max_idle_timeout(Some(Duration::from_secs(60).try_into()?));
    config.quic_config_mut().transport_config(Arc::new(transport));
    Ok(config)
}

pub fn bind(config: &ServeConfig, tls: &TlsMaterial) -> anyhow::Result<Endpoint<Server>> {
    Endpoint::server(server_config(config.gateway.listen, tls, config.limits.max_frame_bytes)?).map_err(|e| {
        let hint = if config.gateway.listen.port() < 1024 {
            " (ports below 1024 need root or CAP_NET_BIND_SERVICE; try --listen 127.0.0.1:4433)"
        } else {
            ""
        };
        anyhow::anyhow!("binding UDP {}: {e}{hint}", config.gateway.listen)
    })
}

pub async fn accept_loop(gw: Arc<Gateway>, endpoint: Arc<Endpoint<Server>>) {
    loop {
        let incoming = endpoint.accept().await;
        let gw = gw.clone();
        tokio::spawn(async move {
            if let Err(e) = handle(gw, incoming).await {
                tracing::debug!(error = %e, "WebTransport session ended with an error");
            }
        });
    }
}

async fn handle(gw: Arc<Gateway>, incoming: wtransport::endpoint::IncomingSession) -> anyhow::Result<()> {
    let request = incoming.await?;
    // Peer links share the endpoint: the cluster side serves them.
    if request.path() == link_in::PATH {
        let connection = request.accept().await?;
        let recv = connection.accept_uni().await?;
        let span = tracing::info_span!("peer_link", gateway = %gw.id);
        return link_in::serve(gw, recv).instrument(span).await;
    }
    if request.path() != PATH {
        request.not_found().await;
        return Ok(());
    }
    if gw.is_draining() {
        request.too_many_requests().await;
        return Ok(());
    }
    if !gw.admit_connection(request.remote_address().ip()) {
        request.too_many_requests().await;
        return Ok(());
    }
    let connection = request.accept().await?;
    let (send, recv) = tokio::time::timeout(gw.session_config.auth_timeout, connection.accept_bi()).await??;
    let reader = WtReader { recv, decoder: FrameDecoder::new(gw.max_frame_bytes) };
    let writer = WtWriter::new(send);
    driver::drive(gw, "webtransport", reader, writer).await;
    Ok(())
}

struct WtReader {
    recv: RecvStream,
    decoder: FrameDecoder,
}

impl FrameReader for WtReader {
    async fn next(&mut self) -> Option<Result<ClientFrame, CodecError>> {
        loop {
            match self.decoder.next_frame() {
                Ok(Some(frame)) => return Some(Ok(frame)),
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
            // read_chunk hands over quinn's own buffer: no per-session read buffer is kept.
            match self.recv.quic_stream_mut().read_chunk(64 * 1024, true).await {
                Ok(Some(chunk)) => self.decoder.extend(&chunk.bytes),
                Ok(None) | Err(_) => return None,
            }
        }
    }
}

struct WtWriter {
    send: SendStream,
    /// The varint length prefixes of the frames queued, one after the other.
    prefixes: BytesMut,
    /// The frames queued, each with where its prefix ends in `prefixes`.
    frames: Vec<(usize, Bytes)>,
    /// Kept between flushes: the chunks of one write (prefix, frame, prefix, frame, ...).
    chunks: Vec<Bytes>,
}

impl WtWriter {
    fn new(send: SendStream) -> Self {
        Self { send, prefixes: BytesMut::new(), frames: Vec::new(), chunks: Vec::new() }
    }
}

impl FrameWriter for WtWriter {
    fn push(&mut self, frame: Bytes) {
        prost::encoding::encode_varint(frame.len() as u64, &mut self.prefixes);
        self.frames.push((self.prefixes.len(), frame));
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        if self.frames.is_empty() {
            return Ok(());
        }
        // The frames go to quinn as they are, shared with every other recipient: no copy
        // into a buffer of this session's.
        let prefixes = self.prefixes.split().freeze();
        let mut at = 0;
        for (end, frame) in self.frames.drain(..) {
            self.chunks.push(prefixes.slice(at..end));
            self.chunks.push(frame);
            at = end;
        }
        let result =
            self.send.quic_stream_mut().write_all_chunks(&mut self.chunks).await.map_err(std::io::Error::other);
        self.chunks.clear();
        // Give the space back when a burst grew it, so idle sessions stay small.
        if self.frames.capacity() > 256 {
            self.frames = Vec::new();
            self.chunks = Vec::new();
        }
        result
    }

    async fn close(&mut self, _reason: CloseReason) {
        let _ = self.flush().await;
        let _ = self.send.finish().await;
        // Let the client read the last frame (usually the error saying why) before the
        // connection goes away with this task.
        let _ = tokio::time::timeout(Duration::from_secs(2), self.send.quic_stream_mut().stopped()).await;
    }
}
