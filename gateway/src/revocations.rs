//! Whether a token was revoked by a logout. Tokens are verified without the store; the user's
//! revocations are the store's (`Accounts::revocations`). A session's authentication asks
//! the store each time (once per connection); REST calls, one per request, use what this
//! gateway read in the last `CACHED_FOR`, so a logout reaches every gateway's REST API within
//! that time (and this gateway's at once).

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tern_domain::DomainError;
use tern_domain::model::{DeviceId, Revocations, UserId};
use tern_domain::ports::store::Store;
use tern_domain::token::Claims;

/// How long a user's revocations read from the store are trusted for REST calls.
pub const CACHED_FOR: Duration = Duration::from_secs(5);
/// Users remembered at most; past it, the stale ones are forgotten.
const MAX_USERS: usize = 100_000;

#[derive(Default)]
pub struct RevocationCache {
    users: Mutex<HashMap<UserId, (Revocations, Instant)>>,
}

impl RevocationCache {
    /// Whether the store says the token of `device` issued at `issued_at_ms` is revoked,
    /// asking it now.
    pub async fn revoked_now(
        &self,
        store: &dyn Store,
        user: &UserId,
        device: &DeviceId,
        issued_at_ms: i64,
    ) -> Result<bool, DomainError> {
        let revocations = store.revocations(user.clone()).await?;
        let revoked = revocations.revokes(device, issued_at_ms);
        self.remember(user, revocations);
        Ok(revoked)
    }

    /// Whether `claims` is revoked, as read within `CACHED_FOR`.
    pub async fn revoked(&self, store: &dyn Store, claims: &Claims) -> Result<bool, DomainError> {
        let cached = {
            let users = self.users.lock().unwrap_or_else(PoisonError::into_inner);
            let fresh = users.get(&claims.user).filter(|(_, at)| at.elapsed() < CACHED_FOR);
            fresh.map(|(r, _)| r.revokes(&claims.device, claims.issued_at_ms))
        };
        match cached {
            Some(revoked) => Ok(revoked),
            None => self.revoked_now(store, &claims.user, &claims.device, claims.issued_at_ms).await,
        }
    }

    /// What the store answered for `user` (after a read, or a logout here).
    pub fn remember(&self, user: &UserId, revocations: Revocations) {
        let mut users = self.users.lock().unwrap_or_else(PoisonError::into_inner);
        if users.len() >= MAX_USERS {
            users.retain(|_, (_, at)| at.elapsed() < CACHED_FOR);
        }
        users.insert(user.clone(), (revocations, Instant::now()));
    }
}
