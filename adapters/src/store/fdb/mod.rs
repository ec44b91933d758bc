//! The FoundationDB adapter of the `Store` port (cargo feature `fdb`, off by default: it links
//! FoundationDB's client library, `libfdb_c`).
//!
//! The data model and layout are the embedded adapter's, written with FoundationDB's tuple
//! layer under a configurable prefix (`layout`). Appends are committed several per
//! transaction by a batcher thread (`batch`); every other operation is one transaction of
//! its own through the crate's retry loop. Every transaction is bounded by the database's
//! transaction timeout (`TRANSACTION_TIMEOUT_MS`, retries included) and retry limit, so an
//! unreachable cluster answers `DomainError::Unavailable` instead of waiting forever.
//!
//! Usage: call [`boot`] once, early, and keep what it returns until the process ends; then
//! [`FdbStore::open`] as many stores as needed:
//!
//! ```ignore
//! let _network = tern_adapters::store::fdb::boot()?; // keep until exit
//! let store = FdbStore::open(Some(Path::new("/etc/foundationdb/fdb.cluster")), "tern")?;
//! ```

mod accounts;
mod batch;
mod channels;
mod layout;
mod messages;
mod push;
mod txn;

use std::future::Future;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, Weak};

use foundationdb::api::{FdbApiBuilder, NetworkAutoStop};
use foundationdb::options::DatabaseOption;
use foundationdb::{Database, FdbBindingError, RetryableTransaction};

use tern_domain::DomainError;

use self::batch::AppendJob;
use self::layout::Layout;
use self::txn::{map_binding, map_fdb};
use crate::store::worker::WorkerThread;

/// Milliseconds since the Unix epoch: creation times.
fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// Every transaction is cancelled this long after it began, retries included
/// (FoundationDB itself refuses transactions older than 5 s).
pub const TRANSACTION_TIMEOUT_MS: i32 = 5_000;
/// Retries of one transaction before its last error is returned.
pub const TRANSACTION_RETRY_LIMIT: i32 = 20;
/// Longest key prefix: it starts every key, so it is kept short.
pub const MAX_PREFIX_BYTES: usize = 64;

/// FoundationDB's client network thread, started by [`boot`]. It runs while any clone of this
/// handle (or any [`FdbStore`], which holds one) is alive, and stops when the last is dropped.
///
/// **Keep the handle returned by `boot` alive until the process ends, and drop it (and every
/// store) before exiting**: FoundationDB's client must be stopped before the process exits,
/// and its network can be started only once per process, so a network stopped early cannot
/// be started again (`boot` then fails).
#[derive(Clone)]
pub struct FdbNetwork {
    _stop: Arc<NetworkAutoStop>,
}

enum NetworkState {
    NeverStarted,
    Running(Weak<NetworkAutoStop>),
    Stopped,
    /// Starting failed; FoundationDB allows one attempt per process.
    Failed(DomainError),
}

static NETWORK: Mutex<NetworkState> = Mutex::new(NetworkState::NeverStarted);

/// Starts FoundationDB's client (selects the API version and runs the network thread) the
/// first time it is called in the process; later calls return the running network. The
/// caller must keep the returned handle alive (see [`FdbNetwork`]).
///
/// This does what `foundationdb::boot()` does, but answers an error instead of panicking
/// (for instance when `libfdb_c` is older than the API version this crate was built for).
/// Nothing else in the process may call `foundationdb::boot()`.
pub fn boot() -> Result<FdbNetwork, DomainError> {
    let mut state = NETWORK.lock().unwrap_or_else(PoisonError::into_inner);
    match &*state {
        NetworkState::Running(weak) => match weak.upgrade() {
            Some(stop) => return Ok(FdbNetwork { _stop: stop }),
            None => *state = NetworkState::Stopped,
        },
        NetworkState::Stopped => {}
        NetworkState::Failed(e) => return Err(e.clone()),
        NetworkState::NeverStarted => {
            // SAFETY: the network is stopped when the last `FdbNetwork` is dropped, which the
            // documentation of `FdbNetwork` requires to happen before the process exits.
            #[expect(unsafe_code, reason = "FoundationDB's network boot is unsafe by contract; see SAFETY")]
            let started = FdbApiBuilder::default().build().and_then(|builder| unsafe { builder.boot() });
            return match started {
                Ok(stop) => {
                    let stop = Arc::new(stop);
                    *state = NetworkState::Running(Arc::downgrade(&stop));
                    Ok(FdbNetwork { _stop: stop })
                }
                Err(e) => {
                    let e = map_fdb(e);
                    *state = NetworkState::Failed(e.clone());
                    Err(e)
                }
            };
        }
    }
    Err(DomainError::Unavailable(
        "FoundationDB's client network was stopped and cannot run twice in one process".into(),
    ))
}

/// What the store's handles and its batcher share.
pub(crate) struct Shared {
    db: Database,
    layout: Layout,
    // Dropped after `db`: the network outlives every database handle.
    _network: FdbNetwork,
}

