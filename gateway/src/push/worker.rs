//! Offline push: a worker drains the durable outbox in the store, hands each job to the
//! configured `Notifier`, and reschedules failures with backoff. Jobs survive restarts
//! because they live in the store until delivered or given up on.

use std::sync::Arc;
use std::time::Duration;

use tern_domain::model::PushJob;
use tern_domain::ports::notifier::{MAX_PUSH_ATTEMPTS, Notifier, NotifyError, backoff_ms};
use tern_domain::ports::store::Store;
use tokio::sync::{Notify, watch};

use crate::clock::now_ms;

/// Runs until `shutdown` flips.
pub async fn run(
    store: Arc<dyn Store>,
    notifier: Arc<dyn Notifier>,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let now = now_ms();
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
    claimed.next_attempt_ms = now_ms() + CLAIM_LEASE_MS;
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
            store.complete_push(job).await
        }
        Err(NotifyError::Retryable(reason)) if job.attempts + 1 < MAX_PUSH_ATTEMPTS => {
            metrics::counter!("tern_push_jobs_total", "event" => "retried").increment(1);
            tracing::info!(job = %job.id, attempt = job.attempts + 1, %reason, "push failed; will retry");
            let previous = job.next_attempt_ms;
            let mut next = job;
            next.attempts += 1;
            next.next_attempt_ms = now_ms() + backoff_ms(next.attempts - 1, rand::random::<f64>());
            store.reschedule_push(next, previous).await.map(drop)
        }
        Err(e) => {
            metrics::counter!("tern_push_jobs_total", "event" => "failed").increment(1);
            tracing::warn!(job = %job.id, error = %e, "push job given up");
            store.complete_push(job).await
        }
    };
    if let Err(e) = outcome {
        tracing::warn!(error = %e, "push outbox update failed");
    }
}
