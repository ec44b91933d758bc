//! Values as stored, shared by the embedded and FoundationDB adapters so both hold the same
//! data model: JSON for the small records (readable in a debugger, cheap at their size);
//! messages are stored as their protobuf encoding, so a read can be sent as is.

use serde::{Deserialize, Serialize};

use crate::error::StoreError;
use crate::model::{ChannelId, ChannelInfo, ChannelKind, User, UserId};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CredentialRecord {
    pub user_id: UserId,
    pub password_hash: String,
}

/// A channel; `last_seq` lives in its own key so an append does not rewrite the member list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelRecord {
    pub id: ChannelId,
    pub kind: ChannelKind,
    pub name: String,
    pub created_by: UserId,
    pub created_at_ms: i64,
    /// Sorted, unique.
    pub members: Vec<UserId>,
}

impl ChannelRecord {
    pub fn is_member(&self, user: &UserId) -> bool {
        self.members.binary_search(user).is_ok()
    }

    pub fn info(&self, last_seq: u64) -> ChannelInfo {
        ChannelInfo {
            id: self.id.clone(),
            kind: self.kind,
            name: self.name.clone(),
            created_by: self.created_by.clone(),
            created_at_ms: self.created_at_ms,
            members: self.members.clone(),
            last_seq,
        }
    }
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("records serialize")
}

pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The `seq` key's value: the last seq, 8 bytes big-endian (absent: 0).
pub fn decode_seq(bytes: Option<&[u8]>) -> Result<u64, StoreError> {
    match bytes {
        None => Ok(0),
        Some(b) => <[u8; 8]>::try_from(b).map(u64::from_be_bytes).map_err(|_| StoreError::Corrupt("seq".into())),
    }
}

pub fn decode_user(bytes: &[u8]) -> Result<User, StoreError> {
    decode(bytes)
}
