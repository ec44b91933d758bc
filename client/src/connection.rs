//! One session with a gateway over WebTransport or WebSocket: frames in, frames out.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use bytes::{Bytes, BytesMut};
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use tern_proto::{ClientFrame, FrameDecoder, MAX_FRAME_SIZE, ServerFrame, decode_frame};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::rest::GatewayAddr;
use tern_certs::pin;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transport {
    WebTransport,
    WebSocket,
}

impl std::str::FromStr for Transport {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        match s {
            "wt" | "webtransport" => Ok(Transport::WebTransport),
            "ws" | "websocket" => Ok(Transport::WebSocket),
            _ => bail!("transport is wt or ws, not {s}"),
        }
    }
}

/// The WebSocket URL of a gateway: `wss://` for its HTTPS address, `ws://` (no TLS) for a
/// plain `http://` one (a gateway's loopback dev listener).
fn ws_url(gateway: &GatewayAddr) -> String {
    let base = gateway.url.replacen("https://", "wss://", 1).replacen("http://", "ws://", 1);
    format!("{base}/v1/ws")
}

/// A WebTransport client endpoint; one can carry many sessions (one UDP socket).
pub fn wt_endpoint(
    cert_sha256: [u8; 32],
    bind: std::net::SocketAddr,
) -> anyhow::Result<wtransport::Endpoint<wtransport::endpoint::endpoint_side::Client>> {
    let config = wtransport::ClientConfig::builder()
        .with_bind_address(bind)
        .with_server_certificate_hashes([wtransport::tls::Sha256Digest::new(cert_sha256)])
        .keep_alive_interval(Some(Duration::from_secs(10)))
        .build();
    Ok(wtransport::Endpoint::client(config)?)
}

#[allow(clippy::large_enum_variant)] // a handful per process; boxing buys nothing
pub enum Connection {
    Wt {
        // Kept so the session lives as long as the streams: dropping a QUIC endpoint stops
        // its I/O.
        _endpoint: Option<wtransport::Endpoint<wtransport::endpoint::endpoint_side::Client>>,
        _conn: wtransport::Connection,
        send: wtransport::SendStream,
        recv: wtransport::RecvStream,
        decoder: FrameDecoder,
    },
    Ws(Box<WebSocketStream<MaybeTlsStream<TcpStream>>>),
}

impl Connection {
    pub async fn connect(transport: Transport, gateway: &GatewayAddr) -> anyhow::Result<Self> {
        match transport {
            Transport::WebTransport => {
                let endpoint = wt_endpoint(gateway.cert_sha256, "127.0.0.1:0".parse()?)?;
                let mut conn = Self::connect_wt(&endpoint, gateway).await?;
                if let Connection::Wt { _endpoint, .. } = &mut conn {
                    *_endpoint = Some(endpoint);
                }
                Ok(conn)
            }
            Transport::WebSocket => Self::connect_ws(gateway).await,
        }
    }

    pub async fn connect_wt(
        endpoint: &wtransport::Endpoint<wtransport::endpoint::endpoint_side::Client>,
        gateway: &GatewayAddr,
    ) -> anyhow::Result<Self> {
        let conn = endpoint.connect(format!("{}/v1/wt", gateway.url)).await.context("WebTransport connect")?;
        let (send, recv) = conn.open_bi().await?.await?;
        Ok(Connection::Wt { _endpoint: None, _conn: conn, send, recv, decoder: FrameDecoder::new(MAX_FRAME_SIZE * 2) })
    }

    pub async fn connect_ws(gateway: &GatewayAddr) -> anyhow::Result<Self> {
        let url = ws_url(gateway);
        let tls = pin::pinned_config(gateway.cert_sha256, &[b"http/1.1"]);
        let connector = tokio_tungstenite::Connector::Rustls(Arc::new(tls));
        let (ws, _) = tokio_tungstenite::connect_async_tls_with_config(url, None, true, Some(connector))
            .await
            .context("WebSocket connect")?;
        Ok(Connection::Ws(Box::new(ws)))
    }

