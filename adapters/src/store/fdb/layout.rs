//! The FoundationDB layout: the embedded store's records and layout 3 (numbered channels
//! and users in every per-message key, group messages in the group's feed read through each
//! member's windows, no seq record), written with FoundationDB's tuple layer under a
//! configurable prefix. Every key is `(prefix, tag, ...)`, so a prefix is one contiguous range
//! (one `clearrange`, one backup range, one tenant-like namespace).
//!
//! | tag | key (after prefix, tag) | value |
//! |---|---|---|
//! | `u` | user id | user (JSON) |
//! | `n` | username | credentials (JSON) |
//! | `f` | user, friend | empty |
//! | `c` | channel id | channel record and its number (`StoredChannel`, JSON) |
//! | `N` | channel# | channel id: numbers are drawn at random and never given twice |
//! | `k` | user, channel | empty |
//! | `m` | channel#, seq | message head: header + first chunk of the protobuf |
//! | `o` | channel#, seq, part | further chunks of a message longer than one value |
//! | `d` | channel#, sender#, client_msg_id | tuple (seq, versionstamp, nonce) |
//! | `i` | user#, versionstamp | tuple (channel#, seq): a 1:1 message of the user |
//! | `x` | channel#, versionstamp | seq: a group's message |
//! | `w` | user#, channel#, versionstamp of the join | versionstamp of the leave, or empty while a member |
//! | `q` | partition, due ms, job id | push job (JSON) |
//! | `b` | user | due ms and id of the user's job still open to more messages (tuple) |
//! | `v` | user, device ("" for every device) | tokens issued at or before this are revoked (ms, 8 bytes) |
//!
//! (Push jobs under `p`, keyed by due ms alone before the outbox was partitioned, are not
//! read any more; the embedded store re-files its own when it opens.)
//!
//! user# is the number the user id spells (`UserId::number`). A channel's last seq is its last
//! `m` key (read with a conflict range, so two appenders of one channel conflict as they did
//! on a seq record). Cursors are versionstamps (commit version + index in the transaction):
//! a member's window holds the group messages whose versionstamp lies between those of the
//! transactions that added and removed them.
//!
//! Two departures from the embedded store, both for FoundationDB's sake: `o` (FoundationDB
//! refuses values over 100,000 bytes and a message may encode to about 400 KB, so a message is
//! its head plus up to four overflow chunks; the head starts with a 5-byte header, overflow
//! part count and total encoded length, so a history page applies its byte budget from the
//! heads alone), and dedupe keyed by the client's id itself (keys may be long here, and the
//! dedupe read is part of each append's transaction, where a filter in one process could not
//! speak for appends committed by another gateway).

use foundationdb::tuple::{Subspace, Versionstamp, pack, pack_with_versionstamp};

use crate::store::keys::Tag;
use tern_domain::DomainError;
use tern_domain::model::{ChannelId, DeviceId, UserId};

/// Bytes of a message per stored value. FoundationDB's limit is 100,000 bytes per value;
/// this leaves room for the head's header.
pub const CHUNK_BYTES: usize = 96 * 1024;
/// `[overflow parts: u8][encoded length: u32 big-endian]`
pub const HEAD_HEADER_BYTES: usize = 5;
/// Longest string this adapter puts in a key component. Keys are limited to 10,000 bytes;
/// ids we create are far shorter, so anything longer names nothing that exists.
pub const MAX_KEY_PART_BYTES: usize = 2048;
/// The tuple layer's type code of a versionstamp element (`0x33`), followed by its 12 bytes.
pub const VERSIONSTAMP_CODE: u8 = 0x33;

/// The overflow chunks of long messages (not a tag of the embedded layout).
const OVERFLOW_TAG: &str = "o";

/// Whether `s` can be a key component. Callers answer "not found" when it cannot.
pub fn fits(s: &str) -> bool {
    s.len() <= MAX_KEY_PART_BYTES
}

/// One subspace per tag under the prefix.
pub struct Layout {
    user: Subspace,
    username: Subspace,
    friend: Subspace,
    relation: Subspace,
    read: Subspace,
    channel: Subspace,
    channel_num: Subspace,
    user_channel: Subspace,
    message: Subspace,
    overflow: Subspace,
    dedupe: Subspace,
    inbox: Subspace,
    feed: Subspace,
    window: Subspace,
    push: Subspace,
    burst: Subspace,
    revoked: Subspace,
}

