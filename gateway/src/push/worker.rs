//! Offline push: a worker claims due jobs from the store's outbox, in the partitions this
//! gateway owns, hands each to the configured `Notifier` with the user's unread count, and
//! reschedules failures with backoff. Jobs survive restarts because they live in the store
//! until delivered or given up on.
//!
//! - **Partitions.** The gateways share the outbox out by rendezvous hashing over the
//!   registry (`model::owned_partitions`), refreshed every `OWNERS_EVERY`: no two workers
//!   race for the same earliest jobs. While the registry changes, two gateways may both work a
//!   partition for a moment; the claim, one commit that moves each job a lease ahead, still
//!   gives each job to one of them.
//! - **No head-of-line blocking.** Up to `concurrency` attempts run at once, each on its own:
//!   a slow or failing user's job holds its slot only. With a backlog, the worker claims again
//!   whenever half its slots are free.
//! - **A failing provider** (unreachable, 5xx, 429) opens its breaker (`ProviderBreaker`):
//!   nothing is claimed until the backoff ends, then one probe. The jobs wait in the outbox
//!   meanwhile, with no attempt spent.

use std::sync::Arc;
use std::time::Duration;

use tern_domain::model::{Conversation, PushJob, owned_partitions};
use tern_domain::ports::directory::Directory;
use tern_domain::ports::notifier::{MAX_PUSH_ATTEMPTS, Notifier, NotifyError, ProviderBreaker, Unread, backoff_ms};
use tern_domain::ports::store::Store;
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;

use crate::clock::now_ms;

/// How long a claimed job is hidden from other workers: if this gateway dies mid-attempt,
/// the job is due again after this.
const CLAIM_LEASE_MS: i64 = 30_000;
/// How often the worker looks for jobs that came due (jobs wait out their coalescing delay
/// without waking it).
const POLL: Duration = Duration::from_millis(250);
/// How often the partitions are shared out again from the registry.
const OWNERS_EVERY: Duration = Duration::from_secs(5);

pub struct PushWorker {
    pub store: Arc<dyn Store>,
    pub directory: Arc<dyn Directory>,
    pub notifier: Arc<dyn Notifier>,
    /// This gateway's id in the registry.
    pub me: String,
    pub concurrency: usize,
    /// Rung when jobs were queued.
    pub wake: Arc<Notify>,
}

/// How an attempt ended, for the provider's breaker.
enum Attempted {
    Sent,
    /// The provider failed as a whole (with how long it asked to be left alone).
    ProviderDown(Option<i64>),
    /// Failed for this job alone, or not sent: says nothing about the provider.
    NotSent,
}

impl PushWorker {
    /// Runs until `shutdown` flips. Attempts under way then are dropped: their jobs are due
    /// again when their lease ends.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let this = Arc::new(self);
        let mut breaker = ProviderBreaker::default();
        let mut attempts: JoinSet<Attempted> = JoinSet::new();
        let mut partitions = this.partitions().await;
        let mut owners_checked = tokio::time::Instant::now();
        // Whether the last claim filled every slot it asked for: more is due, so the worker
        // claims again as soon as half its slots are free (one claim for many jobs, not one
        // per finished attempt), and not on a timer.
        let mut backlog = false;
        loop {
            if owners_checked.elapsed() >= OWNERS_EVERY {
                partitions = this.partitions().await;
                owners_checked = tokio::time::Instant::now();
            }
            let now = now_ms();
            let free = this.concurrency - attempts.len();
            let refill = if backlog { (this.concurrency / 2).max(1) } else { 1 };
            let room = if free >= refill { breaker.allowance(now, free, attempts.len()) } else { 0 };
            if room > 0 && !partitions.is_empty() {
                match this.store.claim_push(partitions.clone(), now, now + CLAIM_LEASE_MS, room).await {
                    Ok(jobs) => {
                        backlog = jobs.len() == room;
                        for job in jobs {
                            let this = this.clone();
                            attempts.spawn(async move { this.attempt(job).await });
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "push outbox unavailable"),
                }
            }
            let waiting_for_slots = backlog && !attempts.is_empty();
            tokio::select! {
                Some(done) = attempts.join_next(), if !attempts.is_empty() => {
                    match done {
                        Ok(Attempted::Sent) => breaker.succeeded(),
                        Ok(Attempted::NotSent) => {}
                        Ok(Attempted::ProviderDown(retry_after)) => {
                            breaker.failed(now_ms(), retry_after, rand::random::<f64>());
                            metrics::counter!("tern_push_provider_backoffs_total").increment(1);
                        }
                        Err(e) => tracing::error!(error = %e, "push attempt panicked"),
                    }
                }
                _ = this.wake.notified(), if !backlog => {}
                _ = tokio::time::sleep(POLL), if !waiting_for_slots => {}
                _ = shutdown.changed() => return,
            }
        }
    }

