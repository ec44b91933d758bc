//! Group commit of appends: one batcher thread takes whatever appends are queued (up to
//! `MAX_BATCH` and `BATCH_BYTES`) and commits them in one FoundationDB transaction, so the
//! appends of one gateway to one channel share one read-increment of the channel's `seq`
//! key instead of conflicting with each other on it.
//!
//! One transaction, per append in queue order: the channel (read once per batch) and
//! membership; dedupe by (channel, sender, client_msg_id), first against appends earlier in
//! the batch, then against the store; else `seq = last + 1`, the message, the dedupe record
//! (`SetVersionstampedValue`: seq, the commit versionstamp, the request's nonce) and one inbox
//! entry per member keyed by `(user, versionstamp)` (`SetVersionstampedKey`: no write
//! conflict, so inbox writes never conflict). The batch's index of the append is the
//! versionstamp's 2-byte user version: the cursor is the same for every member, distinct
//! per message and increasing in commit order. Each channel's `seq` key is written once.
//!
//! Retries go through the crate's retry loop (`Database::run`), bounded by the database's
//! transaction timeout and retry limit. An attempt recomputes everything from what it reads,
//! so a retry after a conflict starts clean. After `commit_unknown_result` the retry finds the
//! dedupe records of the first attempt if it did commit; their nonce is this request's, so
//! the answer is the original message with `duplicate: false`: the client is never told its
//! own first send was a duplicate.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use foundationdb::future::FdbSlice;
use foundationdb::options::MutationType;
use foundationdb::{FdbBindingError, FdbResult, Transaction};
use prost::Message as _;
use tern_proto::v1::Message;
use tokio::sync::{mpsc, oneshot};

use super::Shared;
use super::layout::{
    CHUNK_BYTES, DedupeRecord, HEAD_HEADER_BYTES, Layout, decode_dedupe_value, dedupe_value_versionstamped,
    inbox_value, split_message,
};
use super::txn::{assemble, map_binding, map_fdb};
use crate::store::records::{decode, decode_seq};
use tern_domain::DomainError;
use tern_domain::model::{AppendOutcome, AppendRequest, Channel, ChannelId, Cursor, UserId};

/// Most appends per transaction (also keeps the versionstamp's user version in range).
pub const MAX_BATCH: usize = 512;
/// Most bytes a batch transaction writes, estimated (mutations and conflict ranges):
/// well under FoundationDB's advised 1 MB (its hard limit is 10 MB). One append always
/// fits: a 100,000-character body is at most 400 KB, plus 100 inbox entries.
pub const BATCH_BYTES: usize = 512 * 1024;

pub struct AppendJob {
    pub req: AppendRequest,
    /// Random per request: tells this request's own dedupe record from another's.
    pub nonce: u64,
    pub reply: oneshot::Sender<Result<AppendOutcome, DomainError>>,
}

pub fn spawn(shared: Arc<Shared>) -> Result<(mpsc::Sender<AppendJob>, std::thread::JoinHandle<()>), DomainError> {
    let (tx, rx) = mpsc::channel(MAX_BATCH * 4);
    // Its own small runtime: FoundationDB's futures are completed by its network thread and
    // need no particular executor, and the batcher then depends on no caller's runtime.
    let runtime =
        tokio::runtime::Builder::new_current_thread().build().map_err(|e| DomainError::Unavailable(e.to_string()))?;
    let thread = std::thread::Builder::new()
        .name("tern-fdb-batcher".into())
        .spawn(move || runtime.block_on(run(shared, rx)))
        .map_err(|e| DomainError::Unavailable(e.to_string()))?;
    Ok((tx, thread))
}

