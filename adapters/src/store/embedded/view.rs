//! Reads: a consistent snapshot of everything acknowledged so far — the overlay's batches not
//! yet in fjall, over a fjall snapshot taken after them — so reads of several keys (an inbox
//! entry and the message it points at, a channel and its last seq) never see half of a batch.
//! The writer is never asked.

use std::ops::Bound;

use fjall::Readable;
use prost::Message as _;
use tern_domain::DomainError;
use tern_domain::limits::MAX_PAGE_BODY_BYTES;
use tern_domain::model::{ChannelId, ChannelInfo, DeviceId, Positions, Relations, Revocations, User, UserId};
use tern_proto::v1::Message;

use super::layout::{
    Space, Windows, channel_key, entry_key, message_key, read_key, reads_prefix, revoked_prefix, unpair, user_key,
    windows_prefix, word,
};
use super::overlay::{Pending, merge};
use super::txn::Keyspaces;
use crate::store::keys::{Key, KeyReader, Tag, prefix_end};
use crate::store::records::{self, StoredChannel};

fn unavailable(e: impl std::fmt::Display) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

/// An entry of a user's inbox order: (cursor, channel#, seq).
pub type Entry = (u64, u64, u64);

pub struct View<'a> {
    /// Taken before `snapshot` (see `overlay.rs`).
    pub pending: Pending,
    pub snapshot: fjall::Snapshot,
    pub spaces: &'a Keyspaces,
}

