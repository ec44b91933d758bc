//! A session's sends: validated, given a rate token, queued in the order sent, and handed to
//! the store one batch at a time (`SendQueue`), so a client's messages are committed in the
//! order it sent them and a fast sender's messages share a commit; then acked in that order
//! and fanned out together.

use std::collections::VecDeque;

use tern_proto::v1::{self, ErrorCode, server_frame::Kind as Out};

use super::effects::CloseReason;
use super::{Action, Effect, Now, Pending, Session, State};
use crate::error::DomainError;
use crate::model::{AppendOutcome, AppendRequest, ChannelId, MessageChange, UserId};

/// The sends that got their token and wait for the store, in the order sent, and the batch
/// being committed now. Bounded in bytes: the count is bounded by the session's in-flight
/// limit, the bytes here, so a thousand sends of 400 KB cannot wait at once.
pub(super) struct SendQueue {
    queued: VecDeque<(u64, AppendRequest)>,
    /// The batch being committed: its op, and its sends' ops in order.
    committing: Option<(u64, Vec<u64>)>,
    /// Body bytes waiting (queued or committing), and of the committing batch alone.
    bytes: usize,
    batch_bytes: usize,
    max_bytes: usize,
}

impl SendQueue {
    pub(super) fn new(max_bytes: usize) -> Self {
        Self { queued: VecDeque::new(), committing: None, bytes: 0, batch_bytes: 0, max_bytes }
    }

    /// Whether a body of `len` more bytes may wait for the store.
    pub(super) fn has_room(&self, len: usize) -> bool {
        self.bytes + len <= self.max_bytes
    }

    pub(super) fn push(&mut self, op: u64, req: AppendRequest) {
        self.bytes += req.body.len();
        self.queued.push_back((op, req));
    }

    /// Whether a batch can go to the store now: sends wait and none is being committed.
    pub(super) fn batch_ready(&self) -> bool {
        self.committing.is_none() && !self.queued.is_empty()
    }

    /// Every queued send, as the batch `op` now being committed.
    pub(super) fn start_batch(&mut self, op: u64) -> Vec<AppendRequest> {
        let (ops, reqs): (Vec<u64>, Vec<AppendRequest>) = self.queued.drain(..).unzip();
        self.batch_bytes = reqs.iter().map(|r| r.body.len()).sum();
        self.committing = Some((op, ops));
        reqs
    }

    /// The store answered batch `op`: the ops of its sends, in the order sent (`None` when
    /// `op` is not the batch being committed).
    pub(super) fn answered(&mut self, op: u64) -> Option<Vec<u64>> {
        let (_, ops) = self.committing.take_if(|(batch, _)| *batch == op)?;
        self.bytes -= std::mem::take(&mut self.batch_bytes);
        Some(ops)
    }
}

impl Session {
    pub(super) fn send(&mut self, rid: u64, sender: UserId, send: v1::Send) -> Vec<Action> {
        if !self.sends.has_room(send.body.len()) {
            return vec![Self::error(rid, ErrorCode::RateLimited, "too many bytes of sends in flight")];
        }
        let change = match MessageChange::from_wire(send.edit_of, send.delete_of) {
            Ok(change) => change,
            Err(e) => return vec![Self::refusal(rid, &e)],
        };
        let req = AppendRequest {
            channel: ChannelId(send.channel_id),
            sender,
            client_msg_id: send.client_msg_id,
            body: send.body,
            event: None,
            change,
        };
        if let Err(e) = req.validate() {
            return vec![Self::refusal(rid, &e)];
        }
        let user = req.sender.clone();
        let op = self.op(Pending::SendToken { request_id: rid, req });
        vec![Action::Effect(Effect::TakeSendToken { op, user })]
    }

    /// The answer to `TakeSendToken`: whether the user's send rate allows this send now.
    pub fn send_token(&mut self, op: u64, granted: bool) -> Vec<Action> {
        let Some(Pending::SendToken { request_id, req }) = self.pending.remove(&op) else { return Vec::new() };
        if self.is_closed() {
            return Vec::new();
        }
        if !granted {
            let mut out = vec![Self::error(
                request_id,
                ErrorCode::RateLimited,
                "send rate exceeded; retry later with the same client_msg_id",
            )];
            out.extend(self.leave_if_done());
            return out;
        }
        let op = self.op(Pending::Append { request_id, client_msg_id: req.client_msg_id.clone() });
        self.sends.push(op, req);
        self.next_append().into_iter().collect()
    }

    /// The queued sends go to the store as one batch once the previous batch is answered: a
    /// client's messages are committed in the order it sent them, many to a commit when it
    /// sends fast, while the store still commits many sessions' batches together.
    pub(super) fn next_append(&mut self) -> Option<Action> {
        if !self.sends.batch_ready() {
            return None;
        }
        let op = self.fresh_op();
        let reqs = self.sends.start_batch(op);
        Some(Action::Effect(Effect::Append { op, reqs }))
    }

    /// The store answered an `Append` batch: each send gets its Ack (which counts as the
    /// delivery of that seq to this device) or its error, in the order sent, and the new
    /// messages are fanned out together.
    pub fn append_done(
        &mut self,
        op: u64,
        result: Result<Vec<Result<AppendOutcome, DomainError>>, DomainError>,
        now: Now,
    ) -> Vec<Action> {
        let Some(ops) = self.sends.answered(op) else {
            return Vec::new();
        };
        let mut results = match result {
            Ok(results) => results.into_iter(),
            Err(e) => vec![Err(e); ops.len()].into_iter(),
        };
        let mut actions = Vec::new();
        let mut committed = Vec::new();
        for op in ops {
            let result =
                results.next().unwrap_or_else(|| Err(DomainError::Corrupt("the store answered fewer appends".into())));
            let Some(Pending::Append { request_id, client_msg_id }) = self.pending.remove(&op) else { continue };
            match result {
                // Closed meanwhile: still fanned out, it is committed and the others should see it.
                Ok(outcome) if self.is_closed() => committed.extend((!outcome.duplicate).then_some(outcome)),
                Ok(outcome) => {
                    let m = &outcome.message;
                    let released = self.reorder.acked(&m.channel_id, m.seq, now.at);
                    let ack = Out::Ack(v1::Ack {
                        channel_id: m.channel_id.clone(),
                        seq: m.seq,
                        client_msg_id,
                        server_time_ms: now.unix_ms,
                        duplicate: outcome.duplicate,
                    });
                    actions.push(Self::reply(request_id, ack));
                    actions.extend(released.into_iter().map(Action::SendEncoded));
                    committed.extend((!outcome.duplicate).then_some(outcome));
                }
                Err(_) if self.is_closed() => {}
                Err(e) => actions.push(Self::refusal(request_id, &e)),
            }
        }
        if !committed.is_empty() {
            actions.push(Action::Effect(Effect::FanOut { outcomes: committed }));
        }
        if self.is_closed() {
            return actions;
        }
        actions.extend(self.next_append());
        actions.extend(self.leave_if_done());
        actions
    }

    pub(super) fn sends_in_flight(&self) -> bool {
        self.pending.values().any(|p| matches!(p, Pending::Append { .. } | Pending::SendToken { .. }))
    }

    /// Closes a leaving session once none of its sends waits for the store.
    pub(super) fn leave_if_done(&mut self) -> Vec<Action> {
        if !self.leaving || self.sends_in_flight() {
            return Vec::new();
        }
        self.state = State::Closed;
        vec![Action::Close(CloseReason::Draining)]
    }
}