async fn run(shared: Arc<Shared>, mut rx: mpsc::Receiver<AppendJob>) {
    // Appends taken from the channel but not yet committed, oldest first.
    let mut pending: VecDeque<AppendJob> = VecDeque::new();
    loop {
        if pending.is_empty() {
            match rx.recv().await {
                Some(job) => pending.push_back(job),
                None => break,
            }
        }
        while pending.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => pending.push_back(job),
                Err(_) => break,
            }
        }
        let mut batch = Vec::new();
        let mut body_bytes = 0;
        while let Some(job) = pending.front() {
            let size = job.req.body.len();
            if !batch.is_empty() && (batch.len() >= MAX_BATCH || body_bytes + size > BATCH_BYTES) {
                break;
            }
            body_bytes += size;
            batch.extend(pending.pop_front());
        }
        // What did not fit the transaction goes first into the next one, in order.
        for job in commit_batch(&shared, batch).await.into_iter().rev() {
            pending.push_front(job);
        }
    }
    tracing::debug!("FoundationDB append batcher stopped: every handle dropped");
}

/// Commits a prefix of `batch`, answers its appends, and returns the rest.
async fn commit_batch(shared: &Shared, batch: Vec<AppendJob>) -> Vec<AppendJob> {
    let now_ms = super::now_ms();
    let layout = &shared.layout;
    let jobs = batch.as_slice();
    let result = shared
        .db
        .run(|trx, maybe_committed| async move { plan(&trx, layout, jobs, now_ms, maybe_committed.into()).await })
        .await;
    let plan = match result {
        Ok(plan) => plan,
        Err(e) => {
            let e = map_binding(e);
            tracing::warn!(error = %e, appends = batch.len(), "append batch failed");
            for job in batch {
                let _ = job.reply.send(Err(e.clone()));
            }
            return Vec::new();
        }
    };
    // Committed: the versionstamp of the commit completes the cursors of what it wrote.
    let stamp: Result<Option<[u8; 10]>, DomainError> = match plan.versionstamp {
        None => Ok(None),
        Some(stamp) => match stamp.await {
            Ok(bytes) => <[u8; 10]>::try_from(&bytes[..])
                .map(Some)
                .map_err(|_| DomainError::Corrupt("versionstamp is not 10 bytes".into())),
            Err(e) => Err(map_fdb(e)),
        },
    };
    let taken = plan.answers.len();
    let mut jobs = batch.into_iter();
    for (job, answer) in jobs.by_ref().take(taken).zip(plan.answers) {
        let result = answer.and_then(|answer| match answer {
            Answer::Stored(outcome) => Ok(outcome),
            Answer::Written { message, members, user_version, duplicate } => match &stamp {
                Ok(Some(stamp)) => {
                    // The previous message's versionstamp would cost a read: not known.
                    let cursor = cursor(stamp, user_version);
                    Ok(AppendOutcome { message, cursor, duplicate, members, prev_cursor: None })
                }
                Ok(None) => Err(DomainError::Corrupt("bug: no versionstamp asked for".into())),
                Err(e) => Err(e.clone()),
            },
        });
        let _ = job.reply.send(result);
    }
    jobs.collect()
}

/// A message's cursor: the commit versionstamp, then the append's index in its transaction.
fn cursor(stamp: &[u8; 10], user_version: u16) -> Cursor {
    let mut bytes = Vec::with_capacity(12);
    bytes.extend_from_slice(stamp);
    bytes.extend_from_slice(&user_version.to_be_bytes());
    Cursor(Bytes::from(bytes))
}

type VersionstampFuture = Pin<Box<dyn Future<Output = FdbResult<FdbSlice>> + Send + Sync>>;

/// What one attempt decided: an answer for each of the first `answers.len()` appends.
struct Plan {
    answers: Vec<Result<Answer, DomainError>>,
    /// Set when the transaction wrote a message: resolves after the commit.
    versionstamp: Option<VersionstampFuture>,
}

enum Answer {
    /// Already stored before this transaction (a re-send, or this very request written by an
    /// attempt whose commit outcome was unknown): the stored message and cursor.
    Stored(AppendOutcome),
    /// Written by this transaction (or a duplicate of an append earlier in it): the cursor
    /// is the commit's versionstamp with `user_version`.
    Written { message: Message, members: Arc<[UserId]>, user_version: u16, duplicate: bool },
}

struct ChannelState {
    record: Channel,
    members: Arc<[UserId]>,
    last_seq: u64,
    /// Whether this transaction appended to it (and so writes its `seq`).
    appended: bool,
}

/// A dedupe record found in the store, whose message is read after the decisions.
struct StoredHit {
    answer: usize,
    channel: ChannelId,
    record: DedupeRecord,
    duplicate: bool,
    members: Arc<[UserId]>,
}

