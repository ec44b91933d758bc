//! Group commit of appends: one batcher thread takes whatever appends are queued (up to
//! `MAX_BATCH` and `BATCH_BYTES`) and commits them in one FoundationDB transaction, so the
//! appends of one gateway to one channel share one read-increment of the channel's `seq`
//! key instead of conflicting with each other on it.
//!
//! One transaction, per append in queue order: the channel (read once per batch, with its last
//! message key, which tells its last seq) and membership; dedupe by (channel, sender,
//! client_msg_id), first against appends earlier in the batch, then against the store; else
//! `seq = last + 1`, the message, the dedupe record (`SetVersionstampedValue`: seq, the commit
//! versionstamp, the request's nonce) and where its members find it: for a 1:1 message an
//! inbox entry per member keyed by `(user#, versionstamp)`, for a group message one feed entry
//! keyed by `(channel#, versionstamp)` (`SetVersionstampedKey`: no write conflict). The
//! batch's index of the append is the versionstamp's 2-byte user version: the cursor is the
//! same for every member, distinct per message and increasing in commit order. A channel's
//! number never changes, so the batcher remembers it and reads the channel's record, its last
//! message and the dedupe keys together.
//!
//! Retries go through the crate's retry loop (`Database::run`), bounded by the database's
//! transaction timeout and retry limit. An attempt recomputes everything from what it reads,
//! so a retry after a conflict starts clean. After `commit_unknown_result` the retry finds the
//! dedupe records of the first attempt if it did commit; their nonce is this request's, so
//! the answer is the original message with `duplicate: false`: the client is never told its
//! own first send was a duplicate.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use foundationdb::future::FdbSlice;
use foundationdb::options::MutationType;
use foundationdb::{FdbBindingError, FdbResult, Transaction};
use prost::Message as _;
use tern_proto::v1::Message;
use tokio::sync::{mpsc, oneshot};

use super::Shared;
use foundationdb::tuple::pack;

use super::layout::{
    CHUNK_BYTES, DedupeRecord, HEAD_HEADER_BYTES, Layout, decode_dedupe_value, dedupe_value_versionstamped,
    inbox_value, split_message,
};
use super::txn::{assemble, domain, last_message, map_binding, map_fdb, seq_of};
use crate::store::records::{StoredChannel, decode};
use tern_domain::DomainError;
use tern_domain::model::{AppendOutcome, AppendRequest, ChannelId, ChannelKind, Cursor, MessageChange, UserId};

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
    let numbers = Numbers::default();
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
        for job in commit_batch(&shared, &numbers, batch).await.into_iter().rev() {
            pending.push_front(job);
        }
    }
    tracing::debug!("FoundationDB append batcher stopped: every handle dropped");
}

/// Commits a prefix of `batch`, answers its appends, and returns the rest.
async fn commit_batch(shared: &Shared, numbers: &Numbers, batch: Vec<AppendJob>) -> Vec<AppendJob> {
    let now_ms = super::now_ms();
    let layout = &shared.layout;
    let jobs = batch.as_slice();
    let result =
        shared
            .db
            .run(|trx, maybe_committed| async move {
                plan(&trx, layout, jobs, now_ms, maybe_committed.into(), numbers).await
            })
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
    stored: StoredChannel,
    members: Arc<[UserId]>,
    last_seq: u64,
}

/// A dedupe record found in the store, whose message is read after the decisions.
struct StoredHit {
    answer: usize,
    channel: u64,
    record: DedupeRecord,
    duplicate: bool,
    members: Arc<[UserId]>,
}

/// Channel numbers the batcher has seen: fixed for a channel's life, so safe to keep.
pub type Numbers = Mutex<HashMap<ChannelId, u64>>;
/// Numbers remembered at most; past it the map starts over.
const NUMBERS_KEPT: usize = 100_000;

