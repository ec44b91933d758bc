//! Token buckets for rate limits, fed time by the caller.

use std::collections::HashMap;
use std::time::Instant;

use crate::model::UserId;

#[derive(Clone, Debug)]
pub struct TokenBucket {
    capacity: f64,
    per_second: f64,
    tokens: f64,
    last: Option<Instant>,
}

impl TokenBucket {
    /// `per_second` sustained, bursts of up to `burst`.
    pub fn new(per_second: f64, burst: u32) -> Self {
        Self { capacity: burst as f64, per_second, tokens: burst as f64, last: None }
    }

    /// Takes one token if there is one.
    pub fn try_take(&mut self, now: Instant) -> bool {
        if self.has_token(now) {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Whether a token is there now, without taking it.
    pub fn has_token(&mut self, now: Instant) -> bool {
        self.refill(now);
        self.tokens >= 1.0
    }

    /// Whether the bucket is full again: nothing taken lately that it still remembers.
    pub fn is_full(&mut self, now: Instant) -> bool {
        self.refill(now);
        self.tokens >= self.capacity
    }

    fn refill(&mut self, now: Instant) {
        if let Some(last) = self.last {
            let elapsed = now.saturating_duration_since(last).as_secs_f64();
            self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        }
        self.last = Some(now);
    }
}

/// The send limit of one gateway: a bucket per user, shared by all of that user's sessions
/// there, all with the same rate.
#[derive(Debug)]
pub struct SendRates {
    per_second: f64,
    burst: u32,
    buckets: HashMap<UserId, TokenBucket>,
}

impl SendRates {
    pub fn new(per_second: f64, burst: u32) -> Self {
        Self { per_second, burst, buckets: HashMap::new() }
    }

    /// Takes one of `user`'s tokens if there is one.
    pub fn try_take(&mut self, user: &UserId, now: Instant) -> bool {
        let (per_second, burst) = (self.per_second, self.burst);
        self.buckets.entry(user.clone()).or_insert_with(|| TokenBucket::new(per_second, burst)).try_take(now)
    }

    /// The user has no session here any more: a later one starts with a full bucket, which
    /// is what a quiet user has anyway.
    pub fn forget(&mut self, user: &UserId) {
        self.buckets.remove(user);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn bursts_then_refills() {
        let t0 = Instant::now();
        let mut b = TokenBucket::new(2.0, 3);
        assert!((0..3).all(|_| b.try_take(t0)));
        assert!(!b.try_take(t0));
        assert!(b.try_take(t0 + Duration::from_millis(500)));
        assert!(!b.try_take(t0 + Duration::from_millis(500)));
        assert!(!b.has_token(t0 + Duration::from_millis(600)), "a look takes nothing and finds nothing");
        assert!(b.has_token(t0 + Duration::from_millis(1_000)));
        assert!(b.has_token(t0 + Duration::from_millis(1_000)), "looking twice takes nothing");
        assert!(!b.is_full(t0 + Duration::from_millis(1_000)));
        assert!(b.is_full(t0 + Duration::from_millis(2_000)));
    }

    #[test]
    fn send_rate_is_limited_per_user() {
        let t0 = Instant::now();
        let mut rates = SendRates::new(1.0, 2);
        let (a, b) = (UserId::from("a"), UserId::from("b"));
        assert!(rates.try_take(&a, t0));
        assert!(rates.try_take(&a, t0));
        assert!(!rates.try_take(&a, t0), "a's burst is spent");
        assert!(rates.try_take(&b, t0), "b has a bucket of its own");
        assert!(rates.try_take(&a, t0 + Duration::from_millis(1_001)), "refilled after 1 s");
    }
}
