//! Channels (1:1 chats and groups) and the rules that change them. The rules are pure: every
//! store adapter calls them inside its own transaction, so they exist once.

use serde::{Deserialize, Serialize};

use tern_proto::v1::{ChannelEvent, channel_event};

use super::{AppendOutcome, AppendRequest, ChannelId, UserId};
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
#[serde(from = "ChannelFields")]
pub struct Channel {
    pub id: ChannelId,
    pub kind: ChannelKind,
    pub name: String,
    pub created_by: UserId,
    pub created_at_ms: i64,
    /// Sorted, unique.
    pub members: Vec<UserId>,
    /// A group's owner, always a member while the group has any. For a 1:1 channel, the user
    /// who first opened it (it gives no rights there).
    pub owner: UserId,
    /// A group's admins besides the owner: members, sorted, unique.
    pub admins: Vec<UserId>,
    /// A 1:1 chat one of whose users blocked the other: it takes no message until unblocked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blocked: bool,
}

/// A channel record as read: records written before groups had roles carry neither `owner`
/// nor `admins`; their creator is the owner, or their successor when the creator has left.
#[derive(Deserialize)]
struct ChannelFields {
    id: ChannelId,
    kind: ChannelKind,
    name: String,
    created_by: UserId,
    created_at_ms: i64,
    members: Vec<UserId>,
    #[serde(default)]
    owner: Option<UserId>,
    #[serde(default)]
    admins: Vec<UserId>,
    #[serde(default)]
    blocked: bool,
}

impl From<ChannelFields> for Channel {
    fn from(f: ChannelFields) -> Self {
        let mut channel = Channel {
            owner: f.owner.unwrap_or_else(|| f.created_by.clone()),
            id: f.id,
            kind: f.kind,
            name: f.name,
            created_by: f.created_by,
            created_at_ms: f.created_at_ms,
            members: f.members,
            admins: f.admins,
            blocked: f.blocked,
        };
        if channel.kind == ChannelKind::Group && !channel.is_member(&channel.owner) {
            channel.pass_ownership_on();
        }
        channel
    }
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

/// What a member of a group may do there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    /// Adds and removes members (not admins, not the owner) and renames the group.
    Admin,
    /// What an admin may do, and promotes, demotes, removes admins and hands the group over.
    Owner,
}

/// One change to a group, asked by one of its members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum GroupChange {
    /// Admins and the owner add members.
    AddMember { user: UserId },
    /// Anyone removes themselves (leaves); admins remove members, the owner removes anyone.
    RemoveMember { user: UserId },
    /// Admins and the owner rename the group.
    Rename { name: String },
    /// The owner makes a member an admin, or an admin a member again.
    SetAdmin { user: UserId, admin: bool },
    /// The owner hands the group to another member and stays as an admin.
    TransferOwnership { user: UserId },
}

impl GroupChange {
    /// The history line of this change, made by `by`: the group as it is afterwards gives the
    /// new name.
    pub fn event(&self, by: &UserId, after: &Channel) -> ChannelEvent {
        use channel_event::Kind;
        let (kind, user) = match self {
            GroupChange::AddMember { user } => (Kind::MemberAdded, user.0.clone()),
            GroupChange::RemoveMember { user } if user == by => (Kind::MemberLeft, String::new()),
            GroupChange::RemoveMember { user } => (Kind::MemberRemoved, user.0.clone()),
            GroupChange::Rename { .. } => (Kind::Renamed, String::new()),
            GroupChange::SetAdmin { user, admin: true } => (Kind::AdminAdded, user.0.clone()),
            GroupChange::SetAdmin { user, admin: false } => (Kind::AdminRemoved, user.0.clone()),
            GroupChange::TransferOwnership { user } => (Kind::OwnerChanged, user.0.clone()),
        };
        let name = if kind == Kind::Renamed { after.name.clone() } else { String::new() };
        ChannelEvent { kind: kind as i32, user_id: user, name }
    }
}