    /// The partitions this gateway works: shared out among the undrained gateways of the
    /// registry; all of them when the registry cannot be read.
    async fn partitions(&self) -> Vec<u16> {
        let gateways = match self.directory.gateways().await {
            Ok(g) => g,
            Err(e) => {
                tracing::warn!(error = %e, "push: registry unavailable; working every partition");
                Vec::new()
            }
        };
        let live: Vec<&str> = gateways.iter().filter(|g| !g.draining).map(|g| g.id.as_str()).collect();
        let owned = owned_partitions(&self.me, &live);
        metrics::gauge!("tern_push_partitions").set(owned.len() as f64);
        owned
    }

    async fn attempt(&self, job: PushJob) -> Attempted {
        let unread = match self.unread(&job).await {
            Ok(u) => u,
            // The job stays claimed and is due again when its lease ends.
            Err(e) => {
                tracing::warn!(job = %job.id, error = %e, "push: unread count unavailable");
                return Attempted::NotSent;
            }
        };
        if unread.total == 0 {
            // Read on another device before the notification went out: nothing to say.
            metrics::counter!("tern_push_jobs_total", "event" => "skipped").increment(1);
            self.finish(self.store.complete_push(job).await);
            return Attempted::NotSent;
        }
        let result = self.notifier.notify(&job, unread).await;
        let attempted = match &result {
            Ok(()) => Attempted::Sent,
            Err(NotifyError::ProviderDown { retry_after_ms, .. }) => Attempted::ProviderDown(*retry_after_ms),
            Err(_) => Attempted::NotSent,
        };
        let outcome = match result {
            Ok(()) => {
                metrics::counter!("tern_push_jobs_total", "event" => "sent").increment(1);
                metrics::counter!("tern_push_messages_total").increment(u64::from(job.count));
                self.store.complete_push(job).await
            }
            Err(e) if job.attempts + 1 < MAX_PUSH_ATTEMPTS && !matches!(e, NotifyError::Permanent(_)) => {
                metrics::counter!("tern_push_jobs_total", "event" => "retried").increment(1);
                tracing::info!(job = %job.id, attempt = job.attempts + 1, error = %e, "push failed; will retry");
                let previous = job.next_attempt_ms;
                let mut next = job;
                next.attempts += 1;
                next.next_attempt_ms = now_ms() + backoff_ms(next.attempts - 1, rand::random::<f64>());
                self.store.reschedule_push(next, previous).await.map(drop)
            }
            Err(e) => {
                metrics::counter!("tern_push_jobs_total", "event" => "failed").increment(1);
                tracing::warn!(job = %job.id, error = %e, "push job given up");
                self.store.complete_push(job).await
            }
        };
        self.finish(outcome);
        attempted
    }

    async fn unread(&self, job: &PushJob) -> Result<Unread, tern_domain::DomainError> {
        let conversations = self.store.conversations(job.user.clone()).await?;
        let total = conversations.iter().map(Conversation::unread).sum();
        let channel = conversations.iter().find(|c| c.channel.id == job.channel).map_or(0, Conversation::unread);
        Ok(Unread { total, channel })
    }

    fn finish(&self, outcome: Result<(), tern_domain::DomainError>) {
        if let Err(e) = outcome {
            tracing::warn!(error = %e, "push outbox update failed");
        }
    }
}
