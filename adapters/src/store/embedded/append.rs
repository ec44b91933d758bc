//! Where a message gets its seq: one append, applied to a `Txn` by the single writer. The
//! dedupe check, the membership check, `seq = last + 1`, the message, its dedupe record and
//! where its members find it, all in the writer's batch, so they commit together or not at
//! all. A 1:1 message gets an entry in each member's inbox; a group message one entry in the
//! group's feed, which each member reads through their membership windows (fan-out on read:
//! one write per message instead of one per member).

use std::collections::HashMap;
use std::sync::Arc;

use prost::Message as _;
use tern_domain::DomainError;
use tern_domain::model::{AppendOutcome, AppendRequest, ChannelId, ChannelKind, Cursor, MessageChange, UserId};
use tern_proto::v1::Message;

use super::layout::{DedupeRecord, Space, channel_key, dedupe_hash, dedupe_key, entry_key, message_key, pair, unpair};
use super::seen::Seen;
use super::txn::Txn;
use crate::store::records::{self, StoredChannel};

/// Per-writer state that outlives one batch.
pub struct WriterState {
    /// The last inbox cursor issued: microseconds since the epoch, bumped to stay strictly
    /// increasing if the clock stalls or steps back.
    pub last_cursor: u64,
    /// The last channel number given.
    pub last_channel_num: u64,
    /// Channels appended to recently, decoded, with their last seq: an append then reads
    /// nothing from disk. Only the writer changes channels, so the cache is exact; it is
    /// cleared when a commit fails (it may hold what that batch would have written), and
    /// trimmed only between batches (a seq cached mid-batch may not be on disk yet).
    pub channels: HashMap<ChannelId, CachedChannel>,
    /// The (channel, client id) pairs that may have been written.
    pub seen: Seen,
}

pub struct CachedChannel {
    pub stored: StoredChannel,
    pub members: Arc<[UserId]>,
    pub last_seq: u64,
    /// The cursor of the last message appended since the channel was cached (None until then:
    /// finding it would cost a read).
    pub last_cursor: Option<u64>,
}

/// Most channels kept decoded; past it the cache starts over (cheap to refill).
const CHANNEL_CACHE: usize = 100_000;

impl WriterState {
    /// Called between batches.
    pub fn trim(&mut self) {
        if self.channels.len() > CHANNEL_CACHE {
            self.channels.clear();
        }
    }

    /// A channel's record changed: the cached copy follows (its seq does not change).
    pub fn channel_changed(&mut self, stored: &StoredChannel) {
        if let Some(cached) = self.channels.get_mut(&stored.channel.id) {
            cached.members = stored.channel.members.clone().into();
            cached.stored = stored.clone();
        }
    }
}

/// A channel's last seq: its last message key (in this batch or stored).
pub fn last_seq(t: &Txn<'_>, num: u64) -> Result<u64, DomainError> {
    match t.last_under(Space::Messages, &num.to_be_bytes())? {
        Some((key, _)) => Ok(unpair(&key)?.1),
        None => Ok(0),
    }
}

pub fn load_channel(t: &Txn<'_>, id: &ChannelId) -> Result<StoredChannel, DomainError> {
    match t.get(Space::Meta, &channel_key(id))? {
        Some(bytes) => records::decode(&bytes),
        None => Err(DomainError::UnknownChannel(id.to_string())),
    }
}

pub fn cached<'s>(
    t: &Txn<'_>,
    channels: &'s mut HashMap<ChannelId, CachedChannel>,
    id: &ChannelId,
) -> Result<&'s mut CachedChannel, DomainError> {
    if !channels.contains_key(id) {
        let stored = load_channel(t, id)?;
        let last_seq = last_seq(t, stored.num)?;
        let members = stored.channel.members.clone().into();
        channels.insert(id.clone(), CachedChannel { stored, members, last_seq, last_cursor: None });
    }
    Ok(channels.get_mut(id).expect("just cached"))
}

/// Where a client id's dedupe record is, or the first free place for it.
enum Dedupe {
    Found { seq: u64, cursor: u64 },
    Free(u8),
}

fn find_dedupe(t: &Txn<'_>, channel: u64, hash: u64, sender: u64, id: &str) -> Result<Dedupe, DomainError> {
    for probe in 0..=u8::MAX {
        let Some(value) = t.get(Space::Dedupe, &dedupe_key(channel, hash, probe))? else {
            return Ok(Dedupe::Free(probe));
        };
        let record = DedupeRecord::decode(&value)?;
        if record.sender == sender && record.client_msg_id == id.as_bytes() {
            return Ok(Dedupe::Found { seq: record.seq, cursor: record.cursor });
        }
    }
    Err(DomainError::Corrupt("256 client ids share one dedupe hash in one channel".into()))
}

