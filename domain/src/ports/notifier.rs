//! The `Notifier` port: hands a push job to a provider (a webhook, a log). Retry policy lives
//! here so every adapter backs off the same way.

use async_trait::async_trait;

use crate::model::PushJob;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// Worth trying again later (timeouts, 5xx, 429).
    #[error("push failed, will retry: {0}")]
    Retryable(String),
    /// The provider refused the job for good (4xx): retrying cannot help.
    #[error("push refused: {0}")]
    Permanent(String),
}

#[async_trait]
pub trait Notifier: Send + Sync + 'static {
    async fn notify(&self, job: &PushJob) -> Result<(), NotifyError>;
}

/// Attempts before a job is dropped (logged and counted).
pub const MAX_PUSH_ATTEMPTS: u32 = 8;

/// Delay before attempt `attempts + 1`: 1 s, 2 s, 4 s, ... capped at 5 minutes, with up to
/// 20 % jitter (given by the caller as `jitter` in 0.0..1.0) so retries do not synchronise.
pub fn backoff_ms(attempts: u32, jitter: f64) -> i64 {
    let base = 1_000i64.saturating_mul(1 << attempts.min(20)).min(300_000);
    base + (base as f64 * 0.2 * jitter.clamp(0.0, 1.0)) as i64
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
}
