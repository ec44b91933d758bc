//! Identifiers, limits and the validation rules every adapter shares.

use bytes::Bytes;
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::error::StoreError;

/// Longest message body, counted in Unicode scalar values (Rust `char`s), not bytes.
pub const MAX_BODY_CHARS: usize = 100_000;
/// Largest group, owner included.
pub const MAX_GROUP_MEMBERS: usize = 100;
/// Longest client-chosen message id, in bytes.
pub const MAX_CLIENT_MSG_ID_BYTES: usize = 64;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

string_id!(
    /// A user: `u` followed by 16 hex digits, chosen at random at signup.
    UserId
);
string_id!(
    /// A device of a user, chosen by the client at login (1..=64 bytes).
    DeviceId
);
string_id!(
    /// A conversation. `d.<user>.<user>` (sorted) for 1:1 chats, `g<16 hex>` for groups.
    ChannelId
);

impl UserId {
    pub fn random() -> Self {
        Self(format!("u{:016x}", rand::random::<u64>()))
    }
}

impl ChannelId {
    /// The 1:1 channel of two users: the same id whichever side opens it.
    pub fn direct(a: &UserId, b: &UserId) -> Self {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        Self(format!("d.{lo}.{hi}"))
    }

    pub fn random_group() -> Self {
        Self(format!("g{:016x}", rand::random::<u64>()))
    }
}

/// A position in a user's inbox. Opaque to clients; ordered bytewise; strictly increasing
/// in commit order for one user. All members of one message share the message's cursor,
/// which lets the gateway encode a delivery once for every recipient.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cursor(pub Bytes);

/// Cursors travel as hex in JSON (store RPCs).
impl Serialize for Cursor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.iter().map(|b| format!("{b:02x}")).collect::<String>())
    }
}

impl<'de> Deserialize<'de> for Cursor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let hex = String::deserialize(d)?;
        let bytes = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| serde::de::Error::custom("cursor must be hex"))?;
        Ok(Cursor(bytes.into()))
    }
}

impl Cursor {
    pub const START: Cursor = Cursor(Bytes::new());

    pub fn from_u64(v: u64) -> Self {
        Cursor(Bytes::copy_from_slice(&v.to_be_bytes()))
    }

    pub fn is_start(&self) -> bool {
        self.0.is_empty()
    }
}

/// A 1:1 chat or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Direct,
    Group,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelInfo {
    pub id: ChannelId,
    pub kind: ChannelKind,
    pub name: String,
    pub created_by: UserId,
    pub created_at_ms: i64,
    /// Sorted.
    pub members: Vec<UserId>,
    pub last_seq: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub created_at_ms: i64,
}

/// A user together with the password hash a login checks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

/// One message to store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppendRequest {
    pub channel: ChannelId,
    pub sender: UserId,
    pub client_msg_id: String,
    pub body: String,
}

impl AppendRequest {
    /// The checks every adapter applies before storing anything.
    pub fn validate(&self) -> Result<(), StoreError> {
        validate_client_msg_id(&self.client_msg_id)?;
        validate_body(&self.body)
    }
}

pub fn validate_body(body: &str) -> Result<(), StoreError> {
    if body.is_empty() {
        return Err(StoreError::BodyEmpty);
    }
    // Byte length bounds the char count from above, so the common case skips the count.
    if body.len() > MAX_BODY_CHARS {
        let chars = body.chars().count();
        if chars > MAX_BODY_CHARS {
            return Err(StoreError::BodyTooLarge { chars });
        }
    }
    Ok(())
}

pub fn validate_client_msg_id(id: &str) -> Result<(), StoreError> {
    if id.is_empty() || id.len() > MAX_CLIENT_MSG_ID_BYTES {
        return Err(StoreError::InvalidArgument(format!("client_msg_id must be 1..={MAX_CLIENT_MSG_ID_BYTES} bytes")));
    }
    Ok(())
}

/// Usernames: 3..=32 of `a-z 0-9 _ . -`, so they are safe in URLs and unambiguous.
pub fn validate_username(name: &str) -> Result<(), StoreError> {
    let ok = (3..=32).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidArgument("username must be 3..=32 characters of a-z, 0-9, '_', '.', '-'".into()))
    }
}

pub fn validate_display_name(name: &str) -> Result<(), StoreError> {
    if name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(StoreError::InvalidArgument(
            "display name must be at most 64 characters, none of them control characters".into(),
        ));
    }
    Ok(())
}

