//! One session with a gateway over WebTransport or WebSocket, and a chat client on top that
//! matches answers to requests and keeps live deliveries aside until asked for.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use bytes::{Bytes, BytesMut};
use futures::{SinkExt, StreamExt};
use prost::Message as _;
use tern_proto::v1::{self, client_frame, server_frame};
use tern_proto::{ClientFrame, FrameDecoder, MAX_FRAME_SIZE, ServerFrame, decode_frame};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::rest::Gateway;
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
    pub async fn connect(transport: Transport, gateway: &Gateway) -> anyhow::Result<Self> {
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
        gateway: &Gateway,
    ) -> anyhow::Result<Self> {
        let conn = endpoint.connect(format!("{}/v1/wt", gateway.url)).await.context("WebTransport connect")?;
        let (send, recv) = conn.open_bi().await?.await?;
        Ok(Connection::Wt { _endpoint: None, _conn: conn, send, recv, decoder: FrameDecoder::new(MAX_FRAME_SIZE * 2) })
    }

    pub async fn connect_ws(gateway: &Gateway) -> anyhow::Result<Self> {
        let url = format!("{}/v1/ws", gateway.url.replacen("https://", "wss://", 1));
        let tls = pin::pinned_config(gateway.cert_sha256, &[b"http/1.1"]);
        let connector = tokio_tungstenite::Connector::Rustls(Arc::new(tls));
        let (ws, _) = tokio_tungstenite::connect_async_tls_with_config(url, None, false, Some(connector))
            .await
            .context("WebSocket connect")?;
        Ok(Connection::Ws(Box::new(ws)))
    }

    /// WebSocket over a TCP stream the caller connected (for instance from a chosen source
    /// address, to spread many connections over several local addresses).
    pub async fn connect_ws_over(gateway: &Gateway, stream: TcpStream) -> anyhow::Result<Self> {
        let url = format!("{}/v1/ws", gateway.url.replacen("https://", "wss://", 1));
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

    /// The next frame, or `None` once the server closed the session.
    pub async fn recv(&mut self) -> anyhow::Result<Option<ServerFrame>> {
        match self {
            Connection::Wt { recv, decoder, .. } => loop {
                if let Some(frame) = decoder.next_frame()? {
                    return Ok(Some(frame));
                }
                let mut buf = BytesMut::zeroed(16 * 1024);
                match recv.read(&mut buf).await {
                    Ok(Some(n)) => decoder.extend(&buf[..n]),
                    Ok(None) | Err(_) => return Ok(None),
                }
            },
            Connection::Ws(ws) => loop {
                match ws.next().await {
                    Some(Ok(Message::Binary(b))) => {
                        return Ok(Some(decode_frame(&b, MAX_FRAME_SIZE * 2)?));
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return Ok(None),
                    Some(Ok(_)) => continue,
                }
            },
        }
    }
}

/// The result of a request: the answer frame's kind, or the server's error.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Ok(server_frame::Kind),
    Err(v1::Error),
}

impl Answer {
    pub fn error_code(&self) -> Option<v1::ErrorCode> {
        match self {
            Answer::Err(e) => v1::ErrorCode::try_from(e.code).ok(),
            Answer::Ok(_) => None,
        }
    }
}

/// A logged-in session: request/answer matching, with deliveries and presence events kept
/// in order until read.
pub struct ChatClient {
    pub conn: Connection,
    next_request: u64,
    /// Frames that arrived while waiting for something else.
    pub unsolicited: VecDeque<ServerFrame>,
    pub cursor: Bytes,
    pub timeout: Duration,
}

impl ChatClient {
    pub fn new(conn: Connection) -> Self {
        Self {
            conn,
            next_request: 1,
            unsolicited: VecDeque::new(),
            cursor: Bytes::new(),
            timeout: Duration::from_secs(10),
        }
    }

    fn request_id(&mut self) -> u64 {
        let id = self.next_request;
        self.next_request += 1;
        id
    }

    async fn recv_timeout(&mut self) -> anyhow::Result<Option<ServerFrame>> {
        tokio::time::timeout(self.timeout, self.conn.recv()).await.context("timed out waiting for a frame")?
    }

