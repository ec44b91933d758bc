//! Where the embedded store keeps each record (layout 3). The small records live in the
//! `records` keyspace, tuple-keyed (`store::keys`): users, usernames, friends, channels and
//! each user's channel index, membership windows, the push outbox, and singletons. What every
//! message writes lives in keyspaces of its own, keyed by fixed-width numbers so that each key
//! (and most values) fits the 20 bytes fjall keeps inline: no allocation per key, and memtable
//! comparisons over 16 bytes instead of 40-100 bytes of shared string prefixes.
//!
//! | keyspace | key | value |
//! |---|---|---|
//! | `messages` | channel# (8), seq (8) | the message (protobuf) |
//! | `inbox` | user# (8), cursor (8) | channel# (8), seq (8): a 1:1 message of the user |
//! | `feeds` | channel# (8), cursor (8) | seq (8): a group's message, read through windows |
//! | `dedupe` | channel# (8), hash (8), probe (1) | seq (8), cursor (8), sender# (8), client_msg_id |
//!
//! user# is the number the user's id spells (`UserId::number`); channel# is given to a channel
//! when it is created (`z/channel_num` counts them) and kept in its record
//! (`StoredChannel::num`). A channel's last seq is its last message key, so no seq record is
//! written per append. The dedupe hash is xxh3 of (sender, client_msg_id); `probe` separates
//! ids whose hashes collide in one channel, and the value holds the id itself, so a re-send is
//! recognised exactly.

use tern_domain::DomainError;
use tern_domain::model::{ChannelId, DeviceId, UserId};

use crate::store::keys::{Key, Tag};

/// The keyspaces of layout 3. (Layouts 1 and 2 kept everything in one keyspace, `tern`;
/// `migrate.rs` copies it into these and deletes it.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Space {
    Meta,
    Messages,
    Inbox,
    Feeds,
    Dedupe,
}

impl Space {
    pub const ALL: [Space; 5] = [Space::Meta, Space::Messages, Space::Inbox, Space::Feeds, Space::Dedupe];

    pub fn name(self) -> &'static str {
        match self {
            Space::Meta => "records",
            Space::Messages => "messages",
            Space::Inbox => "inbox",
            Space::Feeds => "feeds",
            Space::Dedupe => "dedupe",
        }
    }
}

/// Two numbers, big-endian: every key of the numeric keyspaces but dedupe's.
pub fn pair(a: u64, b: u64) -> [u8; 16] {
    let mut key = [0u8; 16];
    key[..8].copy_from_slice(&a.to_be_bytes());
    key[8..].copy_from_slice(&b.to_be_bytes());
    key
}

/// The two numbers of a 16-byte key or value.
pub fn unpair(bytes: &[u8]) -> Result<(u64, u64), DomainError> {
    let (a, b) = bytes
        .split_first_chunk::<8>()
        .and_then(|(a, rest)| Some((a, <&[u8; 8]>::try_from(rest).ok()?)))
        .ok_or_else(|| DomainError::Corrupt(format!("a pair of numbers of {} bytes", bytes.len())))?;
    Ok((u64::from_be_bytes(*a), u64::from_be_bytes(*b)))
}

pub fn word(bytes: &[u8]) -> Result<u64, DomainError> {
    <[u8; 8]>::try_from(bytes).map(u64::from_be_bytes).map_err(|_| DomainError::Corrupt("an 8-byte number".into()))
}

/// `messages`: (channel#, seq).
pub fn message_key(channel: u64, seq: u64) -> [u8; 16] {
    pair(channel, seq)
}

/// `inbox`: (user#, cursor) -> (channel#, seq); `feeds`: (channel#, cursor) -> seq.
pub fn entry_key(owner: u64, cursor: u64) -> [u8; 16] {
    pair(owner, cursor)
}

/// `dedupe`: (channel#, hash, probe).
pub fn dedupe_key(channel: u64, hash: u64, probe: u8) -> [u8; 17] {
    let mut key = [0u8; 17];
    key[..16].copy_from_slice(&pair(channel, hash));
    key[16] = probe;
    key
}

