//! A chat client on one session: it matches answers to requests and keeps live deliveries
//! and other unsolicited frames aside, in order, until asked for.

use std::collections::VecDeque;
use std::time::Duration;

use anyhow::{Context, bail};
use bytes::Bytes;
use tern_proto::v1::{self, client_frame, server_frame};
use tern_proto::{ClientFrame, ServerFrame};

use crate::connection::Connection;

/// The result of a request: the answer frame's kind, or the server's error.
#[expect(
    clippy::large_enum_variant,
    reason = "one value per frame, handled at once: a Box would add an allocation per frame for nothing"
)]
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
        let send = v1::Send {
            channel_id: channel.into(),
            client_msg_id: client_msg_id.into(),
            body: body.into(),
            ..Default::default()
        };
        self.request(client_frame::Kind::Send(send)).await
    }

    /// Replaces the body of one of your messages for everyone (an edit with its own seq and
    /// `client_msg_id`); returns the Ack, or the error answer.
    pub async fn edit_message(
        &mut self,
        channel: &str,
        client_msg_id: &str,
        seq: u64,
        body: &str,
    ) -> anyhow::Result<Answer> {
        let send = v1::Send {
            channel_id: channel.into(),
            client_msg_id: client_msg_id.into(),
            body: body.into(),
            edit_of: seq,
            ..Default::default()
        };
        self.request(client_frame::Kind::Send(send)).await
    }

    /// Deletes one of your messages for everyone (its body leaves storage); returns the Ack,
    /// or the error answer.
    pub async fn delete_message(&mut self, channel: &str, client_msg_id: &str, seq: u64) -> anyhow::Result<Answer> {
        let send = v1::Send {
            channel_id: channel.into(),
            client_msg_id: client_msg_id.into(),
            delete_of: seq,
            ..Default::default()
        };
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
