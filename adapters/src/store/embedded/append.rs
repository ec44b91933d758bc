//! Where a message gets its seq: one append, applied to a `Txn` by the single writer. The
//! dedupe lookup, the membership check, `seq = last + 1`, the message, its dedupe record and
//! where its members find it, all in the writer's batch, so they commit together or not at
//! all. A 1:1 message gets an entry in each member's inbox; a group message one entry in the
//! group's feed, which each member reads through their membership windows (fan-out on read:
//! one write per message instead of one per member).

use std::collections::HashMap;
use std::sync::Arc;

use prost::Message as _;
use tern_domain::DomainError;
use tern_domain::model::{AppendOutcome, AppendRequest, Channel, ChannelId, ChannelKind, Cursor, UserId};
use tern_proto::v1::Message;

use super::layout::{dedupe_key, encode_inbox_value, feed_key, inbox_key, message_key, seq_key};
use super::txn::Txn;
use super::writes::load_channel;
use crate::store::records::decode_seq;

/// Per-writer state that outlives one batch.
pub struct WriterState {
    /// The last inbox cursor issued: microseconds since the epoch, bumped to stay strictly
    /// increasing if the clock stalls or steps back.
    pub last_cursor: u64,
    /// Channels appended to recently, decoded, with their last seq: an append then reads
    /// nothing from disk. Only the writer changes channels, so the cache is exact; it is
    /// cleared when a commit fails (it may hold what that batch would have written).
    pub channels: HashMap<ChannelId, CachedChannel>,
}

pub struct CachedChannel {
    pub channel: Channel,
    pub members: Arc<[UserId]>,
    pub last_seq: u64,
    /// The cursor of the last message appended since the channel was cached (None until then:
    /// finding it would cost a read).
    pub last_cursor: Option<u64>,
}

/// Most channels kept decoded; past it the cache starts over (cheap to refill).
const CHANNEL_CACHE: usize = 100_000;

pub fn append(
    t: &mut Txn<'_>,
    state: &mut WriterState,
    req: AppendRequest,
    now_micros: u64,
) -> Result<AppendOutcome, DomainError> {
    req.validate()?;
    if !state.channels.contains_key(&req.channel) {
        let channel = load_channel(t, &req.channel)?;
        let last_seq = decode_seq(t.get(&seq_key(&req.channel))?.as_deref())?;
        if state.channels.len() >= CHANNEL_CACHE {
            state.channels.clear();
        }
        let members = channel.members.clone().into();
        state.channels.insert(req.channel.clone(), CachedChannel { channel, members, last_seq, last_cursor: None });
    }
    let cached = state.channels.get_mut(&req.channel).expect("just cached");
    if !cached.channel.is_member(&req.sender) {
        return Err(DomainError::NotAMember);
    }
    let dedupe = dedupe_key(&req.channel, &req.sender, &req.client_msg_id);
    if let Some(prev) = t.get(&dedupe)? {
        let (seq_bytes, cursor) = prev.split_at_checked(8).ok_or_else(|| DomainError::Corrupt("dedupe".into()))?;
        let seq = decode_seq(Some(seq_bytes))?;
        let bytes = t
            .get(&message_key(&req.channel, seq))?
            .ok_or_else(|| DomainError::Corrupt("deduped message missing".into()))?;
        let message = Message::decode(bytes.as_slice()).map_err(|e| DomainError::Corrupt(e.to_string()))?;
        return Ok(AppendOutcome {
            message,
            cursor: Cursor(cursor.to_vec().into()),
            duplicate: true,
            members: cached.members.clone(),
            prev_cursor: None,
        });
    }
    let seq = cached.last_seq + 1;
    cached.last_seq = seq;
    let members = cached.members.clone();
    let cursor = now_micros.max(state.last_cursor + 1);
    state.last_cursor = cursor;
    let prev_cursor = cached.last_cursor.replace(cursor).map(Cursor::from_u64);
    let cursor_bytes = cursor.to_be_bytes();
    let message = Message {
        channel_id: req.channel.0.clone(),
        seq,
        sender_id: req.sender.0.clone(),
        client_msg_id: req.client_msg_id,
        body: req.body,
        sent_at_ms: (now_micros / 1000) as i64,
    };
    t.put(seq_key(&req.channel), seq.to_be_bytes().to_vec());
    t.put(message_key(&req.channel, seq), message.encode_to_vec());
    let mut dedupe_value = seq.to_be_bytes().to_vec();
    dedupe_value.extend_from_slice(&cursor_bytes);
    t.put(dedupe, dedupe_value);
    match cached.channel.kind {
        ChannelKind::Direct => {
            let pointer = encode_inbox_value(&req.channel, seq);
            for member in members.iter() {
                t.put_blind(inbox_key(member, &cursor_bytes), pointer.clone());
            }
        }
        ChannelKind::Group => t.put_blind(feed_key(&req.channel, &cursor_bytes), seq.to_be_bytes().to_vec()),
    }
    Ok(AppendOutcome { message, cursor: Cursor::from_u64(cursor), duplicate: false, members, prev_cursor })
}
