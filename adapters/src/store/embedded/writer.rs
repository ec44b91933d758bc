//! Group commit: one writer thread owns every write. It takes whatever requests are queued
//! (up to `MAX_BATCH`), applies them one by one to a `Txn`, appends the batch's writes to the
//! store's log as one record, makes it durable once (`fdatasync`), and only then answers every
//! request. Under load many appends share one sync; idle, a lone append pays one. The batch
//! then joins the overlay (reads see it at once) and goes to the applier, which writes it into
//! fjall off this thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fjall::{Database, PersistMode, Slice};
use tokio::sync::{mpsc, oneshot};

use tern_domain::DomainError;
use tern_domain::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, FriendChange, GroupChange, GroupChanged, NewUser,
    ProfileUpdate, PushJob, ReadMark, RelationPair, User, UserId,
};
use tern_domain::model::{DeviceId, Position, Revocations};

use super::append::{self, WriterState};
use super::applier::{self, LogState};
use super::layout::{
    LAYOUT_VERSION, Space, applied_batch_key, channel_num_key, cursor_key, layout_version_key, unpair, word,
};
use super::migrate;
use super::overlay::{BatchWrites, Overlay};
use super::seen::Seen;
use super::txn::{Keyspaces, Txn};
use super::wal::Wal;
use super::writes;

/// Most requests committed together.
const MAX_BATCH: usize = 2048;

pub enum WriteOp {
    CreateUser(NewUser),
    UpdateProfile(UserId, ProfileUpdate),
    RevokeTokens(UserId, Option<DeviceId>, i64),
    MarkRead {
        user: UserId,
        channel: ChannelId,
        position: Position,
        seq: u64,
    },
    ChangeRelation {
        user: UserId,
        other: UserId,
        change: FriendChange,
    },
    OpenDirect(UserId, UserId),
    CreateGroup {
        owner: UserId,
        name: String,
        members: Vec<UserId>,
    },
    ChangeGroup {
        channel: ChannelId,
        by: UserId,
        change: GroupChange,
    },
    Append(AppendRequest),
    /// Appends of one session, in the order sent: committed in this order, in one batch.
    AppendBatch(Vec<AppendRequest>),
    EnqueuePush(Vec<PushJob>),
    ClaimPush {
        partitions: Vec<u16>,
        now_ms: i64,
        lease_until_ms: i64,
        limit: usize,
    },
    ReschedulePush(PushJob, i64),
    CompletePush(PushJob),
}

pub enum WriteResult {
    User(User),
    Channel(ChannelInfo),
    Appended(AppendOutcome),
    AppendedBatch(Vec<Result<AppendOutcome, DomainError>>),
    Moved(bool),
    Jobs(Vec<PushJob>),
    Revoked(Revocations),
    Relation(RelationPair),
    Read(ReadMark),
    GroupChanged(GroupChanged),
    Done,
}

pub struct WriteRequest {
    pub op: WriteOp,
    pub reply: oneshot::Sender<Result<WriteResult, DomainError>>,
}

/// How durable a commit is before its requests are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// fsync the journal before answering: an acknowledged message survives power loss.
    Fsync,
    /// Hand the journal to the OS before answering: survives a process crash, not power loss.
    Buffered,
}

/// What the writer keeps between batches besides `WriterState`.
struct Writer {
    spaces: Keyspaces,
    /// The store's directory and the free space it must keep (`reserve_bytes`).
    dir: PathBuf,
    reserve: u64,
    /// The log's directory when it is not in the store's (`--store-log-dir`): it may be on a
    /// file system of its own, which must keep `LOG_RESERVE` free.
    separate_log: Option<PathBuf>,
    durability: Durability,
    wal: Wal,
    overlay: Arc<Overlay>,
    applier: Option<(std::sync::mpsc::Sender<Arc<BatchWrites>>, std::thread::JoinHandle<()>)>,
    log: LogState,
    payload: Vec<u8>,
}

