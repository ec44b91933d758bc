//! The embedded adapter: fjall (a pure-Rust LSM tree) on local disk. Writes go through one
//! writer thread that commits in groups (`writer`), where messages get their seq (`append`)
//! and the other writes are checked and applied (`writes`); `layout` says where each record
//! lives. Reads go straight to fjall, through a snapshot per read.

mod append;
mod layout;
mod txn;
mod writer;
mod writes;

use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use fjall::{Database, Keyspace, KeyspaceCreateOptions, Readable};
use prost::Message as _;
use tern_domain::DomainError;
use tern_domain::limits::{HISTORY_PAGE, MAX_PAGE_BODY_BYTES, SYNC_PAGE};
use tern_domain::model::{
    AppendOutcome, AppendRequest, Channel, ChannelId, ChannelInfo, Credentials, Cursor, HistoryAnchor, HistoryPage,
    InboxPage, NewUser, PushJob, User, UserId, fit_around_page,
};
use tern_domain::ports::store::{Accounts, Channels, Messages, PushOutbox, Social};
use tern_proto::v1::Message;
use tokio::sync::oneshot;

pub use writer::Durability;
use writer::{WriteOp, WriteRequest, WriteResult};

use crate::store::keys::{Key, KeyReader, Tag, prefix_end};
use crate::store::records::{self, CredentialRecord};
use crate::store::worker::WorkerThread;

#[derive(Clone)]
pub struct EmbeddedStore {
    inner: Arc<Inner>,
}

struct Inner {
    /// Joined on drop: the writer commits what it holds and lets go of the files, so the same
    /// directory can be opened again as soon as the store is dropped.
    writer: WorkerThread<WriteRequest>,
    // Kept so the database outlives every reader (snapshots come from it); the writer
    // holds its own handle.
    db: Database,
    ks: Keyspace,
}

/// The 8-byte cursor at the end of an inbox or feed key.
fn decode_cursor(bytes: &[u8]) -> Result<u64, DomainError> {
    <[u8; 8]>::try_from(bytes).map(u64::from_be_bytes).map_err(|_| DomainError::Corrupt("cursor in a key".into()))
}

fn unavailable(e: impl std::fmt::Display) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

/// 8 MiB rather than fjall's 64: writes pause while a full memtable is written out, and
/// the pause grows with its size (docs/BENCHMARKS.md: p99 send→ack at 4000 msg/s ~50 ms
/// with 8 MiB, 150–230 ms with 64 MiB).
pub const DEFAULT_MEMTABLE_BYTES: u64 = 8 * 1024 * 1024;

impl EmbeddedStore {
    /// Opens (creating if needed) the store in `dir`. Must be called inside a tokio runtime
    /// only for the async methods; opening itself is synchronous.
    pub fn open(dir: &Path, durability: Durability) -> Result<Self, DomainError> {
        Self::open_with(dir, durability, DEFAULT_MEMTABLE_BYTES)
    }

    /// As `open`, with the size of fjall's in-memory table (`--memtable-mib`). Taken when
    /// the store is created; an existing store keeps the size it was created with.
    pub fn open_with(dir: &Path, durability: Durability, memtable_bytes: u64) -> Result<Self, DomainError> {
        std::fs::create_dir_all(dir).map_err(unavailable)?;
        // One background worker for flushes and compactions. With two (fjall's default on a
        // 2-core machine), worker 0 hands every compaction request back to the queue while
        // worker 1 compacts and takes it again at once (fjall 3.1.13 `worker_pool.rs`,
        // `WorkerMessage::Compact`): a spin that burned a third of the gateway's CPU in the
        // fan-out benchmark (docs/BENCHMARKS.md), and with it the writer's core.
        let db = Database::builder(dir).worker_threads(1).open().map_err(unavailable)?;
        let options = || KeyspaceCreateOptions::default().max_memtable_size(memtable_bytes);
        let ks = db.keyspace("tern", options).map_err(unavailable)?;
        let (writer, thread) = writer::spawn(db.clone(), ks.clone(), durability)?;
        let inner = Inner { writer: WorkerThread::new(writer, thread), db, ks };
        Ok(Self { inner: Arc::new(inner) })
    }

