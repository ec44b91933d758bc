//! The keys of layouts 1 and 2, all in the `tern` keyspace and keyed by id strings: read
//! only by `migrate.rs` to bring an older store to layout 3.

use tern_domain::DomainError;
use tern_domain::model::ChannelId;

use crate::store::keys::{Key, KeyReader, Tag};

/// The prefix of every record of one kind (`Tag::Message`, `Inbox`, `Feed`, `Window`,
/// `Dedupe`).
pub fn prefix(tag: Tag) -> Vec<u8> {
    Key::new(tag).into_vec()
}

#[cfg(test)]
/// A channel's last seq (`c`, channel, "seq").
pub fn seq_key(id: &ChannelId) -> Vec<u8> {
    Key::new(Tag::Channel).str(id.as_str()).str("seq").into_vec()
}

/// Inbox values: the (channel, seq) the entry points at.
pub fn decode_inbox_value(bytes: &[u8]) -> Result<(ChannelId, u64), DomainError> {
    let mut r = KeyReader::new(bytes);
    match (r.str(), r.u64()) {
        (Some(c), Some(seq)) => Ok((ChannelId(c), seq)),
        _ => Err(DomainError::Corrupt("inbox entry".into())),
    }
}

#[cfg(test)]
pub fn encode_inbox_value(channel: &ChannelId, seq: u64) -> Vec<u8> {
    Key::new(Tag::Inbox).str(channel.as_str()).u64(seq).into_vec()
}

/// (string, number) keys: messages (`m`, channel, seq).
#[cfg(test)]
pub fn message_key(channel: &ChannelId, seq: u64) -> Vec<u8> {
    Key::new(Tag::Message).str(channel.as_str()).u64(seq).into_vec()
}

/// (string, cursor bytes) keys: inbox (`i`, user, cursor) and feed (`x`, channel, cursor).
#[cfg(test)]
pub fn entry_key(tag: Tag, owner: &str, cursor: &[u8]) -> Vec<u8> {
    Key::new(tag).str(owner).bytes(cursor).into_vec()
}

/// (string, string) keys: windows (`w`, user, channel).
#[cfg(test)]
pub fn window_key(user: &str, channel: &str) -> Vec<u8> {
    Key::new(Tag::Window).str(user).str(channel).into_vec()
}

/// Dedupe (`d`, channel, sender, client_msg_id) -> (seq, cursor).
#[cfg(test)]
pub fn dedupe_key(channel: &str, sender: &str, client_msg_id: &str) -> Vec<u8> {
    Key::new(Tag::Dedupe).str(channel).str(sender).str(client_msg_id).into_vec()
}