/// Opens the store's write path: migrates an older layout, replays the log batches fjall does
/// not have, and starts the applier and the writer threads.
pub fn spawn(
    db: Database,
    spaces: Keyspaces,
    overlay: Arc<Overlay>,
    dir: &Path,
    wal_dir: &Path,
    options: &super::Options,
) -> Result<(mpsc::Sender<WriteRequest>, std::thread::JoinHandle<()>), DomainError> {
    let durability = options.durability;
    migrate::migrate(&db, &spaces)?;
    let records = spaces.get(Space::Meta);
    let number = |key: Vec<u8>| -> Result<u64, DomainError> {
        match records.get(key).map_err(unavailable)? {
            Some(v) => word(&v),
            None => Ok(0),
        }
    };
    if number(layout_version_key())? == 0 {
        records
            .insert(layout_version_key(), LAYOUT_VERSION.to_be_bytes())
            .and_then(|()| db.persist(PersistMode::SyncAll))
            .map_err(unavailable)?;
    }
    let (wal, replay) = Wal::open(wal_dir, number(applied_batch_key())?).map_err(unavailable)?;
    if !replay.is_empty() {
        let started = std::time::Instant::now();
        let batches: Vec<Arc<BatchWrites>> =
            replay.iter().map(|r| decode_writes(r.batch, &r.payload).map(Arc::new)).collect::<Result<_, _>>()?;
        for chunk in batches.chunks(64) {
            applier::apply(&db, &spaces, chunk)?;
        }
        db.persist(PersistMode::SyncAll).map_err(unavailable)?;
        let ms = started.elapsed().as_millis() as u64;
        tracing::info!(batches = batches.len(), ms, "store log replayed into fjall");
    }
    migrate::refile_legacy_push(&db, &spaces)?;
    let state = WriterState {
        last_cursor: number(cursor_key())?,
        last_channel_num: number(channel_num_key())?,
        channels: Default::default(),
        seen: seen_ids(&spaces)?,
    };
    let log = LogState::default();
    log.set_durable(wal.last_batch());
    let applier = applier::spawn(db, spaces.clone(), overlay.clone(), wal_dir.to_owned(), log.clone())?;
    let reserve = reserve_bytes(options.memtable_bytes);
    let separate_log = (wal_dir != dir.join("log")).then(|| wal_dir.to_owned());
    let (dir, payload) = (dir.to_owned(), Vec::new());
    let writer =
        Writer { spaces, dir, reserve, separate_log, durability, wal, overlay, applier: Some(applier), log, payload };
    let (tx, rx) = mpsc::channel(MAX_BATCH * 4);
    let thread = std::thread::Builder::new()
        .name("tern-store-writer".into())
        .spawn(move || writer.run(state, rx))
        .map_err(unavailable)?;
    Ok((tx, thread))
}

fn unavailable(e: impl std::fmt::Display) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

/// Every (channel, client id hash) the store holds, read from the dedupe keys.
fn seen_ids(spaces: &Keyspaces) -> Result<Seen, DomainError> {
    let dedupe = spaces.get(Space::Dedupe);
    let started = std::time::Instant::now();
    let mut seen = Seen::with_capacity(dedupe.approximate_len());
    for item in dedupe.iter() {
        let key = item.key().map_err(unavailable)?;
        let (channel, hash) = unpair(key.get(..16).ok_or_else(|| DomainError::Corrupt("dedupe key".into()))?)?;
        seen.insert(channel, hash);
    }
    tracing::debug!(ms = started.elapsed().as_millis() as u64, bytes = seen.bytes(), "client ids seen, loaded");
    Ok(seen)
}

/// A batch's writes as one log record: per write, the keyspace, whether it puts (1) or
/// deletes (0), the key (u16 length) and the value (u32 length).
fn encode_writes(writes: &[(Space, Slice, Option<Slice>)], out: &mut Vec<u8>) {
    out.clear();
    for (space, key, value) in writes {
        out.push(*space as u8);
        out.push(u8::from(value.is_some()));
        out.extend_from_slice(&(key.len() as u16).to_le_bytes());
        out.extend_from_slice(key);
        if let Some(value) = value {
            out.extend_from_slice(&(value.len() as u32).to_le_bytes());
            out.extend_from_slice(value);
        }
    }
}

