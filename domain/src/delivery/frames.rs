//! A committed message as its recipients get it: one encoded `Deliver` frame, shared by
//! every session it goes to.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message as _;
use tern_proto::ServerFrame;
use tern_proto::v1::{Deliver, Message, server_frame::Kind};

use super::trace::TraceContext;
use crate::model::{AppendOutcome, Cursor};

/// A delivery for a session, already encoded once for every recipient. `channel` and `seq`
/// let each session order it without decoding it.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveDelivery {
    pub cursor: Cursor,
    pub channel: Arc<str>,
    pub seq: u64,
    pub frame: Bytes,
    /// The cursor of the channel's previous message, when known (`AppendOutcome::prev_cursor`).
    pub prev_cursor: Option<Cursor>,
    /// The message's trace, with the span the sessions' writes are children of.
    pub trace: Option<TraceContext>,
}

impl LiveDelivery {
    /// The delivery of a newly committed message.
    pub fn of(outcome: &AppendOutcome) -> Self {
        let m = &outcome.message;
        LiveDelivery {
            cursor: outcome.cursor.clone(),
            channel: m.channel_id.as_str().into(),
            seq: m.seq,
            frame: deliver_frame(m.clone(), outcome.cursor.0.clone()),
            prev_cursor: outcome.prev_cursor.clone(),
            trace: None,
        }
    }
}

/// An encoded `ServerFrame` carrying `message` at `cursor`. A message read to fill a gap
/// carries no cursor (empty): it has no place in the recipient's inbox order.
pub fn deliver_frame(message: Message, cursor: Bytes) -> Bytes {
    let frame = ServerFrame { request_id: 0, kind: Some(Kind::Deliver(Deliver { message: Some(message), cursor })) };
    Bytes::from(frame.encode_to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UserId;

    #[test]
    fn a_delivery_is_the_message_at_its_cursor() {
        let message = Message { channel_id: "c".into(), seq: 3, body: "hi".into(), ..Message::default() };
        let outcome = AppendOutcome {
            message: message.clone(),
            cursor: Cursor::from_u64(9),
            duplicate: false,
            members: vec![UserId::from("a")].into(),
            prev_cursor: Some(Cursor::from_u64(8)),
        };
        let live = LiveDelivery::of(&outcome);
        assert_eq!((&*live.channel, live.seq, live.prev_cursor), ("c", 3, Some(Cursor::from_u64(8))));
        let frame = ServerFrame::decode(live.frame).unwrap();
        let Some(Kind::Deliver(d)) = frame.kind else { panic!("a Deliver") };
        assert_eq!((d.message, d.cursor), (Some(message), Cursor::from_u64(9).0));
    }
}
