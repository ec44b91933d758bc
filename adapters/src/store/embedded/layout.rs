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
