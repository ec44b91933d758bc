//! The push providers this gateway can hand jobs to: a signed webhook, or the log.

use std::time::Duration;

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tern_domain::model::PushJob;
use tern_domain::ports::notifier::{Notifier, NotifyError, Unread};

/// POSTs each job as JSON to a webhook, signed: `X-Tern-Signature: sha256=<hex HMAC-SHA256
/// of the body>` with the configured secret; `X-Tern-Gateway` names the gateway that sent it.
pub struct WebhookNotifier {
    url: String,
    secret: Vec<u8>,
    gateway: String,
    client: reqwest::Client,
}

impl WebhookNotifier {
    pub fn new(url: String, secret: &str, gateway: &str) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).tcp_nodelay(true).build()?;
        Ok(Self { url, secret: secret.as_bytes().to_vec(), gateway: gateway.to_owned(), client })
    }
}

pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// What the webhook receives: one notification for a user's burst of messages.
fn body(job: &PushJob, unread: Unread) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "job_id": job.id,
        "user_id": job.user,
        "channel_id": job.channel,
        "seq": job.seq,
        "sender_id": job.sender,
        "preview": job.preview,
        "count": job.count,
        "unread": unread.total,
        "channel_unread": unread.channel,
        "attempt": job.attempts + 1,
        "created_at_ms": job.created_at_ms,
    }))
    .expect("json")
}

/// `Retry-After` in seconds (the HTTP-date form is not followed: the backoff applies).
fn retry_after_ms(response: &reqwest::Response) -> Option<i64> {
    let secs: i64 = response.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()?;
    Some(secs.max(0).saturating_mul(1000))
}

#[async_trait]
impl Notifier for WebhookNotifier {
    async fn notify(&self, job: &PushJob, unread: Unread) -> Result<(), NotifyError> {
        let body = body(job, unread);
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header("x-tern-signature", sign(&self.secret, &body))
            .header("x-tern-gateway", &self.gateway)
            .body(body)
            .send()
            .await
            .map_err(|e| NotifyError::ProviderDown { reason: e.to_string(), retry_after_ms: None })?;
        let status = response.status();
        let reason = format!("webhook answered {status}");
        match status.as_u16() {
            _ if status.is_success() => Ok(()),
            408 => Err(NotifyError::Retryable(reason)),
            429 | 500.. => Err(NotifyError::ProviderDown { reason, retry_after_ms: retry_after_ms(&response) }),
            _ => Err(NotifyError::Permanent(reason)),
        }
    }
}

/// With no webhook configured, jobs are written to the log.
pub struct LogNotifier;

#[async_trait]
impl Notifier for LogNotifier {
    async fn notify(&self, job: &PushJob, unread: Unread) -> Result<(), NotifyError> {
        tracing::info!(user = %job.user, channel = %job.channel, seq = job.seq, count = job.count, unread = unread.total, "push (no webhook configured)");
        Ok(())
    }
}