    /// WebSocket over a TCP stream the caller connected (Nagle is turned off on it) (for instance from a chosen source
    /// address, to spread many connections over several local addresses).
    pub async fn connect_ws_over(gateway: &GatewayAddr, stream: TcpStream) -> anyhow::Result<Self> {
        stream.set_nodelay(true)?;
        let url = ws_url(gateway);
        let tls = pin::pinned_config(gateway.cert_sha256, &[b"http/1.1"]);
        let connector = tokio_tungstenite::Connector::Rustls(Arc::new(tls));
        let (ws, _) = tokio_tungstenite::client_async_tls_with_config(url, stream, None, Some(connector))
            .await
            .context("WebSocket connect")?;
        Ok(Connection::Ws(Box::new(ws)))
    }

    /// Closes the session politely (WebSocket close, QUIC connection close).
    pub async fn close(&mut self) {
        match self {
            Connection::Wt { _conn, .. } => _conn.close(0u32.into(), b"bye"),
            Connection::Ws(ws) => {
                let _ = tokio::time::timeout(Duration::from_secs(2), ws.as_mut().close(None)).await;
            }
        }
    }

    pub async fn send(&mut self, frame: &ClientFrame) -> anyhow::Result<()> {
        match self {
            Connection::Wt { send, .. } => Ok(send.write_all(&tern_proto::encode_delimited(frame)).await?),
            Connection::Ws(ws) => Ok(ws.send(Message::Binary(Bytes::from(frame.encode_to_vec()))).await?),
        }
    }

    /// Writes bytes as they are: one WebSocket message, or raw bytes on the stream.
    pub async fn send_raw(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        match self {
            Connection::Wt { send, .. } => Ok(send.write_all(bytes).await?),
            Connection::Ws(ws) => Ok(ws.send(Message::Binary(Bytes::copy_from_slice(bytes))).await?),
        }
    }

    /// The next frame, or `None` once the session ended (closed or cut).
    pub async fn recv(&mut self) -> anyhow::Result<Option<ServerFrame>> {
        match self.next_event().await? {
            Event::Frame(frame) => Ok(Some(frame)),
            Event::Closed { .. } | Event::Cut(_) => Ok(None),
        }
    }

    /// The next frame, or how the session ended: closed by the server in order (a WebSocket
    /// Close frame, the end of the WebTransport stream) or cut without that (a TCP reset, a
    /// QUIC error or a reset stream).
    pub async fn next_event(&mut self) -> anyhow::Result<Event> {
        match self {
            Connection::Wt { recv, decoder, .. } => loop {
                if let Some(frame) = decoder.next_frame()? {
                    return Ok(Event::Frame(frame));
                }
                let mut buf = BytesMut::zeroed(16 * 1024);
                match recv.read(&mut buf).await {
                    Ok(Some(n)) => decoder.extend(&buf[..n]),
                    Ok(None) => return Ok(Event::Closed { code: None, reason: String::new() }),
                    Err(e) => return Ok(Event::Cut(e.to_string())),
                }
            },
            Connection::Ws(ws) => loop {
                match ws.next().await {
                    Some(Ok(Message::Binary(b))) => return Ok(Event::Frame(decode_frame(&b, MAX_FRAME_SIZE * 2)?)),
                    Some(Ok(Message::Close(frame))) => {
                        let (code, reason) =
                            frame.map(|f| (Some(u16::from(f.code)), f.reason.to_string())).unwrap_or_default();
                        return Ok(Event::Closed { code, reason });
                    }
                    Some(Err(e)) => return Ok(Event::Cut(e.to_string())),
                    None => return Ok(Event::Cut("the connection ended without a Close frame".into())),
                    Some(Ok(_)) => continue,
                }
            },
        }
    }
}

/// What arrived from the server.
#[expect(
    clippy::large_enum_variant,
    reason = "one value per frame, handled at once: a Box would add an allocation per frame for nothing"
)]
#[derive(Debug)]
pub enum Event {
    Frame(ServerFrame),
    /// The server closed the session in order (`code` and `reason`: the WebSocket Close
    /// frame's, when it gave them).
    Closed {
        code: Option<u16>,
        reason: String,
    },
    /// The connection ended without a close: a reset, a transport error.
    Cut(String),
}
