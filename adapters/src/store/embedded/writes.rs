//! The writes other than appends, each applied to a `Txn` by the single writer: accounts,
//! friendships, channels and members, the push outbox. Every operation checks everything
//! before it writes anything (the rules are the domain's, in `tern_domain::model`), and the
//! writer runs them one at a time, so read-then-write (usernames, member counts) cannot race.

use tern_domain::DomainError;
use tern_domain::model::{
    Channel, ChannelId, ChannelInfo, ChannelKind, MemberChange, NewUser, PushJob, User, UserId, validate_friendship,
    validate_new_display_name,
};

use super::append::WriterState;
use super::layout::{
    Windows, channel_key, friend_key, push_key, seq_key, user_channel_key, user_key, username_key, window_key,
};
use super::txn::Txn;
use crate::store::records::{self, CredentialRecord, decode_seq};

pub fn load_channel(t: &Txn<'_>, id: &ChannelId) -> Result<Channel, DomainError> {
    match t.get(&channel_key(id))? {
        Some(bytes) => records::decode(&bytes),
        None => Err(DomainError::UnknownChannel(id.to_string())),
    }
}

fn load_user(t: &Txn<'_>, id: &UserId) -> Result<User, DomainError> {
    match t.get(&user_key(id))? {
        Some(bytes) => records::decode(&bytes),
        None => Err(DomainError::UnknownUser(id.to_string())),
    }
}

pub fn create_user(t: &mut Txn<'_>, new: NewUser, now_ms: i64) -> Result<User, DomainError> {
    new.validate()?;
    if t.get(&username_key(&new.username))?.is_some() {
        return Err(DomainError::UsernameTaken);
    }
    let mut id = UserId::random();
    while t.get(&user_key(&id))?.is_some() {
        id = UserId::random();
    }
    let (user, password_hash) = new.into_user(id, now_ms)?;
    t.put(user_key(&user.id), records::encode(&user));
    let cred = CredentialRecord { user_id: user.id.clone(), password_hash };
    t.put(username_key(&user.username), records::encode(&cred));
    Ok(user)
}

pub fn set_display_name(t: &mut Txn<'_>, id: &UserId, name: &str) -> Result<User, DomainError> {
    validate_new_display_name(name)?;
    let mut user = load_user(t, id)?;
    user.display_name = name.to_owned();
    t.put(user_key(id), records::encode(&user));
    Ok(user)
}

pub fn set_friendship(t: &mut Txn<'_>, a: &UserId, b: &UserId, friends: bool) -> Result<(), DomainError> {
    validate_friendship(a, b)?;
    load_user(t, a)?;
    load_user(t, b)?;
    for (x, y) in [(a, b), (b, a)] {
        if friends {
            t.put(friend_key(x, y), Vec::new());
        } else {
            t.delete(friend_key(x, y));
        }
    }
    Ok(())
}

fn channel_info(t: &Txn<'_>, channel: &Channel) -> Result<ChannelInfo, DomainError> {
    Ok(channel.info(decode_seq(t.get(&seq_key(&channel.id))?.as_deref())?))
}

/// Writes a new channel: its record and each member's index entry (and, for a group, each
/// member's window from now on).
fn put_new_channel(t: &mut Txn<'_>, state: &mut WriterState, channel: &Channel) -> Result<(), DomainError> {
    put_channel(t, state, channel);
    for m in &channel.members {
        t.put(user_channel_key(m, &channel.id), Vec::new());
        if channel.kind == ChannelKind::Group {
            change_window(t, state, m, &channel.id, true)?;
        }
    }
    Ok(())
}

/// Opens (joined) or closes (left) a member's window in a group at the last cursor issued:
/// every message appended after it has a later cursor, every one before an earlier one,
/// because the writer issues cursors and applies membership changes one at a time.
pub fn change_window(
    t: &mut Txn<'_>,
    state: &WriterState,
    user: &UserId,
    channel: &ChannelId,
    joined: bool,
) -> Result<(), DomainError> {
    let key = window_key(user, channel);
    let mut windows = match t.get(&key)? {
        Some(bytes) => Windows::decode(&bytes)?,
        None => Windows::default(),
    };
    if joined {
        windows.join(state.last_cursor);
    } else {
        windows.leave(state.last_cursor);
    }
    t.put(key, windows.encode());
    Ok(())
}

fn put_channel(t: &mut Txn<'_>, state: &mut WriterState, channel: &Channel) {
    state.channels.remove(&channel.id);
    t.put(channel_key(&channel.id), records::encode(channel));
}

pub fn open_direct(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    a: &UserId,
    b: &UserId,
    now_ms: i64,
) -> Result<ChannelInfo, DomainError> {
    let channel = Channel::direct(a, b, now_ms)?;
    if let Some(bytes) = t.get(&channel_key(&channel.id))? {
        return channel_info(t, &records::decode(&bytes)?);
    }
    load_user(t, a)?;
    load_user(t, b)?;
    put_new_channel(t, state, &channel)?;
    Ok(channel.info(0))
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
    while t.get(&channel_key(&channel.id))?.is_some() {
        channel.id = ChannelId::random_group();
    }
    put_new_channel(t, state, &channel)?;
    Ok(channel.info(0))
}

pub fn change_member(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    channel: &ChannelId,
    by: &UserId,
    user: &UserId,
    add: bool,
) -> Result<ChannelInfo, DomainError> {
    let mut record = load_channel(t, channel)?;
    match record.change_member(by, user, add)? {
        MemberChange::Unchanged => return channel_info(t, &record),
        MemberChange::Added => {
            load_user(t, user)?;
            t.put(user_channel_key(user, channel), Vec::new());
            change_window(t, state, user, channel, true)?;
        }
        MemberChange::Removed => {
            t.delete(user_channel_key(user, channel));
            change_window(t, state, user, channel, false)?;
        }
    }
    put_channel(t, state, &record);
    channel_info(t, &record)
}

pub fn enqueue_push(t: &mut Txn<'_>, jobs: Vec<PushJob>) -> Result<(), DomainError> {
    for job in jobs {
        t.put(push_key(job.next_attempt_ms, &job.id), records::encode(&job));
    }
    Ok(())
}

pub fn reschedule_push(t: &mut Txn<'_>, job: PushJob, previous_due_ms: i64) -> Result<bool, DomainError> {
    let previous = push_key(previous_due_ms, &job.id);
    if t.get(&previous)?.is_none() {
        return Ok(false);
    }
    t.delete(previous);
    t.put(push_key(job.next_attempt_ms, &job.id), records::encode(&job));
    Ok(true)
}

pub fn complete_push(t: &mut Txn<'_>, job: &PushJob) -> Result<(), DomainError> {
    t.delete(push_key(job.next_attempt_ms, &job.id));
    Ok(())
}
