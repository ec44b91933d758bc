//! Catch-up then live, with no gap and no duplicate between them.
//!
//! The session registers for live deliveries *before* its first inbox read. While the reads
//! run, live deliveries are held. When a read comes back with `more = false`, every message
//! committed before that read is in the pages sent, and every message committed after it
//! arrives live, so the held deliveries whose cursor is past the last page are sent and the
//! rest dropped. If too many arrive while reading, they are dropped and one more read
//! covers them: they are committed, so the inbox has them.

use std::collections::VecDeque;

use tern_proto::ServerFrame;
use tern_proto::v1::{self, server_frame::Kind as Out};

use crate::delivery::LiveDelivery;
use crate::model::{Cursor, InboxPage};

pub enum Next {
    Read(Cursor),
    /// Caught up: these held deliveries follow the last page, in cursor order.
    Live(Vec<LiveDelivery>),
}

pub struct CatchUp {
    request_id: u64,
    running: bool,
    /// The last cursor the catch-up sent: a live delivery at or before it is a duplicate.
    cursor: Cursor,
    held: VecDeque<LiveDelivery>,
    overflowed: bool,
    max_held: usize,
}

impl CatchUp {
    pub fn new(max_held: usize) -> Self {
        Self {
            request_id: 0,
            running: false,
            cursor: Cursor::START,
            held: VecDeque::new(),
            overflowed: false,
            max_held,
        }
    }

    pub fn start(&mut self, request_id: u64, cursor: Cursor) {
        self.request_id = request_id;
        self.running = true;
        self.cursor = cursor;
    }

    pub fn request_id(&self) -> u64 {
        self.request_id
    }

    /// Where the next read starts: the client's cursor, then the last page's end.
    pub fn cursor(&self) -> Cursor {
        self.cursor.clone()
    }

    /// One inbox page arrived: the frame to send, and what comes next.
    pub fn page(&mut self, page: InboxPage) -> (ServerFrame, Next) {
        let before = self.cursor.clone();
        if let Some((last, _)) = page.entries.last() {
            self.cursor = last.clone();
        }
        let more = page.more || std::mem::take(&mut self.overflowed);
        let frame = ServerFrame { request_id: self.request_id, kind: Some(Out::Sync(sync_page(page, before))) };
        if more {
            self.held.clear();
            return (frame, Next::Read(self.cursor.clone()));
        }
        self.running = false;
        let mut held: Vec<_> = self.held.drain(..).filter(|d| d.cursor > self.cursor).collect();
        held.sort_by(|a, b| a.cursor.cmp(&b.cursor));
        (frame, Next::Live(held))
    }

    /// A live delivery: true to send it now (it is kept, copied, only while the catch-up
    /// runs).
    pub fn live(&mut self, delivery: &LiveDelivery) -> bool {
        if self.running {
            if self.held.len() < self.max_held {
                self.held.push_back(delivery.clone());
            } else {
                self.overflowed = true;
            }
            return false;
        }
        // Already sent by the catch-up. (Live deliveries may overtake one another, so a
        // cursor below the last live one is still sent: only the catch-up's end is a bound.)
        delivery.cursor > self.cursor
    }
}

/// The wire form of an inbox page read after `after`.
pub fn sync_page(page: InboxPage, after: Cursor) -> v1::SyncPage {
    let next_cursor = page.entries.last().map(|(c, _)| c.clone()).unwrap_or(after);
    v1::SyncPage {
        more: page.more,
        next_cursor: next_cursor.0,
        entries: page
            .entries
            .into_iter()
            .map(|(cursor, message)| v1::InboxEntry { cursor: cursor.0, message: Some(message) })
            .collect(),
    }
}
