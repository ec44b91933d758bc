//! Values as stored, shared by the embedded and FoundationDB adapters so both hold the same
//! data model: JSON for the small records (readable in a debugger, cheap at their size);
//! messages are stored as their protobuf encoding, so a read can be sent as is.

use serde::{Deserialize, Serialize};
use tern_domain::DomainError;
use tern_domain::model::{Channel, Positions, Relation, UserId};

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

/// A member's positions as stored: the read seq, 8 bytes big-endian, then the delivered seq
/// the same way when it is ahead of the read one. (Stores written before delivery positions
/// have the first only, which reads as delivered = read.)
pub fn positions(bytes: &[u8]) -> Result<Positions, DomainError> {
    let word = |b: &[u8]| u64::from_be_bytes(b.try_into().expect("8 bytes"));
    match bytes.len() {
        8 => Ok(Positions::new(word(bytes), 0)),
        16 => Ok(Positions::new(word(&bytes[..8]), word(&bytes[8..]))),
        _ => Err(DomainError::Corrupt("read position".into())),
    }
}

/// The bytes `positions` reads.
pub fn positions_bytes(p: Positions) -> Vec<u8> {
    let mut out = p.read.to_be_bytes().to_vec();
    if p.delivered > p.read {
        out.extend_from_slice(&p.delivered.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_read_both_layouts_and_refuse_other_lengths() {
        // A value written before delivery positions existed: the read seq alone.
        assert_eq!(positions(&7u64.to_be_bytes()).unwrap(), Positions { read: 7, delivered: 7 });
        let ahead = Positions::new(3, 9);
        assert_eq!(positions_bytes(ahead).len(), 16);
        assert_eq!(positions(&positions_bytes(ahead)).unwrap(), ahead);
        let level = Positions::new(4, 4);
        assert_eq!(positions_bytes(level), 4u64.to_be_bytes().to_vec(), "no second word when it says nothing");
        assert!(matches!(positions(&[0; 9]), Err(DomainError::Corrupt(_))));
    }
}
