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

mod batch;
mod layout;
mod txn;

use std::future::Future;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, Weak};

use async_trait::async_trait;
use foundationdb::api::{FdbApiBuilder, NetworkAutoStop};
use foundationdb::options::{DatabaseOption, StreamingMode};
use foundationdb::{Database, FdbBindingError, RetryableTransaction};
use tokio::sync::oneshot;

use tern_domain::DomainError;
use tern_domain::limits::{HISTORY_PAGE, MAX_PAGE_BODY_BYTES, SYNC_PAGE};
use tern_domain::model::{
    AppendOutcome, AppendRequest, Channel, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage,
    InboxPage, MemberChange, NewUser, PushJob, User, UserId, fit_around_page, validate_friendship,
    validate_new_display_name,
};
use tern_domain::ports::store::{Accounts, Channels, Messages, PushOutbox, Social};

use self::batch::AppendJob;
use self::layout::{Layout, decode_inbox_value, fits, inbox_after_key, inbox_cursor};
use self::txn::{domain, map_binding, map_fdb, range, read_messages, scan, second_ids};
use crate::store::records::{CredentialRecord, decode, decode_seq, encode};
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
/// Inbox entries whose messages are read together.
const INBOX_READ_WINDOW: usize = 32;

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

    fn shared(&self) -> &Shared {
        &self.inner.shared
    }

    async fn set_friendship(&self, a: &UserId, b: &UserId, friends: bool) -> Result<(), DomainError> {
        validate_friendship(a, b)?;
        for id in [a, b] {
            if !fits(id.as_str()) {
                return Err(DomainError::UnknownUser(id.to_string()));
            }
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                // Users are never deleted: a snapshot read proves existence without a conflict.
                let (ua, ub) = (trx.get(&layout.user(a), true), trx.get(&layout.user(b), true));
                if ua.await?.is_none() {
                    return Err(domain(DomainError::UnknownUser(a.to_string())));
                }
                if ub.await?.is_none() {
                    return Err(domain(DomainError::UnknownUser(b.to_string())));
                }
                for (x, y) in [(a, b), (b, a)] {
                    if friends {
                        trx.set(&layout.friend(x, y), &[]);
                    } else {
                        trx.clear(&layout.friend(x, y));
                    }
                }
                Ok(())
            })
            .await
    }

    async fn change_member(
        &self,
        channel: &ChannelId,
        by: &UserId,
        user: &UserId,
        add: bool,
    ) -> Result<ChannelInfo, DomainError> {
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let meta = trx.get(&layout.channel_meta(channel), false);
                // The seq is only reported: a snapshot read keeps appends from conflicting.
                let seq = trx.get(&layout.channel_seq(channel), true);
                let Some(meta) = meta.await? else {
                    return Err(domain(DomainError::UnknownChannel(channel.to_string())));
                };
                let mut record: Channel = decode(&meta).map_err(domain)?;
                let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                match record.change_member(by, user, add).map_err(domain)? {
                    MemberChange::Unchanged => return Ok(record.info(last_seq)),
                    MemberChange::Added => {
                        if !fits(user.as_str()) || trx.get(&layout.user(user), true).await?.is_none() {
                            return Err(domain(DomainError::UnknownUser(user.to_string())));
                        }
                        trx.set(&layout.user_channel(user, channel), &[]);
                    }
                    MemberChange::Removed => trx.clear(&layout.user_channel(user, channel)),
                }
                trx.set(&layout.channel_meta(channel), &encode(&record));
                Ok(record.info(last_seq))
            })
            .await
    }
}

#[async_trait]
impl Accounts for FdbStore {
    async fn create_user(&self, new: NewUser) -> Result<User, DomainError> {
        new.validate()?;
        let shared = self.shared();
        let layout = &shared.layout;
        let created_at_ms = now_ms();
        // Chosen once, so a retry after an unknown commit result recognises its own user.
        let candidate = Mutex::new(UserId::random());
        let (new, candidate) = (&new, &candidate);
        shared
            .run(|trx, _| async move {
                let cred_key = layout.username(&new.username);
                let taken = trx.get(&cred_key, false).await?;
                let mut id = candidate.lock().unwrap_or_else(PoisonError::into_inner).clone();
                if let Some(bytes) = taken {
                    let cred: CredentialRecord = decode(&bytes).map_err(domain)?;
                    if cred.user_id != id {
                        return Err(domain(DomainError::UsernameTaken));
                    }
                    // An earlier attempt of this very request committed.
                    let user = trx
                        .get(&layout.user(&id), false)
                        .await?
                        .ok_or_else(|| domain(DomainError::Corrupt("credential without user".into())))?;
                    return decode::<User>(&user).map_err(domain);
                }
                while trx.get(&layout.user(&id), false).await?.is_some() {
                    id = UserId::random();
                }
                *candidate.lock().unwrap_or_else(PoisonError::into_inner) = id.clone();
                let (user, password_hash) = new.clone().into_user(id.clone(), created_at_ms).map_err(domain)?;
                trx.set(&layout.user(&id), &encode(&user));
                let cred = CredentialRecord { user_id: id, password_hash };
                trx.set(&cred_key, &encode(&cred));
                Ok(user)
            })
            .await
    }

