//! The writes other than appends, each applied to a `Txn` by the single writer: accounts,
//! friendships, channels and members, the push outbox. Every operation checks everything
//! before it writes anything (the rules are the domain's, in `tern_domain::model`), and the
//! writer runs them one at a time, so read-then-write (usernames, member counts) cannot race.

use tern_domain::DomainError;
use tern_domain::model::{
    AppendRequest, Channel, ChannelId, ChannelInfo, ChannelKind, DeviceId, FriendChange, GroupChange, GroupChanged,
    MemberChange, NewUser, Position, Positions, ProfileUpdate, PushJob, ReadMark, Relation, RelationPair, Revocations,
    User, UserId, check_read, coalesce_push, validate_friendship,
};

use super::append::{self, WriterState, cached, last_seq, load_channel};
use super::layout::{
    BurstAt, Space, Windows, channel_key, channel_num_key, friend_key, push_burst_key, push_due, push_key, read_key,
    relation_key, revoked_key, revoked_prefix, user_channel_key, user_key, username_key, windows_key,
};
use super::txn::Txn;
use super::view::revocations_of;
use crate::store::keys::prefix_end;
use crate::store::records::{self, CredentialRecord, StoredChannel};

fn load_user(t: &Txn<'_>, id: &UserId) -> Result<User, DomainError> {
    match t.get(Space::Meta, &user_key(id))? {
        Some(bytes) => records::decode(&bytes),
        None => Err(DomainError::UnknownUser(id.to_string())),
    }
}

/// A user's number, for the keys of their entries (every stored user has one).
fn user_num(id: &UserId) -> Result<u64, DomainError> {
    id.number().ok_or_else(|| DomainError::UnknownUser(id.to_string()))
}

pub fn create_user(t: &mut Txn<'_>, new: NewUser, now_ms: i64) -> Result<User, DomainError> {
    new.validate()?;
    if t.get(Space::Meta, &username_key(&new.username))?.is_some() {
        return Err(DomainError::UsernameTaken);
    }
    let mut id = UserId::random();
    while t.get(Space::Meta, &user_key(&id))?.is_some() {
        id = UserId::random();
    }
    let (user, password_hash) = new.into_user(id, now_ms)?;
    t.put(Space::Meta, user_key(&user.id), records::encode(&user));
    let cred = CredentialRecord { user_id: user.id.clone(), password_hash };
    t.put(Space::Meta, username_key(&user.username), records::encode(&cred));
    Ok(user)
}

pub fn update_profile(t: &mut Txn<'_>, id: &UserId, update: &ProfileUpdate) -> Result<User, DomainError> {
    let mut user = load_user(t, id)?;
    update.apply(&mut user)?;
    t.put(Space::Meta, user_key(id), records::encode(&user));
    Ok(user)
}

pub fn mark_read(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    user: &UserId,
    channel: &ChannelId,
    position: Position,
    seq: u64,
) -> Result<ReadMark, DomainError> {
    let cached = cached(t, &mut state.channels, channel)?;
    check_read(&cached.stored.channel, user, seq, cached.last_seq)?;
    let (stored_channel, num) = (cached.stored.channel.clone(), cached.stored.num);
    let user_num = user.number().ok_or(DomainError::NotAMember)?;
    let key = read_key(num, user_num);
    let stored = t.get(Space::Meta, &key)?.map_or(Ok(Positions::default()), |b| records::positions(&b))?;
    let shares = load_user(t, user)?.send_receipts;
    let (mark, now) = ReadMark::new(&stored_channel, user, position, seq, stored, shares);
    if now != stored {
        t.put(Space::Meta, key, records::positions_bytes(now));
    }
    Ok(mark)
}

pub fn change_relation(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    user: &UserId,
    other: &UserId,
    change: FriendChange,
) -> Result<RelationPair, DomainError> {
    validate_friendship(user, other)?;
    load_user(t, user)?;
    load_user(t, other)?;
    let before = relation_pair(t, user, other)?;
    let after = before.apply(user, other, change)?;
    if after == before {
        return Ok(after);
    }
    put_relation(t, user, other, after.mine);
    put_relation(t, other, user, after.theirs);
    if after.blocked() != before.blocked()
        && let Some(bytes) = t.get(Space::Meta, &channel_key(&ChannelId::direct(user, other)))?
    {
        let mut stored: StoredChannel = records::decode(&bytes)?;
        stored.channel.blocked = after.blocked();
        put_channel(t, state, &stored);
    }
    Ok(after)
}

