//! Brings a store of an earlier layout to layout 3 when it opens, before anything is written.
//!
//! Layouts 1 and 2 kept every record in one keyspace, `tern`, keyed by id strings (layout 1
//! wrote a group message into each member's inbox; layout 2 into the group's feed, read through
//! membership windows). Layout 3 keeps the same records in `records` and the per-message ones
//! in numeric keyspaces (`layout.rs`). The migration copies `tern` into the new keyspaces in
//! batches, giving each channel its number; a store of layout 1 gets a window for every group
//! membership, open from now (its group messages so far stay in the members' inboxes, where
//! reads still find them). The layout version is written last, in the final batch: a crash
//! before it leaves `tern` whole, and the next open clears the new keyspaces and starts over.
//! Only then is `tern` deleted (a crash before that deletes it at the next open).

use std::collections::HashMap;

use fjall::{Database, Keyspace, KeyspaceCreateOptions, PersistMode};
use tern_domain::DomainError;
use tern_domain::model::{Channel, ChannelId, ChannelKind, PushJob, UserId};

use super::layout::{
    DedupeRecord, LAYOUT_VERSION, Space, Windows, channel_key, channel_num_key, cursor_key, dedupe_hash, dedupe_key,
    entry_key, layout_version_key, legacy_push_prefix, message_key, pair, push_key, windows_key,
};
use super::legacy;
use super::txn::Keyspaces;
use crate::store::keys::{KeyReader, Tag};
use crate::store::records::{self, StoredChannel};

/// The keyspace of layouts 1 and 2.
const OLD_KEYSPACE: &str = "tern";
/// Writes per batch of the copy.
const BATCH: usize = 20_000;

fn unavailable(e: fjall::Error) -> DomainError {
    DomainError::Unavailable(e.to_string())
}

fn corrupt(what: &str) -> DomainError {
    DomainError::Corrupt(format!("layout 2 {what}"))
}

/// Migrates the store if it holds an older layout; returns whether it did.
pub fn migrate(db: &Database, spaces: &Keyspaces) -> Result<bool, DomainError> {
    if !db.keyspace_exists(OLD_KEYSPACE) {
        return Ok(false);
    }
    let old = db.keyspace(OLD_KEYSPACE, KeyspaceCreateOptions::default).map_err(unavailable)?;
    let records = spaces.get(Space::Meta);
    if records.get(layout_version_key()).map_err(unavailable)?.is_none() {
        for space in Space::ALL {
            spaces.get(space).clear().map_err(unavailable)?;
        }
        let started = std::time::Instant::now();
        let copied = Copy::new(db, spaces).run(&old)?;
        tracing::info!(records = copied, secs = started.elapsed().as_secs(), "store migrated to layout 3");
    }
    db.delete_keyspace(old).map_err(unavailable)?;
    Ok(true)
}

/// Re-files push jobs queued before the outbox was partitioned (tag `p`, keyed by due time
/// alone) into their partitions, in one durable batch, so an upgrade sends what was owed.
/// Each stays a job of its own (no burst to fold into). Returns how many it moved.
pub fn refile_legacy_push(db: &Database, spaces: &Keyspaces) -> Result<usize, DomainError> {
    let records = spaces.get(Space::Meta);
    let mut batch = db.batch().durability(Some(PersistMode::SyncAll));
    let mut moved = 0;
    for item in records.prefix(legacy_push_prefix()) {
        let (key, value) = item.into_inner().map_err(unavailable)?;
        let job: PushJob = records::decode(&value)?;
        batch.insert(records, push_key(job.partition(), job.next_attempt_ms, &job.id), value);
        batch.remove(records, key);
        moved += 1;
    }
    if moved > 0 {
        batch.commit().map_err(unavailable)?;
        tracing::info!(jobs = moved, "push jobs re-filed into the partitioned outbox");
    }
    Ok(moved)
}

/// The copy under way: a batch filled and committed as it goes.
struct Copy<'a> {
    db: &'a Database,
    spaces: &'a Keyspaces,
    batch: fjall::OwnedWriteBatch,
    pending: usize,
    copied: usize,
    /// Each channel's number, given in the order the channels are read.
    nums: HashMap<ChannelId, u64>,
    groups: HashMap<ChannelId, u64>,
}

impl<'a> Copy<'a> {
    fn new(db: &'a Database, spaces: &'a Keyspaces) -> Self {
        Copy { db, spaces, batch: db.batch(), pending: 0, copied: 0, nums: HashMap::new(), groups: HashMap::new() }
    }