    async fn credentials(&self, username: String) -> Result<Option<Credentials>, DomainError> {
        let username = username.as_str();
        if !fits(username) {
            return Ok(None);
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let Some(bytes) = trx.get(&layout.username(username), false).await? else {
                    return Ok(None);
                };
                let cred: CredentialRecord = decode(&bytes).map_err(domain)?;
                let user = trx
                    .get(&layout.user(&cred.user_id), false)
                    .await?
                    .ok_or_else(|| domain(DomainError::Corrupt("credential without user".into())))?;
                Ok(Some(Credentials { user: decode(&user).map_err(domain)?, password_hash: cred.password_hash }))
            })
            .await
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, DomainError> {
        let id = &id;
        if !fits(id.as_str()) {
            return Ok(None);
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                match trx.get(&layout.user(id), false).await? {
                    Some(bytes) => Ok(Some(decode(&bytes).map_err(domain)?)),
                    None => Ok(None),
                }
            })
            .await
    }

    async fn set_display_name(&self, id: UserId, display_name: String) -> Result<User, DomainError> {
        let id = &id;
        let display_name = display_name.as_str();
        validate_new_display_name(display_name)?;
        if !fits(id.as_str()) {
            return Err(DomainError::UnknownUser(id.to_string()));
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let Some(bytes) = trx.get(&layout.user(id), false).await? else {
                    return Err(domain(DomainError::UnknownUser(id.to_string())));
                };
                let mut user: User = decode(&bytes).map_err(domain)?;
                user.display_name = display_name.to_owned();
                trx.set(&layout.user(id), &encode(&user));
                Ok(user)
            })
            .await
    }
}

#[async_trait]
impl Social for FdbStore {
    async fn add_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.set_friendship(&user, &friend, true).await
    }

    async fn remove_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.set_friendship(&user, &friend, false).await
    }

    async fn friends(&self, user: UserId) -> Result<Vec<UserId>, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Vec::new());
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let ids = second_ids(&trx, layout, layout.friends_of(user), true).await?;
                Ok(ids.into_iter().map(UserId).collect())
            })
            .await
    }
}

#[async_trait]
impl Channels for FdbStore {
    async fn open_direct(&self, a: UserId, b: UserId) -> Result<ChannelInfo, DomainError> {
        let intended = Channel::direct(&a, &b, now_ms())?;
        for id in [&a, &b] {
            if !fits(id.as_str()) {
                return Err(DomainError::UnknownUser(id.to_string()));
            }
        }
        let shared = self.shared();
        let layout = &shared.layout;
        let (a, b, intended) = (&a, &b, &intended);
        let id = &intended.id;
        shared
            .run(|trx, _| async move {
                // The common case, an existing channel, writes nothing. Not a snapshot read:
                // two first opens at once conflict, and the retry finds the channel.
                let meta = trx.get(&layout.channel_meta(id), false);
                let seq = trx.get(&layout.channel_seq(id), true);
                if let Some(meta) = meta.await? {
                    let record: Channel = decode(&meta).map_err(domain)?;
                    let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                    return Ok(record.info(last_seq));
                }
                let (ua, ub) = (trx.get(&layout.user(a), true), trx.get(&layout.user(b), true));
                if ua.await?.is_none() {
                    return Err(domain(DomainError::UnknownUser(a.to_string())));
                }
                if ub.await?.is_none() {
                    return Err(domain(DomainError::UnknownUser(b.to_string())));
                }
                trx.set(&layout.channel_meta(id), &encode(intended));
                for m in &intended.members {
                    trx.set(&layout.user_channel(m, id), &[]);
                }
                Ok(intended.info(0))
            })
            .await
    }