/// An inbox or feed entry of `owner` (a user#, a channel#) keyed by the commit's versionstamp.
fn entry_versionstamped(space: &Subspace, owner: u64, user_version: u16) -> Vec<u8> {
    space.pack_with_versionstamp(&(owner, Versionstamp::incomplete(user_version)))
}

/// The range of `owner`'s inbox or feed entries: `(prefix of every entry, end of the range)`.
fn entries_of(space: &Subspace, owner: u64) -> (Vec<u8>, Vec<u8>) {
    let owned = space.subspace(&owner);
    let end = owned.range().1;
    (owned.into_bytes(), end)
}

fn tag(root: &Subspace, tag: Tag) -> Subspace {
    root.subspace(&char::from(tag as u8).to_string())
}

impl Layout {
    pub fn new(prefix: &str) -> Self {
        let root = Subspace::from(prefix);
        Layout {
            user: tag(&root, Tag::User),
            username: tag(&root, Tag::Username),
            friend: tag(&root, Tag::Friend),
            relation: tag(&root, Tag::Relation),
            read: tag(&root, Tag::Read),
            channel: tag(&root, Tag::Channel),
            channel_num: root.subspace(&"N"),
            user_channel: tag(&root, Tag::UserChannel),
            message: tag(&root, Tag::Message),
            overflow: root.subspace(&OVERFLOW_TAG),
            dedupe: tag(&root, Tag::Dedupe),
            inbox: tag(&root, Tag::Inbox),
            feed: tag(&root, Tag::Feed),
            window: tag(&root, Tag::Window),
            push: tag(&root, Tag::PushJob),
            burst: tag(&root, Tag::PushBurst),
            revoked: tag(&root, Tag::Revoked),
        }
    }

    pub fn user(&self, id: &UserId) -> Vec<u8> {
        self.user.pack(&id.as_str())
    }

    pub fn username(&self, name: &str) -> Vec<u8> {
        self.username.pack(&name)
    }

    pub fn friend(&self, user: &UserId, friend: &UserId) -> Vec<u8> {
        self.friend.pack(&(user.as_str(), friend.as_str()))
    }

    /// Every `f` key of `user`: `[begin, end)`.
    pub fn friends_of(&self, user: &UserId) -> (Vec<u8>, Vec<u8>) {
        self.friend.subspace(&user.as_str()).range()
    }

    /// A pending request or a block of `user` towards `other` (`records::relation_byte`).
    pub fn relation(&self, user: &UserId, other: &UserId) -> Vec<u8> {
        self.relation.pack(&(user.as_str(), other.as_str()))
    }

    /// A user's revocation of one device's tokens (or every device's: ""): ms, 8 bytes
    /// big-endian.
    pub fn revoked(&self, user: &UserId, device: Option<&DeviceId>) -> Vec<u8> {
        self.revoked.pack(&(user.as_str(), device.map_or("", DeviceId::as_str)))
    }

    /// Every `v` key of `user`: `[begin, end)`.
    pub fn revoked_of(&self, user: &UserId) -> (Vec<u8>, Vec<u8>) {
        self.revoked.subspace(&user.as_str()).range()
    }

    /// The device of a `v` key ("" for every device).
    pub fn revoked_device(&self, key: &[u8]) -> Result<String, DomainError> {
        self.revoked
            .unpack::<(String, String)>(key)
            .map(|(_, device)| device)
            .map_err(|e| DomainError::Corrupt(format!("revocation key: {e:?}")))
    }

    /// Every `r` key of `user`: `[begin, end)`.
    pub fn relations_of(&self, user: &UserId) -> (Vec<u8>, Vec<u8>) {
        self.relation.subspace(&user.as_str()).range()
    }

    /// A user's positions in a channel (by numbers): `records::positions`.
    pub fn read(&self, channel: u64, user: u64) -> Vec<u8> {
        self.read.pack(&(channel, user))
    }

    /// Every read position of a channel: `[begin, end)`.
    pub fn reads_of(&self, channel: u64) -> (Vec<u8>, Vec<u8>) {
        self.read.subspace(&channel).range()
    }

    /// The user number of a read key.
    pub fn read_user(&self, key: &[u8]) -> Result<u64, DomainError> {
        self.read
            .unpack::<(u64, u64)>(key)
            .map(|(_, user)| user)
            .map_err(|e| DomainError::Corrupt(format!("read key: {e:?}")))
    }

    /// The other user of an `r` key.
    pub fn relation_other(&self, key: &[u8]) -> Result<UserId, DomainError> {
        self.relation
            .unpack::<(String, String)>(key)
            .map(|(_, other)| UserId(other))
            .map_err(|e| DomainError::Corrupt(format!("relation key: {e:?}")))
    }