/// How `user` and `other` stand, as `user` sees it and as `other` does.
fn relation_pair(t: &Txn<'_>, user: &UserId, other: &UserId) -> Result<RelationPair, DomainError> {
    let side = |x: &UserId, y: &UserId| -> Result<Relation, DomainError> {
        if t.get(Space::Meta, &friend_key(x, y))?.is_some() {
            return Ok(Relation::Friend);
        }
        t.get(Space::Meta, &relation_key(x, y))?.map_or(Ok(Relation::None), |b| records::relation_of(&b))
    };
    Ok(RelationPair { mine: side(user, other)?, theirs: side(other, user)? })
}

fn put_relation(t: &mut Txn<'_>, x: &UserId, y: &UserId, relation: Relation) {
    if relation == Relation::Friend {
        t.put(Space::Meta, friend_key(x, y), []);
    } else {
        t.delete(Space::Meta, friend_key(x, y));
    }
    match records::relation_byte(relation) {
        Some(byte) => t.put(Space::Meta, relation_key(x, y), [byte]),
        None => t.delete(Space::Meta, relation_key(x, y)),
    }
}

fn channel_info(t: &Txn<'_>, stored: &StoredChannel) -> Result<ChannelInfo, DomainError> {
    Ok(stored.channel.info(last_seq(t, stored.num)?))
}

/// Writes a new channel under the next channel number: its record and each member's index
/// entry (and, for a group, each member's window from now on).
fn put_new_channel(t: &mut Txn<'_>, state: &mut WriterState, channel: Channel) -> Result<StoredChannel, DomainError> {
    state.last_channel_num += 1;
    let stored = StoredChannel { num: state.last_channel_num, channel };
    t.put(Space::Meta, channel_num_key(), stored.num.to_be_bytes());
    for m in &stored.channel.members {
        t.put(Space::Meta, user_channel_key(m, &stored.channel.id), []);
        if stored.channel.kind == ChannelKind::Group {
            change_window(t, state, m, stored.num, true)?;
        }
    }
    put_channel(t, state, &stored);
    Ok(stored)
}

/// Opens (joined) or closes (left) a member's window in a group at the last cursor issued:
/// every message appended after it has a later cursor, every one before an earlier one,
/// because the writer issues cursors and applies membership changes one at a time.
pub fn change_window(
    t: &mut Txn<'_>,
    state: &WriterState,
    user: &UserId,
    channel: u64,
    joined: bool,
) -> Result<(), DomainError> {
    let key = windows_key(user_num(user)?, channel);
    let mut windows = match t.get(Space::Meta, &key)? {
        Some(bytes) => Windows::decode(&bytes)?,
        None => Windows::default(),
    };
    if joined {
        windows.join(state.last_cursor);
    } else {
        windows.leave(state.last_cursor);
    }
    t.put(Space::Meta, key, windows.encode());
    Ok(())
}

fn put_channel(t: &mut Txn<'_>, state: &mut WriterState, stored: &StoredChannel) {
    state.channel_changed(stored);
    t.put(Space::Meta, channel_key(&stored.channel.id), records::encode(stored));
}

pub fn open_direct(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    a: &UserId,
    b: &UserId,
    now_ms: i64,
) -> Result<ChannelInfo, DomainError> {
    let channel = Channel::direct(a, b, now_ms)?;
    if relation_pair(t, a, b)?.blocked() {
        return Err(DomainError::Blocked);
    }
    if let Some(bytes) = t.get(Space::Meta, &channel_key(&channel.id))? {
        return channel_info(t, &records::decode(&bytes)?);
    }
    load_user(t, a)?;
    load_user(t, b)?;
    Ok(put_new_channel(t, state, channel)?.channel.info(0))
}

pub fn create_group(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    owner: &UserId,
    name: &str,
    members: &[UserId],
    now_ms: i64,
) -> Result<ChannelInfo, DomainError> {
    let mut channel = Channel::group(owner, name, members, now_ms)?;
    for m in &channel.members {
        load_user(t, m)?;
    }
    while t.get(Space::Meta, &channel_key(&channel.id))?.is_some() {
        channel.id = ChannelId::random_group();
    }
    Ok(put_new_channel(t, state, channel)?.channel.info(0))
}

