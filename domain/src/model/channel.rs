//! Channels (1:1 chats and groups) and the rules that change them. The rules are pure: every
//! store adapter calls them inside its own transaction, so they exist once.

use serde::{Deserialize, Serialize};

use super::{ChannelId, UserId};
use crate::error::DomainError;
use crate::limits::{MAX_GROUP_MEMBERS, MAX_GROUP_NAME_CHARS};

/// A 1:1 chat or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Direct,
    Group,
}

/// A channel as stored. Its last seq lives apart (an append does not rewrite the members).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    pub id: ChannelId,
    pub kind: ChannelKind,
    pub name: String,
    pub created_by: UserId,
    pub created_at_ms: i64,
    /// Sorted, unique.
    pub members: Vec<UserId>,
}

/// A channel with its last seq, as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelInfo {
    #[serde(flatten)]
    pub channel: Channel,
    pub last_seq: u64,
}

/// A `ChannelInfo` reads as the channel it shows (`info.members`, `info.id`).
impl std::ops::Deref for ChannelInfo {
    type Target = Channel;

    fn deref(&self) -> &Channel {
        &self.channel
    }
}

/// What `Channel::change_member` did; the adapter writes accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberChange {
    /// Already so: nothing to write.
    Unchanged,
    /// Added: the adapter must check that the user exists before it writes.
    Added,
    Removed,
}

impl Channel {
    /// The 1:1 channel of `a` and `b`, as first opened by `a`. The adapter returns the stored
    /// channel when it exists, and checks that both users exist before writing this one.
    pub fn direct(a: &UserId, b: &UserId, now_ms: i64) -> Result<Self, DomainError> {
        if a == b {
            return Err(DomainError::InvalidArgument("a 1:1 channel needs two different users".into()));
        }
        let mut members = vec![a.clone(), b.clone()];
        members.sort();
        Ok(Channel {
            id: ChannelId::direct(a, b),
            kind: ChannelKind::Direct,
            name: String::new(),
            created_by: a.clone(),
            created_at_ms: now_ms,
            members,
        })
    }

    /// A new group of `owner` and `members` under a random id (the adapter draws another on
    /// a collision). The adapter checks that every member exists before writing it.
    pub fn group(owner: &UserId, name: &str, members: &[UserId], now_ms: i64) -> Result<Self, DomainError> {
        let name = group_name(name)?;
        let mut all: Vec<UserId> = members.iter().chain(std::iter::once(owner)).cloned().collect();
        all.sort();
        all.dedup();
        if all.len() > MAX_GROUP_MEMBERS {
            return Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS });
        }
        Ok(Channel {
            id: ChannelId::random_group(),
            kind: ChannelKind::Group,
            name: name.to_owned(),
            created_by: owner.clone(),
            created_at_ms: now_ms,
            members: all,
        })
    }

    pub fn is_member(&self, user: &UserId) -> bool {
        self.members.binary_search(user).is_ok()
    }

    /// `by` adds `user` to this group or removes them. Only groups change members, only a
    /// member may change them (anyone may remove themselves), and a group holds at most
    /// `MAX_GROUP_MEMBERS`.
    pub fn change_member(&mut self, by: &UserId, user: &UserId, add: bool) -> Result<MemberChange, DomainError> {
        if self.kind != ChannelKind::Group {
            return Err(DomainError::InvalidArgument("members of a 1:1 channel cannot change".into()));
        }
        if !self.is_member(by) {
            return Err(DomainError::NotAMember);
        }
        match (add, self.members.binary_search(user)) {
            (true, Ok(_)) | (false, Err(_)) => Ok(MemberChange::Unchanged),
            (true, Err(pos)) => {
                if self.members.len() >= MAX_GROUP_MEMBERS {
                    return Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS });
                }
                self.members.insert(pos, user.clone());
                Ok(MemberChange::Added)
            }
            (false, Ok(pos)) => {
                self.members.remove(pos);
                Ok(MemberChange::Removed)
            }
        }
    }

    pub fn info(&self, last_seq: u64) -> ChannelInfo {
        ChannelInfo { channel: self.clone(), last_seq }
    }
}

/// The trimmed group name, 1..=`MAX_GROUP_NAME_CHARS` characters.
pub fn group_name(name: &str) -> Result<&str, DomainError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_GROUP_NAME_CHARS {
        return Err(DomainError::InvalidArgument(format!("group name must be 1..={MAX_GROUP_NAME_CHARS} characters")));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users(n: usize) -> Vec<UserId> {
        (0..n).map(|i| UserId(format!("u{i:03}"))).collect()
    }

    #[test]
    fn a_direct_channel_needs_two_users_and_sorts_them() {
        let (a, b) = (UserId::from("ub"), UserId::from("ua"));
        let c = Channel::direct(&a, &b, 1).unwrap();
        assert_eq!(c.members, vec![b.clone(), a.clone()]);
        assert_eq!(c.id, ChannelId::direct(&b, &a));
        assert!(Channel::direct(&a, &a, 1).is_err());
    }

    #[test]
    fn groups_count_the_owner_once_and_are_bounded() {
        let owner = UserId::from("u000");
        let g = Channel::group(&owner, "  team ", &users(3), 1).unwrap();
        assert_eq!((g.name.as_str(), g.members.len()), ("team", 3), "owner was in the list already");
        assert_eq!(
            Channel::group(&UserId::from("zz"), "x", &users(MAX_GROUP_MEMBERS), 1),
            Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS })
        );
        assert!(Channel::group(&owner, " ", &[], 1).is_err());
    }

    #[test]
    fn members_change_by_a_member_within_the_bound() {
        let all = users(MAX_GROUP_MEMBERS);
        let mut g = Channel::group(&all[0], "g", &all, 1).unwrap();
        let outsider = UserId::from("x");
        assert_eq!(g.change_member(&outsider, &outsider, true), Err(DomainError::NotAMember));
        assert_eq!(g.change_member(&all[0], &outsider, true), Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS }));
        assert_eq!(g.change_member(&all[1], &all[1], false), Ok(MemberChange::Removed), "anyone may leave");
        assert_eq!(g.change_member(&all[0], &all[1], false), Ok(MemberChange::Unchanged));
        assert_eq!(g.change_member(&all[0], &outsider, true), Ok(MemberChange::Added));
        assert!(g.is_member(&outsider));
        let mut d = Channel::direct(&all[0], &all[1], 1).unwrap();
        assert!(matches!(d.change_member(&all[0], &outsider, true), Err(DomainError::InvalidArgument(_))));
    }

    #[test]
    fn info_is_the_channel_and_its_last_seq_flat_in_json() {
        let g = Channel::group(&UserId::from("a"), "g", &[], 5).unwrap();
        let json = serde_json::to_value(g.info(9)).unwrap();
        assert_eq!(json["last_seq"], 9);
        assert_eq!(json["kind"], "group");
        assert_eq!(serde_json::from_value::<ChannelInfo>(json).unwrap(), g.info(9));
    }
}
