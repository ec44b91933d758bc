//! Group commit: one writer thread owns every write. It takes whatever requests are queued
//! (up to `MAX_BATCH`), applies them one by one to a `Txn`, commits them as one fjall batch,
//! makes the journal durable once (fsync), and only then answers every request. Under load
//! many appends share one fsync; idle, a lone append pays one.

use fjall::{Database, Keyspace, PersistMode};
use tokio::sync::{mpsc, oneshot};

use tern_domain::DomainError;
use tern_domain::model::{
    AppendOutcome, AppendRequest, Channel, ChannelId, ChannelInfo, ChannelKind, NewUser, PushJob, User, UserId,
};

use super::append::{self, WriterState};
use super::layout::{Windows, channel_key, cursor_key, layout_version_key, window_key};
use super::txn::Txn;
use super::writes;
use crate::store::keys::{Key, KeyReader, Tag};
use crate::store::records;

/// Most requests committed together.
const MAX_BATCH: usize = 2048;

pub enum WriteOp {
    CreateUser(NewUser),
    SetDisplayName(UserId, String),
    SetFriendship {
        a: UserId,
        b: UserId,
        friends: bool,
    },
    OpenDirect(UserId, UserId),
    CreateGroup {
        owner: UserId,
        name: String,
        members: Vec<UserId>,
    },
    ChangeMember {
        channel: ChannelId,
        by: UserId,
        user: UserId,
        add: bool,
    },
    Append(AppendRequest),
    /// Appends of one session, in the order sent: committed in this order, in one batch.
    AppendBatch(Vec<AppendRequest>),
    EnqueuePush(Vec<PushJob>),
    ReschedulePush(PushJob, i64),
    CompletePush(PushJob),
}

pub enum WriteResult {
    User(User),
    Channel(ChannelInfo),
    Appended(AppendOutcome),
    AppendedBatch(Vec<Result<AppendOutcome, DomainError>>),
    Moved(bool),
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

pub fn spawn(
    db: Database,
    ks: Keyspace,
    durability: Durability,
) -> Result<(mpsc::Sender<WriteRequest>, std::thread::JoinHandle<()>), DomainError> {
    let last_cursor = match ks.get(cursor_key()).map_err(|e| DomainError::Unavailable(e.to_string()))? {
        Some(v) => u64::from_be_bytes(v.as_ref().try_into().map_err(|_| DomainError::Corrupt("cursor".into()))?),
        None => 0,
    };
    migrate(&db, &ks, last_cursor)?;
    let (tx, rx) = mpsc::channel(MAX_BATCH * 4);
    let thread = std::thread::Builder::new()
        .name("tern-store-writer".into())
        .spawn(move || run(db, ks, durability, WriterState { last_cursor, channels: Default::default() }, rx))
        .map_err(|e| DomainError::Unavailable(e.to_string()))?;
    Ok((tx, thread))
}

/// The layout this code writes: 2 reads group messages from each group's feed through its
/// members' windows (1 kept one inbox entry per member).
const LAYOUT_VERSION: u64 = 2;

/// Brings a store of an earlier layout to this one before anything is written: a store of
/// layout 1 gets a window for every group membership, open from now (its group messages so
/// far stay in the members' inboxes, where reads still find them; new ones go to the feeds).
fn migrate(db: &Database, ks: &Keyspace, last_cursor: u64) -> Result<(), DomainError> {
    let unavailable = |e: fjall::Error| DomainError::Unavailable(e.to_string());
    if ks.get(layout_version_key()).map_err(unavailable)?.is_some() {
        return Ok(());
    }
    let mut batch = db.batch();
    let prefix = Key::new(Tag::UserChannel).into_vec();
    let mut migrated = 0;
    for item in ks.prefix(&prefix) {
        let (key, _) = item.into_inner().map_err(unavailable)?;
        let mut r = KeyReader::new(&key);
        let (Some(user), Some(channel)) = (r.str(), r.str()) else {
            return Err(DomainError::Corrupt("user channel index".into()));
        };
        let (user, channel) = (UserId(user), ChannelId(channel));
        let Some(record) = ks.get(channel_key(&channel)).map_err(unavailable)? else { continue };
        let record: Channel = records::decode(&record)?;
        if record.kind == ChannelKind::Group {
            let mut windows = Windows::default();
            windows.join(last_cursor);
            batch.insert(ks, window_key(&user, &channel), windows.encode());
            migrated += 1;
        }
    }
    batch.insert(ks, layout_version_key(), LAYOUT_VERSION.to_be_bytes().to_vec());
    batch.commit().and_then(|()| db.persist(PersistMode::SyncAll)).map_err(unavailable)?;
    if migrated > 0 {
        tracing::info!(memberships = migrated, "store layout 1 -> 2: group messages from now on in group feeds");
    }
    Ok(())
}

fn run(
    db: Database,
    ks: Keyspace,
    durability: Durability,
    mut state: WriterState,
    mut rx: mpsc::Receiver<WriteRequest>,
) {
    let mut queue = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = rx.blocking_recv() {
        queue.push(first);
        while queue.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(req) => queue.push(req),
                Err(_) => break,
            }
        }
        commit_batch(&db, &ks, durability, &mut state, &mut queue);
    }
    tracing::debug!("store writer stopped: every handle dropped");
}

fn commit_batch(
    db: &Database,
    ks: &Keyspace,
    durability: Durability,
    state: &mut WriterState,
    queue: &mut Vec<WriteRequest>,
) {
    let cursor_before = state.last_cursor;
    let mut txn = Txn::new(ks);
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
        let mut cursor_write = Vec::new();
        if state.last_cursor != cursor_before {
            cursor_write.push((cursor_key(), Some(state.last_cursor.to_be_bytes().to_vec())));
        }
        let mut batch = db.batch();
        for (key, value) in txn.into_writes().chain(cursor_write) {
            match value {
                Some(v) => batch.insert(ks, key, v),
                None => batch.remove(ks, key),
            }
        }
        batch.commit().and_then(|()| match durability {
            Durability::Fsync => db.persist(PersistMode::SyncAll),
            Durability::Buffered => db.persist(PersistMode::Buffer),
        })
    };
    if let Err(e) = outcome {
        // Nothing of this batch may be acknowledged. Cursors handed out are skipped, which
        // keeps them increasing; seqs were never cached, so the next batch rereads them.
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

fn apply(t: &mut Txn<'_>, state: &mut WriterState, op: WriteOp, now_ms: i64) -> Result<WriteResult, DomainError> {
    Ok(match op {
        WriteOp::CreateUser(new) => WriteResult::User(writes::create_user(t, new, now_ms)?),
        WriteOp::SetDisplayName(id, name) => WriteResult::User(writes::set_display_name(t, &id, &name)?),
        WriteOp::SetFriendship { a, b, friends } => {
            writes::set_friendship(t, &a, &b, friends)?;
            WriteResult::Done
        }
        WriteOp::OpenDirect(a, b) => WriteResult::Channel(writes::open_direct(t, state, &a, &b, now_ms)?),
        WriteOp::CreateGroup { owner, name, members } => {
            WriteResult::Channel(writes::create_group(t, state, &owner, &name, &members, now_ms)?)
        }
        WriteOp::ChangeMember { channel, by, user, add } => {
            WriteResult::Channel(writes::change_member(t, state, &channel, &by, &user, add)?)
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