pub fn validate_new_display_name(name: &str) -> Result<(), StoreError> {
    validate_display_name(name)?;
    if name.trim().is_empty() {
        return Err(StoreError::InvalidArgument("display name must not be blank".into()));
    }
    Ok(())
}

/// The trimmed group name, 1..=100 characters.
pub fn group_name(name: &str) -> Result<&str, StoreError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(StoreError::InvalidArgument("group name must be 1..=100 characters".into()));
    }
    Ok(name)
}

/// The stored outcome of an append; `message` is what members receive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppendOutcome {
    pub message: tern_proto::v1::Message,
    /// The inbox position of this message, shared by all members.
    pub cursor: Cursor,
    /// True when the client_msg_id was already stored: nothing new was written.
    pub duplicate: bool,
    /// Members of the channel at commit time, sorted; shared, since every append to a
    /// channel carries the same list.
    pub members: std::sync::Arc<[UserId]>,
}

/// Where a history page starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryAnchor {
    Latest,
    /// Messages with seq < the given one.
    Before(u64),
    /// Messages with seq > the given one.
    After(u64),
    /// The given seq in the middle, half the page on each side.
    Around(u64),
}

pub const MAX_HISTORY_LIMIT: usize = 200;
pub const DEFAULT_HISTORY_LIMIT: usize = 50;
pub const MAX_SYNC_LIMIT: usize = 500;
pub const DEFAULT_SYNC_LIMIT: usize = 100;
/// A history or inbox page stops adding messages past this many body bytes (it always holds
/// at least one), so every page fits in one frame whatever the limit asked for.
pub const MAX_PAGE_BODY_BYTES: usize = 384 * 1024;

/// An `Around` page is read as two halves, each within the byte budget; together they may
/// exceed it. Drops messages farthest from the anchor until the page fits (keeping one).
pub fn fit_around_page(messages: &mut Vec<tern_proto::v1::Message>, anchor: u64) {
    let mut total: usize = messages.iter().map(|m| m.body.len()).sum();
    while total > MAX_PAGE_BODY_BYTES && messages.len() > 1 {
        let (first, last) = (messages[0].seq, messages[messages.len() - 1].seq);
        let dropped = if anchor.abs_diff(first) > anchor.abs_diff(last) {
            messages.remove(0)
        } else {
            messages.pop().expect("len > 1")
        };
        total -= dropped.body.len();
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryPage {
    /// Ascending by seq.
    pub messages: Vec<tern_proto::v1::Message>,
    pub has_older: bool,
    pub has_newer: bool,
    pub last_seq: u64,
}

impl HistoryPage {
    /// A page of `messages` (ascending) read for `anchor` when the channel's last seq was
    /// `last_seq`. Seqs are dense from 1, so what lies on either side follows from them.
    pub fn new(messages: Vec<tern_proto::v1::Message>, anchor: HistoryAnchor, last_seq: u64) -> Self {
        let has_older = messages.first().is_some_and(|m| m.seq > 1);
        let has_newer = match messages.last() {
            Some(m) => m.seq < last_seq,
            None => matches!(anchor, HistoryAnchor::Before(s) if s <= last_seq),
        };
        Self { messages, has_older, has_newer, last_seq }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxPage {
    pub entries: Vec<(Cursor, tern_proto::v1::Message)>,
    pub more: bool,
}

/// A push notification to send to a user who had no online device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushJob {
    pub id: String,
    pub user: UserId,
    pub channel: ChannelId,
    pub seq: u64,
    pub sender: UserId,
    /// The first characters of the body, for the notification text.
    pub preview: String,
    pub attempts: u32,
    pub next_attempt_ms: i64,
    pub created_at_ms: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_limit_counts_chars_not_bytes() {
        assert_eq!(validate_body(""), Err(StoreError::BodyEmpty));
        assert!(validate_body(&"é".repeat(MAX_BODY_CHARS)).is_ok());
        assert!(validate_body(&"😀".repeat(MAX_BODY_CHARS)).is_ok());
        assert_eq!(
            validate_body(&"a".repeat(MAX_BODY_CHARS + 1)),
            Err(StoreError::BodyTooLarge { chars: MAX_BODY_CHARS + 1 })
        );
    }

    #[test]
    fn direct_channel_is_symmetric() {
        let (a, b) = (UserId::from("ua"), UserId::from("ub"));
        assert_eq!(ChannelId::direct(&a, &b), ChannelId::direct(&b, &a));
    }

    #[test]
    fn usernames() {
        assert!(validate_username("alice_1").is_ok());
        assert!(validate_username("Al").is_err());
        assert!(validate_username("a b c").is_err());
    }
}
