//! A session's sampled messages, for their traces (`ops/traces.rs`): the sends it took from
//! its client until their acks are written, and the deliveries it writes. Empty, and never
//! touched beyond a `bool`, unless traces are exported.

use std::time::SystemTime;

use opentelemetry::KeyValue;
use tern_domain::DomainError;
use tern_domain::delivery::{LiveDelivery, TraceContext};
use tern_domain::model::{AppendOutcome, AppendRequest};
use tern_proto::ClientFrame;
use tern_proto::v1::client_frame::Kind;

use crate::ops::traces::{SpanKind, Stage, Traces};

/// A sampled send, from its frame to its ack.
struct TracedSend {
    root: TraceContext,
    channel: String,
    client_msg_id: String,
    received: SystemTime,
    /// The append that carries it, once the session asked for one.
    op: Option<u64>,
    /// Its seq, once committed.
    seq: u64,
}

/// Sampled sends a session holds (pipelined behind an append under way, or refused without
/// one) are kept up to this many; older ones are dropped untraced.
const MAX_TRACED_SENDS: usize = 64;

#[derive(Default)]
pub struct SessionTraces {
    /// Sends read but not answered.
    sends: Vec<TracedSend>,
    /// Sends answered in this turn: their root spans end when the turn's write does.
    answered: Vec<TracedSend>,
    /// Sampled deliveries taken in this turn, and when.
    writes: Vec<(TraceContext, SystemTime)>,
}

impl SessionTraces {
    /// A frame arrived: a Send is sampled here, once for the whole life of its message.
    pub fn received(&mut self, traces: &Traces, frame: &ClientFrame) {
        let Some(Kind::Send(send)) = &frame.kind else { return };
        if !traces.sample() {
            return;
        }
        if self.sends.len() == MAX_TRACED_SENDS {
            self.sends.remove(0);
        }
        self.sends.push(TracedSend {
            root: TraceContext::new(true),
            channel: send.channel_id.clone(),
            client_msg_id: send.client_msg_id.clone(),
            received: SystemTime::now(),
            op: None,
            seq: 0,
        });
    }

    /// The session asked the store to append `reqs` as `op`.
    pub fn appending(&mut self, op: u64, reqs: &[AppendRequest]) {
        for send in self.sends.iter_mut().filter(|s| s.op.is_none()) {
            if reqs.iter().any(|r| r.client_msg_id == send.client_msg_id && r.channel.as_str() == send.channel) {
                send.op = Some(op);
            }
        }
    }

    /// The store answered `op`, which started at `started`: each sampled send of it gets its
    /// commit span, and its root span ends with this turn's write (its ack's).
    pub fn committed(
        &mut self,
        traces: &Traces,
        op: u64,
        started: SystemTime,
        result: &Result<Vec<Result<AppendOutcome, DomainError>>, DomainError>,
    ) {
        if self.sends.is_empty() {
            return;
        }
        let end = SystemTime::now();
        let (done, waiting): (Vec<_>, Vec<_>) =
            std::mem::take(&mut self.sends).into_iter().partition(|s| s.op == Some(op));
        self.sends = waiting;
        let batch = result.as_ref().map_or(0, Vec::len) as i64;
        for mut send in done {
            let outcome = result.as_ref().ok().and_then(|outcomes| {
                outcomes
                    .iter()
                    .filter_map(|o| o.as_ref().ok())
                    .find(|o| o.message.client_msg_id == send.client_msg_id && o.message.channel_id == send.channel)
            });
            send.seq = outcome.map_or(0, |o| o.message.seq);
            let mut attributes = vec![KeyValue::new("tern.batch", batch)];
            if outcome.is_none() {
                attributes.push(KeyValue::new("error", true));
            }
            traces.record(Stage {
                name: "tern.commit",
                span: send.root.child(),
                parent: Some(send.root.span_id),
                remote_parent: false,
                kind: SpanKind::Client,
                start: started,
                end,
                attributes,
            });
            self.answered.push(send);
        }
    }

    /// The traces of committed messages to fan out: each one's root, if it was sampled here.
    pub fn roots(&self, outcomes: &[AppendOutcome]) -> Vec<Option<TraceContext>> {
        if self.answered.is_empty() {
            return Vec::new();
        }
        outcomes
            .iter()
            .map(|o| {
                let m = &o.message;
                self.answered.iter().find(|s| s.seq == m.seq && s.channel == m.channel_id).map(|s| s.root)
            })
            .collect()
    }

    /// The session took these deliveries to write.
    pub fn taken(&mut self, deliveries: &[LiveDelivery]) {
        let sampled = deliveries.iter().filter_map(|d| d.trace.filter(|t| t.sampled));
        let mut sampled = sampled.peekable();
        if sampled.peek().is_some() {
            let now = SystemTime::now();
            self.writes.extend(sampled.map(|t| (t, now)));
        }
    }

    /// The turn's write is done: the root spans of the sends it acked, and the write spans of
    /// the deliveries it carried.
    pub fn written(&mut self, traces: &Traces, session: &str, user: &str, transport: &'static str, frames: usize) {
        if self.answered.is_empty() && self.writes.is_empty() {
            return;
        }
        let end = SystemTime::now();
        let who = || {
            vec![
                KeyValue::new("tern.session", session.to_owned()),
                KeyValue::new("enduser.id", user.to_owned()),
                KeyValue::new("tern.transport", transport),
            ]
        };
        for send in self.answered.drain(..) {
            let mut attributes = who();
            attributes.extend([
                KeyValue::new("tern.channel", send.channel),
                KeyValue::new("tern.client_msg_id", send.client_msg_id),
                KeyValue::new("tern.seq", send.seq as i64),
            ]);
            traces.record(Stage {
                name: "tern.send",
                span: send.root,
                parent: None,
                remote_parent: false,
                kind: SpanKind::Server,
                start: send.received,
                end,
                attributes,
            });
        }
        for (parent, taken) in self.writes.drain(..) {
            let mut attributes = who();
            attributes.push(KeyValue::new("tern.frames", frames as i64));
            traces.record(Stage {
                name: "tern.write",
                span: parent.child(),
                parent: Some(parent.span_id),
                remote_parent: false,
                kind: SpanKind::Producer,
                start: taken,
                end,
                attributes,
            });
        }
    }
}