    fn put(
        &mut self,
        space: Space,
        key: impl Into<fjall::Slice>,
        value: impl Into<fjall::Slice>,
    ) -> Result<(), DomainError> {
        self.batch.insert(self.spaces.get(space), key, value);
        self.pending += 1;
        self.copied += 1;
        if self.pending >= BATCH {
            self.commit()?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<(), DomainError> {
        let batch = std::mem::replace(&mut self.batch, self.db.batch());
        batch.commit().map_err(unavailable)?;
        self.pending = 0;
        Ok(())
    }

    fn num(&self, channel: &ChannelId) -> Result<u64, DomainError> {
        self.nums.get(channel).copied().ok_or_else(|| corrupt("record of an unknown channel"))
    }

    fn run(mut self, old: &Keyspace) -> Result<usize, DomainError> {
        let scan = |tag: Tag| old.prefix(legacy::prefix(tag)).map(|g| g.into_inner().map_err(unavailable));
        let last_cursor = match old.get(cursor_key()).map_err(unavailable)? {
            Some(v) => super::layout::word(&v)?,
            None => 0,
        };
        // Records whose keys do not change.
        for tag in [Tag::User, Tag::Username, Tag::Friend, Tag::UserChannel, Tag::Push] {
            for item in scan(tag) {
                let (key, value) = item?;
                self.put(Space::Meta, key, value)?;
            }
        }
        // Channels, numbered; their seq records are not copied (the last message tells it).
        for item in scan(Tag::Channel) {
            let (key, value) = item?;
            let mut r = KeyReader::new(&key);
            let (Some(id), Some(kind)) = (r.str(), r.str()) else { return Err(corrupt("channel key")) };
            if kind != "meta" {
                continue;
            }
            let channel: Channel = records::decode(&value)?;
            let num = self.nums.len() as u64 + 1;
            if channel.kind == ChannelKind::Group {
                self.groups.insert(channel.id.clone(), num);
            }
            self.nums.insert(ChannelId(id), num);
            let stored = StoredChannel { channel, num };
            self.put(Space::Meta, channel_key(&stored.channel.id), records::encode(&stored))?;
        }
        for item in scan(Tag::Message) {
            let (key, value) = item?;
            let mut r = KeyReader::new(&key);
            let (Some(channel), Some(seq)) = (r.str(), r.u64()) else { return Err(corrupt("message key")) };
            let num = self.num(&ChannelId(channel))?;
            self.put(Space::Messages, message_key(num, seq).to_vec(), value)?;
        }
        for item in scan(Tag::Inbox) {
            let (key, value) = item?;
            let mut r = KeyReader::new(&key);
            let user = r.str().ok_or_else(|| corrupt("inbox key"))?;
            let cursor = super::layout::word(r.rest())?;
            let (channel, seq) = legacy::decode_inbox_value(&value)?;
            let user = UserId(user).number().ok_or_else(|| corrupt("inbox of a user id without a number"))?;
            let num = self.num(&channel)?;
            self.put(Space::Inbox, entry_key(user, cursor).to_vec(), pair(num, seq).to_vec())?;
        }
        for item in scan(Tag::Feed) {
            let (key, value) = item?;
            let mut r = KeyReader::new(&key);
            let channel = r.str().ok_or_else(|| corrupt("feed key"))?;
            let cursor = super::layout::word(r.rest())?;
            let num = self.num(&ChannelId(channel))?;
            self.put(Space::Feeds, entry_key(num, cursor).to_vec(), value)?;
        }
        let mut windowed = false;
        for item in scan(Tag::Window) {
            let (key, value) = item?;
            windowed = true;
            let mut r = KeyReader::new(&key);
            let (Some(user), Some(channel)) = (r.str(), r.str()) else { return Err(corrupt("window key")) };
            let user = UserId(user).number().ok_or_else(|| corrupt("window of a user id without a number"))?;
            let num = self.num(&ChannelId(channel))?;
            Windows::decode(&value)?;
            self.put(Space::Meta, windows_key(user, num), value)?;
        }
        if !windowed && old.get(layout_version_key()).map_err(unavailable)?.is_none() {
            // Layout 1: every group membership gets a window from now on.
            for item in scan(Tag::UserChannel) {
                let (key, _) = item?;
                let mut r = KeyReader::new(&key);
                let (Some(user), Some(channel)) = (r.str(), r.str()) else { return Err(corrupt("index key")) };
                let Some(&num) = self.groups.get(&ChannelId(channel)) else { continue };
                let user = UserId(user).number().ok_or_else(|| corrupt("member id without a number"))?;
                let mut windows = Windows::default();
                windows.join(last_cursor);
                self.put(Space::Meta, windows_key(user, num), windows.encode())?;
            }
        }
        self.copy_dedupe(old)?;
        self.put(Space::Meta, cursor_key(), last_cursor.to_be_bytes().to_vec())?;
        let last_num = self.nums.len() as u64;
        self.put(Space::Meta, channel_num_key(), last_num.to_be_bytes().to_vec())?;
        self.put(Space::Meta, layout_version_key(), LAYOUT_VERSION.to_be_bytes().to_vec())?;
        self.commit()?;
        self.db.persist(PersistMode::SyncAll).map_err(unavailable)?;
        Ok(self.copied)
    }

    /// Dedupe records, under their hashed keys. Two ids of one channel with one hash take the
    /// next probe; those of the batch under way are not on disk yet, so they are counted here.
    fn copy_dedupe(&mut self, old: &Keyspace) -> Result<(), DomainError> {
        let mut probes: HashMap<(u64, u64), u8> = HashMap::new();
        for item in old.prefix(legacy::prefix(Tag::Dedupe)) {
            let (key, value) = item.into_inner().map_err(unavailable)?;
            let mut r = KeyReader::new(&key);
            let (Some(channel), Some(sender), Some(id)) = (r.str(), r.str(), r.str()) else {
                return Err(corrupt("dedupe key"));
            };
            if value.len() != 16 {
                return Err(corrupt("dedupe record"));
            }
            let (seq, cursor) = (super::layout::word(&value[..8])?, super::layout::word(&value[8..])?);
            let num = self.num(&ChannelId(channel))?;
            let sender = UserId(sender).number().ok_or_else(|| corrupt("sender id without a number"))?;
            let hash = dedupe_hash(sender, &id);
            if self.pending == 0 {
                probes.clear();
            }
            let mut probe = probes.get(&(num, hash)).map_or(0, |p| p + 1);
            while self.spaces.get(Space::Dedupe).contains_key(dedupe_key(num, hash, probe)).map_err(unavailable)? {
                probe = probe.checked_add(1).ok_or_else(|| corrupt("dedupe hash shared by 256 ids"))?;
            }
            probes.insert((num, hash), probe);
            let record = DedupeRecord { seq, cursor, sender, client_msg_id: id.as_bytes() };
            self.put(Space::Dedupe, dedupe_key(num, hash, probe).to_vec(), record.encode())?;
        }
        Ok(())
    }
}