    async fn write(&self, op: WriteOp) -> Result<WriteResult, DomainError> {
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
        View { snapshot: self.inner.db.snapshot(), ks: &self.inner.ks }
    }
}

struct View<'a> {
    snapshot: fjall::Snapshot,
    ks: &'a Keyspace,
}

impl View<'_> {
    fn get(&self, key: &[u8]) -> Result<Option<fjall::Slice>, DomainError> {
        self.snapshot.get(self.ks, key).map_err(unavailable)
    }

    fn channel_record(&self, id: &ChannelId) -> Result<Option<Channel>, DomainError> {
        self.get(&layout::channel_key(id))?.map(|b| records::decode(&b)).transpose()
    }

    fn last_seq(&self, id: &ChannelId) -> Result<u64, DomainError> {
        records::decode_seq(self.get(&layout::seq_key(id))?.as_deref())
    }

    fn channel_info(&self, id: &ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        match self.channel_record(id)? {
            Some(channel) => Ok(Some(channel.info(self.last_seq(id)?))),
            None => Ok(None),
        }
    }

    fn user(&self, id: &UserId) -> Result<Option<User>, DomainError> {
        self.get(&layout::user_key(id))?.map(|b| records::decode(&b)).transpose()
    }

    /// Keys and values in `range`, ascending or descending, at most `limit`.
    fn scan(
        &self,
        range: (Bound<Vec<u8>>, Bound<Vec<u8>>),
        reverse: bool,
        limit: usize,
    ) -> Result<Vec<(fjall::Slice, fjall::Slice)>, DomainError> {
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
    ) -> Result<Vec<Message>, DomainError> {
        let key = |seq| layout::message_key(channel, seq);
        let range = (from.map(key), to.map(key));
        let mut out = Vec::new();
        let mut bytes = 0;
        for (_, v) in self.scan(range, reverse, limit)? {
            bytes += v.len();
            if bytes > MAX_PAGE_BODY_BYTES && !out.is_empty() {
                break;
            }
            out.push(Message::decode(v.as_ref()).map_err(|e| DomainError::Corrupt(e.to_string()))?);
        }
        if reverse {
            out.reverse();
        }
        Ok(out)
    }

    /// The user's inbox entries (1:1 messages) after `after`: (cursor, channel, seq).
    fn inbox_entries(
        &self,
        user: &UserId,
        after: &Cursor,
        limit: usize,
    ) -> Result<Vec<(u64, ChannelId, u64)>, DomainError> {
        let prefix = Key::new(Tag::Inbox).str(user.as_str()).into_vec();
        let start = if after.is_start() {
            Bound::Included(prefix.clone())
        } else {
            Bound::Excluded(layout::inbox_key(user, &after.0))
        };
        self.scan((start, Bound::Excluded(prefix_end(&prefix))), false, limit)?
            .into_iter()
            .map(|(key, value)| {
                let (channel, seq) = layout::decode_inbox_value(&value)?;
                Ok((decode_cursor(&key[prefix.len()..])?, channel, seq))
            })
            .collect()
    }

    /// The user's windows in each group they were ever a member of.
    fn windows(&self, user: &UserId) -> Result<Vec<(ChannelId, layout::Windows)>, DomainError> {
        let prefix = layout::windows_prefix(user);
        let end = prefix_end(&prefix);
        self.scan((Bound::Included(prefix), Bound::Excluded(end)), false, usize::MAX)?
            .into_iter()
            .map(|(key, value)| {
                let mut r = KeyReader::new(&key);
                r.str();
                let channel = r.str().ok_or_else(|| DomainError::Corrupt("window key".into()))?;
                Ok((ChannelId(channel), layout::Windows::decode(&value)?))
            })
            .collect()
    }

    /// A group's feed entries with cursors in (from, to]: (cursor, channel, seq).
    fn feed_entries(
        &self,
        channel: &ChannelId,
        from: u64,
        to: u64,
        limit: usize,
    ) -> Result<Vec<(u64, ChannelId, u64)>, DomainError> {
        let start = Bound::Excluded(layout::feed_key(channel, &from.to_be_bytes()));
        let end = if to == layout::Windows::OPEN {
            Bound::Excluded(prefix_end(&layout::feed_prefix(channel)))
        } else {
            Bound::Included(layout::feed_key(channel, &to.to_be_bytes()))
        };
        let prefix_len = layout::feed_prefix(channel).len();
        self.scan((start, end), false, limit)?
            .into_iter()
            .map(|(key, value)| {
                Ok((decode_cursor(&key[prefix_len..])?, channel.clone(), records::decode_seq(Some(&value))?))
            })
            .collect()
    }

    fn user_ids_with_prefix(&self, tag: Tag, owner: &UserId) -> Result<Vec<String>, DomainError> {
        let prefix = Key::new(tag).str(owner.as_str()).into_vec();
        let end = prefix_end(&prefix);
        self.scan((Bound::Included(prefix), Bound::Excluded(end)), false, usize::MAX)?
            .into_iter()
            .map(|(k, _)| {
                let mut r = KeyReader::new(&k);
                r.str();
                r.str().ok_or_else(|| DomainError::Corrupt("index key".into()))
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
impl Accounts for EmbeddedStore {
    async fn create_user(&self, new: NewUser) -> Result<User, DomainError> {
        expect_result!(self.write(WriteOp::CreateUser(new)).await, User)
    }

    async fn credentials(&self, username: String) -> Result<Option<Credentials>, DomainError> {
        let view = self.view();
        let Some(bytes) = view.get(&layout::username_key(&username))? else {
            return Ok(None);
        };
        let cred: CredentialRecord = records::decode(&bytes)?;
        let user = view.user(&cred.user_id)?.ok_or_else(|| DomainError::Corrupt("credential without user".into()))?;
        Ok(Some(Credentials { user, password_hash: cred.password_hash }))
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, DomainError> {
        self.view().user(&id)
    }

    async fn set_display_name(&self, id: UserId, display_name: String) -> Result<User, DomainError> {
        expect_result!(self.write(WriteOp::SetDisplayName(id, display_name)).await, User)
    }
}

#[async_trait]
impl Social for EmbeddedStore {
    async fn add_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.write(WriteOp::SetFriendship { a: user, b: friend, friends: true }).await.map(drop)
    }

    async fn remove_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.write(WriteOp::SetFriendship { a: user, b: friend, friends: false }).await.map(drop)
    }

    async fn friends(&self, user: UserId) -> Result<Vec<UserId>, DomainError> {
        Ok(self.view().user_ids_with_prefix(Tag::Friend, &user)?.into_iter().map(UserId).collect())
    }
}

#[async_trait]
impl Channels for EmbeddedStore {
    async fn open_direct(&self, a: UserId, b: UserId) -> Result<ChannelInfo, DomainError> {
        // The common case, an existing channel, needs no write.
        if a != b
            && let Some(info) = self.view().channel_info(&ChannelId::direct(&a, &b))?
        {
            return Ok(info);
        }
        expect_result!(self.write(WriteOp::OpenDirect(a, b)).await, Channel)
    }

    async fn create_group(
        &self,
        owner: UserId,
        name: String,
        members: Vec<UserId>,
    ) -> Result<ChannelInfo, DomainError> {
        expect_result!(self.write(WriteOp::CreateGroup { owner, name, members }).await, Channel)
    }

    async fn add_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        expect_result!(self.write(WriteOp::ChangeMember { channel, by, user, add: true }).await, Channel)
    }

    async fn remove_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        expect_result!(self.write(WriteOp::ChangeMember { channel, by, user, add: false }).await, Channel)
    }

    async fn channel(&self, channel: ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        self.view().channel_info(&channel)
    }

    async fn channels_of(&self, user: UserId) -> Result<Vec<ChannelInfo>, DomainError> {
        let view = self.view();
        let ids = view.user_ids_with_prefix(Tag::UserChannel, &user)?;
        ids.into_iter().filter_map(|id| view.channel_info(&ChannelId(id)).transpose()).collect()
    }
}

