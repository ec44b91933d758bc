//! Presence between the domain and the wire, both ways.

use tern_proto::v1;

use crate::model::UserId;
use crate::ports::directory::PresenceState;

/// Those of `users` whose presence `asker` may see: themselves and their accepted friends
/// (`friends`, sorted). Anyone else, a group co-member or an unknown id, is left out, so the
/// answer tells nothing about them, not even that they exist.
pub fn visible_presence(asker: &UserId, friends: &[UserId], mut users: Vec<UserId>) -> Vec<UserId> {
    users.retain(|u| u == asker || friends.binary_search(u).is_ok());
    users
}

pub fn presence_to_wire(state: &PresenceState) -> v1::Presence {
    v1::Presence {
        user_id: state.user.0.clone(),
        status: if state.online { v1::PresenceStatus::Online } else { v1::PresenceStatus::Offline } as i32,
        last_active_at_ms: state.last_active_at_ms,
    }
}

pub fn presence_from_wire(presence: v1::Presence) -> PresenceState {
    PresenceState {
        user: UserId(presence.user_id),
        online: presence.status == v1::PresenceStatus::Online as i32,
        last_active_at_ms: presence.last_active_at_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_oneself_and_friends_are_visible() {
        let ids = |s: &[&str]| s.iter().map(|&u| UserId::from(u)).collect::<Vec<_>>();
        let asked = ids(&["me", "friend", "stranger", "nobody"]);
        assert_eq!(visible_presence(&UserId::from("me"), &ids(&["a", "friend"]), asked), ids(&["me", "friend"]));
    }

    #[test]
    fn round_trips() {
        for online in [true, false] {
            let state = PresenceState { user: UserId::from("u"), online, last_active_at_ms: 42 };
            assert_eq!(presence_from_wire(presence_to_wire(&state)), state);
        }
    }
}
