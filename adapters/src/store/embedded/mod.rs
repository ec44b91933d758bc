//! The embedded adapter: fjall (a pure-Rust LSM tree) on local disk. Writes go through one
//! writer thread that commits in groups (`writer`), where messages get their seq (`append`)
//! and the other writes are checked and applied (`writes`); `layout` says where each record
//! lives, `migrate` brings older layouts to it. Reads go straight to fjall, through a snapshot
//! per read (`view`).

mod append;
mod applier;
mod layout;
mod legacy;
mod log_location;
mod migrate;
mod overlay;
mod seen;
mod txn;
mod view;
mod wal;
mod writer;
mod writes;

use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use fjall::config::FilterPolicy;
use fjall::{Database, KeyspaceCreateOptions};
use tern_domain::DomainError;
use tern_domain::limits::{HISTORY_PAGE, MAX_PAGE_BODY_BYTES, SYNC_PAGE};
use tern_domain::model::DeviceId;
use tern_domain::model::{
    AppendOutcome, AppendRequest, ChannelId, ChannelInfo, Conversation, Credentials, Cursor, FriendChange, GroupChange,
    GroupChanged, HistoryAnchor, HistoryPage, InboxPage, NewUser, Position, ProfileUpdate, PushJob, ReadMark,
    ReadReceipt, RelationPair, Relations, Revocations, User, UserId, around_start, fit_around_page,
};
use tern_domain::ports::store::{Accounts, Channels, Messages, PushOutbox, Social};
use tokio::sync::oneshot;

use layout::{Space, username_key};
use overlay::Overlay;
use txn::Keyspaces;
use view::View;
pub use writer::Durability;
use writer::{WriteOp, WriteRequest, WriteResult};

use crate::store::keys::Tag;
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
    spaces: Keyspaces,
    overlay: Arc<Overlay>,
}

fn unavailable(e: impl std::fmt::Display) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

/// 8 MiB rather than fjall's 64: writes pause while a full memtable is written out, and
/// the pause grows with its size (docs/BENCHMARKS.md: p99 send→ack at 4000 msg/s ~50 ms
/// with 8 MiB, 150–230 ms with 64 MiB).
pub const DEFAULT_MEMTABLE_BYTES: u64 = 8 * 1024 * 1024;

/// How a store is opened (`EmbeddedStore::open_with`).
#[derive(Clone, Debug)]
pub struct Options {
    pub durability: Durability,
    /// fjall's in-memory table per keyspace, taken when the store is created: each time it
    /// fills, it is written out as a table file in the background.
    pub memtable_bytes: u64,
    /// The store's log on a device of its own (`log_location.rs`); `None`: `<dir>/log`.
    pub log_dir: Option<PathBuf>,
}

impl Options {
    pub fn new(durability: Durability) -> Self {
        Options { durability, memtable_bytes: DEFAULT_MEMTABLE_BYTES, log_dir: None }
    }
}

impl EmbeddedStore {
    /// Opens (creating if needed) the store in `dir`. Must be called inside a tokio runtime
    /// only for the async methods; opening itself is synchronous.
    pub fn open(dir: &Path, durability: Durability) -> Result<Self, DomainError> {
        Self::open_with(dir, &Options::new(durability))
    }

