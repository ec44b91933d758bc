//! Every limit of the protocol and the REST API, defined once: the socket session and the
//! HTTP handlers both answer a request by these, so one request means the same on either.

use std::ops::RangeInclusive;

use crate::error::DomainError;

/// Longest message body, counted in Unicode scalar values (Rust `char`s), not bytes.
pub const MAX_BODY_CHARS: usize = 100_000;
/// Longest client-chosen message id, in bytes.
pub const MAX_CLIENT_MSG_ID_BYTES: usize = 64;
/// Largest group, owner included.
pub const MAX_GROUP_MEMBERS: usize = 100;
/// Longest group name, in characters (after trimming).
pub const MAX_GROUP_NAME_CHARS: usize = 100;
/// Usernames: this many bytes of `a-z 0-9 _ . -`.
pub const USERNAME_BYTES: RangeInclusive<usize> = 3..=32;
/// Longest display name, in characters.
pub const MAX_DISPLAY_NAME_CHARS: usize = 64;
/// Passwords, in characters.
pub const PASSWORD_CHARS: RangeInclusive<usize> = 8..=256;
/// Longest device id, in bytes.
pub const MAX_DEVICE_ID_BYTES: usize = 64;
/// Most users one presence query may name.
pub const MAX_PRESENCE_USERS: usize = 200;
/// How much of a body a push notification carries, in characters.
pub const PUSH_PREVIEW_CHARS: usize = 120;
/// A history or inbox page stops adding messages past this many body bytes (it always holds
/// at least one), so every page fits in one frame whatever the limit asked for.
pub const MAX_PAGE_BODY_BYTES: usize = 384 * 1024;
/// Sends per second one user may make on one gateway (all devices together), and the burst
/// above it: the defaults of `--send-rate` and `--send-burst`.
pub const DEFAULT_SEND_RATE: f64 = 20.0;
pub const DEFAULT_SEND_BURST: u32 = 50;

/// How many entries a page request may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLimit {
    /// Given when a request asks for 0 or names no limit (protobuf cannot tell the two apart).
    pub default: usize,
    pub max: usize,
}

/// History pages (`HistoryRequest.limit`, `GET /v1/channels/{id}/history?limit=`).
pub const HISTORY_PAGE: PageLimit = PageLimit { default: 50, max: 200 };
/// Inbox pages (`SyncRequest.limit`, and the catch-up after `Authenticate`).
pub const SYNC_PAGE: PageLimit = PageLimit { default: 100, max: 500 };
/// A session forwards at most one typing start per channel per this interval; above it, a
/// start is refused (`RATE_LIMITED`).
pub const TYPING_INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);
/// How long a typing start holds on the members' screens unless renewed or stopped.
pub const TYPING_EXPIRES_MS: u32 = 6_000;
/// Channels one session may be typing in at once (more starts are refused).
pub const MAX_TYPING_CHANNELS: usize = 8;
/// Conversation list pages (`ListConversations.limit`, REST `GET /v1/conversations`).
pub const CONVERSATION_PAGE: PageLimit = PageLimit { default: 50, max: 100 };

impl PageLimit {
    /// The page size for a requested limit: 0 means the default; above the maximum is refused.
    pub fn resolve(&self, requested: u64) -> Result<usize, DomainError> {
        match requested {
            0 => Ok(self.default),
            n if n <= self.max as u64 => Ok(n as usize),
            _ => Err(DomainError::InvalidArgument(format!("limit must be at most {}", self.max))),
        }
    }

    /// What an adapter reads for a limit it was handed: within 1..=max whatever it is.
    pub fn clamp(&self, limit: usize) -> usize {
        limit.clamp(1, self.max)
    }
}

/// The users a presence query names: 1..=`MAX_PRESENCE_USERS` non-empty ids.
pub fn presence_users<I: IntoIterator<Item = String>>(ids: I) -> Result<Vec<crate::UserId>, DomainError> {
    let users: Vec<crate::UserId> = ids.into_iter().filter(|s| !s.is_empty()).map(crate::UserId).collect();
    if users.is_empty() || users.len() > MAX_PRESENCE_USERS {
        return Err(DomainError::InvalidArgument(format!("ask for 1..={MAX_PRESENCE_USERS} users")));
    }
    Ok(users)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_means_default_and_the_maximum_is_inclusive() {
        assert_eq!(HISTORY_PAGE.resolve(0), Ok(50));
        assert_eq!(HISTORY_PAGE.resolve(200), Ok(200));
        assert!(matches!(HISTORY_PAGE.resolve(201), Err(DomainError::InvalidArgument(_))));
        assert_eq!(SYNC_PAGE.resolve(7), Ok(7));
        assert_eq!(SYNC_PAGE.clamp(0), 1);
    }

    #[test]
    fn presence_queries_name_at_least_one_and_at_most_the_maximum() {
        assert!(presence_users(Vec::new()).is_err());
        assert!(presence_users(vec![String::new()]).is_err(), "empty ids do not count");
        assert_eq!(presence_users(vec!["a".into()]).unwrap().len(), 1);
        assert!(presence_users((0..=MAX_PRESENCE_USERS).map(|i| i.to_string())).is_err());
    }
}
