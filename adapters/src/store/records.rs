//! Values as stored, shared by the embedded and FoundationDB adapters so both hold the same
//! data model: JSON for the small records (readable in a debugger, cheap at their size);
//! messages are stored as their protobuf encoding, so a read can be sent as is.

use serde::{Deserialize, Serialize};
use tern_domain::DomainError;
use tern_domain::model::{Channel, Relation, UserId};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CredentialRecord {
    pub user_id: UserId,
    pub password_hash: String,
}

/// A channel as stored: the domain's record and the number its messages are keyed by (given
/// once, when the channel is created; never reused).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredChannel {
    #[serde(flatten)]
    pub channel: Channel,
    pub num: u64,
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("records serialize")
}

pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, DomainError> {
    serde_json::from_slice(bytes).map_err(|e| DomainError::Corrupt(e.to_string()))
}

/// A pending request or a block as stored under `Tag::Relation` (one byte; `Friend` lives
/// under `Tag::Friend`, `None` is no key).
pub fn relation_byte(relation: Relation) -> Option<u8> {
    match relation {
        Relation::Outgoing => Some(b'o'),
        Relation::Incoming => Some(b'i'),
        Relation::Blocked => Some(b'b'),
        Relation::None | Relation::Friend => None,
    }
}

pub fn relation_of(bytes: &[u8]) -> Result<Relation, DomainError> {
    match bytes {
        b"o" => Ok(Relation::Outgoing),
        b"i" => Ok(Relation::Incoming),
        b"b" => Ok(Relation::Blocked),
        other => Err(DomainError::Corrupt(format!("relation {other:?}"))),
    }
}

/// A read position as stored: the seq, 8 bytes big-endian.
pub fn read_seq(bytes: &[u8]) -> Result<u64, DomainError> {
    let bytes: [u8; 8] = bytes.try_into().map_err(|_| DomainError::Corrupt("read position".into()))?;
    Ok(u64::from_be_bytes(bytes))
}