/// One attempt: reads, decisions in queue order, writes.
async fn plan(
    trx: &Transaction,
    layout: &Layout,
    jobs: &[AppendJob],
    now_ms: i64,
    maybe_committed: bool,
) -> Result<Plan, FdbBindingError> {
    // Every read is issued before any is awaited, so they travel together. Reads are not
    // snapshot reads: the channel record (membership), its seq and the dedupe keys are the
    // reads that a concurrent writer must conflict with.
    let mut channel_reads = Vec::new();
    let mut seen: HashSet<&ChannelId> = HashSet::new();
    for job in jobs {
        let id = &job.req.channel;
        if seen.insert(id) {
            channel_reads.push((
                id.clone(),
                trx.get(&layout.channel_meta(id), false),
                trx.get(&layout.channel_seq(id), false),
            ));
        }
    }
    let dedupe_keys: Vec<Vec<u8>> =
        jobs.iter().map(|j| layout.dedupe(&j.req.channel, &j.req.sender, &j.req.client_msg_id)).collect();
    let dedupe_reads: Vec<_> = dedupe_keys.iter().map(|k| trx.get(k, false)).collect();

    let mut channels: HashMap<ChannelId, Result<ChannelState, DomainError>> = HashMap::new();
    for (id, meta, seq) in channel_reads {
        let (meta, seq) = (meta.await?, seq.await?);
        let state = match meta {
            None => Err(DomainError::UnknownChannel(id.to_string())),
            Some(meta) => decode::<Channel>(&meta).and_then(|record| {
                Ok(ChannelState {
                    members: record.members.clone().into(),
                    record,
                    last_seq: decode_seq(seq.as_deref())?,
                    appended: false,
                })
            }),
        };
        channels.insert(id, state);
    }
    let mut stored = Vec::with_capacity(jobs.len());
    for read in dedupe_reads {
        stored.push(read.await?);
    }

    let mut answers: Vec<Result<Answer, DomainError>> = Vec::with_capacity(jobs.len());
    // Dedupe keys written by this transaction -> the answer of the append that wrote it.
    let mut written: HashMap<&[u8], usize> = HashMap::new();
    let mut hits: Vec<StoredHit> = Vec::new();
    let mut user_version: u16 = 0;
    let mut bytes = 0usize;
    for (i, job) in jobs.iter().enumerate() {
        let req = &job.req;
        let state = match channels.get_mut(&req.channel).expect("every channel was read") {
            Ok(state) => state,
            Err(e) => {
                answers.push(Err(e.clone()));
                continue;
            }
        };
        if !state.record.is_member(&req.sender) {
            answers.push(Err(DomainError::NotAMember));
            continue;
        }
        let dedupe_key = dedupe_keys[i].as_slice();
        if let Some(&first) = written.get(dedupe_key) {
            // The same message twice in one batch: the second is a re-send of the first.
            let Some(Ok(Answer::Written { message, members, user_version, .. })) = answers.get(first) else {
                unreachable!("`written` points at written answers");
            };
            let answer = Answer::Written {
                message: message.clone(),
                members: members.clone(),
                user_version: *user_version,
                duplicate: true,
            };
            answers.push(Ok(answer));
            continue;
        }
        if let Some(value) = &stored[i] {
            match decode_dedupe_value(value) {
                Ok(record) => {
                    let own = record.nonce == job.nonce;
                    if own {
                        tracing::debug!(
                            maybe_committed,
                            channel = %req.channel,
                            seq = record.seq,
                            "an earlier attempt of this append committed"
                        );
                    }
                    hits.push(StoredHit {
                        answer: answers.len(),
                        channel: req.channel.clone(),
                        record,
                        duplicate: !own,
                        members: state.members.clone(),
                    });
                    // Replaced once the message is read, below.
                    answers.push(Err(DomainError::Corrupt("pending".into())));
                }
                Err(e) => answers.push(Err(e)),
            }
            continue;
        }

        let seq = state.last_seq + 1;
        let message = Message {
            channel_id: req.channel.0.clone(),
            seq,
            sender_id: req.sender.0.clone(),
            client_msg_id: req.client_msg_id.clone(),
            body: req.body.clone(),
            sent_at_ms: now_ms,
        };
        let encoded = message.encode_to_vec();
        let cost = append_cost(encoded.len(), dedupe_key.len(), state.members.len());
        if !answers.is_empty() && bytes + cost > BATCH_BYTES {
            // The rest waits for the next transaction.
            break;
        }
        bytes += cost;
        state.last_seq = seq;
        state.appended = true;

        let (head, overflow) = split_message(&encoded);
        trx.set(&layout.message(&req.channel, seq), &head);
        for (part, chunk) in (1u8..).zip(overflow) {
            trx.set(&layout.overflow(&req.channel, seq, part), chunk);
        }
        trx.atomic_op(
            dedupe_key,
            &dedupe_value_versionstamped(seq, user_version, job.nonce),
            MutationType::SetVersionstampedValue,
        );
        let pointer = inbox_value(&req.channel, seq);
        for member in state.members.iter() {
            trx.atomic_op(
                &layout.inbox_versionstamped(member, user_version),
                &pointer,
                MutationType::SetVersionstampedKey,
            );
        }
        written.insert(dedupe_key, answers.len());
        answers.push(Ok(Answer::Written { message, members: state.members.clone(), user_version, duplicate: false }));
        user_version += 1;
    }

    for (id, state) in &channels {
        if let Ok(state) = state
            && state.appended
        {
            trx.set(&layout.channel_seq(id), &state.last_seq.to_be_bytes());
        }
    }

    // The stored originals of re-sends, heads read together.
    let heads: Vec<_> = hits.iter().map(|h| trx.get(&layout.message(&h.channel, h.record.seq), true)).collect();
    for (hit, head) in hits.into_iter().zip(heads) {
        let answer = match head.await? {
            Some(head) => match assemble(trx, layout, &hit.channel, hit.record.seq, &head).await {
                Ok(message) => Ok(Answer::Stored(AppendOutcome {
                    message,
                    cursor: Cursor(Bytes::copy_from_slice(&hit.record.cursor)),
                    duplicate: hit.duplicate,
                    members: hit.members,
                    prev_cursor: None,
                })),
                // A FoundationDB error retries the attempt; a bad record fails this append only.
                Err(e) if e.get_fdb_error().is_some() => return Err(e),
                Err(e) => Err(map_binding(e)),
            },
            None => Err(DomainError::Corrupt("deduped message missing".into())),
        };
        answers[hit.answer] = answer;
    }

    let versionstamp = (user_version > 0).then(|| Box::pin(trx.get_versionstamp()) as VersionstampFuture);
    Ok(Plan { answers, versionstamp })
}

