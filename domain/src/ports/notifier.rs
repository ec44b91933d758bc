//! The `Notifier` port: hands a push notification to a provider (a webhook, a log). Retry
//! policy lives here so every adapter backs off the same way.

use async_trait::async_trait;

use crate::model::PushJob;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// The provider itself is failing (unreachable, timing out, 5xx, 429): the worker stops
    /// sending to it for a while (`retry_after_ms` when the provider said how long), so the
    /// jobs wait in the outbox instead of each failing in turn.
    #[error("push provider unavailable: {reason}")]
    ProviderDown { reason: String, retry_after_ms: Option<i64> },
    /// This notification failed and may succeed later (408): only this job waits.
    #[error("push failed, will retry: {0}")]
    Retryable(String),
    /// The provider refused this notification for good (other 4xx): retrying cannot help.
    #[error("push refused: {0}")]
    Permanent(String),
}

/// What a notification says beyond its job: the user's unread messages when it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unread {
    /// Across all the user's channels (an app's badge).
    pub total: u64,
    /// In the channel of the burst's newest message.
    pub channel: u64,
}

#[async_trait]
pub trait Notifier: Send + Sync + 'static {
    async fn notify(&self, job: &PushJob, unread: Unread) -> Result<(), NotifyError>;
}

/// Attempts before a job is dropped (logged and counted).
pub const MAX_PUSH_ATTEMPTS: u32 = 8;

/// Delay before attempt `attempts + 1`: 1 s, 2 s, 4 s, ... capped at 5 minutes, with up to
/// 20 % jitter (given by the caller as `jitter` in 0.0..1.0) so retries do not synchronise.
pub fn backoff_ms(attempts: u32, jitter: f64) -> i64 {
    let base = 1_000i64.saturating_mul(1 << attempts.min(20)).min(300_000);
    base + (base as f64 * 0.2 * jitter.clamp(0.0, 1.0)) as i64
}

/// Whether the worker sends to a provider: closed (as many as it has slots for), open for a
/// backoff after the provider failed (nothing: the jobs wait in the outbox, no attempt spent),
/// then half-open (one probe, whose result closes it or opens it again for longer).
#[derive(Debug, Default)]
pub struct ProviderBreaker {
    failures: u32,
    open_until_ms: Option<i64>,
}

/// The longest a provider's `Retry-After` is followed.
const MAX_PROVIDER_WAIT_MS: i64 = 3_600_000;

impl ProviderBreaker {
    /// How many attempts may start at `now_ms`, with `free` slots and `in_flight` attempts.
    pub fn allowance(&self, now_ms: i64, free: usize, in_flight: usize) -> usize {
        match self.open_until_ms {
            None => free,
            Some(until) if now_ms < until => 0,
            Some(_) => usize::from(in_flight == 0 && free > 0),
        }
    }

    /// Until when nothing is sent, while open.
    pub fn open_until(&self) -> Option<i64> {
        self.open_until_ms
    }

    pub fn succeeded(&mut self) {
        *self = Self::default();
    }

    /// The provider failed: open for the next backoff step, or as long as it asked.
    pub fn failed(&mut self, now_ms: i64, retry_after_ms: Option<i64>, jitter: f64) {
        let wait = backoff_ms(self.failures, jitter).max(retry_after_ms.unwrap_or(0).min(MAX_PROVIDER_WAIT_MS));
        self.failures = self.failures.saturating_add(1);
        self.open_until_ms = Some(now_ms + wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff_ms(0, 0.0), 1_000);
        assert_eq!(backoff_ms(3, 0.0), 8_000);
        assert_eq!(backoff_ms(30, 0.0), 300_000);
        assert_eq!(backoff_ms(0, 1.0), 1_200);
    }

    #[test]
    fn a_failing_provider_is_left_alone_then_probed_once() {
        let mut breaker = ProviderBreaker::default();
        assert_eq!(breaker.allowance(0, 64, 10), 64, "closed: every free slot");
        breaker.failed(1_000, None, 0.0);
        assert_eq!(breaker.allowance(1_500, 64, 0), 0, "open: nothing for a second");
        assert_eq!(breaker.allowance(2_000, 64, 3), 0, "half-open waits for the attempts under way");
        assert_eq!(breaker.allowance(2_000, 64, 0), 1, "then one probe");
        breaker.failed(2_100, None, 0.0);
        assert_eq!(breaker.open_until(), Some(4_100), "the probe failed: open twice as long");
        breaker.failed(4_200, Some(60_000), 0.0);
        assert_eq!(breaker.open_until(), Some(64_200), "the provider's Retry-After is longer than the backoff");
        breaker.failed(70_000, Some(i64::MAX / 2), 0.0);
        assert_eq!(breaker.open_until(), Some(70_000 + MAX_PROVIDER_WAIT_MS), "but bounded");
        breaker.succeeded();
        assert_eq!(breaker.allowance(70_001, 64, 5), 64, "closed again");
    }
}