#[async_trait]
impl Messages for EmbeddedStore {
    async fn append(&self, req: AppendRequest) -> Result<AppendOutcome, DomainError> {
        // Refuse what can be refused without the writer, so bad input never queues.
        req.validate()?;
        expect_result!(self.write(WriteOp::Append(req)).await, Appended)
    }

    async fn append_batch(
        &self,
        reqs: Vec<AppendRequest>,
    ) -> Result<Vec<Result<AppendOutcome, DomainError>>, DomainError> {
        expect_result!(self.write(WriteOp::AppendBatch(reqs)).await, AppendedBatch)
    }

    async fn history(
        &self,
        channel: ChannelId,
        reader: UserId,
        anchor: HistoryAnchor,
        limit: usize,
    ) -> Result<HistoryPage, DomainError> {
        let view = self.view();
        let record = view.channel_record(&channel)?.ok_or_else(|| DomainError::UnknownChannel(channel.to_string()))?;
        if !record.is_member(&reader) {
            return Err(DomainError::NotAMember);
        }
        let limit = HISTORY_PAGE.clamp(limit);
        let last_seq = view.last_seq(&channel)?;
        use Bound::{Excluded, Included};
        let messages = match anchor {
            HistoryAnchor::Latest => view.messages(&channel, Included(0), Included(u64::MAX), true, limit)?,
            HistoryAnchor::Before(seq) => view.messages(&channel, Included(0), Excluded(seq), true, limit)?,
            HistoryAnchor::After(seq) => view.messages(&channel, Excluded(seq), Included(u64::MAX), false, limit)?,
            HistoryAnchor::Around(seq) => {
                let mut page = view.messages(&channel, Included(0), Excluded(seq), true, limit / 2)?;
                let rest = limit - page.len();
                page.extend(view.messages(&channel, Included(seq), Included(u64::MAX), false, rest)?);
                fit_around_page(&mut page, seq);
                page
            }
        };
        Ok(HistoryPage::new(messages, anchor, last_seq))
    }