/// The hash of a dedupe key: xxh3 (stable across versions and machines) of the sender's
/// number and the client's id.
pub fn dedupe_hash(sender: u64, client_msg_id: &str) -> u64 {
    let mut bytes = Vec::with_capacity(8 + client_msg_id.len());
    bytes.extend_from_slice(&sender.to_be_bytes());
    bytes.extend_from_slice(client_msg_id.as_bytes());
    xxhash_rust::xxh3::xxh3_64(&bytes)
}

/// A dedupe record: where the message went, and whose id it was.
pub struct DedupeRecord<'a> {
    pub seq: u64,
    pub cursor: u64,
    pub sender: u64,
    pub client_msg_id: &'a [u8],
}

impl<'a> DedupeRecord<'a> {
    pub fn encode(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(24 + self.client_msg_id.len());
        for n in [self.seq, self.cursor, self.sender] {
            v.extend_from_slice(&n.to_be_bytes());
        }
        v.extend_from_slice(self.client_msg_id);
        v
    }

    pub fn decode(bytes: &'a [u8]) -> Result<Self, DomainError> {
        if bytes.len() < 24 {
            return Err(DomainError::Corrupt("dedupe record".into()));
        }
        Ok(DedupeRecord {
            seq: word(&bytes[..8])?,
            cursor: word(&bytes[8..16])?,
            sender: word(&bytes[16..24])?,
            client_msg_id: &bytes[24..],
        })
    }
}

// ---- `records` keyspace

pub fn cursor_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("cursor").into_vec()
}

/// The last store-log batch fjall holds (written with every applied batch).
pub fn applied_batch_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("applied_batch").into_vec()
}

/// The last channel number given.
pub fn channel_num_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("channel_num").into_vec()
}

/// The layout this code writes.
pub const LAYOUT_VERSION: u64 = 3;

/// Which layout the store holds: written when a store is created or migrated.
pub fn layout_version_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("layout").into_vec()
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

/// A user's revocation of one device's tokens, or (`None`) of every device's.
pub fn revoked_key(user: &UserId, device: Option<&DeviceId>) -> Vec<u8> {
    Key::new(Tag::Revoked).str(user.as_str()).str(device.map_or("", DeviceId::as_str)).into_vec()
}

pub fn revoked_prefix(user: &UserId) -> Vec<u8> {
    Key::new(Tag::Revoked).str(user.as_str()).into_vec()
}

pub fn relation_key(user: &UserId, other: &UserId) -> Vec<u8> {
    Key::new(Tag::Relation).str(user.as_str()).str(other.as_str()).into_vec()
}

/// A user's positions in a channel (read and delivered, `records::positions`), by their numbers.
pub fn read_key(channel: u64, user: u64) -> Vec<u8> {
    Key::new(Tag::Read).u64(channel).u64(user).into_vec()
}

/// Every read position of a channel.
pub fn reads_prefix(channel: u64) -> Vec<u8> {
    Key::new(Tag::Read).u64(channel).into_vec()
}

/// A channel's record (`StoredChannel`).
pub fn channel_key(id: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Channel).str(id.as_str()).str("meta").into_vec()
}

pub fn user_channel_key(user: &UserId, channel: &ChannelId) -> Vec<u8> {
    Key::new(Tag::UserChannel).str(user.as_str()).str(channel.as_str()).into_vec()
}

/// A user's membership windows in a group: (user#, channel#).
pub fn windows_key(user: u64, channel: u64) -> Vec<u8> {
    Key::new(Tag::Windows).u64(user).u64(channel).into_vec()
}

pub fn windows_prefix(user: u64) -> Vec<u8> {
    Key::new(Tag::Windows).u64(user).into_vec()
}

/// A push job in its partition, by due time.
pub fn push_key(partition: u16, due_ms: i64, id: &str) -> Vec<u8> {
    Key::new(Tag::PushJob).u64(u64::from(partition)).u64(due_ms.max(0) as u64).str(id).into_vec()
}

/// A partition's jobs due at or before `now_ms`: `[start, end)`.
pub fn push_due(partition: u16, now_ms: i64) -> (Vec<u8>, Vec<u8>) {
    let start = Key::new(Tag::PushJob).u64(u64::from(partition));
    (start.clone().into_vec(), start.u64(now_ms.max(0) as u64 + 1).into_vec())
}

/// The user's burst still open to more messages; its value is `BurstAt`.
pub fn push_burst_key(user: &UserId) -> Vec<u8> {
    Key::new(Tag::PushBurst).str(user.as_str()).into_vec()
}

