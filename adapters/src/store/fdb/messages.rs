//! Messages, each channel's history and each user's inbox. Appends go through the batcher
//! (`batch.rs`, where a message gets its seq); reads are transactions of their own.

use foundationdb::options::StreamingMode;
use tokio::sync::oneshot;

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::limits::{HISTORY_PAGE, MAX_PAGE_BODY_BYTES, SYNC_PAGE};
use tern_domain::model::{
    AppendOutcome, AppendRequest, ChannelId, Cursor, HistoryAnchor, HistoryPage, InboxPage, UserId, fit_around_page,
};
use tern_domain::ports::store::Messages;

use super::FdbStore;
use super::batch::AppendJob;
use super::layout::{decode_inbox_value, fits, inbox_after_key, inbox_cursor};
use super::txn::{self, channel_with_seq, domain, range, read_messages, scan};

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
            let Some((record, last_seq)) = channel_with_seq(&trx, layout, channel, false).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            if !record.is_member(reader) {
                return Err(domain(DomainError::NotAMember));
            }
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
        self.txn(|trx, layout| async move {
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
