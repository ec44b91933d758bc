//! User events: what a user's online devices are told when something about them changed
//! elsewhere (another device of theirs, or another user). Live only; each is one encoded
//! `ServerFrame`, like a delivery, handed to every session of the user as is.

use bytes::Bytes;
use prost::Message as _;
use tern_proto::ServerFrame;
use tern_proto::v1::{
    self, ChannelChanged, ReadPosition, RelationChanged, TypingEvent, UserEvent, server_frame::Kind, user_event,
};

use crate::limits::TYPING_EXPIRES_MS;

use crate::model::{ChannelId, Position, ReadMark, Relation, RelationPair, UserId};

/// One user event for the devices of `users`.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub users: Vec<UserId>,
    pub frame: Bytes,
}

/// After `actor` changed how they stand towards `other`: each learns their own side.
pub fn relation_notices(actor: &UserId, other: &UserId, pair: RelationPair) -> [Notice; 2] {
    let notice = |user: &UserId, about: &UserId, relation: Relation| Notice {
        users: vec![user.clone()],
        frame: user_event(user_event::Kind::Relation(RelationChanged {
            user_id: about.0.clone(),
            relation: relation_to_wire(relation) as i32,
        })),
    };
    [notice(actor, other, pair.mine), notice(other, actor, pair.theirs)]
}

/// Who hears of a mark that moved `user`'s position in `channel` (`ReadMark`), if anyone.
/// A read: the user's own devices (their read position: unread counts follow it) and, as a
/// receipt, the members in `receipt_to`. A delivery: those members only.
pub fn mark_notice(user: &UserId, channel: &ChannelId, position: Position, mark: ReadMark) -> Option<Notice> {
    let at = ReadPosition { channel_id: channel.0.clone(), user_id: user.0.clone(), seq: mark.seq };
    match position {
        Position::Read if mark.changed => {
            let mut users = mark.receipt_to;
            users.push(user.clone());
            Some(Notice { users, frame: user_event(user_event::Kind::Read(at)) })
        }
        Position::Delivered if !mark.receipt_to.is_empty() => {
            Some(Notice { users: mark.receipt_to, frame: user_event(user_event::Kind::Delivered(at)) })
        }
        Position::Read | Position::Delivered => None,
    }
}

/// `users` were added to `channel` (`member`), or removed from it.
pub fn channel_notice(users: Vec<UserId>, channel: &ChannelId, member: bool) -> Notice {
    let changed = ChannelChanged { channel_id: channel.0.clone(), member };
    Notice { users, frame: user_event(user_event::Kind::Channel(changed)) }
}

/// `user` started or stopped typing in `channel`: for the members in `others`, never stored.
pub fn typing_notice(user: &UserId, channel: &ChannelId, typing: bool, others: Vec<UserId>) -> Notice {
    let event = TypingEvent {
        channel_id: channel.0.clone(),
        user_id: user.0.clone(),
        typing,
        expires_in_ms: if typing { TYPING_EXPIRES_MS } else { 0 },
    };
    Notice { users: others, frame: user_event(user_event::Kind::Typing(event)) }
}

fn relation_to_wire(relation: Relation) -> v1::Relation {
    match relation {
        Relation::None => v1::Relation::None,
        Relation::Friend => v1::Relation::Friend,
        Relation::Outgoing => v1::Relation::Outgoing,
        Relation::Incoming => v1::Relation::Incoming,
        Relation::Blocked => v1::Relation::Blocked,
    }
}

fn user_event(kind: user_event::Kind) -> Bytes {
    let frame = ServerFrame { request_id: 0, kind: Some(Kind::UserEvent(UserEvent { kind: Some(kind) })) };
    Bytes::from(frame.encode_to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_side_learns_its_own_view() {
        let (a, b) = (UserId::from("a"), UserId::from("b"));
        let pair = RelationPair { mine: Relation::Blocked, theirs: Relation::None };
        let [to_a, to_b] = relation_notices(&a, &b, pair);
        let decode = |n: &Notice| match ServerFrame::decode(n.frame.clone()).unwrap().kind {
            Some(Kind::UserEvent(UserEvent { kind: Some(user_event::Kind::Relation(r)) })) => {
                (r.user_id.clone(), r.relation())
            }
            other => panic!("{other:?}"),
        };
        assert_eq!((to_a.users.clone(), decode(&to_a)), (vec![a], ("b".into(), v1::Relation::Blocked)));
        assert_eq!(
            (to_b.users.clone(), decode(&to_b)),
            (vec![b], ("a".into(), v1::Relation::None)),
            "a block looks like no relation"
        );
    }

    #[test]
    fn a_read_goes_to_the_reader_and_the_others_a_delivery_to_the_others_only() {
        let (a, b) = (UserId::from("a"), UserId::from("b"));
        let c = ChannelId::from("c");
        let mark = |changed, receipt_to: &[UserId]| ReadMark { seq: 7, changed, receipt_to: receipt_to.to_vec() };
        let event = |n: Notice| match ServerFrame::decode(n.frame).unwrap().kind {
            Some(Kind::UserEvent(UserEvent { kind: Some(kind) })) => kind,
            other => panic!("{other:?}"),
        };
        let read = mark_notice(&a, &c, Position::Read, mark(true, std::slice::from_ref(&b))).unwrap();
        assert_eq!(read.users, vec![b.clone(), a.clone()]);
        let user_event::Kind::Read(r) = event(read) else { panic!("a read event") };
        assert_eq!((r.channel_id.as_str(), r.user_id.as_str(), r.seq), ("c", "a", 7));
        assert!(mark_notice(&a, &c, Position::Read, mark(false, &[])).is_none(), "no move, no news");

        let got = mark_notice(&a, &c, Position::Delivered, mark(true, std::slice::from_ref(&b))).unwrap();
        assert_eq!(got.users, vec![b.clone()], "not the user's own devices");
        assert!(matches!(event(got), user_event::Kind::Delivered(d) if d.user_id == "a" && d.seq == 7));
        assert!(mark_notice(&a, &c, Position::Delivered, mark(true, &[])).is_none(), "nobody to tell");
    }
}