    /// As `open`, with every option (`--memtable-mib`, `--store-log-dir`).
    pub fn open_with(dir: &Path, options: &Options) -> Result<Self, DomainError> {
        std::fs::create_dir_all(dir).map_err(unavailable)?;
        let log_dir = log_location::resolve(dir, options.log_dir.as_deref())?;
        // One background worker for flushes and compactions. With two (fjall's default on a
        // 2-core machine), worker 0 hands every compaction request back to the queue while
        // worker 1 compacts and takes it again at once (fjall 3.1.13 `worker_pool.rs`,
        // `WorkerMessage::Compact`): a spin that burned a third of the gateway's CPU in the
        // fan-out benchmark (docs/BENCHMARKS.md), and with it the writer's core.
        let db = Database::builder(dir).worker_threads(1).open().map_err(unavailable)?;
        let open = |space: Space| {
            let options = move || {
                let options = KeyspaceCreateOptions::default().max_memtable_size(options.memtable_bytes);
                match space {
                    // Read only by range (an inbox or feed after a cursor): no point read
                    // ever asks a filter.
                    Space::Inbox | Space::Feeds => options.filter_policy(FilterPolicy::disabled()),
                    _ => options,
                }
            };
            db.keyspace(space.name(), options).map_err(unavailable)
        };
        let spaces = Keyspaces([
            open(Space::Meta)?,
            open(Space::Messages)?,
            open(Space::Inbox)?,
            open(Space::Feeds)?,
            open(Space::Dedupe)?,
        ]);
        debug_assert!(Space::ALL.iter().enumerate().all(|(i, s)| *s as usize == i));
        let overlay = Arc::new(Overlay::default());
        let (writer, thread) = writer::spawn(db.clone(), spaces.clone(), overlay.clone(), dir, &log_dir, options)?;
        let inner = Inner { writer: WorkerThread::new(writer, thread), db, spaces, overlay };
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

    fn view(&self) -> View<'_> {
        // The overlay first, then fjall: see `overlay.rs`.
        let pending = self.inner.overlay.snapshot();
        View { pending, snapshot: self.inner.db.snapshot(), spaces: &self.inner.spaces }
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
        let Some(bytes) = view.get(Space::Meta, &username_key(&username))? else {
            return Ok(None);
        };
        let cred: CredentialRecord = records::decode(&bytes)?;
        let user = view.user(&cred.user_id)?.ok_or_else(|| DomainError::Corrupt("credential without user".into()))?;
        Ok(Some(Credentials { user, password_hash: cred.password_hash }))
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, DomainError> {
        self.view().user(&id)
    }

    async fn update_profile(&self, id: UserId, update: ProfileUpdate) -> Result<User, DomainError> {
        expect_result!(self.write(WriteOp::UpdateProfile(id, update)).await, User)
    }

    async fn revoke_tokens(
        &self,
        user: UserId,
        device: Option<DeviceId>,
        at_ms: i64,
    ) -> Result<Revocations, DomainError> {
        expect_result!(self.write(WriteOp::RevokeTokens(user, device, at_ms)).await, Revoked)
    }

    async fn revocations(&self, user: UserId) -> Result<Revocations, DomainError> {
        self.view().revocations(&user)
    }
}

#[async_trait]
impl Social for EmbeddedStore {
    async fn change_relation(
        &self,
        user: UserId,
        other: UserId,
        change: FriendChange,
    ) -> Result<RelationPair, DomainError> {
        expect_result!(self.write(WriteOp::ChangeRelation { user, other, change }).await, Relation)
    }

    async fn friends(&self, user: UserId) -> Result<Vec<UserId>, DomainError> {
        Ok(self.view().ids_of(Tag::Friend, &user)?.into_iter().map(UserId).collect())
    }