impl View<'_> {
    pub fn get(&self, space: Space, key: &[u8]) -> Result<Option<fjall::Slice>, DomainError> {
        if let Some(pending) = self.pending.get(space, key) {
            return Ok(pending);
        }
        self.snapshot.get(self.spaces.get(space), key).map_err(unavailable)
    }

    pub fn channel(&self, id: &ChannelId) -> Result<Option<StoredChannel>, DomainError> {
        self.get(Space::Meta, &channel_key(id))?.map(|b| records::decode(&b)).transpose()
    }

    /// A channel's last seq: its last message key.
    pub fn last_seq(&self, num: u64) -> Result<u64, DomainError> {
        let (from, to) = (message_key(num, 0).to_vec(), message_key(num, u64::MAX).to_vec());
        match self.scan(Space::Messages, (Bound::Included(from), Bound::Included(to)), true, 1)?.first() {
            Some((key, _)) => Ok(unpair(key)?.1),
            None => Ok(0),
        }
    }

    pub fn channel_info(&self, id: &ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        match self.channel(id)? {
            Some(stored) => Ok(Some(stored.channel.info(self.last_seq(stored.num)?))),
            None => Ok(None),
        }
    }

    pub fn user(&self, id: &UserId) -> Result<Option<User>, DomainError> {
        self.get(Space::Meta, &user_key(id))?.map(|b| records::decode(&b)).transpose()
    }

    /// Keys and values in `range`, ascending or descending, at most `limit`.
    fn scan(
        &self,
        space: Space,
        range: (Bound<Vec<u8>>, Bound<Vec<u8>>),
        reverse: bool,
        limit: usize,
    ) -> Result<Vec<(fjall::Slice, fjall::Slice)>, DomainError> {
        let pending =
            self.pending.range(space, (range.0.as_ref().map(Vec::as_slice), range.1.as_ref().map(Vec::as_slice)));
        let iter = self.snapshot.range(self.spaces.get(space), range);
        let stored = |it: Box<dyn Iterator<Item = fjall::Guard>>| it.map(|g| g.into_inner().map_err(unavailable));
        if reverse {
            merge(stored(Box::new(iter.rev())), pending, true, limit)
        } else {
            merge(stored(Box::new(iter)), pending, false, limit)
        }
    }

    /// Every key and value of `space` that starts with `prefix`, ascending.
    fn scan_prefix(&self, space: Space, prefix: Vec<u8>) -> Result<Vec<(fjall::Slice, fjall::Slice)>, DomainError> {
        let end = prefix_end(&prefix);
        self.scan(space, (Bound::Included(prefix), Bound::Excluded(end)), false, usize::MAX)
    }

    /// A channel's messages with seqs in (from, to), ascending, at most `limit` and at most
    /// `MAX_PAGE_BODY_BYTES` (but at least one).
    pub fn messages(
        &self,
        channel: u64,
        from: Bound<u64>,
        to: Bound<u64>,
        reverse: bool,
        limit: usize,
    ) -> Result<Vec<Message>, DomainError> {
        let key = |seq| message_key(channel, seq).to_vec();
        let mut out = Vec::new();
        let mut bytes = 0;
        for (_, v) in self.scan(Space::Messages, (from.map(key), to.map(key)), reverse, limit)? {
            bytes += v.len();
            if bytes > MAX_PAGE_BODY_BYTES && !out.is_empty() {
                break;
            }
            out.push(Message::decode(v.as_ref()).map_err(|e| DomainError::Corrupt(e.to_string()))?);
        }
        if reverse {
            out.reverse();
        }
        Ok(out)
    }

    pub fn message(&self, channel: u64, seq: u64) -> Result<Message, DomainError> {
        let bytes = self
            .get(Space::Messages, &message_key(channel, seq))?
            .ok_or_else(|| DomainError::Corrupt("an entry points at a missing message".into()))?;
        Message::decode(bytes.as_ref()).map_err(|e| DomainError::Corrupt(e.to_string()))
    }

    /// Entries of `owner` (a user's inbox, a group's feed) with cursors in (after, to]:
    /// the cursor and the value of each.
    fn entries(
        &self,
        space: Space,
        owner: u64,
        after: u64,
        to: u64,
        limit: usize,
    ) -> Result<Vec<(u64, fjall::Slice)>, DomainError> {
        let end = match to.checked_add(1) {
            Some(end) => entry_key(owner, end).to_vec(),
            None => prefix_end(&owner.to_be_bytes()),
        };
        let range = (Bound::Excluded(entry_key(owner, after).to_vec()), Bound::Excluded(end));
        self.scan(space, range, false, limit)?.into_iter().map(|(k, v)| Ok((unpair(&k)?.1, v))).collect()
    }

    /// The user's inbox entries (1:1 messages) after `after`.
    pub fn inbox_entries(&self, user: u64, after: u64, limit: usize) -> Result<Vec<Entry>, DomainError> {
        self.entries(Space::Inbox, user, after, u64::MAX, limit)?
            .into_iter()
            .map(|(cursor, value)| {
                let (channel, seq) = unpair(&value)?;
                Ok((cursor, channel, seq))
            })
            .collect()
    }

    /// A group's feed entries with cursors in (from, to].
    pub fn feed_entries(&self, channel: u64, from: u64, to: u64, limit: usize) -> Result<Vec<Entry>, DomainError> {
        self.entries(Space::Feeds, channel, from, to, limit)?
            .into_iter()
            .map(|(cursor, value)| Ok((cursor, channel, word(&value)?)))
            .collect()
    }

    /// The user's windows in each group they were ever a member of: (channel#, windows).
    pub fn windows(&self, user: u64) -> Result<Vec<(u64, Windows)>, DomainError> {
        self.scan_prefix(Space::Meta, windows_prefix(user))?
            .into_iter()
            .map(|(key, value)| {
                let mut r = KeyReader::new(&key);
                r.u64();
                let channel = r.u64().ok_or_else(|| DomainError::Corrupt("windows key".into()))?;
                Ok((channel, Windows::decode(&value)?))
            })
            .collect()
    }

    /// The second strings of the `tag` keys of `owner`: a user's friends, or channels.
    pub fn ids_of(&self, tag: Tag, owner: &UserId) -> Result<Vec<String>, DomainError> {
        self.scan_prefix(Space::Meta, Key::new(tag).str(owner.as_str()).into_vec())?
            .into_iter()
            .map(|(k, _)| {
                let mut r = KeyReader::new(&k);
                r.str();
                r.str().ok_or_else(|| DomainError::Corrupt("index key".into()))
            })
            .collect()
    }

    /// The user's revoked tokens.
    pub fn revocations(&self, user: &UserId) -> Result<Revocations, DomainError> {
        revocations_of(self.scan_prefix(Space::Meta, revoked_prefix(user))?)
    }

    /// `owner`'s pending requests both ways and blocks, each sorted (keys are).
    pub fn relations(&self, owner: &UserId) -> Result<Relations, DomainError> {
        let mut out = Relations::default();
        for (k, v) in self.scan_prefix(Space::Meta, Key::new(Tag::Relation).str(owner.as_str()).into_vec())? {
            let mut r = KeyReader::new(&k);
            r.str();
            let other = UserId(r.str().ok_or_else(|| DomainError::Corrupt("relation key".into()))?);
            out.add(other, records::relation_of(&v)?);
        }
        Ok(out)
    }

    /// A user's positions in a channel (0: none).
    pub fn positions(&self, channel: u64, user: u64) -> Result<Positions, DomainError> {
        self.get(Space::Meta, &read_key(channel, user))?.map_or(Ok(Positions::default()), |b| records::positions(&b))
    }

    /// A channel's positions: (user#, positions), by user number.
    pub fn reads(&self, channel: u64) -> Result<Vec<(u64, Positions)>, DomainError> {
        let corrupt = || DomainError::Corrupt("read key".into());
        self.scan_prefix(Space::Meta, reads_prefix(channel))?
            .into_iter()
            .map(|(k, v)| {
                let mut r = KeyReader::new(&k);
                r.u64().ok_or_else(corrupt)?;
                Ok((r.u64().ok_or_else(corrupt)?, records::positions(&v)?))
            })
            .collect()
    }
}

/// Revocations from their keys and values (`layout::revoked_key`).
pub fn revocations_of(pairs: Vec<(fjall::Slice, fjall::Slice)>) -> Result<Revocations, DomainError> {
    let mut out = Revocations::default();
    for (k, v) in pairs {
        let mut r = KeyReader::new(&k);
        r.str();
        let device = r.str().ok_or_else(|| DomainError::Corrupt("revocation key".into()))?;
        let at = word(&v)? as i64;
        if device.is_empty() {
            out.all_devices_ms = at;
        } else {
            out.devices.push((DeviceId(device), at));
        }
    }
    Ok(out)
}
