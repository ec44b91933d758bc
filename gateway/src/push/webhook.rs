//! The push providers this gateway can hand jobs to: a signed webhook, or the log.

use std::time::Duration;

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tern_domain::model::PushJob;
use tern_domain::ports::notifier::{Notifier, NotifyError};

/// POSTs each job as JSON to a webhook, signed: `X-Tern-Signature: sha256=<hex HMAC-SHA256
/// of the body>` with the configured secret.
pub struct WebhookNotifier {
    url: String,
    secret: Vec<u8>,
    client: reqwest::Client,
}

impl WebhookNotifier {
    pub fn new(url: String, secret: &str) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        Ok(Self { url, secret: secret.as_bytes().to_vec(), client })
    }
}

pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

#[async_trait]
impl Notifier for WebhookNotifier {
    async fn notify(&self, job: &PushJob) -> Result<(), NotifyError> {
        let body = serde_json::to_vec(&serde_json::json!({
            "job_id": job.id,
            "user_id": job.user,
            "channel_id": job.channel,
            "seq": job.seq,
            "sender_id": job.sender,
            "preview": job.preview,
            "attempt": job.attempts + 1,
            "created_at_ms": job.created_at_ms,
        }))
        .expect("json");
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header("x-tern-signature", sign(&self.secret, &body))
            .body(body)
            .send()
            .await
            .map_err(|e| NotifyError::Retryable(e.to_string()))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else if status.is_client_error() && status.as_u16() != 408 && status.as_u16() != 429 {
            Err(NotifyError::Permanent(format!("webhook answered {status}")))
        } else {
            Err(NotifyError::Retryable(format!("webhook answered {status}")))
        }
    }
}

/// With no webhook configured, jobs are written to the log.
pub struct LogNotifier;

#[async_trait]
impl Notifier for LogNotifier {
    async fn notify(&self, job: &PushJob) -> Result<(), NotifyError> {
        tracing::info!(user = %job.user, channel = %job.channel, seq = job.seq, "push job (no webhook configured)");
        Ok(())
    }
}