/// One attempt: reads, decisions in queue order, writes.
async fn plan(
    trx: &Transaction,
    layout: &Layout,
    jobs: &[AppendJob],
    now_ms: i64,
    maybe_committed: bool,
    numbers: &Numbers,
) -> Result<Plan, FdbBindingError> {
    // Every read is issued before any is awaited, so they travel together. Reads are not
    // snapshot reads: the channel record (membership), its last message and the dedupe keys
    // are the reads that a concurrent writer must conflict with. A channel seen before has
    // its number known, so its last message and the dedupe keys go with the first reads;
    // the others wait for the record to tell the number.
    let known: HashMap<ChannelId, u64> = {
        let numbers = numbers.lock().unwrap_or_else(PoisonError::into_inner);
        jobs.iter().filter_map(|j| numbers.get(&j.req.channel).map(|n| (j.req.channel.clone(), *n))).collect()
    };
    let mut ids: Vec<&ChannelId> = jobs.iter().map(|j| &j.req.channel).collect();
    ids.sort_unstable();
    ids.dedup();
    let records: Vec<_> = ids.iter().map(|id| trx.get(&layout.channel(id), false)).collect();
    let mut seq_reads: HashMap<u64, _> =
        known.values().map(|num| (*num, last_message(trx, layout, *num, false))).collect();
    let sender = |j: &AppendJob| j.req.sender.number();
    let dedupe_key = |j: &AppendJob, num: u64| sender(j).map(|s| layout.dedupe(num, s, &j.req.client_msg_id));
    let mut dedupe_reads: Vec<Option<_>> = jobs
        .iter()
        .map(|j| known.get(&j.req.channel).and_then(|num| dedupe_key(j, *num)).map(|k| trx.get(&k, false)))
        .collect();

    let mut stored_channels: HashMap<ChannelId, Result<StoredChannel, DomainError>> = HashMap::new();
    for (id, read) in ids.iter().zip(records) {
        let record = match read.await? {
            None => Err(DomainError::UnknownChannel(id.to_string())),
            Some(bytes) => decode::<StoredChannel>(&bytes),
        };
        stored_channels.insert((*id).clone(), record);
    }
    // The second round, for channels first seen.
    for (id, record) in &stored_channels {
        if let (Ok(stored), false) = (record, known.contains_key(id)) {
            seq_reads.insert(stored.num, last_message(trx, layout, stored.num, false));
        }
    }
    for (i, job) in jobs.iter().enumerate() {
        if dedupe_reads[i].is_none()
            && let Some(Ok(stored)) = stored_channels.get(&job.req.channel)
        {
            dedupe_reads[i] = dedupe_key(job, stored.num).map(|k| trx.get(&k, false));
        }
    }
    let mut channels: HashMap<ChannelId, Result<ChannelState, DomainError>> = HashMap::new();
    for (id, record) in stored_channels {
        let state = match record {
            Ok(stored) => {
                let page = seq_reads.remove(&stored.num).expect("read issued for every channel found").await?;
                let last_seq = seq_of(layout, &page).map_err(domain)?;
                Ok(ChannelState { members: stored.channel.members.clone().into(), stored, last_seq })
            }
            Err(e) => Err(e),
        };
        channels.insert(id, state);
    }
    {
        let mut numbers = numbers.lock().unwrap_or_else(PoisonError::into_inner);
        if numbers.len() > NUMBERS_KEPT {
            numbers.clear();
        }
        for (id, state) in &channels {
            if let Ok(state) = state {
                numbers.insert(id.clone(), state.stored.num);
            }
        }
    }
    let mut stored = Vec::with_capacity(jobs.len());
    for read in dedupe_reads {
        stored.push(match read {
            Some(read) => read.await?,
            None => None,
        });
    }

    let mut answers: Vec<Result<Answer, DomainError>> = Vec::with_capacity(jobs.len());
    // (channel#, sender#, client_msg_id) written by this transaction -> the answer of the
    // append that wrote it.
    let mut written: HashMap<(u64, u64, &str), usize> = HashMap::new();
    let mut hits: Vec<StoredHit> = Vec::new();
    let mut user_version: u16 = 0;
    let mut bytes = 0usize;
    // Messages an edit or delete of this batch rewrote, by (channel#, seq): a later change in
    // the same batch starts from them.
    let mut originals: HashMap<(u64, u64), Message> = HashMap::new();
    for (i, job) in jobs.iter().enumerate() {
        let req = &job.req;
        let state = match channels.get_mut(&req.channel).expect("every channel was read") {
            Ok(state) => state,
            Err(e) => {
                answers.push(Err(e.clone()));
                continue;
            }
        };
        if let Err(refused) = state.stored.channel.may_append(req) {
            answers.push(Err(refused));
            continue;
        }
        let Some(sender) = req.sender.number() else {
            answers.push(Err(DomainError::NotAMember));
            continue;
        };
        let num = state.stored.num;
        let dedupe = (num, sender, req.client_msg_id.as_str());
        if let Some(&first) = written.get(&dedupe) {
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
                        channel: num,
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
        // An edit or delete: its original (and a delete's emptied edits) as they will be
        // written, checked before anything of this append is.
        let mut rewrites: Vec<Message> = Vec::new();
        if let Some(change) = req.change {
            let target = change.target();
            let original = match originals.remove(&(num, target)) {
                Some(changed_in_this_batch) => Some(changed_in_this_batch),
                None => read_message(trx, layout, num, target).await?,
            };
            let Some(mut original) = original else {
                answers.push(Err(DomainError::InvalidArgument(format!("no message {target} in this channel"))));
                continue;
            };
            match change.apply(&mut original, &req.sender, &req.body, seq, now_ms) {
                Ok(emptied) => {
                    for edit in emptied {
                        let earlier = originals.remove(&(num, edit));
                        let found = match earlier {
                            Some(m) => Some(m),
                            None => read_message(trx, layout, num, edit).await?,
                        };
                        if let Some(mut m) = found {
                            m.body.clear();
                            rewrites.push(m);
                        }
                    }
                    rewrites.push(original);
                }
                Err(refused) => {
                    // Unchanged (a refusal changes nothing): later appends may still use it.
                    originals.insert((num, target), original);
                    answers.push(Err(refused));
                    continue;
                }
            }
        }
        let (edit_of, delete_of) = match req.change {
            Some(MessageChange::Edit(of)) => (of, 0),
            Some(MessageChange::Delete(of)) => (0, of),
            None => (0, 0),
        };
        let message = Message {
            channel_id: req.channel.0.clone(),
            seq,
            sender_id: req.sender.0.clone(),
            client_msg_id: req.client_msg_id.clone(),
            body: req.body.clone(),
            sent_at_ms: now_ms,
            event: req.event.clone(),
            edit_of,
            delete_of,
            ..Message::default()
        };
        let encoded = message.encode_to_vec();
        let dedupe_key = layout.dedupe(num, sender, &req.client_msg_id);
        let fan_out = match state.stored.channel.kind {
            ChannelKind::Direct => state.members.len(),
            ChannelKind::Group => 1,
        };
        let cost = append_cost(encoded.len(), dedupe_key.len(), fan_out);
        if !answers.is_empty() && bytes + cost > BATCH_BYTES {
            // The rest waits for the next transaction.
            break;
        }
        bytes += cost;
        state.last_seq = seq;

        for rewritten in rewrites {
            write_message(trx, layout, num, &rewritten);
            originals.insert((num, rewritten.seq), rewritten);
        }
        write_message(trx, layout, num, &message);
        trx.atomic_op(
            &dedupe_key,
            &dedupe_value_versionstamped(seq, user_version, job.nonce),
            MutationType::SetVersionstampedValue,
        );
        match state.stored.channel.kind {
            ChannelKind::Direct => {
                let pointer = inbox_value(num, seq);
                for member in state.members.iter() {
                    let Some(user) = member.number() else { continue };
                    let key = layout.inbox_versionstamped(user, user_version);
                    trx.atomic_op(&key, &pointer, MutationType::SetVersionstampedKey);
                }
            }
            ChannelKind::Group => {
                let key = layout.feed_versionstamped(num, user_version);
                trx.atomic_op(&key, &pack(&seq), MutationType::SetVersionstampedKey);
            }
        }
        written.insert(dedupe, answers.len());
        answers.push(Ok(Answer::Written { message, members: state.members.clone(), user_version, duplicate: false }));
        user_version += 1;
    }

    // The stored originals of re-sends, heads read together.
    let heads: Vec<_> = hits.iter().map(|h| trx.get(&layout.message(h.channel, h.record.seq), true)).collect();
    for (hit, head) in hits.into_iter().zip(heads) {
        let answer = match head.await? {
            Some(head) => match assemble(trx, layout, hit.channel, hit.record.seq, &head).await {
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

/// A stored message, read to be changed: its head with a conflict (two changes of one message
/// at once conflict, and the retry sees the first), its chunks, written with the head, without.
async fn read_message(
    trx: &Transaction,
    layout: &Layout,
    num: u64,
    seq: u64,
) -> Result<Option<Message>, FdbBindingError> {
    match trx.get(&layout.message(num, seq), false).await? {
        Some(head) => Ok(Some(assemble(trx, layout, num, seq, &head).await?)),
        None => Ok(None),
    }
}

/// Writes a message, new or changed: a changed one may have fewer chunks than before, and a
/// deleted body must not stay behind in an old chunk.
fn write_message(trx: &Transaction, layout: &Layout, num: u64, message: &Message) {
    let encoded = message.encode_to_vec();
    let (head, overflow) = split_message(&encoded);
    let (begin, end) = layout.overflow_of(num, message.seq);
    trx.clear_range(&begin, &end);
    trx.set(&layout.message(num, message.seq), &head);
    for (part, chunk) in (1u8..).zip(overflow) {
        trx.set(&layout.overflow(num, message.seq, part), chunk);
    }
}

/// An over-estimate of what one new append adds to the transaction: the message's values and
/// keys, the dedupe record, its inbox or feed entries, and a conflict range per key.
fn append_cost(encoded_len: usize, key_len: usize, entries: usize) -> usize {
    const ENTRY_OVERHEAD: usize = 64;
    let chunks = encoded_len / CHUNK_BYTES + 1;
    encoded_len
        + HEAD_HEADER_BYTES
        + chunks * (2 * key_len + ENTRY_OVERHEAD)
        + 3 * key_len
        + ENTRY_OVERHEAD
        + entries * (2 * key_len + ENTRY_OVERHEAD)
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