/// Where a user's open burst's job is filed: its due time and id.
#[derive(Debug, PartialEq, Eq)]
pub struct BurstAt {
    pub due_ms: i64,
    pub id: String,
}

impl BurstAt {
    pub fn encode(&self) -> Vec<u8> {
        let mut v = self.due_ms.to_be_bytes().to_vec();
        v.extend_from_slice(self.id.as_bytes());
        v
    }

    pub fn decode(v: &[u8]) -> Result<Self, DomainError> {
        let corrupt = || DomainError::Corrupt("push burst record".into());
        let (due, id) = v.split_first_chunk::<8>().ok_or_else(corrupt)?;
        let id = std::str::from_utf8(id).map_err(|_| corrupt())?;
        Ok(Self { due_ms: i64::from_be_bytes(*due), id: id.to_owned() })
    }
}

/// Jobs queued before the outbox was partitioned (tag `p`), re-filed when the store opens.
pub fn legacy_push_prefix() -> Vec<u8> {
    Key::new(Tag::Push).into_vec()
}

/// A member's windows in a group: the cursors a message of the group must lie between,
/// exclusive of `from` and inclusive of `to`, to be this member's (`to` is `u64::MAX` while
/// the window is open). Joined at one cursor, left at a later one, rejoined later again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Windows(pub Vec<(u64, u64)>);

impl Windows {
    pub const OPEN: u64 = u64::MAX;

    pub fn encode(&self) -> Vec<u8> {
        self.0.iter().flat_map(|(from, to)| pair(*from, *to)).collect()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, DomainError> {
        if !bytes.len().is_multiple_of(16) {
            return Err(DomainError::Corrupt("membership windows".into()));
        }
        bytes.chunks_exact(16).map(unpair).collect::<Result<_, _>>().map(Windows)
    }

    /// Joined after `cursor`: a new open window, unless one is open already.
    pub fn join(&mut self, cursor: u64) {
        if self.0.last().is_none_or(|(_, to)| *to != Self::OPEN) {
            self.0.push((cursor, Self::OPEN));
        }
    }

    /// Left at `cursor`: the open window closes there.
    pub fn leave(&mut self, cursor: u64) {
        if let Some((_, to)) = self.0.last_mut().filter(|(_, to)| *to == Self::OPEN) {
            *to = cursor;
        }
    }

    /// The parts of the windows after `after`, as (exclusive from, inclusive to) ranges.
    pub fn after(&self, after: u64) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.0.iter().filter(move |(_, to)| *to > after).map(move |(from, to)| ((*from).max(after), *to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_open_close_and_reopen() {
        let mut w = Windows::default();
        w.join(10);
        w.join(11);
        assert_eq!(w.0, vec![(10, Windows::OPEN)], "joining twice is one window");
        w.leave(20);
        w.leave(21);
        w.join(30);
        assert_eq!(w.0, vec![(10, 20), (30, Windows::OPEN)]);
        assert_eq!(Windows::decode(&w.encode()).unwrap(), w);
        assert_eq!(w.after(15).collect::<Vec<_>>(), vec![(15, 20), (30, Windows::OPEN)]);
        assert_eq!(w.after(25).collect::<Vec<_>>(), vec![(30, Windows::OPEN)]);
        assert!(Windows::decode(&[1, 2, 3]).is_err());
    }

    #[test]
    fn numeric_keys_fit_inline_and_order_by_their_numbers() {
        assert!(message_key(1, 2).len() <= 20 && dedupe_key(1, 2, 0).len() <= 20);
        assert!(message_key(1, 255) < message_key(1, 256));
        assert!(message_key(1, u64::MAX) < message_key(2, 0));
        assert_eq!(unpair(&pair(7, 9)).unwrap(), (7, 9));
        assert!(unpair(&[0; 15]).is_err());
        let id = b"m-1";
        let rec = DedupeRecord { seq: 3, cursor: 4, sender: 5, client_msg_id: id };
        let bytes = rec.encode();
        let back = DedupeRecord::decode(&bytes).unwrap();
        assert_eq!((back.seq, back.cursor, back.sender, back.client_msg_id), (3, 4, 5, &id[..]));
        assert_ne!(dedupe_hash(1, "a"), dedupe_hash(2, "a"), "the sender is part of the key");
    }
}
