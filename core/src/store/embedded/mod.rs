//! The embedded adapter: fjall (a pure-Rust LSM tree) on local disk. Writes go through one
//! writer thread that commits in groups (`writer`); reads go straight to fjall, which gives
//! each read a consistent view of committed data.

mod ops;
mod txn;
mod writer;

use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use fjall::{Database, Keyspace, KeyspaceCreateOptions, Readable};
use prost::Message as _;
use tokio::sync::oneshot;

pub use writer::Durability;
use writer::{WriteOp, WriteRequest, WriteResult};

use crate::error::StoreError;
use crate::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage, InboxPage,
    MAX_HISTORY_LIMIT, MAX_PAGE_BODY_BYTES, MAX_SYNC_LIMIT, PushJob, User, UserId,
};
use crate::store::keys::{Key, KeyReader, Tag, prefix_end};
use crate::store::records::{self, ChannelRecord, CredentialRecord};
use crate::store::worker::WorkerThread;
use crate::store::{NewUser, Store};
use tern_proto::v1::Message;

#[derive(Clone)]
pub struct EmbeddedStore {
    inner: Arc<Inner>,
}

struct Inner {
    /// Joined on drop: the writer commits what it holds and lets go of the files, so the same
    /// directory can be opened again as soon as the store is dropped.
    writer: WorkerThread<WriteRequest>,
    // Kept so the database outlives every reader; the writer holds its own handle.
    _db: Database,
    ks: Keyspace,
}

fn unavailable(e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

/// 8 MiB rather than fjall's 64: writes pause while a full memtable is written out, and
/// the pause grows with its size (docs/BENCHMARKS.md: p99 send→ack at 4000 msg/s ~50 ms
/// with 8 MiB, 150–230 ms with 64 MiB).
pub const DEFAULT_MEMTABLE_BYTES: u64 = 8 * 1024 * 1024;

impl EmbeddedStore {
    /// Opens (creating if needed) the store in `dir`. Must be called inside a tokio runtime
    /// only for the async methods; opening itself is synchronous.
    pub fn open(dir: &Path, durability: Durability) -> Result<Self, StoreError> {
        Self::open_with(dir, durability, DEFAULT_MEMTABLE_BYTES)
    }

    /// As `open`, with the size of fjall's in-memory table (`--memtable-mib`). Taken when
    /// the store is created; an existing store keeps the size it was created with.
    pub fn open_with(dir: &Path, durability: Durability, memtable_bytes: u64) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(unavailable)?;
        let db = Database::builder(dir).open().map_err(unavailable)?;
        let options = || KeyspaceCreateOptions::default().max_memtable_size(memtable_bytes);
        let ks = db.keyspace("tern", options).map_err(unavailable)?;
        let (writer, thread) = writer::spawn(db.clone(), ks.clone(), durability)?;
        let inner = Inner { writer: WorkerThread::new(writer, thread), _db: db, ks };
        Ok(Self { inner: Arc::new(inner) })
    }

    async fn write(&self, op: WriteOp) -> Result<WriteResult, StoreError> {
        let (reply, rx) = oneshot::channel();
        self.inner
            .writer
            .sender()
            .send(WriteRequest { op, reply })
            .await
            .map_err(|_| unavailable("store writer stopped"))?;
        rx.await.map_err(|_| unavailable("store writer stopped"))?
    }

    /// A consistent view of everything committed so far: reads of several keys (an inbox
    /// entry and the message it points at) never see half of a batch.
    fn view(&self) -> View<'_> {
        View { snapshot: self.inner._db.snapshot(), ks: &self.inner.ks }
    }
}

struct View<'a> {
    snapshot: fjall::Snapshot,
    ks: &'a Keyspace,
}

