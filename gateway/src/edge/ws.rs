//! WebSocket (TCP, over TLS or, in dev, plain HTTP on loopback): one frame per binary message.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use tern_domain::session::CloseReason;
use tern_proto::{ClientFrame, CodecError, decode_frame};

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
    if !gw.conn_limiter.allow(peer.ip()) {
        return ApiError::too_many_connections().into_response();
    }
    let max = gw.max_frame_bytes;
    // Small buffers: an idle connection should cost little, and tungstenite clears its read
    // buffer's free space before each read (so its size is paid at every wake-up). Client
    // frames are small; a large one gets an exact reserve. Writes coalesce up to 16 KiB, and
    // a client that does not read holds at most one largest frame more than that here (a
    // sync page can be that large).
    ws.read_buffer_size(512)
        .write_buffer_size(16 * 1024)
        .max_write_buffer_size(16 * 1024 + max)
        .max_message_size(max)
        .max_frame_size(max)
        .on_upgrade(move |socket| {
            let (sink, stream) = socket.split();
            driver::drive(gw, "websocket", WsReader { stream, max }, WsWriter { sink, pending: Vec::new() })
        })
}

struct WsReader {
    stream: SplitStream<WebSocket>,
    max: usize,
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
                Ok(Message::Close(_)) | Err(_) => return None,
            }
        }
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
