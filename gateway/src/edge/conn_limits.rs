//! Rate limits by key, in token buckets: new connections per client address (both
//! transports), login attempts per address and failed logins per account (`http/auth.rs`).

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tern_domain::rate::TokenBucket;

/// A token bucket per key, each with the same rate and burst.
pub struct KeyedLimiter<K> {
    per_second: f64,
    burst: u32,
    buckets: Mutex<(HashMap<K, TokenBucket>, Instant)>,
}

/// New connections per client address.
pub type ConnLimiter = KeyedLimiter<IpAddr>;

impl<K: Hash + Eq> KeyedLimiter<K> {
    pub fn new(per_second: f64, burst: u32) -> Self {
        Self { per_second, burst, buckets: Mutex::new((HashMap::new(), Instant::now())) }
    }

    /// Takes one of `key`'s tokens if there is one.
    pub fn allow(&self, key: K) -> bool {
        self.with(key, TokenBucket::try_take)
    }

    /// Whether `key` has a token now, without taking it.
    pub fn has_token(&self, key: K) -> bool {
        self.with(key, TokenBucket::has_token)
    }

    fn with(&self, key: K, f: impl FnOnce(&mut TokenBucket, Instant) -> bool) -> bool {
        let now = Instant::now();
        let mut guard = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        let (buckets, swept) = &mut *guard;
        // Forget the keys whose buckets are full again now and then, so the map cannot grow
        // without bound: a forgotten key starts with a full bucket, which is what it had.
        if now.duration_since(*swept) > Duration::from_secs(60) {
            buckets.retain(|_, bucket| !bucket.is_full(now));
            *swept = now;
        }
        let (per_second, burst) = (self.per_second, self.burst);
        f(buckets.entry(key).or_insert_with(|| TokenBucket::new(per_second, burst)), now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_bucket_and_a_look_takes_nothing() {
        let limits = KeyedLimiter::new(0.001, 2);
        assert!(limits.has_token("a"));
        assert!(limits.allow("a") && limits.allow("a"));
        assert!(!limits.has_token("a") && !limits.allow("a"), "a's burst is spent");
        assert!(limits.allow("b"), "b has its own");
    }
}