impl Shared {
    /// One transaction through the retry loop; `f` gets the transaction and whether an
    /// earlier attempt may have committed.
    async fn run<T, F, Fut>(&self, f: F) -> Result<T, DomainError>
    where
        F: Fn(RetryableTransaction, bool) -> Fut,
        Fut: Future<Output = Result<T, FdbBindingError>>,
    {
        self.db.run(|trx, maybe_committed| f(trx, maybe_committed.into())).await.map_err(map_binding)
    }
}

#[derive(Clone)]
pub struct FdbStore {
    inner: Arc<Inner>,
}

struct Inner {
    shared: Arc<Shared>,
    /// Joined on drop: the batcher answers what it holds (each transaction is bounded by the
    /// timeout), so no append is left unanswered and the network is not stopped under it.
    batcher: WorkerThread<AppendJob>,
}

impl FdbStore {
    /// Opens the store kept under `prefix` (one tuple-encoded key prefix, so several
    /// deployments or test runs can share a cluster) in the cluster named by `cluster_file`
    /// (`None`: FoundationDB's default, `$FDB_CLUSTER_FILE` or
    /// `/etc/foundationdb/fdb.cluster`). Starts the client network if [`boot`] was not
    /// called yet; call it first and keep its handle (see [`FdbNetwork`]).
    ///
    /// Nothing is read here: an unreachable cluster shows as `Unavailable` on the first
    /// operation, after the transaction timeout.
    pub fn open(cluster_file: Option<&Path>, prefix: &str) -> Result<Self, DomainError> {
        if prefix.is_empty() || prefix.len() > MAX_PREFIX_BYTES {
            return Err(DomainError::InvalidArgument(format!(
                "the FoundationDB key prefix must be 1..={MAX_PREFIX_BYTES} bytes"
            )));
        }
        let cluster_file = cluster_file
            .map(|p| {
                p.to_str().ok_or_else(|| DomainError::InvalidArgument("the cluster file path must be UTF-8".into()))
            })
            .transpose()?;
        let network = boot()?;
        let db = Database::new(cluster_file).map_err(map_fdb)?;
        db.set_option(DatabaseOption::TransactionTimeout(TRANSACTION_TIMEOUT_MS)).map_err(map_fdb)?;
        db.set_option(DatabaseOption::TransactionRetryLimit(TRANSACTION_RETRY_LIMIT)).map_err(map_fdb)?;
        let shared = Arc::new(Shared { db, layout: Layout::new(prefix), _network: network });
        let (batcher, thread) = batch::spawn(shared.clone())?;
        Ok(FdbStore { inner: Arc::new(Inner { shared, batcher: WorkerThread::new(batcher, thread) }) })
    }

    /// One transaction through the retry loop, given the store's layout.
    async fn txn<'a, T, F, Fut>(&'a self, f: F) -> Result<T, DomainError>
    where
        F: Fn(RetryableTransaction, &'a Layout) -> Fut,
        Fut: Future<Output = Result<T, FdbBindingError>>,
    {
        let shared = &self.inner.shared;
        shared.run(|trx, _| f(trx, &shared.layout)).await
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::OnceLock;

    use super::*;
    use tern_domain::ports::store::Store;

    /// FoundationDB's network runs once per process, so the tests share one for the whole
    /// run (stores come and go; a network stopped between two tests could not restart). A
    /// static is never dropped: the test process exits with the network running, as the
    /// Go and Java bindings' processes usually do; only tests take that liberty.
    static TEST_NETWORK: OnceLock<FdbNetwork> = OnceLock::new();

    /// The contract suite against the cluster named by `FDB_CLUSTER_FILE`, each test under
    /// its own random prefix (the data is left in place; clear `tern-test-*` prefixes at will).
    struct Harness {
        cluster_file: PathBuf,
        prefix: String,
    }

    impl Harness {
        /// `None`, with a note, when no cluster is configured: the test is then skipped,
        /// unless `TERN_REQUIRE_FDB` says a cluster is expected: then it fails.
        fn from_env() -> Option<Self> {
            let Some(cluster_file) = std::env::var_os("FDB_CLUSTER_FILE") else {
                assert!(
                    std::env::var_os("TERN_REQUIRE_FDB").is_none(),
                    "TERN_REQUIRE_FDB is set but FDB_CLUSTER_FILE names no cluster"
                );
                eprintln!("skipped: set FDB_CLUSTER_FILE to run the FoundationDB contract tests");
                return None;
            };
            TEST_NETWORK.get_or_init(|| boot().expect("start FoundationDB's client"));
            Some(Harness {
                cluster_file: cluster_file.into(),
                prefix: format!("tern-test-{:016x}", rand::random::<u64>()),
            })
        }

        /// The store under this harness's prefix: each call reopens the same data.
        fn open(&self) -> Arc<dyn Store> {
            Arc::new(FdbStore::open(Some(&self.cluster_file), &self.prefix).expect("open"))
        }
    }

    // `return` leaves the generated test early (skipped) when no cluster is configured.
    tern_contract::store_contract_tests!(match Harness::from_env() {
        Some(harness) => harness,
        None => return,
    });
}