impl View<'_> {
    fn get(&self, key: &[u8]) -> Result<Option<fjall::Slice>, StoreError> {
        self.snapshot.get(self.ks, key).map_err(unavailable)
    }

    fn channel_record(&self, id: &ChannelId) -> Result<Option<ChannelRecord>, StoreError> {
        self.get(&ops::channel_key(id))?.map(|b| records::decode(&b)).transpose()
    }

    fn last_seq(&self, id: &ChannelId) -> Result<u64, StoreError> {
        records::decode_seq(self.get(&ops::seq_key(id))?.as_deref())
    }

    /// Keys and values in `range`, ascending or descending, at most `limit`.
    fn scan(
        &self,
        range: (Bound<Vec<u8>>, Bound<Vec<u8>>),
        reverse: bool,
        limit: usize,
    ) -> Result<Vec<(fjall::Slice, fjall::Slice)>, StoreError> {
        let iter = self.snapshot.range(self.ks, range);
        let take = |it: &mut dyn Iterator<Item = fjall::Guard>| {
            it.take(limit).map(|g| g.into_inner().map_err(unavailable)).collect::<Result<Vec<_>, _>>()
        };
        if reverse { take(&mut iter.rev()) } else { take(&mut { iter }) }
    }

    fn messages(
        &self,
        channel: &ChannelId,
        from: Bound<u64>,
        to: Bound<u64>,
        reverse: bool,
        limit: usize,
    ) -> Result<Vec<Message>, StoreError> {
        let key = |seq| ops::message_key(channel, seq);
        let range = (from.map(key), to.map(key));
        let mut out = Vec::new();
        let mut bytes = 0;
        for (_, v) in self.scan(range, reverse, limit)? {
            bytes += v.len();
            if bytes > MAX_PAGE_BODY_BYTES && !out.is_empty() {
                break;
            }
            out.push(Message::decode(v.as_ref()).map_err(|e| StoreError::Corrupt(e.to_string()))?);
        }
        if reverse {
            out.reverse();
        }
        Ok(out)
    }

    fn user_ids_with_prefix(&self, tag: Tag, owner: &UserId) -> Result<Vec<String>, StoreError> {
        let prefix = Key::new(tag).str(owner.as_str()).into_vec();
        let end = prefix_end(&prefix);
        self.scan((Bound::Included(prefix), Bound::Excluded(end)), false, usize::MAX)?
            .into_iter()
            .map(|(k, _)| {
                let mut r = KeyReader::new(&k);
                r.str();
                r.str().ok_or_else(|| StoreError::Corrupt("index key".into()))
            })
            .collect()
    }
}

macro_rules! expect_result {
    ($result:expr, $variant:ident) => {
        match $result? {
            WriteResult::$variant(v) => Ok(v),
            _ => unreachable!(concat!("writer answers ", stringify!($variant))),
        }
    };
}

#[async_trait]
impl Store for EmbeddedStore {
    async fn create_user(&self, new: NewUser) -> Result<User, StoreError> {
        expect_result!(self.write(WriteOp::CreateUser(new)).await, User)
    }

    async fn credentials(&self, username: &str) -> Result<Option<Credentials>, StoreError> {
        let view = self.view();
        let Some(bytes) = view.get(&ops::username_key(username))? else {
            return Ok(None);
        };
        let cred: CredentialRecord = records::decode(&bytes)?;
        let user =
            self.user(&cred.user_id).await?.ok_or_else(|| StoreError::Corrupt("credential without user".into()))?;
        Ok(Some(Credentials { user, password_hash: cred.password_hash }))
    }

    async fn user(&self, id: &UserId) -> Result<Option<User>, StoreError> {
        let view = self.view();
        view.get(&ops::user_key(id))?.map(|b| records::decode_user(&b)).transpose()
    }

    async fn set_display_name(&self, id: &UserId, display_name: &str) -> Result<User, StoreError> {
        expect_result!(self.write(WriteOp::SetDisplayName(id.clone(), display_name.to_owned())).await, User)
    }

    async fn add_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError> {
        self.write(WriteOp::SetFriendship { a: user.clone(), b: friend.clone(), friends: true }).await.map(|_| ())
    }

    async fn remove_friend(&self, user: &UserId, friend: &UserId) -> Result<(), StoreError> {
        self.write(WriteOp::SetFriendship { a: user.clone(), b: friend.clone(), friends: false }).await.map(|_| ())
    }

    async fn friends(&self, user: &UserId) -> Result<Vec<UserId>, StoreError> {
        let view = self.view();
        Ok(view.user_ids_with_prefix(Tag::Friend, user)?.into_iter().map(UserId).collect())
    }

    async fn open_direct(&self, a: &UserId, b: &UserId) -> Result<ChannelInfo, StoreError> {
        let view = self.view();
        // The common case, an existing channel, needs no write.
        let id = ChannelId::direct(a, b);
        if let Some(record) = view.channel_record(&id)? {
            return Ok(record.info(view.last_seq(&id)?));
        }
        expect_result!(self.write(WriteOp::OpenDirect(a.clone(), b.clone())).await, Channel)
    }

    async fn create_group(&self, owner: &UserId, name: &str, members: &[UserId]) -> Result<ChannelInfo, StoreError> {
        let op = WriteOp::CreateGroup { owner: owner.clone(), name: name.to_owned(), members: members.to_vec() };
        expect_result!(self.write(op).await, Channel)
    }

    async fn add_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError> {
        let op = WriteOp::ChangeMember { channel: channel.clone(), by: by.clone(), user: user.clone(), add: true };
        expect_result!(self.write(op).await, Channel)
    }

    async fn remove_member(&self, channel: &ChannelId, by: &UserId, user: &UserId) -> Result<ChannelInfo, StoreError> {
        let op = WriteOp::ChangeMember { channel: channel.clone(), by: by.clone(), user: user.clone(), add: false };
        expect_result!(self.write(op).await, Channel)
    }

