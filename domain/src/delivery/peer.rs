//! What gateways tell each other over peer links, as domain values, and their frames
//! (`peer.proto`). Peer links only carry the bytes; building and reading frames is here.

use bytes::Bytes;
use tern_proto::peer::v1::{PeerDeliver, PeerFrame, PeerHello, PeerKick, PeerNotice, PeerPresence, peer_frame::Kind};

use super::frames::LiveDelivery;
use super::presence::{presence_from_wire, presence_to_wire};
use super::trace::TraceContext;
use crate::model::{Cursor, DeviceId, UserId};
use crate::ports::directory::PresenceState;

#[derive(Clone, Debug, PartialEq)]
pub enum PeerMessage {
    /// Opens a link: who is calling, proved by a peer token.
    Hello { gateway_id: String, token: String },
    /// A committed message for the sessions of `users` on the receiving gateway (its trace
    /// context travels as a `traceparent`).
    Deliver { users: Vec<UserId>, delivery: LiveDelivery },
    /// A user's presence changed, for the sessions of `users` (their friends) there.
    Presence { users: Vec<UserId>, state: PresenceState },
    /// An operator closes a device's sessions there.
    Kick { user: UserId, device: DeviceId, reason: String },
    /// A user event (an encoded `ServerFrame`) for the sessions of `users` there.
    Notice { users: Vec<UserId>, frame: Bytes },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeerFrameError {
    #[error("peer frame without a kind")]
    Empty,
    #[error("peer presence without a presence")]
    PresenceMissing,
}

impl PeerMessage {
    /// The length-delimited frame, ready for a peer link.
    pub fn encode(&self) -> Bytes {
        tern_proto::encode_delimited(&self.to_frame())
    }

    pub fn to_frame(&self) -> PeerFrame {
        let kind = match self {
            PeerMessage::Hello { gateway_id, token } => {
                Kind::Hello(PeerHello { gateway_id: gateway_id.clone(), token: token.clone() })
            }
            PeerMessage::Deliver { users, delivery } => Kind::Deliver(PeerDeliver {
                users: users.iter().map(|u| u.0.clone()).collect(),
                cursor: delivery.cursor.0.clone(),
                prev_cursor: delivery.prev_cursor.as_ref().map(|c| c.0.clone()).unwrap_or_default(),
                frame: delivery.frame.clone(),
                channel_id: delivery.channel.to_string(),
                seq: delivery.seq,
                traceparent: delivery.trace.as_ref().map(TraceContext::header).unwrap_or_default(),
            }),
            PeerMessage::Presence { users, state } => Kind::Presence(PeerPresence {
                users: users.iter().map(|u| u.0.clone()).collect(),
                presence: Some(presence_to_wire(state)),
            }),
            PeerMessage::Kick { user, device, reason } => {
                Kind::Kick(PeerKick { user_id: user.0.clone(), device_id: device.0.clone(), reason: reason.clone() })
            }
            PeerMessage::Notice { users, frame } => {
                Kind::Notice(PeerNotice { users: users.iter().map(|u| u.0.clone()).collect(), frame: frame.clone() })
            }
        };
        PeerFrame { kind: Some(kind) }
    }

    pub fn from_frame(frame: PeerFrame) -> Result<Self, PeerFrameError> {
        let users = |ids: Vec<String>| ids.into_iter().map(UserId).collect();
        Ok(match frame.kind.ok_or(PeerFrameError::Empty)? {
            Kind::Hello(h) => PeerMessage::Hello { gateway_id: h.gateway_id, token: h.token },
            Kind::Deliver(d) => PeerMessage::Deliver {
                users: users(d.users),
                delivery: LiveDelivery {
                    cursor: Cursor(d.cursor),
                    channel: d.channel_id.as_str().into(),
                    seq: d.seq,
                    frame: d.frame,
                    // Empty: not known (a real cursor is never empty).
                    prev_cursor: (!d.prev_cursor.is_empty()).then_some(Cursor(d.prev_cursor)),
                    trace: TraceContext::parse(&d.traceparent),
                },
            },
            Kind::Presence(p) => PeerMessage::Presence {
                users: users(p.users),
                state: presence_from_wire(p.presence.ok_or(PeerFrameError::PresenceMissing)?),
            },
            Kind::Kick(k) => {
                PeerMessage::Kick { user: UserId(k.user_id), device: DeviceId(k.device_id), reason: k.reason }
            }
            Kind::Notice(n) => PeerMessage::Notice { users: users(n.users), frame: n.frame },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_survives_its_frame() {
        let users = vec![UserId::from("a"), UserId::from("b")];
        let delivery = LiveDelivery {
            cursor: Cursor::from_u64(5),
            channel: "c".into(),
            seq: 2,
            frame: Bytes::from_static(b"f"),
            prev_cursor: Some(Cursor::from_u64(4)),
            trace: Some(TraceContext::new(true)),
        };
        let messages = [
            PeerMessage::Hello { gateway_id: "g1".into(), token: "t".into() },
            PeerMessage::Deliver { users: users.clone(), delivery },
            PeerMessage::Presence {
                users,
                state: PresenceState { user: UserId::from("z"), online: true, last_active_at_ms: 3 },
            },
            PeerMessage::Kick { user: UserId::from("a"), device: DeviceId::from("phone"), reason: "lost".into() },
            PeerMessage::Notice { users: vec![UserId::from("n")], frame: Bytes::from_static(b"e") },
        ];
        for m in messages {
            assert_eq!(PeerMessage::from_frame(m.to_frame()), Ok(m));
        }
        assert_eq!(PeerMessage::from_frame(PeerFrame { kind: None }), Err(PeerFrameError::Empty));
    }
}