pub fn append(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    req: AppendRequest,
    now_micros: u64,
) -> Result<AppendOutcome, DomainError> {
    req.validate()?;
    let channel = cached(t, &mut state.channels, &req.channel)?;
    channel.stored.channel.may_append(&req)?;
    let (num, members) = (channel.stored.num, channel.members.clone());
    let sender = req.sender.number().ok_or_else(|| DomainError::Corrupt(format!("member id {}", req.sender)))?;
    let hash = dedupe_hash(sender, &req.client_msg_id);
    let mut probe = 0;
    if state.seen.may_contain(num, hash) {
        match find_dedupe(t, num, hash, sender, &req.client_msg_id)? {
            Dedupe::Free(free) => probe = free,
            Dedupe::Found { seq, cursor } => {
                let bytes = t
                    .get(Space::Messages, &message_key(num, seq))?
                    .ok_or_else(|| DomainError::Corrupt("deduped message missing".into()))?;
                let message = Message::decode(bytes.as_slice()).map_err(|e| DomainError::Corrupt(e.to_string()))?;
                let cursor = Cursor::from_u64(cursor);
                return Ok(AppendOutcome { message, cursor, duplicate: true, members, prev_cursor: None });
            }
        }
    }
    let seq = channel.last_seq + 1;
    let sent_at_ms = (now_micros / 1000) as i64;
    // An edit or delete changes its original (and a delete empties the original's edits)
    // in the same commit, after every check and before anything else is written.
    if let Some(change) = req.change {
        let target = change.target();
        let load = |t: &Txn<'_>, seq: u64| -> Result<Option<Message>, DomainError> {
            t.get(Space::Messages, &message_key(num, seq))?
                .map(|b| Message::decode(b.as_slice()).map_err(|e| DomainError::Corrupt(e.to_string())))
                .transpose()
        };
        let mut original = load(t, target)?
            .ok_or_else(|| DomainError::InvalidArgument(format!("no message {target} in this channel")))?;
        let emptied = change.apply(&mut original, &req.sender, &req.body, seq, sent_at_ms)?;
        t.put(Space::Messages, message_key(num, target), original.encode_to_vec());
        for edit in emptied {
            if let Some(mut m) = load(t, edit)? {
                m.body.clear();
                t.put(Space::Messages, message_key(num, edit), m.encode_to_vec());
            }
        }
    }
    channel.last_seq = seq;
    let cursor = now_micros.max(state.last_cursor + 1);
    state.last_cursor = cursor;
    let prev_cursor = channel.last_cursor.replace(cursor).map(Cursor::from_u64);
    let kind = channel.stored.channel.kind;
    let record = DedupeRecord { seq, cursor, sender, client_msg_id: req.client_msg_id.as_bytes() }.encode();
    t.put(Space::Dedupe, dedupe_key(num, hash, probe), record);
    state.seen.insert(num, hash);
    let (edit_of, delete_of) = match req.change {
        Some(MessageChange::Edit(of)) => (of, 0),
        Some(MessageChange::Delete(of)) => (0, of),
        None => (0, 0),
    };
    let message = Message {
        channel_id: req.channel.0,
        seq,
        sender_id: req.sender.0,
        client_msg_id: req.client_msg_id,
        body: req.body,
        sent_at_ms,
        event: req.event,
        edit_of,
        delete_of,
        ..Message::default()
    };
    t.put(Space::Messages, message_key(num, seq), message.encode_to_vec());
    match kind {
        ChannelKind::Direct => {
            for member in members.iter() {
                let user = member.number().ok_or_else(|| DomainError::Corrupt(format!("member id {member}")))?;
                t.put_blind(Space::Inbox, entry_key(user, cursor), pair(num, seq));
            }
        }
        ChannelKind::Group => t.put_blind(Space::Feeds, entry_key(num, cursor), seq.to_be_bytes()),
    }
    Ok(AppendOutcome { message, cursor: Cursor::from_u64(cursor), duplicate: false, members, prev_cursor })
}

#[cfg(test)]
mod tests {
    use super::super::txn::Keyspaces;
    use super::*;

    /// Two client ids whose hashes collide in one channel take consecutive probes, and each
    /// is found again under its own.
    #[test]
    fn colliding_dedupe_hashes_take_the_next_probe() {
        let dir = tempfile::tempdir().unwrap();
        let db = fjall::Database::builder(dir.path()).open().unwrap();
        let open = |s: Space| db.keyspace(s.name(), fjall::KeyspaceCreateOptions::default).unwrap();
        let spaces = Keyspaces(Space::ALL.map(open));
        let (channel, hash) = (7, 0xfeed);
        let other = DedupeRecord { seq: 1, cursor: 10, sender: 9, client_msg_id: b"other" };
        spaces.get(Space::Dedupe).insert(dedupe_key(channel, hash, 0), other.encode()).unwrap();
        let mut t = Txn::new(&spaces, Default::default());
        assert!(matches!(find_dedupe(&t, channel, hash, 5, "mine").unwrap(), Dedupe::Free(1)));
        let mine = DedupeRecord { seq: 2, cursor: 11, sender: 5, client_msg_id: b"mine" };
        t.put(Space::Dedupe, dedupe_key(channel, hash, 1), mine.encode());
        t.finish_op(true);
        assert!(matches!(find_dedupe(&t, channel, hash, 5, "mine").unwrap(), Dedupe::Found { seq: 2, cursor: 11 }));
        assert!(matches!(find_dedupe(&t, channel, hash, 9, "other").unwrap(), Dedupe::Found { seq: 1, cursor: 10 }));
        assert!(matches!(find_dedupe(&t, channel, hash, 9, "mine").unwrap(), Dedupe::Free(2)), "same id, other sender");
    }
}
