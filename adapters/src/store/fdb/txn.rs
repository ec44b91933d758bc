//! Helpers shared by every transaction: error mapping, paged range reads, and reading
//! messages back from their head and overflow chunks.

use foundationdb::future::FdbValues;
use foundationdb::options::StreamingMode;
use foundationdb::{FdbBindingError, FdbError, FdbResult, KeySelector, RangeOption, Transaction};
use prost::Message as _;
use tern_proto::v1::Message;

use super::layout::{Layout, parse_head};
use tern_domain::DomainError;
use tern_domain::limits::MAX_PAGE_BODY_BYTES;
use tern_domain::model::ChannelId;

use crate::store::records::{StoredChannel, decode};

/// A refusal decided inside a transaction (unknown user, not a member, ...). It aborts the
/// transaction (nothing it wrote is committed) and is not retried.
pub fn domain(e: DomainError) -> FdbBindingError {
    FdbBindingError::new_custom_error(Box::new(e))
}

pub fn corrupt(what: impl std::fmt::Display) -> FdbBindingError {
    domain(DomainError::Corrupt(what.to_string()))
}

/// What a failed retry loop means to callers.
pub fn map_binding(e: FdbBindingError) -> DomainError {
    match e {
        FdbBindingError::CustomError(inner) => match inner.downcast::<DomainError>() {
            Ok(store) => *store,
            Err(other) => DomainError::Unavailable(other.to_string()),
        },
        FdbBindingError::NonRetryableFdbError(e) => map_fdb(e),
        FdbBindingError::PackError(e) => DomainError::Corrupt(format!("tuple: {e:?}")),
        FdbBindingError::ReferenceToTransactionKept => {
            DomainError::Corrupt("bug: a reference to a FoundationDB transaction was kept".into())
        }
        other => DomainError::Unavailable(other.to_string()),
    }
}

/// FoundationDB's error codes: 1xxx are operational (timeouts, conflicts past the retry
/// limit, an unknown commit result, an unreachable or recovering cluster, I/O): the same
/// request may succeed later, so `Unavailable`. 2xxx are calls the client library refused
/// (a key or value or transaction too large, an invalid range or option): a bug of this
/// adapter, so `Corrupt` (reported as an internal error) — except the few that come from
/// configuration (cluster file, TLS, protocol version), which an operator fixes.
pub fn map_fdb(e: FdbError) -> DomainError {
    const ACCESSED_UNREADABLE: i32 = 1036;
    const CONFIGURATION: [i32; 6] = [
        2100, // incompatible_protocol_version
        2104, // connection_string_invalid
        2105, // address_in_use
        2106, // invalid_local_address
        2107, // tls_error
        2203, // api_version_not_supported
    ];
    let code = e.code();
    let message = format!("FoundationDB error {code}: {}", e.message());
    let operational = (1000..2000).contains(&code) && code != ACCESSED_UNREADABLE;
    if operational || CONFIGURATION.contains(&code) || e.is_retryable() {
        DomainError::Unavailable(message)
    } else {
        DomainError::Corrupt(message)
    }
}

/// A range read of `[begin, end)` (or from just after `begin` when `after` is set).
pub fn range(
    begin: Vec<u8>,
    after: bool,
    end: Vec<u8>,
    limit: usize,
    reverse: bool,
    mode: StreamingMode,
) -> RangeOption<'static> {
    let begin = if after { KeySelector::first_greater_than(begin) } else { KeySelector::first_greater_or_equal(begin) };
    RangeOption {
        begin,
        end: KeySelector::first_greater_or_equal(end),
        // FoundationDB reads 0 as "no limit"; callers never ask for 0 rows.
        limit: Some(limit.max(1)),
        mode,
        reverse,
        ..RangeOption::default()
    }
}

/// Reads `opt` page by page, handing each row to `visit` until it answers `false` or the
/// range (or its row limit) is exhausted.
pub async fn scan<F>(
    trx: &Transaction,
    opt: RangeOption<'static>,
    snapshot: bool,
    mut visit: F,
) -> Result<(), FdbBindingError>
where
    F: FnMut(&[u8], &[u8]) -> Result<bool, DomainError>,
{
    let mut opt = opt;
    let mut iteration = 1;
    loop {
        let page = trx.get_range(&opt, iteration, snapshot).await?;
        for kv in page.iter() {
            if !visit(kv.key(), kv.value()).map_err(domain)? {
                return Ok(());
            }
        }
        match opt.next_range(&page) {
            Some(next) => {
                opt = next;
                iteration += 1;
            }
            None => return Ok(()),
        }
    }
}

/// The second component of every key in `[begin, end)`: the friends or the channels of the
/// user the range is under (`Layout::second_id`).
pub async fn second_ids(
    trx: &Transaction,
    layout: &Layout,
    (begin, end): (Vec<u8>, Vec<u8>),
    friends: bool,
) -> Result<Vec<String>, FdbBindingError> {
    let mut ids = Vec::new();
    let opt = range(begin, false, end, usize::MAX, false, StreamingMode::WantAll);
    scan(trx, opt, false, |key, _| {
        ids.push(layout.second_id(key, friends)?);
        Ok(true)
    })
    .await?;
    Ok(ids)
}

