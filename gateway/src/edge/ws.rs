//! WebSocket (TCP, over TLS or, in dev, plain HTTP on loopback): one frame per binary message.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use tern_domain::session::CloseReason;
use tern_proto::{ClientFrame, CodecError, decode_frame};
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::error::CapacityError;

use crate::context::Gateway;
use crate::edge::driver::{self, FrameReader, FrameWriter};
use crate::http::error::ApiError;

pub async fn upgrade(
    State(gw): State<Arc<Gateway>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ws: WebSocketUpgrade,
) -> Response {
    if gw.is_draining() {
        return ApiError::draining().into_response();
    }
    if !gw.admit_connection(peer.ip()) {
        return ApiError::too_many_connections().into_response();
    }
    let max = gw.max_frame_bytes;
    // Small buffers: an idle connection should cost little, and tungstenite clears its read
    // buffer's free space before each read (so its size is paid at every wake-up). Client
    // frames are small; a large one gets an exact reserve. Writes coalesce up to 16 KiB, and
    // a client that does not read holds at most one largest frame more than that here (a
    // sync page can be that large).
    //
    // A message over the frame limit is still read whole up to twice the limit, so that it can
    // be answered with FRAME_TOO_LARGE and a close handshake on a stream still in step; only a
    // larger one is cut off at its header (see `WsReader::linger`).
    let cap = max.saturating_mul(2);
    ws.read_buffer_size(512)
        .write_buffer_size(16 * 1024)
        .max_write_buffer_size(16 * 1024 + max)
        .max_message_size(cap)
        .max_frame_size(cap)
        .on_upgrade(move |socket| {
            let (sink, stream) = socket.split();
            let reader = WsReader { stream, max, cut_off: false };
            driver::drive(gw, "websocket", reader, WsWriter { sink, pending: Vec::new() })
        })
}

/// How long a connection cut off in the middle of a message is held open after the goodbye,
/// so the client reads the error and the Close frame before the socket closes (closing with
/// unread bytes makes the kernel answer with a reset, which can discard them on the client).
const CUT_OFF_LINGER: Duration = Duration::from_secs(2);

struct WsReader {
    stream: SplitStream<WebSocket>,
    max: usize,
    /// A message was refused at its header: its body is still unread on the socket.
    cut_off: bool,
}

impl FrameReader for WsReader {
    async fn next(&mut self) -> Option<Result<ClientFrame, CodecError>> {
        loop {
            match self.stream.next().await? {
                Ok(Message::Binary(bytes)) => return Some(decode_frame(&bytes, self.max)),
                Ok(Message::Text(_)) => {
                    return Some(Err(CodecError::Malformed("text messages are not frames; send binary".into())));
                }
                Ok(Message::Ping(_) | Message::Pong(_)) => continue,
                Ok(Message::Close(_)) => return None,
                Err(e) => {
                    let len = message_too_long(e)?;
                    self.cut_off = true;
                    return Some(Err(CodecError::FrameTooLarge { len, max: self.max }));
                }
            }
        }
    }

    async fn linger(&mut self) {
        if self.cut_off {
            // The stream cannot be read past a refused header (the rest of that message is
            // not a frame), so the socket is only held open for a moment.
            tokio::time::sleep(CUT_OFF_LINGER).await;
            return;
        }
        // Read (and drop) until the client's Close answers ours and the stream ends.
        while let Some(Ok(_)) = self.stream.next().await {}
    }
}

/// The declared size of a message refused by the WebSocket layer's size cap; `None` for any
/// other error (the connection is then unusable and simply ends).
fn message_too_long(e: axum::Error) -> Option<usize> {
    match *e.into_inner().downcast::<WsError>().ok()? {
        WsError::Capacity(CapacityError::MessageTooLong { size, .. }) => Some(size),
        _ => None,
    }
}

struct WsWriter {
    sink: SplitSink<WebSocket, Message>,
    pending: Vec<Bytes>,
}

impl FrameWriter for WsWriter {
    fn push(&mut self, frame: Bytes) {
        self.pending.push(frame);
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        // feed() queues without flushing; one flush then writes them all.
        for frame in self.pending.drain(..) {
            self.sink.feed(Message::Binary(frame)).await.map_err(std::io::Error::other)?;
        }
        self.sink.flush().await.map_err(std::io::Error::other)
    }

    async fn close(&mut self, reason: CloseReason) {
        let _ = self.flush().await;
        let code = match reason {
            CloseReason::Draining => 1001,
            CloseReason::SlowConsumer => 1013,
            CloseReason::ProtocolError => 1002,
            _ => 1008,
        };
        let frame = CloseFrame { code, reason: reason.as_str().into() };
        let _ = self.sink.send(Message::Close(Some(frame))).await;
    }
}