    async fn inbox_after(&self, user: UserId, after: Cursor, limit: usize) -> Result<InboxPage, DomainError> {
        let view = self.view();
        let limit = SYNC_PAGE.clamp(limit);
        // What is after `after`, from each place a message of this user can be: the inbox
        // (1:1 messages) and each group's feed within the user's windows. Every message is
        // in one place only, under its own cursor, so merging by cursor is the inbox order.
        let mut found = view.inbox_entries(&user, &after, limit + 1)?;
        for (channel, windows) in view.windows(&user)? {
            for (from, to) in windows.after(cursor_u64(&after)) {
                found.extend(view.feed_entries(&channel, from, to, limit + 1)?);
            }
        }
        found.sort_unstable_by_key(|(cursor, _, _)| *cursor);
        let mut more = found.len() > limit;
        found.truncate(limit);
        let mut entries = Vec::with_capacity(found.len());
        let mut byte_count = 0;
        for (cursor, channel, seq) in found {
            let bytes = view
                .get(&layout::message_key(&channel, seq))?
                .ok_or_else(|| DomainError::Corrupt("inbox points at a missing message".into()))?;
            let message = Message::decode(bytes.as_ref()).map_err(|e| DomainError::Corrupt(e.to_string()))?;
            byte_count += message.body.len();
            if byte_count > MAX_PAGE_BODY_BYTES && !entries.is_empty() {
                more = true;
                break;
            }
            entries.push((Cursor::from_u64(cursor), message));
        }
        Ok(InboxPage { entries, more })
    }
}