/// The message whose head (already read) is `head`: its overflow chunks are read and
/// joined, and the whole is checked against the head's length.
pub async fn assemble(
    trx: &Transaction,
    layout: &Layout,
    channel: u64,
    seq: u64,
    head: &[u8],
) -> Result<Message, FdbBindingError> {
    let head = parse_head(head).map_err(domain)?;
    let mut bytes = Vec::with_capacity(head.encoded_len);
    bytes.extend_from_slice(head.first);
    if head.overflow_parts > 0 {
        let (begin, end) = layout.overflow_of(channel, seq);
        let mut parts = 0usize;
        let opt = range(begin, false, end, usize::from(head.overflow_parts), false, StreamingMode::WantAll);
        // Chunks are written with their head (an edit rewrites both): the head's read decides
        // any conflict, so the chunks need none.
        scan(trx, opt, true, |_, chunk| {
            bytes.extend_from_slice(chunk);
            parts += 1;
            Ok(true)
        })
        .await?;
        if parts != usize::from(head.overflow_parts) {
            return Err(corrupt(format!("message {channel}/{seq}: overflow chunks missing")));
        }
    }
    if bytes.len() != head.encoded_len {
        return Err(corrupt(format!("message {channel}/{seq}: wrong length")));
    }
    Message::decode(bytes.as_slice()).map_err(corrupt)
}

/// Up to `limit` messages of `channel` with `from <= seq < to` (ascending, or from the
/// newest when `reverse`), returned ascending. Like the embedded adapter, the page stops
/// before the message that takes its stored size past `MAX_PAGE_BODY_BYTES` (a page always
/// holds at least one); the heads' headers carry the sizes, so chunks past the page are
/// never read.
pub async fn read_messages(
    trx: &Transaction,
    layout: &Layout,
    channel: u64,
    from: u64,
    to: Option<u64>,
    reverse: bool,
    limit: usize,
) -> Result<Vec<Message>, FdbBindingError> {
    if limit == 0 || to.is_some_and(|to| to <= from) {
        return Ok(Vec::new());
    }
    let (begin, end) = layout.messages(channel, from, to);
    let mut heads: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut bytes = 0usize;
    // Iterator mode: small first pages growing as the scan goes on, since the byte budget
    // may end the page long before `limit`.
    let opt = range(begin, false, end, limit, reverse, StreamingMode::Iterator);
    scan(trx, opt, false, |key, value| {
        bytes += parse_head(value)?.encoded_len;
        if bytes > MAX_PAGE_BODY_BYTES && !heads.is_empty() {
            return Ok(false);
        }
        heads.push((layout.message_seq(key)?, value.to_vec()));
        Ok(heads.len() < limit)
    })
    .await?;
    let mut out = Vec::with_capacity(heads.len());
    for (seq, head) in heads {
        out.push(assemble(trx, layout, channel, seq, &head).await?);
    }
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// The read of a channel's last message key, issued at once (awaited later, so several travel
/// together). With a conflict range unless `snapshot`: an appender conflicts with any other
/// that appends to the channel meanwhile.
pub fn last_message(
    trx: &Transaction,
    layout: &Layout,
    channel: u64,
    snapshot: bool,
) -> impl Future<Output = FdbResult<FdbValues>> + Send + Sync + use<> {
    let (begin, end) = layout.messages(channel, 0, None);
    trx.get_range(&range(begin, false, end, 1, true, StreamingMode::Exact), 1, snapshot)
}

/// The seq of the message a `last_message` read found (0: none).
pub fn seq_of(layout: &Layout, page: &FdbValues) -> Result<u64, DomainError> {
    match page.first() {
        Some(kv) => layout.message_seq(kv.key()),
        None => Ok(0),
    }
}

/// A channel's last seq (see `last_message`).
pub async fn last_seq(
    trx: &Transaction,
    layout: &Layout,
    channel: u64,
    snapshot: bool,
) -> Result<u64, FdbBindingError> {
    let page = last_message(trx, layout, channel, snapshot).await?;
    seq_of(layout, &page).map_err(domain)
}

/// A channel's record and its last seq (`None`: no such channel). With `snapshot_seq` the
/// seq is read without a conflict range: a caller that only reports it does not conflict
/// with appends.
pub async fn channel_with_seq(
    trx: &Transaction,
    layout: &Layout,
    channel: &ChannelId,
    snapshot_seq: bool,
) -> Result<Option<(StoredChannel, u64)>, FdbBindingError> {
    let Some(record) = trx.get(&layout.channel(channel), false).await? else { return Ok(None) };
    let stored: StoredChannel = decode(&record).map_err(domain)?;
    let last = last_seq(trx, layout, stored.num, snapshot_seq).await?;
    Ok(Some((stored, last)))
}
