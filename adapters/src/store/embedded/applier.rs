//! Applies acknowledged batches to fjall, behind the writer: the writer makes a batch durable
//! in its log and hands it here, and this thread writes it into fjall's keyspaces (without a
//! sync of fjall's own journal), then drops it from the overlay. Every `PERSIST_EVERY` it syncs
//! fjall, after which the log segments holding only applied batches can be reused
//! (`LogState`), and it prepares a spare segment when the writer's is half full. A fjall stall (a flush registering its table, a compaction, a journal rotation:
//! each holds a lock across fsyncs) delays this thread, never an ack.
//!
//! Each applied fjall batch also records the number of the last log batch it holds
//! (`applied_batch_key`), so a restart replays exactly the log batches fjall does not have.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use fjall::{Database, PersistMode};
use tern_domain::DomainError;

use super::layout::{Space, applied_batch_key};
use super::overlay::{BatchWrites, Overlay};
use super::txn::Keyspaces;

/// How often fjall is synced (so log segments can be reused).
const PERSIST_EVERY: Duration = Duration::from_millis(500);
/// Batches applied in one fjall batch at most.
const MAX_APPLY: usize = 64;

/// What the writer and the applier tell each other about the log: the last batch fjall holds
/// durably (the writer releases log segments up to it), and whether the writer will soon need
/// a spare segment (the applier zero-fills one, off the acknowledgement path).
#[derive(Clone, Default)]
pub struct LogState(Arc<(AtomicU64, AtomicBool)>);

impl LogState {
    pub fn durable(&self) -> u64 {
        self.0.0.load(Ordering::Acquire)
    }

    pub fn set_durable(&self, batch: u64) {
        self.0.0.store(batch, Ordering::Release);
    }

    pub fn want_spare(&self) {
        self.0.1.store(true, Ordering::Relaxed);
    }

    fn spare_wanted(&self) -> bool {
        self.0.1.swap(false, Ordering::Relaxed)
    }
}

/// Writes `batches` into fjall as one batch, with the number of the last.
pub fn apply(db: &Database, spaces: &Keyspaces, batches: &[Arc<BatchWrites>]) -> Result<(), DomainError> {
    let Some(last) = batches.last() else { return Ok(()) };
    let mut batch = db.batch().durability(None);
    for b in batches {
        for (space, key, value) in b.writes() {
            match value {
                Some(v) => batch.insert(spaces.get(space), key.clone(), v.clone()),
                None => batch.remove(spaces.get(space), key.clone()),
            }
        }
    }
    batch.insert(spaces.get(Space::Meta), applied_batch_key(), last.number.to_be_bytes());
    batch.commit().map_err(|e| DomainError::Unavailable(e.to_string()))
}

pub fn spawn(
    db: Database,
    spaces: Keyspaces,
    overlay: Arc<Overlay>,
    wal_dir: std::path::PathBuf,
    log: LogState,
) -> Result<(Sender<Arc<BatchWrites>>, std::thread::JoinHandle<()>), DomainError> {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("tern-store-apply".into())
        .spawn(move || run(db, spaces, overlay, wal_dir, log, rx))
        .map_err(|e| DomainError::Unavailable(e.to_string()))?;
    Ok((tx, thread))
}

fn run(
    db: Database,
    spaces: Keyspaces,
    overlay: Arc<Overlay>,
    wal_dir: std::path::PathBuf,
    log: LogState,
    rx: Receiver<Arc<BatchWrites>>,
) {
    let mut applied = log.durable();
    let mut persisted_at = Instant::now();
    let mut open = true;
    while open || applied > log.durable() {
        let mut batches = Vec::new();
        if open {
            match rx.recv_timeout(PERSIST_EVERY) {
                Ok(batch) => batches.push(batch),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => open = false,
            }
            while batches.len() < MAX_APPLY
                && let Ok(batch) = rx.try_recv()
            {
                batches.push(batch);
            }
        }
        if let Some(last) = batches.last().map(|b| b.number) {
            // A failure (a full disk) is retried: the batches stay in the log and the
            // overlay, readable and durable, and the writer refuses new work once the
            // overlay is full.
            let mut delay = Duration::from_millis(10);
            while let Err(e) = apply(&db, &spaces, &batches) {
                tracing::error!(error = %e, "applying acknowledged writes to fjall failed; retrying");
                std::thread::sleep(delay);
                delay = (delay * 2).min(Duration::from_secs(1));
            }
            overlay.applied(last);
            applied = last;
        }
        let due = persisted_at.elapsed() >= PERSIST_EVERY || !open;
        if applied > log.durable() && due {
            persisted_at = Instant::now();
            match db.persist(PersistMode::SyncAll) {
                Ok(()) => log.set_durable(applied),
                Err(e) => tracing::warn!(error = %e, "syncing fjall failed; the log keeps its segments"),
            }
        }
        if log.spare_wanted()
            && let Err(e) = super::wal::ensure_spare(&wal_dir)
        {
            tracing::warn!(error = %e, "could not prepare a spare log segment");
        }
        if !open && applied > log.durable() {
            // Stopping with the last sync failed: the log still holds the batches.
            break;
        }
    }
}
