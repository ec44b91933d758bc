//! Messages, each channel's history and each user's inbox. Appends go through the batcher
//! (`batch.rs`, where a message gets its seq); reads are transactions of their own.

use foundationdb::options::StreamingMode;
use tokio::sync::oneshot;

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::limits::{HISTORY_PAGE, MAX_PAGE_BODY_BYTES, SYNC_PAGE};
use tern_domain::model::{
    AppendOutcome, AppendRequest, ChannelId, Conversation, Cursor, HistoryAnchor, HistoryPage, InboxPage, Position,
    Positions, ReadMark, ReadReceipt, User, UserId, around_start, check_read, fit_around_page,
};
use tern_domain::ports::store::Messages;

use super::FdbStore;
use super::batch::AppendJob;
use super::layout::{decode_inbox_value, decode_window_value, entry_after_key, entry_cursor, fits};
use super::txn::{self, channel_with_seq, domain, range, read_messages, scan, second_ids};
use crate::store::records::{decode, positions, positions_bytes};

/// Inbox entries whose messages are read together.
const INBOX_READ_WINDOW: usize = 32;

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
        self.txn(|trx, layout| async move {
            let Some((stored, last_seq)) = channel_with_seq(&trx, layout, channel, false).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            if !stored.channel.is_member(reader) {
                return Err(domain(DomainError::NotAMember));
            }
            let num = stored.num;
            let read = |from, to, reverse, limit| read_messages(&trx, layout, num, from, to, reverse, limit);
            let messages = match anchor {
                HistoryAnchor::Latest => read(0, None, true, limit).await?,
                HistoryAnchor::Before(seq) => read(0, Some(seq), true, limit).await?,
                HistoryAnchor::After(seq) => match seq.checked_add(1) {
                    Some(from) => read(from, None, false, limit).await?,
                    None => Vec::new(),
                },
                HistoryAnchor::Around(seq) => {
                    // Each side read within the byte budget, so the anchor is always on the page.
                    let from = around_start(seq, limit, last_seq);
                    let mut page = read(from, Some(seq), true, seq.saturating_sub(from) as usize).await?;
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
        let Some(user) = user.number() else { return Ok(InboxPage { entries: Vec::new(), more: false }) };
        let limit = SYNC_PAGE.clamp(limit);
        // Entries' cursors are 12 bytes: past its 13th byte a cursor orders the same against
        // every entry, so a longer one is cut there (keys stay small, the order is unchanged).
        let after = &after.0[..after.0.len().min(13)];
        self.txn(|trx, layout| async move {
            // What is after `after`, from each place a message of this user can be: the inbox
            // (1:1 messages) and each group's feed within the user's windows. Every message is
            // in one place only, under its own versionstamp, so merging by cursor is the
            // inbox order.
            let mut found: Vec<([u8; 12], u64, u64)> = Vec::new();
            let (prefix, end) = layout.inbox_of(user);
            let from = if after.is_empty() { prefix.clone() } else { entry_after_key(&prefix, after) };
            let opt = range(from, !after.is_empty(), end, limit + 1, false, StreamingMode::WantAll);
            scan(&trx, opt, false, |key, value| {
                let (channel, seq) = decode_inbox_value(value)?;
                found.push((entry_cursor(&prefix, key)?, channel, seq));
                Ok(true)
            })
            .await?;
            let mut windows = Vec::new();
            let (begin, end) = layout.windows_of(user, None);
            scan(&trx, range(begin, false, end, usize::MAX, false, StreamingMode::WantAll), false, |key, value| {
                let (channel, join) = layout.window_of_key(key)?;
                windows.push((channel, join, decode_window_value(value)?));
                Ok(true)
            })
            .await?;
            for (channel, join, leave) in windows {
                // Cursors are 12 bytes (10 of the commit's versionstamp, 2 of the index in it);
                // a window's bounds are whole commits, never one that wrote a message.
                let join = join.as_bytes()[..10].to_vec();
                let leave = leave.map(|l| l.as_bytes()[..10].to_vec());
                if leave.as_deref().is_some_and(|l| l <= after) {
                    continue;
                }
                let (prefix, end) = layout.feed_of(channel);
                let lower = if after > join.as_slice() { after.to_vec() } else { join };
                let opt = range(entry_after_key(&prefix, &lower), true, end, limit + 1, false, StreamingMode::WantAll);
                scan(&trx, opt, false, |key, value| {
                    let cursor = entry_cursor(&prefix, key)?;
                    if leave.as_deref().is_some_and(|l| &cursor[..10] >= l) {
                        return Ok(false);
                    }
                    found.push((cursor, channel, word(value)?));
                    Ok(true)
                })
                .await?;
            }
            found.sort_unstable_by_key(|(cursor, _, _)| *cursor);
            let mut more = found.len() > limit;
            found.truncate(limit);
            let mut entries = Vec::with_capacity(found.len());
            let mut byte_count = 0;
            'pages: for window in found.chunks(INBOX_READ_WINDOW) {
                let heads: Vec<_> =
                    window.iter().map(|(_, channel, seq)| trx.get(&layout.message(*channel, *seq), true)).collect();
                for ((cursor, channel, seq), head) in window.iter().zip(heads) {
                    let head = head
                        .await?
                        .ok_or_else(|| domain(DomainError::Corrupt("inbox points at a missing message".into())))?;
                    let message = txn::assemble(&trx, layout, *channel, *seq, &head).await?;
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

    async fn mark_read(
        &self,
        user: UserId,
        channel: ChannelId,
        position: Position,
        seq: u64,
    ) -> Result<ReadMark, DomainError> {
        let (user, channel) = (&user, &channel);
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        let user_num = user.number().ok_or(DomainError::NotAMember)?;
        self.txn(|trx, layout| async move {
            // The seq is only checked against: a snapshot read keeps appends from conflicting.
            let Some((stored, last_seq)) = channel_with_seq(&trx, layout, channel, true).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            check_read(&stored.channel, user, seq, last_seq).map_err(domain)?;
            let key = layout.read(stored.num, user_num);
            // Not a snapshot: two devices marking at once conflict, and the retry sees the first.
            let before = match trx.get(&key, false).await? {
                Some(bytes) => positions(&bytes).map_err(domain)?,
                None => Positions::default(),
            };
            let shares = match trx.get(&layout.user(user), true).await? {
                Some(bytes) => decode::<User>(&bytes).map_err(domain)?.send_receipts,
                None => return Err(domain(DomainError::UnknownUser(user.to_string()))),
            };
            let (mark, now) = ReadMark::new(&stored.channel, user, position, seq, before, shares);
            if now != before {
                trx.set(&key, &positions_bytes(now));
            }
            Ok(mark)
        })
        .await
    }

    async fn conversations(&self, user: UserId) -> Result<Vec<Conversation>, DomainError> {
        let user = &user;
        let Some(user_num) = user.number().filter(|_| fits(user.as_str())) else { return Ok(Vec::new()) };
        self.txn(|trx, layout| async move {
            let ids = second_ids(&trx, layout, layout.channels_of(user), false).await?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                let Some((stored, last_seq)) = channel_with_seq(&trx, layout, &ChannelId(id), true).await? else {
                    continue;
                };
                let last_message = match last_seq {
                    0 => None,
                    seq => read_messages(&trx, layout, stored.num, seq, None, false, 1).await?.pop(),
                };
                let read_seq = match trx.get(&layout.read(stored.num, user_num), true).await? {
                    Some(bytes) => positions(&bytes).map_err(domain)?.read,
                    None => 0,
                };
                out.push(Conversation { channel: stored.channel.info(last_seq), read_seq, last_message });
            }
            Ok(out)
        })
        .await
    }

    async fn reads(&self, channel: ChannelId, reader: UserId) -> Result<Vec<ReadReceipt>, DomainError> {
        let (channel, reader) = (&channel, &reader);
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        self.txn(|trx, layout| async move {
            let Some((stored, _)) = channel_with_seq(&trx, layout, channel, true).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            if !stored.channel.is_member(reader) {
                return Err(domain(DomainError::NotAMember));
            }
            let mut found = Vec::new();
            let (begin, end) = layout.reads_of(stored.num);
            let opt = range(begin, false, end, usize::MAX, false, StreamingMode::WantAll);
            scan(&trx, opt, true, |key, value| {
                found.push((UserId::from_number(layout.read_user(key)?), positions(value)?));
                Ok(true)
            })
            .await?;
            let mut out = Vec::new();
            for (user_id, at) in found {
                let shares = match trx.get(&layout.user(&user_id), true).await? {
                    Some(bytes) => decode::<User>(&bytes).map_err(domain)?.send_receipts,
                    None => false,
                };
                if ReadReceipt::visible(&stored.channel, reader, &user_id, shares) {
                    out.push(ReadReceipt { user_id, seq: at.read, delivered_seq: at.delivered });
                }
            }
            Ok(out)
        })
        .await
    }
}

/// A feed entry's value: the seq, tuple-packed.
fn word(value: &[u8]) -> Result<u64, DomainError> {
    foundationdb::tuple::unpack::<u64>(value).map_err(|e| DomainError::Corrupt(format!("feed entry: {e:?}")))
}
