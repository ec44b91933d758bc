//! Each write the store offers, applied to a `Txn` by the single writer. Every operation
//! checks everything before it writes anything, and the writer runs them one at a time, so
//! read-then-write (usernames, seq counters, dedupe, member counts) cannot race.

use std::collections::HashMap;
use std::sync::Arc;

use prost::Message as _;
use tern_proto::v1::Message;

use super::txn::Txn;
use crate::error::StoreError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, ChannelKind, Cursor, MAX_GROUP_MEMBERS, PushJob, User,
    UserId, group_name, validate_display_name, validate_new_display_name, validate_username,
};
use crate::store::NewUser;
use crate::store::keys::{Key, KeyReader, Tag};
use crate::store::records::{self, ChannelRecord, CredentialRecord, decode_seq};

/// Per-writer state that outlives one batch.
pub struct WriterState {
    /// The last inbox cursor issued: microseconds since the epoch, bumped to stay strictly
    /// increasing if the clock stalls or steps back.
    pub last_cursor: u64,
    /// Channels appended to recently, decoded, with their last seq: an append then reads
    /// nothing from disk. Only the writer changes channels, so the cache is exact; it is
    /// cleared when a commit fails (it may hold what that batch would have written).
    pub channels: HashMap<ChannelId, CachedChannel>,
}

pub struct CachedChannel {
    pub record: ChannelRecord,
    pub members: Arc<[UserId]>,
    pub last_seq: u64,
}

/// Most channels kept decoded; past it the cache starts over (cheap to refill).
const CHANNEL_CACHE: usize = 100_000;

pub fn cursor_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("cursor").into_vec()
}

pub fn user_key(id: &UserId) -> Vec<u8> {
    Key::new(Tag::User).str(id.as_str()).into_vec()
}

pub fn username_key(name: &str) -> Vec<u8> {
    Key::new(Tag::Username).str(name).into_vec()
}

pub fn friend_key(user: &UserId, friend: &UserId) -> Vec<u8> {
    Key::new(Tag::Friend).str(user.as_str()).str(friend.as_str()).into_vec()
}

pub fn channel_key(id: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Channel).str(id.as_str()).str("meta").into_vec()
}

pub fn seq_key(id: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Channel).str(id.as_str()).str("seq").into_vec()
}

pub fn user_channel_key(user: &UserId, channel: &ChannelId) -> Vec<u8> {
    Key::new(Tag::UserChannel).str(user.as_str()).str(channel.as_str()).into_vec()
}

pub fn message_key(channel: &ChannelId, seq: u64) -> Vec<u8> {
    Key::new(Tag::Message).str(channel.as_str()).u64(seq).into_vec()
}

pub fn dedupe_key(channel: &ChannelId, sender: &UserId, client_msg_id: &str) -> Vec<u8> {
    Key::new(Tag::Dedupe).str(channel.as_str()).str(sender.as_str()).str(client_msg_id).into_vec()
}

pub fn inbox_key(user: &UserId, cursor: &[u8]) -> Vec<u8> {
    Key::new(Tag::Inbox).str(user.as_str()).bytes(cursor).into_vec()
}

pub fn push_key(due_ms: i64, id: &str) -> Vec<u8> {
    Key::new(Tag::Push).u64(due_ms.max(0) as u64).str(id).into_vec()
}

/// Inbox values: the (channel, seq) the entry points at.
pub fn encode_inbox_value(channel: &ChannelId, seq: u64) -> Vec<u8> {
    Key::new(Tag::Inbox).str(channel.as_str()).u64(seq).into_vec()
}

pub fn decode_inbox_value(bytes: &[u8]) -> Result<(ChannelId, u64), StoreError> {
    let mut r = KeyReader::new(bytes);
    match (r.str(), r.u64()) {
        (Some(c), Some(seq)) => Ok((ChannelId(c), seq)),
        _ => Err(StoreError::Corrupt("inbox entry".into())),
    }
}

pub fn load_channel(t: &Txn, id: &ChannelId) -> Result<ChannelRecord, StoreError> {
    match t.get(&channel_key(id))? {
        Some(bytes) => records::decode(&bytes),
        None => Err(StoreError::UnknownChannel(id.to_string())),
    }
}

fn load_user(t: &Txn, id: &UserId) -> Result<User, StoreError> {
    match t.get(&user_key(id))? {
        Some(bytes) => records::decode_user(&bytes),
        None => Err(StoreError::UnknownUser(id.to_string())),
    }
}