    /// The second component of an `f` or `k` key: the friend or the channel.
    pub fn second_id(&self, key: &[u8], friends: bool) -> Result<String, DomainError> {
        let space = if friends { &self.friend } else { &self.user_channel };
        space
            .unpack::<(String, String)>(key)
            .map(|(_, second)| second)
            .map_err(|e| DomainError::Corrupt(format!("index key: {e:?}")))
    }

    /// A channel's record (`StoredChannel`).
    pub fn channel(&self, id: &ChannelId) -> Vec<u8> {
        self.channel.pack(&id.as_str())
    }

    /// Who holds channel number `num`.
    pub fn channel_num(&self, num: u64) -> Vec<u8> {
        self.channel_num.pack(&num)
    }

    pub fn user_channel(&self, user: &UserId, channel: &ChannelId) -> Vec<u8> {
        self.user_channel.pack(&(user.as_str(), channel.as_str()))
    }

    /// Every `k` key of `user`: `[begin, end)`.
    pub fn channels_of(&self, user: &UserId) -> (Vec<u8>, Vec<u8>) {
        self.user_channel.subspace(&user.as_str()).range()
    }

    pub fn message(&self, channel: u64, seq: u64) -> Vec<u8> {
        self.message.pack(&(channel, seq))
    }

    /// The head keys of a channel's messages with `from <= seq < to` (`to = None`: no bound).
    pub fn messages(&self, channel: u64, from: u64, to: Option<u64>) -> (Vec<u8>, Vec<u8>) {
        let space = self.message.subspace(&channel);
        let begin = space.pack(&from);
        let end = match to {
            Some(to) => space.pack(&to),
            None => space.range().1,
        };
        (begin, end)
    }

    /// The seq of a message head key.
    pub fn message_seq(&self, key: &[u8]) -> Result<u64, DomainError> {
        self.message
            .unpack::<(u64, u64)>(key)
            .map(|(_, seq)| seq)
            .map_err(|e| DomainError::Corrupt(format!("message key: {e:?}")))
    }

    pub fn overflow(&self, channel: u64, seq: u64, part: u8) -> Vec<u8> {
        self.overflow.pack(&(channel, seq, u64::from(part)))
    }

    /// Every overflow chunk of one message, in part order: `[begin, end)`.
    pub fn overflow_of(&self, channel: u64, seq: u64) -> (Vec<u8>, Vec<u8>) {
        self.overflow.subspace(&(channel, seq)).range()
    }

    pub fn dedupe(&self, channel: u64, sender: u64, client_msg_id: &str) -> Vec<u8> {
        self.dedupe.pack(&(channel, sender, client_msg_id))
    }

    /// An inbox key whose versionstamp FoundationDB fills in at commit
    /// (`SetVersionstampedKey`); `user_version` orders entries of one transaction.
    pub fn inbox_versionstamped(&self, user: u64, user_version: u16) -> Vec<u8> {
        entry_versionstamped(&self.inbox, user, user_version)
    }

    /// The user's inbox: `(prefix of every entry, end of the range)`.
    pub fn inbox_of(&self, user: u64) -> (Vec<u8>, Vec<u8>) {
        entries_of(&self.inbox, user)
    }

    /// A group's feed entry, versionstamped like an inbox entry.
    pub fn feed_versionstamped(&self, channel: u64, user_version: u16) -> Vec<u8> {
        entry_versionstamped(&self.feed, channel, user_version)
    }

    /// A group's feed: `(prefix of every entry, end of the range)`.
    pub fn feed_of(&self, channel: u64) -> (Vec<u8>, Vec<u8>) {
        entries_of(&self.feed, channel)
    }

    /// A window opened by the transaction that writes it (its versionstamp is the join).
    pub fn window_versionstamped(&self, user: u64, channel: u64) -> Vec<u8> {
        self.window.pack_with_versionstamp(&(user, channel, Versionstamp::incomplete(0)))
    }

    /// Every window of `user` (with `channel`: in that group only): `[begin, end)`.
    pub fn windows_of(&self, user: u64, channel: Option<u64>) -> (Vec<u8>, Vec<u8>) {
        match channel {
            Some(channel) => self.window.subspace(&(user, channel)).range(),
            None => self.window.subspace(&user).range(),
        }
    }