pub fn change_group(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    channel: &ChannelId,
    by: &UserId,
    change: &GroupChange,
    now_micros: u64,
) -> Result<GroupChanged, DomainError> {
    let mut stored = load_channel(t, channel)?;
    match stored.channel.apply(by, change)? {
        MemberChange::Unchanged => return Ok(GroupChanged { info: channel_info(t, &stored)?, event: None }),
        MemberChange::Updated => {}
        MemberChange::Added => {
            let GroupChange::AddMember { user } = change else { unreachable!("only an add adds") };
            load_user(t, user)?;
            t.put(Space::Meta, user_channel_key(user, channel), []);
            change_window(t, state, user, stored.num, true)?;
        }
        MemberChange::Removed => {
            let GroupChange::RemoveMember { user } = change else { unreachable!("only a removal removes") };
            t.delete(Space::Meta, user_channel_key(user, channel));
            change_window(t, state, user, stored.num, false)?;
        }
    }
    put_channel(t, state, &stored);
    // In the same commit, after the change: its cursor is past the windows just opened or
    // closed, so an added member sees it and a removed one does not.
    let event = AppendRequest::group_event(channel.clone(), by.clone(), change.event(by, &stored.channel));
    let event = append::append(t, state, event, now_micros)?;
    Ok(GroupChanged { info: stored.channel.info(event.message.seq), event: Some(event) })
}

/// Revokes `user`'s tokens of `device` (or every device) issued at or before `at_ms`.
pub fn revoke_tokens(
    t: &mut Txn<'_>,
    user: &UserId,
    device: Option<&DeviceId>,
    at_ms: i64,
) -> Result<Revocations, DomainError> {
    load_user(t, user)?;
    let prefix = revoked_prefix(user);
    let mut revocations = revocations_of(t.scan(Space::Meta, &prefix, &prefix_end(&prefix), usize::MAX)?)?;
    if revocations.raise(device, at_ms) {
        t.put(Space::Meta, revoked_key(user, device), (at_ms.max(0) as u64).to_be_bytes().to_vec());
    }
    Ok(revocations)
}

/// Files each job in its user's burst (`PushOutbox::enqueue_push`).
pub fn enqueue_push(t: &mut Txn<'_>, jobs: Vec<PushJob>) -> Result<(), DomainError> {
    for job in coalesce_push(jobs) {
        let burst = push_burst_key(&job.user);
        if let Some(at) = t.get(Space::Meta, &burst)? {
            let at = BurstAt::decode(&at)?;
            let key = push_key(job.partition(), at.due_ms, &at.id);
            if let Some(waiting) = t.get(Space::Meta, &key)? {
                let mut waiting: PushJob = records::decode(&waiting)?;
                if waiting.absorb(&job) {
                    t.put(Space::Meta, key, records::encode(&waiting));
                }
                continue;
            }
        }
        t.put(Space::Meta, burst, BurstAt { due_ms: job.next_attempt_ms, id: job.id.clone() }.encode());
        t.put(Space::Meta, push_key(job.partition(), job.next_attempt_ms, &job.id), records::encode(&job));
    }
    Ok(())
}

/// Takes the due jobs of `partitions` (`PushOutbox::claim_push`): an equal share of `limit`
/// from each, so a busy partition does not starve the others.
pub fn claim_push(
    t: &mut Txn<'_>,
    partitions: &[u16],
    now_ms: i64,
    lease_until_ms: i64,
    limit: usize,
) -> Result<Vec<PushJob>, DomainError> {
    let share = limit.div_ceil(partitions.len().max(1));
    let mut claimed = Vec::new();
    for &partition in partitions {
        let (start, end) = push_due(partition, now_ms);
        for (key, value) in t.scan(Space::Meta, &start, &end, share.min(limit - claimed.len()))? {
            let mut job: PushJob = records::decode(&value)?;
            t.delete(Space::Meta, key);
            let burst = push_burst_key(&job.user);
            let open = BurstAt { due_ms: job.next_attempt_ms, id: job.id.clone() }.encode();
            if t.get(Space::Meta, &burst)?.is_some_and(|at| *at == *open) {
                t.delete(Space::Meta, burst);
            }
            job.next_attempt_ms = lease_until_ms;
            t.put(Space::Meta, push_key(partition, lease_until_ms, &job.id), records::encode(&job));
            claimed.push(job);
        }
    }
    Ok(claimed)
}

pub fn reschedule_push(t: &mut Txn<'_>, job: PushJob, previous_due_ms: i64) -> Result<bool, DomainError> {
    let previous = push_key(job.partition(), previous_due_ms, &job.id);
    if t.get(Space::Meta, &previous)?.is_none() {
        return Ok(false);
    }
    t.delete(Space::Meta, previous);
    t.put(Space::Meta, push_key(job.partition(), job.next_attempt_ms, &job.id), records::encode(&job));
    Ok(true)
}

pub fn complete_push(t: &mut Txn<'_>, job: &PushJob) -> Result<(), DomainError> {
    t.delete(Space::Meta, push_key(job.partition(), job.next_attempt_ms, &job.id));
    Ok(())
}