pub fn create_user(t: &mut Txn, new: NewUser, now_ms: i64) -> Result<User, StoreError> {
    validate_username(&new.username)?;
    validate_display_name(&new.display_name)?;
    if t.get(&username_key(&new.username))?.is_some() {
        return Err(StoreError::UsernameTaken);
    }
    let mut id = UserId::random();
    while t.get(&user_key(&id))?.is_some() {
        id = UserId::random();
    }
    let user = User {
        id: id.clone(),
        username: new.username.clone(),
        display_name: if new.display_name.is_empty() { new.username.clone() } else { new.display_name },
        created_at_ms: now_ms,
    };
    t.put(user_key(&id), records::encode(&user));
    let cred = CredentialRecord { user_id: id, password_hash: new.password_hash };
    t.put(username_key(&new.username), records::encode(&cred));
    Ok(user)
}

pub fn set_display_name(t: &mut Txn, id: &UserId, name: &str) -> Result<User, StoreError> {
    validate_new_display_name(name)?;
    let mut user = load_user(t, id)?;
    user.display_name = name.to_owned();
    t.put(user_key(id), records::encode(&user));
    Ok(user)
}

pub fn set_friendship(t: &mut Txn, a: &UserId, b: &UserId, friends: bool) -> Result<(), StoreError> {
    if a == b {
        return Err(StoreError::InvalidArgument("a user cannot befriend themselves".into()));
    }
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

fn channel_info(t: &Txn, record: &ChannelRecord) -> Result<ChannelInfo, StoreError> {
    Ok(record.info(decode_seq(t.get(&seq_key(&record.id))?.as_deref())?))
}

fn put_channel(t: &mut Txn, state: &mut WriterState, record: &ChannelRecord) {
    state.channels.remove(&record.id);
    t.put(channel_key(&record.id), records::encode(record));
}

pub fn open_direct(
    t: &mut Txn,
    state: &mut WriterState,
    a: &UserId,
    b: &UserId,
    now_ms: i64,
) -> Result<ChannelInfo, StoreError> {
    if a == b {
        return Err(StoreError::InvalidArgument("a 1:1 channel needs two different users".into()));
    }
    let id = ChannelId::direct(a, b);
    if let Some(bytes) = t.get(&channel_key(&id))? {
        return channel_info(t, &records::decode(&bytes)?);
    }
    load_user(t, a)?;
    load_user(t, b)?;
    let mut members = vec![a.clone(), b.clone()];
    members.sort();
    let record = ChannelRecord {
        id: id.clone(),
        kind: ChannelKind::Direct,
        name: String::new(),
        created_by: a.clone(),
        created_at_ms: now_ms,
        members,
    };
    put_channel(t, state, &record);
    for m in &record.members {
        t.put(user_channel_key(m, &id), Vec::new());
    }
    Ok(record.info(0))
}

pub fn create_group(
    t: &mut Txn,
    state: &mut WriterState,
    owner: &UserId,
    name: &str,
    members: &[UserId],
    now_ms: i64,
) -> Result<ChannelInfo, StoreError> {
    let name = group_name(name)?;
    let mut all: Vec<UserId> = members.iter().chain(std::iter::once(owner)).cloned().collect();
    all.sort();
    all.dedup();
    if all.len() > MAX_GROUP_MEMBERS {
        return Err(StoreError::GroupFull { max: MAX_GROUP_MEMBERS });
    }
    for m in &all {
        load_user(t, m)?;
    }
    let mut id = ChannelId::random_group();
    while t.get(&channel_key(&id))?.is_some() {
        id = ChannelId::random_group();
    }
    let record = ChannelRecord {
        id: id.clone(),
        kind: ChannelKind::Group,
        name: name.to_owned(),
        created_by: owner.clone(),
        created_at_ms: now_ms,
        members: all,
    };
    put_channel(t, state, &record);
    for m in &record.members {
        t.put(user_channel_key(m, &id), Vec::new());
    }
    Ok(record.info(0))
}

pub fn change_member(
    t: &mut Txn,
    state: &mut WriterState,
    channel: &ChannelId,
    by: &UserId,
    user: &UserId,
    add: bool,
) -> Result<ChannelInfo, StoreError> {
    let mut record = load_channel(t, channel)?;
    if record.kind != ChannelKind::Group {
        return Err(StoreError::InvalidArgument("members of a 1:1 channel cannot change".into()));
    }
    if !record.is_member(by) {
        return Err(StoreError::NotAMember);
    }
    match (add, record.members.binary_search(user)) {
        (true, Ok(_)) | (false, Err(_)) => return channel_info(t, &record),
        (true, Err(pos)) => {
            if record.members.len() >= MAX_GROUP_MEMBERS {
                return Err(StoreError::GroupFull { max: MAX_GROUP_MEMBERS });
            }
            load_user(t, user)?;
            record.members.insert(pos, user.clone());
            t.put(user_channel_key(user, channel), Vec::new());
        }
        (false, Ok(pos)) => {
            record.members.remove(pos);
            t.delete(user_channel_key(user, channel));
        }
    }
    put_channel(t, state, &record);
    channel_info(t, &record)
}

pub fn append(
    t: &mut Txn,
    state: &mut WriterState,
    req: AppendRequest,
    now_micros: u64,
) -> Result<AppendOutcome, StoreError> {
    req.validate()?;
    if !state.channels.contains_key(&req.channel) {
        let record = load_channel(t, &req.channel)?;
        let last_seq = decode_seq(t.get(&seq_key(&req.channel))?.as_deref())?;
        if state.channels.len() >= CHANNEL_CACHE {
            state.channels.clear();
        }
        let members = record.members.clone().into();
        state.channels.insert(req.channel.clone(), CachedChannel { record, members, last_seq });
    }
    let channel = state.channels.get_mut(&req.channel).expect("just cached");
    if !channel.record.is_member(&req.sender) {
        return Err(StoreError::NotAMember);
    }
    let dedupe = dedupe_key(&req.channel, &req.sender, &req.client_msg_id);
    if let Some(prev) = t.get(&dedupe)? {
        let (seq_bytes, cursor) = prev.split_at_checked(8).ok_or_else(|| StoreError::Corrupt("dedupe".into()))?;
        let seq = decode_seq(Some(seq_bytes))?;
        let bytes = t
            .get(&message_key(&req.channel, seq))?
            .ok_or_else(|| StoreError::Corrupt("deduped message missing".into()))?;
        let message = Message::decode(bytes.as_slice()).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        return Ok(AppendOutcome {
            message,
            cursor: Cursor(cursor.to_vec().into()),
            duplicate: true,
            members: channel.members.clone(),
        });
    }
    let seq = channel.last_seq + 1;
    channel.last_seq = seq;
    let members = channel.members.clone();
    let cursor = now_micros.max(state.last_cursor + 1);
    state.last_cursor = cursor;
    let cursor_bytes = cursor.to_be_bytes();
    let message = Message {
        channel_id: req.channel.0.clone(),
        seq,
        sender_id: req.sender.0.clone(),
        client_msg_id: req.client_msg_id,
        body: req.body,
        sent_at_ms: (now_micros / 1000) as i64,
    };
    t.put(seq_key(&req.channel), seq.to_be_bytes().to_vec());
    t.put(message_key(&req.channel, seq), message.encode_to_vec());
    let mut dedupe_value = seq.to_be_bytes().to_vec();
    dedupe_value.extend_from_slice(&cursor_bytes);
    t.put(dedupe, dedupe_value);
    let pointer = encode_inbox_value(&req.channel, seq);
    for member in members.iter() {
        t.put_blind(inbox_key(member, &cursor_bytes), pointer.clone());
    }
    Ok(AppendOutcome { message, cursor: Cursor::from_u64(cursor), duplicate: false, members })
}

pub fn enqueue_push(t: &mut Txn, jobs: Vec<PushJob>) -> Result<(), StoreError> {
    for job in jobs {
        t.put(push_key(job.next_attempt_ms, &job.id), records::encode(&job));
    }
    Ok(())
}

pub fn reschedule_push(t: &mut Txn, job: PushJob, previous_due_ms: i64) -> Result<bool, StoreError> {
    let previous = push_key(previous_due_ms, &job.id);
    if t.get(&previous)?.is_none() {
        return Ok(false);
    }
    t.delete(previous);
    t.put(push_key(job.next_attempt_ms, &job.id), records::encode(&job));
    Ok(true)
}

pub fn complete_push(t: &mut Txn, job: &PushJob) -> Result<(), StoreError> {
    t.delete(push_key(job.next_attempt_ms, &job.id));
    Ok(())
}
