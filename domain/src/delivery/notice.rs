//! User events: what a user's online devices are told when something about them changed
//! elsewhere (another device of theirs, or another user). Live only; each is one encoded
//! `ServerFrame`, like a delivery, handed to every session of the user as is.

use bytes::Bytes;
use prost::Message as _;
use tern_proto::ServerFrame;
use tern_proto::v1::{self, RelationChanged, UserEvent, server_frame::Kind, user_event};

use crate::model::{Relation, RelationPair, UserId};

/// A user event for one user's devices.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub user: UserId,
    pub frame: Bytes,
}

/// After `actor` changed how they stand towards `other`: each learns their own side.
pub fn relation_notices(actor: &UserId, other: &UserId, pair: RelationPair) -> [Notice; 2] {
    let notice = |user: &UserId, about: &UserId, relation: Relation| Notice {
        user: user.clone(),
        frame: user_event(user_event::Kind::Relation(RelationChanged {
            user_id: about.0.clone(),
            relation: relation_to_wire(relation) as i32,
        })),
    };
    [notice(actor, other, pair.mine), notice(other, actor, pair.theirs)]
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
        assert_eq!((to_a.user.as_str(), decode(&to_a)), ("a", ("b".into(), v1::Relation::Blocked)));
        assert_eq!(
            (to_b.user.as_str(), decode(&to_b)),
            ("b", ("a".into(), v1::Relation::None)),
            "a block looks like no relation"
        );
    }
}
