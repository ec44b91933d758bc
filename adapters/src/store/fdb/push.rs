//! The durable outbox of push notifications, partitioned by user, one job per user per burst.

use foundationdb::options::StreamingMode;

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::model::{PushJob, coalesce_push};
use tern_domain::ports::store::PushOutbox;

use super::FdbStore;
use super::layout::{Layout, fits};
use super::txn::{domain, range, scan};
use crate::store::records::{decode, encode};

fn check_ids<'a>(mut ids: impl Iterator<Item = &'a str>) -> Result<(), DomainError> {
    match ids.find(|id| !fits(id)) {
        Some(id) => Err(DomainError::InvalidArgument(format!("push job id of {} bytes", id.len()))),
        None => Ok(()),
    }
}

#[async_trait]
impl PushOutbox for FdbStore {
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), DomainError> {
        check_ids(jobs.iter().map(|j| j.id.as_str()))?;
        let jobs = &coalesce_push(jobs);
        self.txn(|trx, layout| async move {
            // Every user's open burst, then every open job, each read all at once: a
            // transaction of thousands of recipients must not read them one by one.
            let bursts =
                futures::future::try_join_all(jobs.iter().map(|j| trx.get(&layout.push_burst(&j.user), false))).await?;
            let mut open = Vec::with_capacity(jobs.len());
            for burst in &bursts {
                open.push(match burst {
                    Some(at) => {
                        let (due, id) = Layout::read_burst_at(at).map_err(domain)?;
                        Some((due, id))
                    }
                    None => None,
                });
            }
            let keys: Vec<Option<Vec<u8>>> = jobs
                .iter()
                .zip(&open)
                .map(|(job, at)| at.as_ref().map(|(due, id)| layout.push(job.partition(), *due, id)))
                .collect();
            let trx = &trx;
            let waiting = futures::future::try_join_all(keys.iter().map(|key| async move {
                match key {
                    Some(key) => trx.get(key, false).await,
                    None => Ok(None),
                }
            }))
            .await?;
            for ((job, key), waiting) in jobs.iter().zip(keys).zip(waiting) {
                if let (Some(key), Some(waiting)) = (key, waiting) {
                    let mut waiting = decode::<PushJob>(&waiting).map_err(domain)?;
                    if waiting.absorb(job) {
                        trx.set(&key, &encode(&waiting));
                    }
                    continue;
                }
                trx.set(&layout.push_burst(&job.user), &Layout::burst_at(job.next_attempt_ms, &job.id));
                trx.set(&layout.push(job.partition(), job.next_attempt_ms, &job.id), &encode(job));
            }
            Ok(())
        })
        .await
    }

    async fn claim_push(
        &self,
        partitions: Vec<u16>,
        now_ms: i64,
        lease_until_ms: i64,
        limit: usize,
    ) -> Result<Vec<PushJob>, DomainError> {
        if limit == 0 || partitions.is_empty() {
            return Ok(Vec::new());
        }
        let share = limit.div_ceil(partitions.len());
        let partitions = &partitions;
        self.txn(|trx, layout| async move {
            let mut claimed = Vec::new();
            for &partition in partitions {
                let want = share.min(limit - claimed.len());
                if want == 0 {
                    break;
                }
                // The range read conflicts with another worker's claim in this partition: one
                // of the two commits, the other retries and finds the jobs gone.
                let (begin, end) = layout.push_due(partition, now_ms);
                let mut due = Vec::new();
                scan(&trx, range(begin, false, end, want, false, StreamingMode::WantAll), false, |key, value| {
                    due.push((key.to_vec(), decode::<PushJob>(value)?));
                    Ok(true)
                })
                .await?;
                for (key, mut job) in due {
                    trx.clear(&key);
                    let burst = layout.push_burst(&job.user);
                    if trx.get(&burst, false).await?.as_deref()
                        == Some(&Layout::burst_at(job.next_attempt_ms, &job.id)[..])
                    {
                        trx.clear(&burst);
                    }
                    job.next_attempt_ms = lease_until_ms;
                    trx.set(&layout.push(partition, lease_until_ms, &job.id), &encode(&job));
                    claimed.push(job);
                }
            }
            Ok(claimed)
        })
        .await
    }

    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, DomainError> {
        check_ids(std::iter::once(job.id.as_str()))?;
        let job = &job;
        self.txn(|trx, layout| async move {
            // The read makes two moves of one job conflict: one commits, the other retries,
            // finds the key gone and answers false. (A retry after a commit whose outcome was
            // unknown answers false too; the job then waits one claim lease before it is due
            // again: late, never lost.)
            let previous = layout.push(job.partition(), previous_due_ms, &job.id);
            if trx.get(&previous, false).await?.is_none() {
                return Ok(false);
            }
            trx.clear(&previous);
            trx.set(&layout.push(job.partition(), job.next_attempt_ms, &job.id), &encode(job));
            Ok(true)
        })
        .await
    }

    async fn complete_push(&self, job: PushJob) -> Result<(), DomainError> {
        let job = &job;
        if !fits(&job.id) {
            return Ok(());
        }
        self.txn(|trx, layout| async move {
            trx.clear(&layout.push(job.partition(), job.next_attempt_ms, &job.id));
            Ok(())
        })
        .await
    }
}