    /// A window key's group and join versionstamp.
    pub fn window_of_key(&self, key: &[u8]) -> Result<(u64, Versionstamp), DomainError> {
        self.window
            .unpack::<(u64, u64, Versionstamp)>(key)
            .map(|(_, channel, join)| (channel, join))
            .map_err(|e| DomainError::Corrupt(format!("window key: {e:?}")))
    }

    pub fn push(&self, partition: u16, due_ms: i64, id: &str) -> Vec<u8> {
        self.push.pack(&(partition, due_ms.max(0) as u64, id))
    }

    /// A partition's push jobs due at or before `now_ms`: `[begin, end)`.
    pub fn push_due(&self, partition: u16, now_ms: i64) -> (Vec<u8>, Vec<u8>) {
        let begin = self.push.subspace(&partition).range().0;
        let end = self.push.pack(&(partition, now_ms.max(0) as u64 + 1));
        (begin, end)
    }

    /// The user's open burst: its value is `burst_at`.
    pub fn push_burst(&self, user: &UserId) -> Vec<u8> {
        self.burst.pack(&user.as_str())
    }

    pub fn burst_at(due_ms: i64, id: &str) -> Vec<u8> {
        pack(&(due_ms, id))
    }

    pub fn read_burst_at(value: &[u8]) -> Result<(i64, String), DomainError> {
        foundationdb::tuple::unpack(value).map_err(|e| DomainError::Corrupt(format!("push burst: {e:?}")))
    }
}

/// The key where the inbox (or feed) entries strictly after `cursor` begin to be excluded: entries are
/// `inbox prefix ++ 0x33 ++ 12 cursor bytes`, so for any cursor bytes (even a malformed
/// cursor) "key > prefix ++ 0x33 ++ cursor" is "entry cursor > cursor" bytewise, which is
/// exactly `Cursor`'s order.
pub fn entry_after_key(user_prefix: &[u8], cursor: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(user_prefix.len() + 1 + cursor.len());
    key.extend_from_slice(user_prefix);
    key.push(VERSIONSTAMP_CODE);
    key.extend_from_slice(cursor);
    key
}

/// The cursor of an inbox or feed key: the 12 bytes of its versionstamp.
pub fn entry_cursor(owner_prefix: &[u8], key: &[u8]) -> Result<[u8; 12], DomainError> {
    key.strip_prefix(owner_prefix)
        .and_then(|rest| rest.strip_prefix(&[VERSIONSTAMP_CODE]))
        .and_then(|rest| <[u8; 12]>::try_from(rest).ok())
        .ok_or_else(|| DomainError::Corrupt("inbox or feed key".into()))
}

/// Inbox values: the (channel#, seq) the entry points at.
pub fn inbox_value(channel: u64, seq: u64) -> Vec<u8> {
    pack(&(channel, seq))
}

pub fn decode_inbox_value(bytes: &[u8]) -> Result<(u64, u64), DomainError> {
    foundationdb::tuple::unpack::<(u64, u64)>(bytes).map_err(|e| DomainError::Corrupt(format!("inbox entry: {e:?}")))
}

/// A window's value when it closes: FoundationDB fills in the leaving transaction's
/// versionstamp (`SetVersionstampedValue`).
pub fn window_leave_versionstamped() -> Vec<u8> {
    pack_with_versionstamp(&(Versionstamp::incomplete(0),))
}

/// A window's leave versionstamp (`None`: still open).
pub fn decode_window_value(bytes: &[u8]) -> Result<Option<Versionstamp>, DomainError> {
    if bytes.is_empty() {
        return Ok(None);
    }
    foundationdb::tuple::unpack::<(Versionstamp,)>(bytes)
        .map(|(v,)| Some(v))
        .map_err(|e| DomainError::Corrupt(format!("window value: {e:?}")))
}

/// A dedupe record as written: FoundationDB fills in the versionstamp at commit
/// (`SetVersionstampedValue`; the packed value ends with the versionstamp's offset).
pub fn dedupe_value_versionstamped(seq: u64, user_version: u16, nonce: u64) -> Vec<u8> {
    pack_with_versionstamp(&(seq, Versionstamp::incomplete(user_version), nonce))
}

/// A dedupe record as read back.
pub struct DedupeRecord {
    pub seq: u64,
    /// The cursor of the message: commit versionstamp + user version.
    pub cursor: [u8; 12],
    /// The nonce of the append request that wrote it.
    pub nonce: u64,
}