fn decode_writes(number: u64, mut bytes: &[u8]) -> Result<BatchWrites, DomainError> {
    let corrupt = || DomainError::Corrupt(format!("store log batch {number}"));
    let take = |n: usize, bytes: &mut &[u8]| -> Result<Slice, DomainError> {
        let (head, rest) = bytes.split_at_checked(n).ok_or_else(corrupt)?;
        *bytes = rest;
        Ok(Slice::from(head))
    };
    let mut writes = Vec::new();
    while !bytes.is_empty() {
        let head = take(4, &mut bytes)?;
        let space = *Space::ALL.get(usize::from(head[0])).ok_or_else(corrupt)?;
        let key = take(usize::from(u16::from_le_bytes([head[2], head[3]])), &mut bytes)?;
        let value = match head[1] {
            0 => None,
            _ => {
                let len = take(4, &mut bytes)?;
                Some(take(u32::from_le_bytes(len[..].try_into().expect("4 bytes")) as usize, &mut bytes)?)
            }
        };
        writes.push((space, key, value));
    }
    Ok(BatchWrites::new(number, writes))
}

/// Free space the store keeps on its disk: what fjall needs to flush every memtable and
/// compact behind them, and two log segments. Below it the writer refuses new work, so fjall
/// never meets a full disk (fjall stops writing for good, until a restart, after a failed
/// journal write).
fn reserve_bytes(memtable_bytes: u64) -> u64 {
    2 * Space::ALL.len() as u64 * memtable_bytes + 2 * super::wal::SEGMENT_BYTES
}

/// Free space kept on a log directory of its own: room for the segments it may have to add
/// while fjall falls behind.
pub(super) const LOG_RESERVE: u64 = 2 * super::wal::SEGMENT_BYTES;

/// The bytes free for this process on the file system holding `dir`.
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    let stat = rustix::fs::statvfs(dir)?;
    Ok(stat.f_bavail.saturating_mul(stat.f_frsize))
}

/// Acknowledged writes waiting for fjall past this many bytes (fjall failing, a full disk):
/// new work is refused until it catches up.
const OVERLAY_LIMIT: usize = 256 * 1024 * 1024;

impl Writer {
    fn run(mut self, mut state: WriterState, mut rx: mpsc::Receiver<WriteRequest>) {
        let mut queue = Vec::with_capacity(MAX_BATCH);
        while let Some(first) = rx.blocking_recv() {
            queue.push(first);
            while queue.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(req) => queue.push(req),
                    Err(_) => break,
                }
            }
            self.commit_batch(&mut state, &mut queue);
            state.trim();
            if let Err(e) = self.wal.release(self.log.durable()) {
                tracing::warn!(error = %e, "could not release applied log segments");
            }
            if self.wal.needs_spare() {
                self.log.want_spare();
            }
        }
        // Every handle dropped: the applier finishes what it holds and syncs fjall.
        if let Some((tx, thread)) = self.applier.take() {
            drop(tx);
            let _ = thread.join();
        }
        tracing::debug!("store writer stopped: every handle dropped");
    }

    fn commit_batch(&mut self, state: &mut WriterState, queue: &mut Vec<WriteRequest>) {
        let log_free = self.separate_log.as_deref().map(free_bytes);
        let refusal = match free_bytes(&self.dir) {
            Ok(free) if free < self.reserve => Some(format!(
                "the store's disk is full ({} MiB free, {} MiB kept in reserve); retry later",
                free >> 20,
                self.reserve >> 20
            )),
            _ if matches!(log_free, Some(Ok(free)) if free < LOG_RESERVE) => Some(format!(
                "the disk of the store's log is full ({} MiB kept in reserve); retry later",
                LOG_RESERVE >> 20
            )),
            _ if self.overlay.bytes() > OVERLAY_LIMIT => {
                Some("the store cannot keep up with its disk; retry later".into())
            }
            _ => None,
        };
        if let Some(why) = refusal {
            tracing::warn!(requests = queue.len(), "{why}");
            for req in queue.drain(..) {
                let _ = req.reply.send(Err(DomainError::Unavailable(why.clone())));
            }
            return;
        }
        let cursor_before = state.last_cursor;
        let mut txn = Txn::new(&self.spaces, self.overlay.snapshot());
        let now_ms = (now_micros() / 1000) as i64;
        let mut results = Vec::with_capacity(queue.len());
        for req in queue.iter_mut() {
            // Taken out so the request can still be answered; an empty push batch is a cheap
            // placeholder that nothing reads.
            let op = std::mem::replace(&mut req.op, WriteOp::EnqueuePush(Vec::new()));
            let result = apply(&mut txn, state, op, now_ms);
            txn.finish_op(result.is_ok());
            results.push(result);
        }
        let outcome = if txn.is_empty() && state.last_cursor == cursor_before {
            Ok(())
        } else {
            if state.last_cursor != cursor_before {
                txn.put(Space::Meta, cursor_key(), state.last_cursor.to_be_bytes());
                txn.finish_op(true);
            }
            let writes: Vec<_> = txn.into_writes().collect();
            encode_writes(&writes, &mut self.payload);
            match self.wal.append(&self.payload, self.durability == Durability::Fsync) {
                Ok(number) => {
                    let batch = Arc::new(BatchWrites::new(number, writes));
                    self.overlay.push(batch.clone());
                    if let Some((applier, _)) = &self.applier {
                        let _ = applier.send(batch);
                    }
                    Ok(())
                }
                Err(e) => Err(e),
            }
        };
        if let Err(e) = outcome {
            // Nothing of this batch may be acknowledged. Cursors and channel numbers handed
            // out are skipped, which keeps them increasing; the channels cached may hold what
            // this batch would have written, so they are read again.
            tracing::error!(error = %e, "store commit failed");
            state.channels.clear();
            let failed = || DomainError::Unavailable(format!("commit failed: {e}"));
            for r in results.iter_mut() {
                match r {
                    Ok(WriteResult::AppendedBatch(appends)) => appends.iter_mut().for_each(|a| *a = Err(failed())),
                    Ok(_) => *r = Err(failed()),
                    Err(_) => {}
                }
            }
        }
        for (req, result) in queue.drain(..).zip(results) {
            let _ = req.reply.send(result);
        }
    }
}

