//! Friends by consent, and blocks. A relation is kept as each side sees it; the rules that
//! move both sides are here, once, and every store adapter applies them inside its own
//! transaction with both sides read.

use serde::{Deserialize, Serialize};

use super::UserId;
use super::account::validate_friendship;
use crate::error::DomainError;

/// How one user stands towards another, as that user sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    #[default]
    None,
    /// Both accepted: each sees the other's presence.
    Friend,
    /// I asked them; they have not answered.
    Outgoing,
    /// They asked me; I have not answered.
    Incoming,
    /// I blocked them: no request, no new 1:1 chat, no message in ours, no presence either way.
    Blocked,
}

/// What one user does about another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FriendChange {
    /// Ask to be friends; when they asked first, this accepts.
    Request,
    Accept,
    Decline,
    /// Take back my request.
    Cancel,
    /// End a friendship (both sides); nothing to end is no error.
    Remove,
    /// Ends any friendship or request both ways. Idempotent.
    Block,
    /// Idempotent.
    Unblock,
}

/// Both sides of a relation: `mine` as the acting user sees it, `theirs` as the other does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationPair {
    pub mine: Relation,
    pub theirs: Relation,
}

impl RelationPair {
    /// Either side blocked the other: their 1:1 chat takes no message and none opens.
    pub fn blocked(&self) -> bool {
        self.mine == Relation::Blocked || self.theirs == Relation::Blocked
    }

    /// `me` makes `change` towards `other`; the pair after it. A refusal changes nothing.
    pub fn apply(self, me: &UserId, other: &UserId, change: FriendChange) -> Result<RelationPair, DomainError> {
        use Relation::*;
        validate_friendship(me, other)?;
        let pair = |mine, theirs| Ok(RelationPair { mine, theirs });
        match (change, self.mine) {
            (FriendChange::Request, Blocked) => Err(DomainError::Blocked),
            (FriendChange::Request, _) if self.theirs == Blocked => Err(DomainError::Blocked),
            (FriendChange::Request, Friend) => Err(DomainError::AlreadyFriends),
            (FriendChange::Request, Outgoing) => Err(DomainError::AlreadyRequested),
            (FriendChange::Request | FriendChange::Accept, Incoming) => pair(Friend, Friend),
            (FriendChange::Request, None) => pair(Outgoing, Incoming),
            (FriendChange::Decline, Incoming) | (FriendChange::Cancel, Outgoing) | (FriendChange::Remove, Friend) => {
                pair(None, None)
            }
            (FriendChange::Accept | FriendChange::Decline | FriendChange::Cancel, _) => {
                Err(DomainError::NoFriendRequest)
            }
            (FriendChange::Remove, _) => Ok(self),
            (FriendChange::Block, _) => pair(Blocked, if self.theirs == Blocked { Blocked } else { None }),
            (FriendChange::Unblock, Blocked) => pair(None, self.theirs),
            (FriendChange::Unblock, _) => Ok(self),
        }
    }
}

/// A user's pending requests both ways and the users they blocked; each list sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relations {
    pub incoming: Vec<UserId>,
    pub outgoing: Vec<UserId>,
    pub blocked: Vec<UserId>,
}

impl Relations {
    /// Files `other` under how the user stands towards them (read in key order, so sorted).
    pub fn add(&mut self, other: UserId, relation: Relation) {
        match relation {
            Relation::Incoming => self.incoming.push(other),
            Relation::Outgoing => self.outgoing.push(other),
            Relation::Blocked => self.blocked.push(other),
            Relation::None | Relation::Friend => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FriendChange::*;
    use super::Relation::*;
    use super::*;

    fn run(steps: &[(bool, FriendChange)]) -> Result<RelationPair, DomainError> {
        // `true`: a acts; `false`: b acts. The pair is kept as a sees it.
        let (a, b) = (UserId::from("a"), UserId::from("b"));
        let mut ab = RelationPair::default();
        for &(by_a, change) in steps {
            ab = if by_a {
                ab.apply(&a, &b, change)?
            } else {
                let ba = RelationPair { mine: ab.theirs, theirs: ab.mine }.apply(&b, &a, change)?;
                RelationPair { mine: ba.theirs, theirs: ba.mine }
            };
        }
        Ok(ab)
    }

    fn both(mine: Relation, theirs: Relation) -> Result<RelationPair, DomainError> {
        Ok(RelationPair { mine, theirs })
    }

    #[test]
    fn friends_only_by_consent() {
        assert_eq!(run(&[(true, Request)]), both(Outgoing, Incoming));
        assert_eq!(run(&[(true, Request), (false, Accept)]), both(Friend, Friend));
        assert_eq!(run(&[(true, Request), (false, Request)]), both(Friend, Friend), "asking back accepts");
        assert_eq!(run(&[(true, Request), (false, Decline)]), both(None, None));
        assert_eq!(run(&[(true, Request), (true, Cancel)]), both(None, None));
        assert_eq!(run(&[(true, Request), (false, Accept), (false, Remove)]), both(None, None));
        assert_eq!(run(&[(true, Remove)]), both(None, None), "removing a non-friend is no error");
    }

    #[test]
    fn refusals_are_typed() {
        assert_eq!(run(&[(true, Request), (true, Request)]), Err(DomainError::AlreadyRequested));
        assert_eq!(run(&[(true, Request), (false, Accept), (true, Request)]), Err(DomainError::AlreadyFriends));
        assert_eq!(run(&[(true, Accept)]), Err(DomainError::NoFriendRequest));
        assert_eq!(run(&[(true, Request), (true, Accept)]), Err(DomainError::NoFriendRequest), "not one's own");
        assert_eq!(run(&[(true, Cancel)]), Err(DomainError::NoFriendRequest));
        assert_eq!(run(&[(true, Block), (false, Request)]), Err(DomainError::Blocked));
        assert_eq!(run(&[(true, Block), (true, Request)]), Err(DomainError::Blocked));
        let me = UserId::from("a");
        assert!(matches!(RelationPair::default().apply(&me, &me, Request), Err(DomainError::InvalidArgument(_))));
    }

    #[test]
    fn a_block_ends_everything_and_is_undone_only_by_the_blocker() {
        let blocked = run(&[(true, Request), (false, Accept), (false, Block)]).unwrap();
        assert_eq!(blocked, RelationPair { mine: None, theirs: Blocked });
        assert!(blocked.blocked());
        assert_eq!(run(&[(false, Block), (true, Unblock)]), both(None, Blocked), "only the blocker unblocks");
        assert_eq!(run(&[(false, Block), (true, Block)]), both(Blocked, Blocked));
        assert_eq!(run(&[(false, Block), (true, Block), (false, Unblock)]), both(Blocked, None));
        assert_eq!(run(&[(false, Block), (false, Unblock), (true, Request)]), both(Outgoing, Incoming));
    }
}