/// An over-estimate of what one new append adds to the transaction: the message's values and
/// keys, the dedupe record, one inbox entry per member, and a conflict range per key.
fn append_cost(encoded_len: usize, key_len: usize, members: usize) -> usize {
    const ENTRY_OVERHEAD: usize = 64;
    let chunks = encoded_len / CHUNK_BYTES + 1;
    encoded_len
        + HEAD_HEADER_BYTES
        + chunks * (2 * key_len + ENTRY_OVERHEAD)
        + 3 * key_len
        + ENTRY_OVERHEAD
        + members * (2 * key_len + ENTRY_OVERHEAD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_domain::limits::{MAX_BODY_CHARS, MAX_CLIENT_MSG_ID_BYTES, MAX_GROUP_MEMBERS};

    #[test]
    fn the_largest_append_fits_one_batch() {
        let key_len = 200 + MAX_CLIENT_MSG_ID_BYTES;
        let cost = append_cost(MAX_BODY_CHARS * 4 + 300, key_len, MAX_GROUP_MEMBERS);
        assert!(cost <= BATCH_BYTES, "{cost}");
    }

    #[test]
    fn cursors_are_versionstamp_then_index() {
        let c = cursor(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0x0102);
        assert_eq!(&c.0[..], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2]);
        assert!(cursor(&[0; 10], 1) > cursor(&[0; 10], 0));
        assert!(cursor(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0) > cursor(&[0; 10], 0xffff));
    }
}