fn apply(t: &mut Txn<'_>, state: &mut WriterState, op: WriteOp, now_ms: i64) -> Result<WriteResult, DomainError> {
    Ok(match op {
        WriteOp::CreateUser(new) => WriteResult::User(writes::create_user(t, new, now_ms)?),
        WriteOp::UpdateProfile(id, update) => WriteResult::User(writes::update_profile(t, &id, &update)?),
        WriteOp::RevokeTokens(user, device, at_ms) => {
            WriteResult::Revoked(writes::revoke_tokens(t, &user, device.as_ref(), at_ms)?)
        }
        WriteOp::MarkRead { user, channel, position, seq } => {
            WriteResult::Read(writes::mark_read(t, state, &user, &channel, position, seq)?)
        }
        WriteOp::ChangeRelation { user, other, change } => {
            WriteResult::Relation(writes::change_relation(t, state, &user, &other, change)?)
        }
        WriteOp::OpenDirect(a, b) => WriteResult::Channel(writes::open_direct(t, state, &a, &b, now_ms)?),
        WriteOp::CreateGroup { owner, name, members } => {
            WriteResult::Channel(writes::create_group(t, state, &owner, &name, &members, now_ms)?)
        }
        WriteOp::ChangeGroup { channel, by, change } => {
            WriteResult::GroupChanged(writes::change_group(t, state, &channel, &by, &change, now_micros())?)
        }
        WriteOp::Append(req) => WriteResult::Appended(append::append(t, state, req, now_micros())?),
        WriteOp::AppendBatch(reqs) => {
            // Each append is an operation of its own: a refused one changes nothing, and
            // the others still commit.
            let appends = reqs
                .into_iter()
                .map(|req| {
                    let result = append::append(t, state, req, now_micros());
                    t.finish_op(result.is_ok());
                    result
                })
                .collect();
            WriteResult::AppendedBatch(appends)
        }
        WriteOp::EnqueuePush(jobs) => {
            writes::enqueue_push(t, jobs)?;
            WriteResult::Done
        }
        WriteOp::ClaimPush { partitions, now_ms, lease_until_ms, limit } => {
            WriteResult::Jobs(writes::claim_push(t, &partitions, now_ms, lease_until_ms, limit)?)
        }
        WriteOp::ReschedulePush(job, previous) => WriteResult::Moved(writes::reschedule_push(t, job, previous)?),
        WriteOp::CompletePush(job) => {
            writes::complete_push(t, &job)?;
            WriteResult::Done
        }
    })
}

/// Microseconds since the Unix epoch: commit times and inbox cursors.
fn now_micros() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_micros() as u64).unwrap_or(0)
}