    async fn create_group(
        &self,
        owner: UserId,
        name: String,
        members: Vec<UserId>,
    ) -> Result<ChannelInfo, DomainError> {
        // Chosen once (its id too), so a retry after an unknown commit result recognises its
        // own group.
        let intended = Channel::group(&owner, &name, &members, now_ms())?;
        let shared = self.shared();
        let layout = &shared.layout;
        let candidate = Mutex::new(intended);
        let candidate = &candidate;
        shared
            .run(|trx, _| async move {
                let mut record = candidate.lock().unwrap_or_else(PoisonError::into_inner).clone();
                let reads: Vec<_> =
                    record.members.iter().map(|m| fits(m.as_str()).then(|| trx.get(&layout.user(m), true))).collect();
                for (m, read) in record.members.iter().zip(reads) {
                    let exists = match read {
                        Some(read) => read.await?.is_some(),
                        None => false,
                    };
                    if !exists {
                        return Err(domain(DomainError::UnknownUser(m.to_string())));
                    }
                }
                loop {
                    let Some(existing) = trx.get(&layout.channel_meta(&record.id), false).await? else {
                        break;
                    };
                    if decode::<Channel>(&existing).is_ok_and(|e| e == record) {
                        // An earlier attempt of this very request committed.
                        let seq = trx.get(&layout.channel_seq(&record.id), true).await?;
                        return Ok(record.info(decode_seq(seq.as_deref()).map_err(domain)?));
                    }
                    record.id = ChannelId::random_group();
                }
                candidate.lock().unwrap_or_else(PoisonError::into_inner).id = record.id.clone();
                trx.set(&layout.channel_meta(&record.id), &encode(&record));
                for m in &record.members {
                    trx.set(&layout.user_channel(m, &record.id), &[]);
                }
                Ok(record.info(0))
            })
            .await
    }

    async fn add_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        let channel = &channel;
        let by = &by;
        let user = &user;
        self.change_member(channel, by, user, true).await
    }

    async fn remove_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        let channel = &channel;
        let by = &by;
        let user = &user;
        self.change_member(channel, by, user, false).await
    }

    async fn channel(&self, channel: ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        let channel = &channel;
        if !fits(channel.as_str()) {
            return Ok(None);
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let meta = trx.get(&layout.channel_meta(channel), false);
                let seq = trx.get(&layout.channel_seq(channel), false);
                let Some(meta) = meta.await? else {
                    return Ok(None);
                };
                let record: Channel = decode(&meta).map_err(domain)?;
                let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                Ok(Some(record.info(last_seq)))
            })
            .await
    }

    async fn channels_of(&self, user: UserId) -> Result<Vec<ChannelInfo>, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Vec::new());
        }
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let ids: Vec<ChannelId> = second_ids(&trx, layout, layout.channels_of(user), false)
                    .await?
                    .into_iter()
                    .map(ChannelId)
                    .collect();
                let reads: Vec<_> = ids
                    .iter()
                    .map(|id| (trx.get(&layout.channel_meta(id), false), trx.get(&layout.channel_seq(id), false)))
                    .collect();
                let mut out = Vec::with_capacity(ids.len());
                for (meta, seq) in reads {
                    if let Some(meta) = meta.await? {
                        let record: Channel = decode(&meta).map_err(domain)?;
                        let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                        out.push(record.info(last_seq));
                    }
                }
                Ok(out)
            })
            .await
    }
}

fn batcher_stopped() -> DomainError {
    DomainError::Unavailable("store batcher stopped".into())
}

impl FdbStore {
    /// Hands one append to the batcher; refuses what can be refused without it, so bad input
    /// never queues.
    async fn enqueue(
        &self,
        req: AppendRequest,
    ) -> Result<oneshot::Receiver<Result<AppendOutcome, DomainError>>, DomainError> {
        req.validate()?;
        if !fits(req.channel.as_str()) {
            return Err(DomainError::UnknownChannel(req.channel.to_string()));
        }
        if !fits(req.sender.as_str()) {
            return Err(DomainError::NotAMember);
        }
        let (reply, rx) = oneshot::channel();
        let job = AppendJob { req, nonce: rand::random(), reply };
        self.inner.batcher.sender().send(job).await.map_err(|_| batcher_stopped())?;
        Ok(rx)
    }
}

#[async_trait]
impl Messages for FdbStore {
    async fn append(&self, req: AppendRequest) -> Result<AppendOutcome, DomainError> {
        let reply = self.enqueue(req).await?;
        reply.await.map_err(|_| batcher_stopped())?
    }

    async fn append_batch(
        &self,
        reqs: Vec<AppendRequest>,
    ) -> Result<Vec<Result<AppendOutcome, DomainError>>, DomainError> {
        // Queued one after the other from this task, so the batcher takes them in this order.
        let mut replies = Vec::with_capacity(reqs.len());
        for req in reqs {
            replies.push(self.enqueue(req).await);
        }
        let mut out = Vec::with_capacity(replies.len());
        for reply in replies {
            out.push(match reply {
                Ok(reply) => reply.await.map_err(|_| batcher_stopped())?,
                Err(e) => Err(e),
            });
        }
        Ok(out)
    }

