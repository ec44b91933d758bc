//! Identifiers: users, devices, channels, and the inbox cursor.

use std::fmt;

use bytes::Bytes;
use serde::{Deserialize, Serialize};

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
        Self::from_number(rand::random::<u64>())
    }

    pub fn from_number(n: u64) -> Self {
        Self(format!("u{n:016x}"))
    }

    /// The number this id spells (`u` and 16 lowercase hex digits), which stores use in their
    /// keys; `None` for any other string, which names no user.
    pub fn number(&self) -> Option<u64> {
        let hex = self.0.strip_prefix('u').filter(|h| h.len() == 16)?;
        hex.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            .then(|| u64::from_str_radix(hex, 16).ok())?
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_channel_is_symmetric() {
        let (a, b) = (UserId::from("ua"), UserId::from("ub"));
        assert_eq!(ChannelId::direct(&a, &b), ChannelId::direct(&b, &a));
    }

    #[test]
    fn a_user_id_spells_its_number() {
        let id = UserId::random();
        assert_eq!(UserId::from_number(id.number().unwrap()), id);
        assert_eq!(UserId::from("u00000000000000ff").number(), Some(255));
        for odd in ["ua", "u00000000000000FF", "u+0000000000000ff", "x00000000000000ff", "u000000000000000ff"] {
            assert_eq!(UserId::from(odd).number(), None, "{odd}");
        }
    }

    #[test]
    fn cursors_travel_as_hex() {
        let c = Cursor::from_u64(0x0102);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, "\"0000000000000102\"");
        assert_eq!(serde_json::from_str::<Cursor>(&json).unwrap(), c);
        assert!(serde_json::from_str::<Cursor>("\"zz\"").is_err());
    }
}
