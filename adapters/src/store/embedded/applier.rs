//! Applies acknowledged batches to fjall, behind the writer: the writer makes a batch durable
//! in its log and hands it here, and this thread writes it into fjall's keyspaces (without a
//! sync of fjall's own journal), then drops it from the overlay. Every `PERSIST_EVERY` it syncs
//! fjall, after which the log segments holding only applied batches can be reused
//! (`Durable`). A fjall stall (a flush registering its table, a compaction, a journal rotation:
//! each holds a lock across fsyncs) delays this thread, never an ack.
//!
//! Each applied fjall batch also records the number of the last log batch it holds
//! (`applied_batch_key`), so a restart replays exactly the log batches fjall does not have.

use std::sync::atomic::{AtomicU64, Ordering};
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

/// The last log batch fjall holds durably: the writer releases log segments up to it.
#[derive(Clone, Default)]
pub struct Durable(Arc<AtomicU64>);

impl Durable {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    pub fn set(&self, batch: u64) {
        self.0.store(batch, Ordering::Release);
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
    durable: Durable,
) -> Result<(Sender<Arc<BatchWrites>>, std::thread::JoinHandle<()>), DomainError> {
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("tern-store-apply".into())
        .spawn(move || run(db, spaces, overlay, wal_dir, durable, rx))
        .map_err(|e| DomainError::Unavailable(e.to_string()))?;
    Ok((tx, thread))
}

fn run(
    db: Database,
    spaces: Keyspaces,
    overlay: Arc<Overlay>,
    wal_dir: std::path::PathBuf,
    durable: Durable,
    rx: Receiver<Arc<BatchWrites>>,
) {
    let mut applied = durable.get();
    let mut persisted_at = Instant::now();
    let mut open = true;
    while open || applied > durable.get() {
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
        if applied > durable.get() && due {
            persisted_at = Instant::now();
            match db.persist(PersistMode::SyncAll) {
                Ok(()) => durable.set(applied),
                Err(e) => tracing::warn!(error = %e, "syncing fjall failed; the log keeps its segments"),
            }
            if let Err(e) = super::wal::ensure_spare(&wal_dir) {
                tracing::warn!(error = %e, "could not prepare a spare log segment");
            }
        }
        if !open && applied > durable.get() {
            // Stopping with the last sync failed: the log still holds the batches.
            break;
        }
    }
}
