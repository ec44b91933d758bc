//! Where the embedded store keeps each record: the key of every kind (tuple-encoded, see
//! `store::keys`) and the inbox entry's value.

use tern_domain::DomainError;
use tern_domain::model::{ChannelId, UserId};

use crate::store::keys::{Key, KeyReader, Tag};

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

/// A group's feed entry: its message at `cursor` (value: the seq).
pub fn feed_key(channel: &ChannelId, cursor: &[u8]) -> Vec<u8> {
    Key::new(Tag::Feed).str(channel.as_str()).bytes(cursor).into_vec()
}

pub fn feed_prefix(channel: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Feed).str(channel.as_str()).into_vec()
}

/// A user's membership windows in a group.
pub fn window_key(user: &UserId, channel: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Window).str(user.as_str()).str(channel.as_str()).into_vec()
}

pub fn windows_prefix(user: &UserId) -> Vec<u8> {
    Key::new(Tag::Window).str(user.as_str()).into_vec()
}

/// Which version of this layout the store holds (absent: 1, before group feeds).
pub fn layout_version_key() -> Vec<u8> {
    Key::new(Tag::Meta).str("layout").into_vec()
}

pub fn push_key(due_ms: i64, id: &str) -> Vec<u8> {
    Key::new(Tag::Push).u64(due_ms.max(0) as u64).str(id).into_vec()
}

/// Inbox values: the (channel, seq) the entry points at.
pub fn encode_inbox_value(channel: &ChannelId, seq: u64) -> Vec<u8> {
    Key::new(Tag::Inbox).str(channel.as_str()).u64(seq).into_vec()
}

pub fn decode_inbox_value(bytes: &[u8]) -> Result<(ChannelId, u64), DomainError> {
    let mut r = KeyReader::new(bytes);
    match (r.str(), r.u64()) {
        (Some(c), Some(seq)) => Ok((ChannelId(c), seq)),
        _ => Err(DomainError::Corrupt("inbox entry".into())),
    }
}

/// A member's windows in a group: the cursors a message of the group must lie between,
/// exclusive of `from` and inclusive of `to`, to be this member's (`to` is `u64::MAX` while
/// the window is open). Joined at one cursor, left at a later one, rejoined later again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Windows(pub Vec<(u64, u64)>);

impl Windows {
    pub const OPEN: u64 = u64::MAX;

    pub fn encode(&self) -> Vec<u8> {
        self.0.iter().flat_map(|(from, to)| from.to_be_bytes().into_iter().chain(to.to_be_bytes())).collect()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, DomainError> {
        if !bytes.len().is_multiple_of(16) {
            return Err(DomainError::Corrupt("membership windows".into()));
        }
        let word = |b: &[u8]| u64::from_be_bytes(b.try_into().expect("8 bytes"));
        Ok(Windows(bytes.chunks_exact(16).map(|w| (word(&w[..8]), word(&w[8..]))).collect()))
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
}