pub fn decode_dedupe_value(bytes: &[u8]) -> Result<DedupeRecord, DomainError> {
    let (seq, stamp, nonce) = foundationdb::tuple::unpack::<(u64, Versionstamp, u64)>(bytes)
        .map_err(|e| DomainError::Corrupt(format!("dedupe record: {e:?}")))?;
    if !stamp.is_complete() {
        return Err(DomainError::Corrupt("dedupe record without versionstamp".into()));
    }
    Ok(DedupeRecord { seq, cursor: *stamp.as_bytes(), nonce })
}

/// A message's encoding split into stored values: the head (header + first chunk), then the
/// overflow chunks.
pub fn split_message(encoded: &[u8]) -> (Vec<u8>, Vec<&[u8]>) {
    let mut chunks = encoded.chunks(CHUNK_BYTES);
    let first = chunks.next().unwrap_or_default();
    let overflow: Vec<&[u8]> = chunks.collect();
    let parts = u8::try_from(overflow.len()).expect("a message is at most 255 chunks");
    let len = u32::try_from(encoded.len()).expect("a message is under 4 GiB");
    let mut head = Vec::with_capacity(HEAD_HEADER_BYTES + first.len());
    head.push(parts);
    head.extend_from_slice(&len.to_be_bytes());
    head.extend_from_slice(first);
    (head, overflow)
}

/// A stored message head, parsed.
pub struct Head<'a> {
    pub overflow_parts: u8,
    pub encoded_len: usize,
    pub first: &'a [u8],
}

pub fn parse_head(value: &[u8]) -> Result<Head<'_>, DomainError> {
    let (header, first) =
        value.split_at_checked(HEAD_HEADER_BYTES).ok_or_else(|| DomainError::Corrupt("message head".into()))?;
    let encoded_len = u32::from_be_bytes([header[1], header[2], header[3], header[4]]) as usize;
    Ok(Head { overflow_parts: header[0], encoded_len, first })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versionstamp_code_is_the_tuple_layers() {
        let packed = pack(&Versionstamp::complete([1; 10], 7));
        assert_eq!(packed[0], VERSIONSTAMP_CODE);
        assert_eq!(packed.len(), 13);
    }

    #[test]
    fn entry_after_key_orders_like_cursors() {
        let layout = Layout::new("t");
        let (prefix, end) = layout.inbox_of(1);
        let entry = |vs: [u8; 10], uv: u16| {
            let mut k = prefix.clone();
            k.extend_from_slice(&pack(&Versionstamp::complete(vs, uv)));
            k
        };
        let a = entry([0, 0, 0, 0, 0, 0, 0, 1, 0, 0], 0);
        let b = entry([0, 0, 0, 0, 0, 0, 0, 1, 0, 0], 1);
        let cursor_a = entry_cursor(&prefix, &a).unwrap();
        assert!(entry_after_key(&prefix, &cursor_a) == a);
        assert!(entry_after_key(&prefix, &cursor_a) < b);
        assert!(entry_after_key(&prefix, &[0; 8]) < a, "a shorter cursor sorts first");
        assert!(b < end);
    }

    #[test]
    fn messages_split_and_parse() {
        let encoded: Vec<u8> = (0..(CHUNK_BYTES * 4 + 10)).map(|i| i as u8).collect();
        let (head, overflow) = split_message(&encoded);
        assert!(head.len() <= 100_000 && overflow.iter().all(|c| c.len() <= 100_000));
        let parsed = parse_head(&head).unwrap();
        assert_eq!((parsed.overflow_parts as usize, parsed.encoded_len), (4, encoded.len()));
        let mut joined = parsed.first.to_vec();
        for c in overflow {
            joined.extend_from_slice(c);
        }
        assert_eq!(joined, encoded);
    }

    #[test]
    fn values_round_trip() {
        assert_eq!(decode_inbox_value(&inbox_value(7, 42)).unwrap(), (7, 42));
        assert_eq!(decode_window_value(&[]).unwrap(), None);
        let left = pack(&(Versionstamp::complete([4; 10], 0),));
        assert_eq!(decode_window_value(&left).unwrap(), Some(Versionstamp::complete([4; 10], 0)));
        // What FoundationDB stores after filling in the versionstamp.
        let stored = pack(&(9u64, Versionstamp::complete([3; 10], 2), 77u64));
        let rec = decode_dedupe_value(&stored).unwrap();
        assert_eq!((rec.seq, rec.nonce), (9, 77));
        assert_eq!(&rec.cursor[..10], &[3; 10]);
        assert_eq!(&rec.cursor[10..], &[0, 2]);
    }
}