    async fn history(
        &self,
        channel: ChannelId,
        reader: UserId,
        anchor: HistoryAnchor,
        limit: usize,
    ) -> Result<HistoryPage, DomainError> {
        let channel = &channel;
        let reader = &reader;
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        let limit = HISTORY_PAGE.clamp(limit);
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let meta = trx.get(&layout.channel_meta(channel), false);
                let seq = trx.get(&layout.channel_seq(channel), false);
                let Some(meta) = meta.await? else {
                    return Err(domain(DomainError::UnknownChannel(channel.to_string())));
                };
                let record: Channel = decode(&meta).map_err(domain)?;
                if !record.is_member(reader) {
                    return Err(domain(DomainError::NotAMember));
                }
                let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                let read = |from, to, reverse, limit| read_messages(&trx, layout, channel, from, to, reverse, limit);
                let messages = match anchor {
                    HistoryAnchor::Latest => read(0, None, true, limit).await?,
                    HistoryAnchor::Before(seq) => read(0, Some(seq), true, limit).await?,
                    HistoryAnchor::After(seq) => match seq.checked_add(1) {
                        Some(from) => read(from, None, false, limit).await?,
                        None => Vec::new(),
                    },
                    HistoryAnchor::Around(seq) => {
                        let mut page = read(0, Some(seq), true, limit / 2).await?;
                        let rest = limit - page.len();
                        page.extend(read(seq, None, false, rest).await?);
                        fit_around_page(&mut page, seq);
                        page
                    }
                };
                Ok(HistoryPage::new(messages, anchor, last_seq))
            })
            .await
    }

    async fn inbox_after(&self, user: UserId, after: Cursor, limit: usize) -> Result<InboxPage, DomainError> {
        let user = &user;
        let after = &after;
        if !fits(user.as_str()) {
            return Ok(InboxPage { entries: Vec::new(), more: false });
        }
        let limit = SYNC_PAGE.clamp(limit);
        // Entries' cursors are 12 bytes: past its 13th byte a cursor orders the same against
        // every entry, so a longer one is cut there (keys stay small, the order is unchanged).
        let after = &after.0[..after.0.len().min(13)];
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                let (prefix, end) = layout.inbox_of(user);
                let opt = if after.is_empty() {
                    range(prefix.clone(), false, end, limit + 1, false, StreamingMode::WantAll)
                } else {
                    let from = inbox_after_key(&prefix, after);
                    range(from, true, end, limit + 1, false, StreamingMode::WantAll)
                };
                let mut rows = Vec::new();
                scan(&trx, opt, false, |key, value| {
                    let (channel, seq) = decode_inbox_value(value)?;
                    rows.push((inbox_cursor(&prefix, key)?, channel, seq));
                    Ok(true)
                })
                .await?;
                let mut more = rows.len() > limit;
                rows.truncate(limit);
                let mut entries = Vec::with_capacity(rows.len());
                let mut byte_count = 0;
                'pages: for window in rows.chunks(INBOX_READ_WINDOW) {
                    let heads: Vec<_> =
                        window.iter().map(|(_, channel, seq)| trx.get(&layout.message(channel, *seq), true)).collect();
                    for ((cursor, channel, seq), head) in window.iter().zip(heads) {
                        let head = head
                            .await?
                            .ok_or_else(|| domain(DomainError::Corrupt("inbox points at a missing message".into())))?;
                        let message = txn::assemble(&trx, layout, channel, *seq, &head).await?;
                        byte_count += message.body.len();
                        if byte_count > MAX_PAGE_BODY_BYTES && !entries.is_empty() {
                            more = true;
                            break 'pages;
                        }
                        entries.push((Cursor(bytes::Bytes::copy_from_slice(cursor)), message));
                    }
                }
                Ok(InboxPage { entries, more })
            })
            .await
    }
}

#[async_trait]
impl PushOutbox for FdbStore {
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), DomainError> {
        if let Some(job) = jobs.iter().find(|j| !fits(&j.id)) {
            return Err(DomainError::InvalidArgument(format!("push job id of {} bytes", job.id.len())));
        }
        let shared = self.shared();
        let layout = &shared.layout;
        let jobs = &jobs;
        shared
            .run(|trx, _| async move {
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
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
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
        let shared = self.shared();
        let layout = &shared.layout;
        let job = &job;
        shared
            .run(|trx, _| async move {
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
        let shared = self.shared();
        let layout = &shared.layout;
        shared
            .run(|trx, _| async move {
                trx.clear(&layout.push(job.next_attempt_ms, &job.id));
                Ok(())
            })
            .await
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