    async fn channel(&self, channel: &ChannelId) -> Result<Option<ChannelInfo>, StoreError> {
        let view = self.view();
        match view.channel_record(channel)? {
            Some(r) => Ok(Some(r.info(view.last_seq(channel)?))),
            None => Ok(None),
        }
    }

    async fn channels_of(&self, user: &UserId) -> Result<Vec<ChannelInfo>, StoreError> {
        let view = self.view();
        let mut out = Vec::new();
        for id in view.user_ids_with_prefix(Tag::UserChannel, user)? {
            if let Some(info) = self.channel(&ChannelId(id)).await? {
                out.push(info);
            }
        }
        Ok(out)
    }

    async fn append(&self, req: AppendRequest) -> Result<AppendOutcome, StoreError> {
        // Refuse what can be refused without the writer, so bad input never queues.
        req.validate()?;
        expect_result!(self.write(WriteOp::Append(req)).await, Appended)
    }

    async fn history(
        &self,
        channel: &ChannelId,
        reader: &UserId,
        anchor: HistoryAnchor,
        limit: usize,
    ) -> Result<HistoryPage, StoreError> {
        let view = self.view();
        let record = view.channel_record(channel)?.ok_or_else(|| StoreError::UnknownChannel(channel.to_string()))?;
        if !record.is_member(reader) {
            return Err(StoreError::NotAMember);
        }
        let limit = limit.clamp(1, MAX_HISTORY_LIMIT);
        let last_seq = view.last_seq(channel)?;
        use Bound::{Excluded, Included};
        let messages = match anchor {
            HistoryAnchor::Latest => view.messages(channel, Included(0), Included(u64::MAX), true, limit)?,
            HistoryAnchor::Before(seq) => view.messages(channel, Included(0), Excluded(seq), true, limit)?,
            HistoryAnchor::After(seq) => view.messages(channel, Excluded(seq), Included(u64::MAX), false, limit)?,
            HistoryAnchor::Around(seq) => {
                let mut page = view.messages(channel, Included(0), Excluded(seq), true, limit / 2)?;
                let rest = limit - page.len();
                page.extend(view.messages(channel, Included(seq), Included(u64::MAX), false, rest)?);
                crate::model::fit_around_page(&mut page, seq);
                page
            }
        };
        Ok(HistoryPage::new(messages, anchor, last_seq))
    }

    async fn inbox_after(&self, user: &UserId, after: &Cursor, limit: usize) -> Result<InboxPage, StoreError> {
        let view = self.view();
        let limit = limit.clamp(1, MAX_SYNC_LIMIT);
        let prefix = Key::new(Tag::Inbox).str(user.as_str()).into_vec();
        let start = if after.is_start() {
            Bound::Included(prefix.clone())
        } else {
            Bound::Excluded(ops::inbox_key(user, &after.0))
        };
        let rows = view.scan((start, Bound::Excluded(prefix_end(&prefix))), false, limit + 1)?;
        let mut more = rows.len() > limit;
        let mut entries = Vec::with_capacity(rows.len().min(limit));
        let mut byte_count = 0;
        for (key, value) in rows.into_iter().take(limit) {
            let cursor = Cursor(key[prefix.len()..].to_vec().into());
            let (channel, seq) = ops::decode_inbox_value(&value)?;
            let bytes = view
                .get(&ops::message_key(&channel, seq))?
                .ok_or_else(|| StoreError::Corrupt("inbox points at a missing message".into()))?;
            let message = Message::decode(bytes.as_ref()).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            byte_count += message.body.len();
            if byte_count > MAX_PAGE_BODY_BYTES && !entries.is_empty() {
                more = true;
                break;
            }
            entries.push((cursor, message));
        }
        Ok(InboxPage { entries, more })
    }

    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), StoreError> {
        self.write(WriteOp::EnqueuePush(jobs)).await.map(|_| ())
    }

    async fn due_push_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<PushJob>, StoreError> {
        let view = self.view();
        let start = Key::new(Tag::Push).into_vec();
        let end = Key::new(Tag::Push).u64(now_ms.max(0) as u64 + 1).into_vec();
        view.scan((Bound::Included(start), Bound::Excluded(end)), false, limit)?
            .into_iter()
            .map(|(_, v)| records::decode(&v))
            .collect()
    }

    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, StoreError> {
        expect_result!(self.write(WriteOp::ReschedulePush(job, previous_due_ms)).await, Moved)
    }

    async fn complete_push(&self, job: &PushJob) -> Result<(), StoreError> {
        self.write(WriteOp::CompletePush(job.clone())).await.map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Harness {
        dir: tempfile::TempDir,
    }

    impl Harness {
        fn new() -> Self {
            Harness { dir: tempfile::tempdir().unwrap() }
        }
        fn open(&self) -> Arc<dyn Store> {
            Arc::new(EmbeddedStore::open(self.dir.path(), Durability::Fsync).unwrap())
        }
    }

    crate::store_contract_tests!(Harness::new());
}
