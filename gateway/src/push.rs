//! Offline push: a worker drains the durable outbox in the store, hands each job to the
//! configured `Notifier`, and reschedules failures with backoff. Jobs survive restarts
//! because they live in the store until delivered or given up on.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tern_core::model::PushJob;
use tern_core::notifier::{MAX_PUSH_ATTEMPTS, Notifier, NotifyError, backoff_ms};
use tern_core::store::Store;
use tokio::sync::{Notify, watch};

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

/// Runs until `shutdown` flips.
pub async fn run_worker(
    store: Arc<dyn Store>,
    notifier: Arc<dyn Notifier>,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let now = tern_core::time::now_ms();
        match store.due_push_jobs(now, 64).await {
            Ok(jobs) if !jobs.is_empty() => {
                let attempts = jobs.into_iter().map(|job| claim_and_attempt(&*store, &*notifier, job));
                futures::future::join_all(attempts).await;
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "push outbox unavailable"),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// How long a claimed job is hidden from other workers: if this gateway dies mid-attempt,
/// the job is due again after this.
const CLAIM_LEASE_MS: i64 = 30_000;

/// Claims the job (moves it a lease ahead, which only one worker can do), then attempts it.
/// Gateways sharing a store all see the same due jobs; the claim keeps them from sending
/// one push twice.
async fn claim_and_attempt(store: &dyn Store, notifier: &dyn Notifier, job: PushJob) {
    let due = job.next_attempt_ms;
    let mut claimed = job;
    claimed.next_attempt_ms = tern_core::time::now_ms() + CLAIM_LEASE_MS;
    match store.reschedule_push(claimed.clone(), due).await {
        Ok(true) => attempt(store, notifier, claimed).await,
        Ok(false) => {} // another worker has it
        Err(e) => tracing::warn!(error = %e, "push outbox: claim failed"),
    }
}

async fn attempt(store: &dyn Store, notifier: &dyn Notifier, job: PushJob) {
    let result = notifier.notify(&job).await;
    let outcome = match result {
        Ok(()) => {
            metrics::counter!("tern_push_jobs_total", "event" => "sent").increment(1);
            store.complete_push(&job).await
        }
        Err(NotifyError::Retryable(reason)) if job.attempts + 1 < MAX_PUSH_ATTEMPTS => {
            metrics::counter!("tern_push_jobs_total", "event" => "retried").increment(1);
            tracing::info!(job = %job.id, attempt = job.attempts + 1, %reason, "push failed; will retry");
            let previous = job.next_attempt_ms;
            let mut next = job;
            next.attempts += 1;
            next.next_attempt_ms = tern_core::time::now_ms() + backoff_ms(next.attempts - 1, rand::random::<f64>());
            store.reschedule_push(next, previous).await.map(drop)
        }
        Err(e) => {
            metrics::counter!("tern_push_jobs_total", "event" => "failed").increment(1);
            tracing::warn!(job = %job.id, error = %e, "push job given up");
            store.complete_push(&job).await
        }
    };
    if let Err(e) = outcome {
        tracing::warn!(error = %e, "push outbox update failed");
    }
}