    async fn relations(&self, user: UserId) -> Result<Relations, DomainError> {
        self.view().relations(&user)
    }
}

#[async_trait]
impl Channels for EmbeddedStore {
    async fn open_direct(&self, a: UserId, b: UserId) -> Result<ChannelInfo, DomainError> {
        // The common case, an existing channel, needs no write (its record says if blocked).
        if a != b
            && let Some(info) = self.view().channel_info(&ChannelId::direct(&a, &b))?
        {
            return if info.blocked { Err(DomainError::Blocked) } else { Ok(info) };
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

    async fn change_group(
        &self,
        channel: ChannelId,
        by: UserId,
        change: GroupChange,
    ) -> Result<GroupChanged, DomainError> {
        expect_result!(self.write(WriteOp::ChangeGroup { channel, by, change }).await, GroupChanged)
    }

    async fn channel(&self, channel: ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        self.view().channel_info(&channel)
    }

    async fn channels_of(&self, user: UserId) -> Result<Vec<ChannelInfo>, DomainError> {
        let view = self.view();
        let ids = view.ids_of(Tag::UserChannel, &user)?;
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
        let stored = view.channel(&channel)?.ok_or_else(|| DomainError::UnknownChannel(channel.to_string()))?;
        if !stored.channel.is_member(&reader) {
            return Err(DomainError::NotAMember);
        }
        let limit = HISTORY_PAGE.clamp(limit);
        let num = stored.num;
        let last_seq = view.last_seq(num)?;
        use Bound::{Excluded, Included};
        let messages = match anchor {
            HistoryAnchor::Latest => view.messages(num, Included(0), Included(u64::MAX), true, limit)?,
            HistoryAnchor::Before(seq) => view.messages(num, Included(0), Excluded(seq), true, limit)?,
            HistoryAnchor::After(seq) => view.messages(num, Excluded(seq), Included(u64::MAX), false, limit)?,
            HistoryAnchor::Around(seq) => {
                // Each side read within the byte budget, so the anchor is always on the page.
                let from = around_start(seq, limit, last_seq);
                let before = seq.saturating_sub(from) as usize;
                let mut page = view.messages(num, Included(from), Excluded(seq), true, before)?;
                let rest = limit - page.len();
                page.extend(view.messages(num, Included(seq), Included(u64::MAX), false, rest)?);
                fit_around_page(&mut page, seq);
                page
            }
        };
        Ok(HistoryPage::new(messages, anchor, last_seq))
    }

    async fn inbox_after(&self, user: UserId, after: Cursor, limit: usize) -> Result<InboxPage, DomainError> {
        let Some(user) = user.number() else { return Ok(InboxPage { entries: Vec::new(), more: false }) };
        let view = self.view();
        let limit = SYNC_PAGE.clamp(limit);
        let after = cursor_u64(&after);
        // What is after `after`, from each place a message of this user can be: the inbox
        // (1:1 messages) and each group's feed within the user's windows. Every message is
        // in one place only, under its own cursor, so merging by cursor is the inbox order.
        let mut found = view.inbox_entries(user, after, limit + 1)?;
        for (channel, windows) in view.windows(user)? {
            for (from, to) in windows.after(after) {
                found.extend(view.feed_entries(channel, from, to, limit + 1)?);
            }
        }
        found.sort_unstable_by_key(|(cursor, _, _)| *cursor);
        let mut more = found.len() > limit;
        found.truncate(limit);
        let mut entries = Vec::with_capacity(found.len());
        let mut byte_count = 0;
        for (cursor, channel, seq) in found {
            let message = view.message(channel, seq)?;
            byte_count += message.body.len();
            if byte_count > MAX_PAGE_BODY_BYTES && !entries.is_empty() {
                more = true;
                break;
            }
            entries.push((Cursor::from_u64(cursor), message));
        }
        Ok(InboxPage { entries, more })
    }

    async fn mark_read(
        &self,
        user: UserId,
        channel: ChannelId,
        position: Position,
        seq: u64,
    ) -> Result<ReadMark, DomainError> {
        expect_result!(self.write(WriteOp::MarkRead { user, channel, position, seq }).await, Read)
    }

    async fn conversations(&self, user: UserId) -> Result<Vec<Conversation>, DomainError> {
        let view = self.view();
        let Some(user_num) = user.number() else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for id in view.ids_of(Tag::UserChannel, &user)? {
            let Some(stored) = view.channel(&ChannelId(id))? else { continue };
            let last_seq = view.last_seq(stored.num)?;
            let last_message = if last_seq > 0 { Some(view.message(stored.num, last_seq)?) } else { None };
            let read_seq = view.positions(stored.num, user_num)?.read;
            out.push(Conversation { channel: stored.channel.info(last_seq), read_seq, last_message });
        }
        Ok(out)
    }

    async fn reads(&self, channel: ChannelId, reader: UserId) -> Result<Vec<ReadReceipt>, DomainError> {
        let view = self.view();
        let stored = view.channel(&channel)?.ok_or_else(|| DomainError::UnknownChannel(channel.to_string()))?;
        if !stored.channel.is_member(&reader) {
            return Err(DomainError::NotAMember);
        }
        let mut out = Vec::new();
        for (user, at) in view.reads(stored.num)? {
            let user_id = UserId::from_number(user);
            let shares = view.user(&user_id)?.is_some_and(|u| u.send_receipts);
            if ReadReceipt::visible(&stored.channel, &reader, &user_id, shares) {
                out.push(ReadReceipt { user_id, seq: at.read, delivered_seq: at.delivered });
            }
        }
        Ok(out)
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

    async fn claim_push(
        &self,
        partitions: Vec<u16>,
        now_ms: i64,
        lease_until_ms: i64,
        limit: usize,
    ) -> Result<Vec<PushJob>, DomainError> {
        expect_result!(self.write(WriteOp::ClaimPush { partitions, now_ms, lease_until_ms, limit }).await, Jobs)
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

    /// What layouts 1 and 2 wrote, by hand, in their one keyspace `tern`: alice and bob, their
    /// 1:1 channel with one message, and a group of both with one message (layout 2: in the
    /// group's feed, read through windows; layout 1: in each member's inbox, no windows).
    fn write_old_store(dir: &Path, layout: u64) -> (UserId, UserId, ChannelId, ChannelId) {
        use crate::store::keys::Key;
        use prost::Message as _;
        use tern_domain::model::Channel;
        use tern_proto::v1::Message;
        let db = Database::builder(dir).open().unwrap();
        let ks = db.keyspace("tern", KeyspaceCreateOptions::default).unwrap();
        let (a, b) = (UserId::random(), UserId::random());
        for (id, name) in [(&a, "alice"), (&b, "bob")] {
            let user = User {
                id: id.clone(),
                username: name.into(),
                display_name: name.into(),
                created_at_ms: 1,
                send_receipts: true,
            };
            ks.insert(layout::user_key(id), records::encode(&user)).unwrap();
            let cred = CredentialRecord { user_id: id.clone(), password_hash: "h".into() };
            ks.insert(username_key(name), records::encode(&cred)).unwrap();
        }
        let direct = Channel::direct(&a, &b, 1).unwrap();
        let group = Channel::group(&a, "g", std::slice::from_ref(&b), 1).unwrap();
        let mut cursor = 1_000u64;
        for channel in [&direct, &group] {
            ks.insert(layout::channel_key(&channel.id), records::encode(channel)).unwrap();
            ks.insert(legacy::seq_key(&channel.id), 1u64.to_be_bytes()).unwrap();
            cursor += 1;
            let message = Message {
                channel_id: channel.id.0.clone(),
                seq: 1,
                sender_id: a.0.clone(),
                client_msg_id: format!("old-{}", channel.name),
                body: "old".into(),
                sent_at_ms: 1,
                ..Message::default()
            };
            ks.insert(legacy::message_key(&channel.id, 1), message.encode_to_vec()).unwrap();
            let mut dedupe = 1u64.to_be_bytes().to_vec();
            dedupe.extend_from_slice(&cursor.to_be_bytes());
            ks.insert(legacy::dedupe_key(channel.id.as_str(), a.as_str(), &message.client_msg_id), dedupe).unwrap();
            let in_inbox = channel.kind == tern_domain::model::ChannelKind::Direct || layout == 1;
            for m in [&a, &b] {
                ks.insert(layout::user_channel_key(m, &channel.id), []).unwrap();
                if in_inbox {
                    let key = legacy::entry_key(Tag::Inbox, m.as_str(), &cursor.to_be_bytes());
                    ks.insert(key, legacy::encode_inbox_value(&channel.id, 1)).unwrap();
                } else {
                    let mut windows = layout::Windows::default();
                    windows.join(cursor - 1);
                    ks.insert(legacy::window_key(m.as_str(), channel.id.as_str()), windows.encode()).unwrap();
                }
            }
            if !in_inbox {
                ks.insert(legacy::entry_key(Tag::Feed, channel.id.as_str(), &cursor.to_be_bytes()), 1u64.to_be_bytes())
                    .unwrap();
            }
        }
        ks.insert(layout::cursor_key(), cursor.to_be_bytes()).unwrap();
        if layout == 2 {
            ks.insert(Key::new(Tag::Meta).str("layout").into_vec(), 2u64.to_be_bytes()).unwrap();
        }
        db.persist(fjall::PersistMode::SyncAll).unwrap();
        (a, b, direct.id, group.id)
    }

    /// A push job queued before the outbox was partitioned (keyed by due time alone) is
    /// re-filed into its partition when the store opens, and claimed from there.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn push_jobs_of_the_unpartitioned_outbox_are_refiled() {
        use crate::store::keys::Key;
        let dir = tempfile::tempdir().unwrap();
        drop(EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap());
        let job = PushJob {
            id: "c-1-u".into(),
            user: UserId::from("u"),
            channel: ChannelId::from("c"),
            seq: 1,
            sender: UserId::from("s"),
            preview: "hi".into(),
            count: 1,
            attempts: 2,
            next_attempt_ms: 1_000,
            created_at_ms: 500,
        };
        {
            let db = Database::builder(dir.path()).open().unwrap();
            let records = db.keyspace(Space::Meta.name(), KeyspaceCreateOptions::default).unwrap();
            // As the earlier version wrote it: JSON without `count`.
            let mut old = serde_json::to_value(&job).unwrap();
            old.as_object_mut().unwrap().remove("count");
            let key = Key::new(Tag::Push).u64(1_000).str(&job.id).into_vec();
            records.insert(key, serde_json::to_vec(&old).unwrap()).unwrap();
            db.persist(fjall::PersistMode::SyncAll).unwrap();
        }
        let store = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
        let claimed = store.claim_push(vec![job.partition()], 2_000, 9_000, 10).await.unwrap();
        assert_eq!(claimed, vec![PushJob { next_attempt_ms: 9_000, ..job }]);
    }

    /// A store of layout 1 or 2 reads the same after the migration to layout 3: every old
    /// message once, in order, re-sends of old ids answered with their old seq, and new
    /// messages continuing each channel's seq and reaching the group's members by its feed.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn stores_of_the_previous_layouts_are_migrated() {
        use tern_domain::model::AppendRequest;
        for old_layout in [1, 2] {
            let dir = tempfile::tempdir().unwrap();
            let (a, b, direct, group) = write_old_store(dir.path(), old_layout);
            let send = |ch: &ChannelId, id: &str| AppendRequest {
                channel: ch.clone(),
                sender: a.clone(),
                client_msg_id: id.into(),
                body: id.into(),
                event: None,
                change: None,
            };
            let store = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
            let resent = store.append(send(&group, "old-g")).await.unwrap();
            assert_eq!((resent.message.seq, resent.duplicate), (1, true), "layout {old_layout}: dedupe kept");
            for ch in [&direct, &group] {
                let new = store.append(send(ch, "new")).await.unwrap();
                assert_eq!((new.message.seq, new.duplicate), (2, false), "layout {old_layout}: seq continues");
            }
            let inbox = store.inbox_after(b.clone(), Cursor::START, 10).await.unwrap();
            let got: Vec<_> = inbox.entries.iter().map(|(_, m)| (m.channel_id.as_str(), m.seq)).collect();
            let want = vec![(direct.as_str(), 1), (group.as_str(), 1), (direct.as_str(), 2), (group.as_str(), 2)];
            assert_eq!(got, want, "layout {old_layout}: each message once, in commit order");
            assert_eq!(store.channel(group.clone()).await.unwrap().unwrap().last_seq, 2);
            assert_eq!(store.credentials("bob".into()).await.unwrap().unwrap().user.id, b);
            drop(store);
            let reopened = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
            assert_eq!(
                reopened.history(direct.clone(), a.clone(), HistoryAnchor::Latest, 10).await.unwrap().messages.len(),
                2
            );
        }
    }

    /// A 1:1 chat between two new users, ana and ben: (ana, the channel).
    async fn ana_and_ben(store: &EmbeddedStore) -> (UserId, ChannelId) {
        let user =
            |name: &str| NewUser { username: name.into(), display_name: String::new(), password_hash: "x".into() };
        let ana = store.create_user(user("ana")).await.unwrap().id;
        let ben = store.create_user(user("ben")).await.unwrap().id;
        (ana.clone(), store.open_direct(ana, ben).await.unwrap().channel.id)
    }

    /// `sender`'s message `id` (its body too) to `channel`.
    fn message(channel: &ChannelId, sender: &UserId, id: &str) -> AppendRequest {
        AppendRequest {
            channel: channel.clone(),
            sender: sender.clone(),
            client_msg_id: id.into(),
            body: id.into(),
            event: None,
            change: None,
        }
    }

    /// How many messages `user` sees in `channel`.
    async fn message_count(store: &EmbeddedStore, channel: &ChannelId, user: &UserId) -> usize {
        store.history(channel.clone(), user.clone(), HistoryAnchor::Latest, 10).await.unwrap().messages.len()
    }

    /// A log on another device: used there, remembered, a different location refused while
    /// the old one holds segments (with both paths named), accepted once they are moved.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_log_elsewhere_is_remembered_and_a_different_one_refused() {
        let (dir, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let log_dir = elsewhere.path().join("log");
        let with_log = Options { log_dir: Some(log_dir.clone()), ..Options::new(Durability::Fsync) };
        let wal_files = |d: &Path| -> usize {
            std::fs::read_dir(d)
                .map(|e| e.flatten().filter(|f| f.path().extension().is_some_and(|x| x == "wal")).count())
                .unwrap_or(0)
        };
        let store = EmbeddedStore::open_with(dir.path(), &with_log).unwrap();
        let (ana, channel) = ana_and_ben(&store).await;
        store.append(message(&channel, &ana, "m1")).await.unwrap();
        drop(store);
        assert!(wal_files(&log_dir) > 0, "the log is where it was asked to be");
        assert_eq!(wal_files(&dir.path().join("log")), 0, "and not in the store");

        for other in [None, Some(elsewhere.path().join("other"))] {
            let options = Options { log_dir: other, ..Options::new(Durability::Fsync) };
            match EmbeddedStore::open_with(dir.path(), &options) {
                Err(DomainError::InvalidArgument(why)) => {
                    assert!(why.contains(&log_dir.display().to_string()), "names the log's place: {why}");
                }
                Err(e) => panic!("a typed refusal, not {e:?}"),
                Ok(_) => panic!("opened with its log elsewhere"),
            }
        }
        let reopened = EmbeddedStore::open_with(dir.path(), &with_log).unwrap();
        assert_eq!(message_count(&reopened, &channel, &ana).await, 1);
        drop(reopened);

        // Moved back beside the tables by hand, as the refusal says: opens with the default.
        std::fs::create_dir_all(dir.path().join("log")).unwrap();
        for file in std::fs::read_dir(&log_dir).unwrap().flatten() {
            std::fs::rename(file.path(), dir.path().join("log").join(file.file_name())).unwrap();
        }
        let reopened = EmbeddedStore::open(dir.path(), Durability::Fsync).unwrap();
        assert_eq!(message_count(&reopened, &channel, &ana).await, 1);
        assert_eq!(wal_files(&log_dir), 0);
    }

    /// A log directory on a file system of its own keeps its reserve free too: below it,
    /// appends are refused with `Unavailable` and store nothing; once space returns they are
    /// taken again. Needs root (a small tmpfs); skipped otherwise unless `TERN_REQUIRE_ROOT`.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_log_disk_refuses_appends_and_stores_nothing() {
        if !rustix::process::geteuid().is_root() {
            assert!(std::env::var_os("TERN_REQUIRE_ROOT").is_none(), "TERN_REQUIRE_ROOT is set but this is not root");
            eprintln!("skipped: mounting a tmpfs needs root");
            return;
        }
        struct Mounted(PathBuf);
        impl Drop for Mounted {
            fn drop(&mut self) {
                let _ = std::process::Command::new("umount").arg(&self.0).status();
            }
        }
        let (dir, mount_point) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=8m", "tern-test-log"])
            .arg(mount_point.path())
            .status()
            .unwrap();
        assert!(mounted.success(), "mount a tmpfs");
        let _unmount = Mounted(mount_point.path().to_owned());
        let options = Options { log_dir: Some(mount_point.path().join("log")), ..Options::new(Durability::Fsync) };
        let store = EmbeddedStore::open_with(dir.path(), &options).unwrap();
        let (ana, channel) = ana_and_ben(&store).await;
        assert_eq!(store.append(message(&channel, &ana, "m1")).await.unwrap().message.seq, 1);

        // Fill the log's file system to under its reserve.
        let stat = rustix::fs::statvfs(mount_point.path()).unwrap();
        let free = stat.f_bavail * stat.f_frsize;
        let filler = mount_point.path().join("filler");
        std::fs::write(&filler, vec![1u8; (free - (writer::LOG_RESERVE / 2)) as usize]).unwrap();
        match store.append(message(&channel, &ana, "m2")).await {
            Err(DomainError::Unavailable(why)) => assert!(why.contains("log is full"), "{why}"),
            other => panic!("refused as unavailable, not {other:?}"),
        }
        assert_eq!(message_count(&store, &channel, &ana).await, 1, "nothing stored by the refusal");

        std::fs::remove_file(&filler).unwrap();
        let resent = store.append(message(&channel, &ana, "m2")).await.unwrap();
        assert_eq!(resent.message.seq, 2, "taken again once space returns");
        assert_eq!(message_count(&store, &channel, &ana).await, 2);
        drop(store);
    }
}