    /// Sends a frame and waits for the frame answering it (same request id, not a SyncPage
    /// of the catch-up), keeping everything else.
    pub async fn request(&mut self, kind: client_frame::Kind) -> anyhow::Result<Answer> {
        let request_id = self.request_id();
        self.conn.send(&ClientFrame { request_id, kind: Some(kind) }).await?;
        self.answer(request_id).await
    }

    async fn answer(&mut self, request_id: u64) -> anyhow::Result<Answer> {
        loop {
            let Some(frame) = self.recv_timeout().await? else {
                bail!("session closed while waiting for request {request_id}")
            };
            if frame.request_id == request_id {
                return match frame.kind.context("frame without kind")? {
                    server_frame::Kind::Error(e) => Ok(Answer::Err(e)),
                    kind => Ok(Answer::Ok(kind)),
                };
            }
            if frame.request_id == 0 && matches!(frame.kind, Some(server_frame::Kind::Error(_))) {
                // A connection-level error (malformed frame) answers no request.
                if let Some(server_frame::Kind::Error(e)) = frame.kind {
                    return Ok(Answer::Err(e));
                }
            }
            self.unsolicited.push_back(frame);
        }
    }

    /// Authenticates and consumes the catch-up; returns its entries in order.
    pub async fn authenticate(&mut self, token: &str, device_id: &str) -> anyhow::Result<Vec<v1::InboxEntry>> {
        let request_id = self.request_id();
        let auth = v1::Authenticate { token: token.into(), device_id: device_id.into(), cursor: self.cursor.clone() };
        self.conn.send(&ClientFrame { request_id, kind: Some(client_frame::Kind::Authenticate(auth)) }).await?;
        match self.answer(request_id).await? {
            Answer::Ok(server_frame::Kind::Authenticated(_)) => {}
            Answer::Err(e) => bail!("authentication refused: {} ({})", e.message, e.code),
            other => bail!("unexpected answer to Authenticate: {other:?}"),
        }
        let mut entries = Vec::new();
        loop {
            match self.answer(request_id).await? {
                Answer::Ok(server_frame::Kind::Sync(page)) => {
                    if !page.next_cursor.is_empty() {
                        self.cursor = page.next_cursor.clone();
                    }
                    entries.extend(page.entries);
                    if !page.more {
                        return Ok(entries);
                    }
                }
                other => bail!("unexpected frame during catch-up: {other:?}"),
            }
        }
    }

    /// Sends a message; returns the Ack, or the error answer.
    pub async fn send_message(&mut self, channel: &str, client_msg_id: &str, body: &str) -> anyhow::Result<Answer> {
        let send = v1::Send { channel_id: channel.into(), client_msg_id: client_msg_id.into(), body: body.into() };
        self.request(client_frame::Kind::Send(send)).await
    }

    pub async fn history(
        &mut self,
        channel: &str,
        anchor: v1::HistoryAnchor,
        seq: u64,
        limit: u32,
    ) -> anyhow::Result<Answer> {
        let h = v1::HistoryRequest { channel_id: channel.into(), anchor: anchor as i32, seq, limit };
        self.request(client_frame::Kind::History(h)).await
    }

    /// The next unsolicited frame (delivery, presence event, go-away, error), waiting up to
    /// the timeout; `None` if the session closed.
    pub async fn next_event(&mut self) -> anyhow::Result<Option<ServerFrame>> {
        if let Some(f) = self.unsolicited.pop_front() {
            return Ok(Some(f));
        }
        self.recv_timeout().await
    }

    /// The next delivered message, skipping other unsolicited frames; advances the cursor.
    pub async fn next_delivery(&mut self) -> anyhow::Result<v1::Message> {
        loop {
            let frame = self.next_event().await?.context("session closed while waiting for a delivery")?;
            if let Some(server_frame::Kind::Deliver(d)) = frame.kind {
                self.cursor = d.cursor.clone();
                return d.message.context("delivery without message");
            }
        }
    }

    /// Waits up to `wait` for anything unsolicited; `None` if nothing came.
    pub async fn quiet_for(&mut self, wait: Duration) -> anyhow::Result<Option<ServerFrame>> {
        if let Some(f) = self.unsolicited.pop_front() {
            return Ok(Some(f));
        }
        match tokio::time::timeout(wait, self.conn.recv()).await {
            Ok(r) => r,
            Err(_) => Ok(None),
        }
    }
}