/// A cursor as the number the embedded store issues (8 bytes big-endian), for comparing it
/// with windows. Another length (none this store made) maps to the number ordered like it.
fn cursor_u64(cursor: &Cursor) -> u64 {
    let mut word = [0u8; 8];
    let n = cursor.0.len().min(8);
    word[..n].copy_from_slice(&cursor.0[..n]);
    let value = u64::from_be_bytes(word);
    if cursor.0[n..].iter().any(|b| *b != 0) { value.saturating_add(1) } else { value }
}

#[async_trait]
impl PushOutbox for EmbeddedStore {
    async fn enqueue_push(&self, jobs: Vec<PushJob>) -> Result<(), DomainError> {
        self.write(WriteOp::EnqueuePush(jobs)).await.map(drop)
    }

    async fn due_push_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<PushJob>, DomainError> {
        let view = self.view();
        let start = Key::new(Tag::Push).into_vec();
        let end = Key::new(Tag::Push).u64(now_ms.max(0) as u64 + 1).into_vec();
        view.scan((Bound::Included(start), Bound::Excluded(end)), false, limit)?
            .into_iter()
            .map(|(_, v)| records::decode(&v))
            .collect()
    }

    async fn reschedule_push(&self, job: PushJob, previous_due_ms: i64) -> Result<bool, DomainError> {
        expect_result!(self.write(WriteOp::ReschedulePush(job, previous_due_ms)).await, Moved)
    }

    async fn complete_push(&self, job: PushJob) -> Result<(), DomainError> {
        self.write(WriteOp::CompletePush(job)).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_domain::ports::store::Store;

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

    tern_contract::store_contract_tests!(Harness::new());

    /// A store written by the layout before group feeds (every group message an entry in
    /// each member's inbox, no windows) reads the same after the upgrade, and its groups'
    /// new messages reach their members through the feeds.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_store_of_the_previous_layout_is_migrated() {
        use tern_domain::model::{AppendRequest, NewUser};
        let dir = tempfile::tempdir().unwrap();
        let new =
            |name: &str| NewUser { username: name.into(), display_name: String::new(), password_hash: "h".into() };
        let send = |ch: &ChannelId, from: &UserId, id: &str| AppendRequest {
            channel: ch.clone(),
            sender: from.clone(),
            client_msg_id: id.into(),
            body: id.into(),
        };
        let (a, b, group, old) = {
            let store = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
            let (a, b) =
                (store.create_user(new("alice")).await.unwrap().id, store.create_user(new("bob")).await.unwrap().id);
            let group = store.create_group(a.clone(), "g".into(), vec![b.clone()]).await.unwrap().channel.id;
            let old = store.append(send(&group, &a, "old")).await.unwrap();
            (a, b, group, old)
        };
        // Make it what the previous layout wrote: the message in each member's inbox, no
        // feed entry, no windows, no layout version.
        {
            let db = Database::builder(dir.path()).open().unwrap();
            let ks = db.keyspace("tern", KeyspaceCreateOptions::default).unwrap();
            let mut batch = db.batch();
            batch.remove(&ks, layout::feed_key(&group, &old.cursor.0));
            batch.remove(&ks, layout::layout_version_key());
            for user in [&a, &b] {
                batch.remove(&ks, layout::window_key(user, &group));
                batch.insert(&ks, layout::inbox_key(user, &old.cursor.0), layout::encode_inbox_value(&group, 1));
            }
            batch.commit().unwrap();
            db.persist(fjall::PersistMode::SyncAll).unwrap();
        }
        let store = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
        store.append(send(&group, &a, "new")).await.unwrap();
        let inbox = store.inbox_after(b.clone(), Cursor::START, 10).await.unwrap();
        let bodies: Vec<_> = inbox.entries.iter().map(|(_, m)| m.body.as_str()).collect();
        assert_eq!(bodies, vec!["old", "new"], "the old message from the inbox, the new one from the feed, once each");
    }
}
