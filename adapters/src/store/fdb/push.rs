//! The durable outbox of push notifications.

use foundationdb::options::StreamingMode;

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::model::PushJob;
use tern_domain::ports::store::PushOutbox;

use super::FdbStore;
use super::layout::fits;
use super::txn::{range, scan};
use crate::store::records::{decode, encode};

#[async_trait]
impl PushOutbox for FdbStore {
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), DomainError> {
        if let Some(job) = jobs.iter().find(|j| !fits(&j.id)) {
            return Err(DomainError::InvalidArgument(format!("push job id of {} bytes", job.id.len())));
        }
        let jobs = &jobs;
        self.txn(|trx, layout| async move {
            for job in jobs {
                trx.set(&layout.push(job.next_attempt_ms, &job.id), &encode(job));
            }
            Ok(())
        })
        .await
    }

    async fn due_push_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<PushJob>, DomainError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        self.txn(|trx, layout| async move {
            let (begin, end) = layout.push_due(now_ms);
            let mut jobs = Vec::new();
            let opt = range(begin, false, end, limit, false, StreamingMode::WantAll);
            scan(&trx, opt, false, |_, value| {
                jobs.push(decode::<PushJob>(value)?);
                Ok(true)
            })
            .await?;
            Ok(jobs)
        })
        .await
    }

    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, DomainError> {
        if !fits(&job.id) {
            return Err(DomainError::InvalidArgument("push job id too long".into()));
        }
        let job = &job;
        self.txn(|trx, layout| async move {
            // The read makes two claims of one job conflict: one commits, the other
            // retries, finds the key gone and answers false. (A retry after a commit
            // whose outcome was unknown answers false too; the job then waits one
            // claim lease before it is due again: late, never lost.)
            let previous = layout.push(previous_due_ms, &job.id);
            if trx.get(&previous, false).await?.is_none() {
                return Ok(false);
            }
            trx.clear(&previous);
            trx.set(&layout.push(job.next_attempt_ms, &job.id), &encode(job));
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
            trx.clear(&layout.push(job.next_attempt_ms, &job.id));
            Ok(())
        })
        .await
    }
}