/// What `Channels::change_group` did: the group afterwards and, when it changed, the event
/// that stands in its history (to fan out like a message).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupChanged {
    pub info: ChannelInfo,
    pub event: Option<AppendOutcome>,
}

/// What `Channel::apply` did; the adapter writes accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberChange {
    /// Already so: nothing to write.
    Unchanged,
    /// Added: the adapter must check that the user exists before it writes.
    Added,
    Removed,
    /// The record changed (name or roles), the members did not.
    Updated,
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
            owner: a.clone(),
            admins: Vec::new(),
            blocked: false,
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
            owner: owner.clone(),
            admins: Vec::new(),
            blocked: false,
        })
    }

    pub fn is_member(&self, user: &UserId) -> bool {
        self.members.binary_search(user).is_ok()
    }

    /// Whether `req` may be stored here: a group's event whoever made it (they may have just
    /// left), any other message as `may_send` says.
    pub fn may_append(&self, req: &AppendRequest) -> Result<(), DomainError> {
        match &req.event {
            Some(_) if self.kind == ChannelKind::Group => Ok(()),
            Some(_) => Err(DomainError::InvalidArgument("only groups have events".into())),
            None => self.may_send(&req.sender),
        }
    }

    /// Whether `sender` may write here: a member, and not in a blocked 1:1 chat.
    pub fn may_send(&self, sender: &UserId) -> Result<(), DomainError> {
        if !self.is_member(sender) {
            return Err(DomainError::NotAMember);
        }
        if self.blocked {
            return Err(DomainError::Blocked);
        }
        Ok(())
    }

    /// `user`'s role in this group; `None` for a non-member.
    pub fn role(&self, user: &UserId) -> Option<Role> {
        if !self.is_member(user) {
            None
        } else if *user == self.owner {
            Some(Role::Owner)
        } else if self.admins.binary_search(user).is_ok() {
            Some(Role::Admin)
        } else {
            Some(Role::Member)
        }
    }

    /// `by` changes this group. Only groups change, only members change them, each change
    /// needs the role named on `GroupChange`, and a group holds at most `MAX_GROUP_MEMBERS`.
    /// A refused change leaves `self` as it was.
    pub fn apply(&mut self, by: &UserId, change: &GroupChange) -> Result<MemberChange, DomainError> {
        if self.kind != ChannelKind::Group {
            return Err(DomainError::InvalidArgument("a 1:1 channel cannot change".into()));
        }
        let role = self.role(by).ok_or(DomainError::NotAMember)?;
        let need = |needed: Role, what: &str| {
            if role >= needed {
                Ok(())
            } else {
                let who = if needed == Role::Owner { "the owner" } else { "an admin or the owner" };
                Err(DomainError::Forbidden(format!("only {who} may {what}")))
            }
        };
        match change {
            GroupChange::AddMember { user } => {
                need(Role::Admin, "add members")?;
                let Err(pos) = self.members.binary_search(user) else { return Ok(MemberChange::Unchanged) };
                if self.members.len() >= MAX_GROUP_MEMBERS {
                    return Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS });
                }
                self.members.insert(pos, user.clone());
                Ok(MemberChange::Added)
            }
            GroupChange::RemoveMember { user } => {
                if user != by {
                    match self.role(user) {
                        None => {
                            need(Role::Admin, "remove members")?;
                            return Ok(MemberChange::Unchanged);
                        }
                        Some(Role::Member) => need(Role::Admin, "remove members")?,
                        Some(Role::Admin) => need(Role::Owner, "remove an admin")?,
                        Some(Role::Owner) => {
                            return Err(DomainError::Forbidden("the owner can only leave, not be removed".into()));
                        }
                    }
                }
                let pos = self.members.binary_search(user).expect("a member, checked above");
                self.members.remove(pos);
                self.admins.retain(|a| a != user);
                if *user == self.owner {
                    self.pass_ownership_on();
                }
                Ok(MemberChange::Removed)
            }
            GroupChange::Rename { name } => {
                need(Role::Admin, "rename the group")?;
                let name = group_name(name)?;
                if name == self.name {
                    return Ok(MemberChange::Unchanged);
                }
                self.name = name.to_owned();
                Ok(MemberChange::Updated)
            }
            GroupChange::SetAdmin { user, admin } => {
                need(Role::Owner, "promote or demote admins")?;
                match (self.role(user), admin) {
                    (None, _) => Err(DomainError::InvalidArgument(format!("{user} is not a member of this group"))),
                    (Some(Role::Owner), _) => Err(DomainError::InvalidArgument(
                        "the owner's role changes only by handing the group over".into(),
                    )),
                    (Some(Role::Admin), true) | (Some(Role::Member), false) => Ok(MemberChange::Unchanged),
                    (Some(Role::Member), true) => {
                        let pos = self.admins.binary_search(user).expect_err("not an admin");
                        self.admins.insert(pos, user.clone());
                        Ok(MemberChange::Updated)
                    }
                    (Some(Role::Admin), false) => {
                        self.admins.retain(|a| a != user);
                        Ok(MemberChange::Updated)
                    }
                }
            }
            GroupChange::TransferOwnership { user } => {
                need(Role::Owner, "hand the group over")?;
                match self.role(user) {
                    None => Err(DomainError::InvalidArgument(format!("{user} is not a member of this group"))),
                    Some(Role::Owner) => Ok(MemberChange::Unchanged),
                    Some(_) => {
                        let previous = std::mem::replace(&mut self.owner, user.clone());
                        self.admins.retain(|a| a != user);
                        let pos = self.admins.binary_search(&previous).expect_err("the owner is no admin");
                        self.admins.insert(pos, previous);
                        Ok(MemberChange::Updated)
                    }
                }
            }
        }
    }

    /// The owner left: the group passes to its first admin, or with none to its first member
    /// (by id, so every adapter and every reader of an old record picks the same one). An
    /// empty group keeps the last owner's id.
    fn pass_ownership_on(&mut self) {
        let successor = self.admins.first().or(self.members.first()).cloned();
        if let Some(successor) = successor {
            self.admins.retain(|a| *a != successor);
            self.owner = successor;
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

    fn add(user: &UserId) -> GroupChange {
        GroupChange::AddMember { user: user.clone() }
    }

    fn remove(user: &UserId) -> GroupChange {
        GroupChange::RemoveMember { user: user.clone() }
    }

    fn forbidden(result: Result<MemberChange, DomainError>) -> bool {
        matches!(result, Err(DomainError::Forbidden(_)))
    }

    #[test]
    fn members_change_by_an_admin_within_the_bound() {
        let all = users(MAX_GROUP_MEMBERS);
        let mut g = Channel::group(&all[0], "g", &all, 1).unwrap();
        let outsider = UserId::from("x");
        assert_eq!(g.apply(&outsider, &add(&outsider)), Err(DomainError::NotAMember));
        assert_eq!(g.apply(&all[0], &add(&outsider)), Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS }));
        assert_eq!(g.apply(&all[1], &remove(&all[1])), Ok(MemberChange::Removed), "anyone may leave");
        assert_eq!(g.apply(&all[0], &remove(&all[1])), Ok(MemberChange::Unchanged));
        assert!(forbidden(g.apply(&all[2], &add(&outsider))), "a member does not add");
        assert_eq!(g.apply(&all[0], &add(&outsider)), Ok(MemberChange::Added));
        assert!(g.is_member(&outsider));
        let mut d = Channel::direct(&all[0], &all[1], 1).unwrap();
        assert!(matches!(d.apply(&all[0], &add(&outsider)), Err(DomainError::InvalidArgument(_))));
    }

    #[test]
    fn roles_decide_who_removes_whom_and_a_refusal_changes_nothing() {
        let [owner, admin, other_admin, member, other]: [UserId; 5] = users(5).try_into().unwrap();
        let mut g = Channel::group(&owner, "g", &users(5), 1).unwrap();
        for a in [&admin, &other_admin] {
            let promote = GroupChange::SetAdmin { user: a.clone(), admin: true };
            assert_eq!(g.apply(&owner, &promote), Ok(MemberChange::Updated));
            assert_eq!(g.apply(&owner, &promote), Ok(MemberChange::Unchanged));
        }
        assert_eq!(g.role(&admin), Some(Role::Admin));
        let before = g.clone();
        assert!(forbidden(g.apply(&member, &remove(&other))), "members remove only themselves");
        assert!(forbidden(g.apply(&admin, &remove(&other_admin))), "admins do not remove admins");
        assert!(forbidden(g.apply(&admin, &remove(&owner))), "nobody removes the owner");
        let promote_self = GroupChange::SetAdmin { user: member.clone(), admin: true };
        assert!(forbidden(g.apply(&member, &promote_self)), "only the owner promotes");
        assert!(forbidden(g.apply(&admin, &promote_self)), "only the owner promotes");
        assert!(forbidden(g.apply(&member, &GroupChange::Rename { name: "n".into() })));
        assert!(forbidden(g.apply(&admin, &GroupChange::TransferOwnership { user: admin.clone() })));
        assert!(matches!(
            g.apply(&owner, &GroupChange::SetAdmin { user: UserId::from("x"), admin: true }),
            Err(DomainError::InvalidArgument(_))
        ));
        assert!(matches!(
            g.apply(&admin, &GroupChange::Rename { name: " ".into() }),
            Err(DomainError::InvalidArgument(_))
        ));
        let mut g = before;
        assert_eq!(g.apply(&admin, &remove(&other)), Ok(MemberChange::Removed));
        assert_eq!(g.apply(&owner, &remove(&other_admin)), Ok(MemberChange::Removed));
        assert_eq!(g.admins, vec![admin.clone()], "a removed admin is no admin");
        assert_eq!(g.apply(&admin, &GroupChange::Rename { name: " new ".into() }), Ok(MemberChange::Updated));
        assert_eq!(g.name, "new");
    }

    #[test]
    fn the_owner_hands_over_or_leaves_and_the_group_always_has_one() {
        let [owner, admin, member]: [UserId; 3] = users(3).try_into().unwrap();
        let mut g = Channel::group(&owner, "g", &users(3), 1).unwrap();
        assert_eq!(
            g.apply(&owner, &GroupChange::TransferOwnership { user: member.clone() }),
            Ok(MemberChange::Updated)
        );
        assert_eq!((g.role(&member), g.role(&owner)), (Some(Role::Owner), Some(Role::Admin)));
        assert_eq!(
            g.apply(&member, &GroupChange::SetAdmin { user: admin.clone(), admin: true }),
            Ok(MemberChange::Updated)
        );
        assert_eq!(g.apply(&member, &remove(&member)), Ok(MemberChange::Removed));
        assert_eq!(g.owner, owner, "the first admin takes over");
        assert_eq!(g.admins, vec![admin.clone()]);
        assert_eq!(
            g.apply(&owner, &GroupChange::SetAdmin { user: admin.clone(), admin: false }),
            Ok(MemberChange::Updated)
        );
        assert_eq!(g.apply(&owner, &remove(&owner)), Ok(MemberChange::Removed));
        assert_eq!(g.owner, admin, "with no admin, the first member");
    }

    #[test]
    fn a_record_without_roles_reads_with_its_creator_or_successor_as_owner() {
        let json = |members: &str| {
            format!(
                r#"{{"id":"g1","kind":"group","name":"g","created_by":"u1","created_at_ms":1,"members":[{members}]}}"#
            )
        };
        let g: Channel = serde_json::from_str(&json(r#""u1","u2""#)).unwrap();
        assert_eq!((g.owner.as_str(), g.admins.len()), ("u1", 0));
        let g: Channel = serde_json::from_str(&json(r#""u2","u3""#)).unwrap();
        assert_eq!(g.owner.as_str(), "u2", "the creator left");
        let round: Channel = serde_json::from_slice(&serde_json::to_vec(&g).unwrap()).unwrap();
        assert_eq!(round, g);
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
