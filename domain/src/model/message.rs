//! Messages: what a send asks to store, what the commit answers, and the pages read back.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tern_proto::v1::{ChannelEvent, Message};

use super::{ChannelId, Cursor, UserId};
use crate::error::DomainError;
use crate::limits::{MAX_BODY_CHARS, MAX_CLIENT_MSG_ID_BYTES, MAX_PAGE_BODY_BYTES};

/// One message to store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppendRequest {
    pub channel: ChannelId,
    pub sender: UserId,
    pub client_msg_id: String,
    pub body: String,
    /// A group change standing in the history (made by the store after the change, never
    /// sent by a client): no body, and its sender may have just left.
    #[serde(default)]
    pub event: Option<ChannelEvent>,
    /// Changes one of the sender's own messages instead of adding one (`Send.edit_of`,
    /// `Send.delete_of`).
    #[serde(default)]
    pub change: Option<MessageChange>,
}

/// What an append does to an earlier message of its sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageChange {
    /// Replaces the body of message `seq` with this append's body.
    Edit(u64),
    /// Removes the body of message `seq` (and of its edits) from storage.
    Delete(u64),
}

impl MessageChange {
    /// From a `Send`'s `edit_of` and `delete_of` (0: not set).
    pub fn from_wire(edit_of: u64, delete_of: u64) -> Result<Option<Self>, DomainError> {
        match (edit_of, delete_of) {
            (0, 0) => Ok(None),
            (seq, 0) => Ok(Some(MessageChange::Edit(seq))),
            (0, seq) => Ok(Some(MessageChange::Delete(seq))),
            _ => Err(DomainError::InvalidArgument("set edit_of or delete_of, not both".into())),
        }
    }

    pub fn target(self) -> u64 {
        match self {
            MessageChange::Edit(seq) | MessageChange::Delete(seq) => seq,
        }
    }

    /// Changes `original` (read from the store) for the append that becomes message
    /// `change_seq`, made by `sender` at `now_ms` with `body`. Refused, changing nothing: a
    /// message of someone else (`Forbidden`), a group's event or another edit or delete, a
    /// deleted message (`InvalidArgument`). Returns the seqs of bodies a delete must empty
    /// too (the original's edits).
    pub fn apply(
        self,
        original: &mut Message,
        sender: &UserId,
        body: &str,
        change_seq: u64,
        now_ms: i64,
    ) -> Result<Vec<u64>, DomainError> {
        if original.sender_id != sender.0 {
            return Err(DomainError::Forbidden("only its sender may edit or delete a message".into()));
        }
        if original.event.is_some() || original.edit_of != 0 || original.delete_of != 0 {
            return Err(DomainError::InvalidArgument(format!("message {} cannot be edited or deleted", original.seq)));
        }
        if original.deleted {
            return Err(DomainError::InvalidArgument(format!("message {} was deleted", original.seq)));
        }
        original.edited_at_ms = now_ms;
        match self {
            MessageChange::Edit(_) => {
                original.body = body.to_owned();
                original.edits.push(change_seq);
                Ok(Vec::new())
            }
            MessageChange::Delete(_) => {
                original.body.clear();
                original.deleted = true;
                Ok(std::mem::take(&mut original.edits))
            }
        }
    }
}

impl AppendRequest {
    /// The checks made before anything is stored.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.channel.0.is_empty() {
            return Err(DomainError::InvalidArgument("channel_id is required".into()));
        }
        validate_client_msg_id(&self.client_msg_id)?;
        match (&self.event, self.change) {
            (_, Some(change)) if change.target() == 0 => {
                Err(DomainError::InvalidArgument("edit_of and delete_of name a seq, 1 or more".into()))
            }
            (Some(_), None) if self.body.is_empty() => Ok(()),
            (Some(_), None) => Err(DomainError::InvalidArgument("an event has no body".into())),
            (Some(_), Some(_)) => Err(DomainError::InvalidArgument("an event changes no message".into())),
            (None, Some(MessageChange::Delete(_))) if self.body.is_empty() => Ok(()),
            (None, Some(MessageChange::Delete(_))) => Err(DomainError::InvalidArgument("a delete has no body".into())),
            (None, Some(MessageChange::Edit(_)) | None) => validate_body(&self.body),
        }
    }

    /// The history line of `change`, made by `by` in `channel`, under a fresh id.
    pub fn group_event(channel: ChannelId, by: UserId, event: ChannelEvent) -> Self {
        let client_msg_id = format!("event-{:016x}", rand::random::<u64>());
        AppendRequest { channel, sender: by, client_msg_id, body: String::new(), event: Some(event), change: None }
    }
}

pub fn validate_body(body: &str) -> Result<(), DomainError> {
    if body.is_empty() {
        return Err(DomainError::BodyEmpty);
    }
    // Byte length bounds the char count from above, so the common case skips the count.
    if body.len() > MAX_BODY_CHARS {
        let chars = body.chars().count();
        if chars > MAX_BODY_CHARS {
            return Err(DomainError::BodyTooLarge { chars });
        }
    }
    Ok(())
}

pub fn validate_client_msg_id(id: &str) -> Result<(), DomainError> {
    if id.is_empty() || id.len() > MAX_CLIENT_MSG_ID_BYTES {
        return Err(DomainError::InvalidArgument(format!("client_msg_id must be 1..={MAX_CLIENT_MSG_ID_BYTES} bytes")));
    }
    Ok(())
}

/// The stored outcome of an append; `message` is what members receive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppendOutcome {
    pub message: Message,
    /// The inbox position of this message, shared by all members.
    pub cursor: Cursor,
    /// True when the client_msg_id was already stored: nothing new was written.
    pub duplicate: bool,
    /// Members of the channel at commit time, sorted; shared, since every append to a
    /// channel carries the same list.
    pub members: Arc<[UserId]>,
    /// The cursor of the channel's previous message, when the store knows it without a read
    /// (the embedded writer after the channel's first append since it started). A session
    /// that first sees this channel live then knows whether the previous message can still
    /// be in flight, and need not hold this one back to find out.
    #[serde(default)]
    pub prev_cursor: Option<Cursor>,
}

/// Where a history page starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryAnchor {
    Latest,
    /// Messages with seq < the given one.
    Before(u64),
    /// Messages with seq > the given one.
    After(u64),
    /// The given seq in the middle, half the page on each side.
    Around(u64),
}

/// The first seq of an `Around(seq)` page of `limit` messages in a channel whose last seq is
/// `last_seq`: `limit / 2` messages before `seq`, the rest from it on; near either end of the
/// channel the window moves so the page is still full (seqs are dense from 1).
pub fn around_start(seq: u64, limit: usize, last_seq: u64) -> u64 {
    let limit = limit as u64;
    let latest_start = last_seq.saturating_sub(limit.saturating_sub(1)).max(1);
    seq.saturating_sub(limit / 2).max(1).min(latest_start)
}

/// An `Around` page may exceed the byte budget that each read keeps. Drops messages farthest
/// from the anchor until the page fits (keeping one).
pub fn fit_around_page(messages: &mut Vec<Message>, anchor: u64) {
    let mut total: usize = messages.iter().map(|m| m.body.len()).sum();
    while total > MAX_PAGE_BODY_BYTES && messages.len() > 1 {
        let (first, last) = (messages[0].seq, messages[messages.len() - 1].seq);
        let dropped = if anchor.abs_diff(first) > anchor.abs_diff(last) {
            messages.remove(0)
        } else {
            messages.pop().expect("len > 1")
        };
        total -= dropped.body.len();
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryPage {
    /// Ascending by seq.
    pub messages: Vec<Message>,
    pub has_older: bool,
    pub has_newer: bool,
    pub last_seq: u64,
}

impl HistoryPage {
    /// A page of `messages` (ascending) read for `anchor` when the channel's last seq was
    /// `last_seq`. Seqs are dense from 1, so what lies on either side follows from them.
    pub fn new(messages: Vec<Message>, anchor: HistoryAnchor, last_seq: u64) -> Self {
        // Older: a message before the page's first; newer: one after its last. An empty page
        // has its place at the anchor: BEFORE s found nothing below s, AFTER s nothing above.
        let (has_older, has_newer) = match (messages.first(), messages.last()) {
            (Some(first), Some(last)) => (first.seq > 1, last.seq < last_seq),
            _ => match anchor {
                HistoryAnchor::Before(s) => (false, last_seq >= s.max(1)),
                HistoryAnchor::After(s) => (s.min(last_seq) >= 1, false),
                HistoryAnchor::Latest | HistoryAnchor::Around(_) => (false, false),
            },
        };
        Self { messages, has_older, has_newer, last_seq }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxPage {
    pub entries: Vec<(Cursor, Message)>,
    pub more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn around_keeps_the_anchor_in_the_middle_and_fills_the_page_near_either_end() {
        assert_eq!(around_start(5, 4, 10), 3, "3, 4, 5, 6");
        assert_eq!(around_start(5, 5, 10), 3, "an odd limit: two on each side");
        assert_eq!(around_start(2, 4, 10), 1, "near the start: 1..=4");
        assert_eq!(around_start(10, 4, 10), 7, "near the end: 7..=10");
        assert_eq!(around_start(50, 4, 10), 7, "past the end: the latest");
        assert_eq!(around_start(1, 4, 0), 1, "an empty channel");
    }

    #[test]
    fn empty_pages_say_what_lies_on_either_side() {
        let page = |anchor, last| {
            let p = HistoryPage::new(Vec::new(), anchor, last);
            (p.has_older, p.has_newer)
        };
        assert_eq!(page(HistoryAnchor::Before(1), 5), (false, true), "all five are newer");
        assert_eq!(page(HistoryAnchor::After(5), 5), (true, false), "all five are older");
        assert_eq!(page(HistoryAnchor::After(9), 5), (true, false));
        assert_eq!(page(HistoryAnchor::Before(9), 0), (false, false), "an empty channel");
        assert_eq!(page(HistoryAnchor::After(0), 0), (false, false));
        assert_eq!(page(HistoryAnchor::Latest, 0), (false, false));
    }

    #[test]
    fn only_the_sender_edits_or_deletes_an_ordinary_message_once_deleted() {
        let (ann, ben) = (UserId::from("ua"), UserId::from("ub"));
        let original = Message { seq: 3, sender_id: "ua".into(), body: "helo".into(), ..Message::default() };
        let mut m = original.clone();
        assert!(matches!(MessageChange::Edit(3).apply(&mut m, &ben, "x", 4, 9), Err(DomainError::Forbidden(_))));
        assert_eq!(m, original, "a refusal changes nothing");
        assert_eq!(MessageChange::Edit(3).apply(&mut m, &ann, "hello", 4, 9), Ok(vec![]));
        assert_eq!((m.body.as_str(), m.edited_at_ms, m.edits.clone()), ("hello", 9, vec![4]));
        assert_eq!(MessageChange::Delete(3).apply(&mut m, &ann, "", 5, 10), Ok(vec![4]), "its edits are emptied too");
        assert!(m.deleted && m.body.is_empty() && m.edits.is_empty());
        assert!(matches!(
            MessageChange::Edit(3).apply(&mut m, &ann, "again", 6, 11),
            Err(DomainError::InvalidArgument(_))
        ));
        let mut edit = Message { seq: 4, sender_id: "ua".into(), edit_of: 3, ..Message::default() };
        assert!(matches!(
            MessageChange::Delete(4).apply(&mut edit, &ann, "", 7, 12),
            Err(DomainError::InvalidArgument(_))
        ));
        assert_eq!(MessageChange::from_wire(0, 0), Ok(None));
        assert_eq!(MessageChange::from_wire(2, 0), Ok(Some(MessageChange::Edit(2))));
        assert!(MessageChange::from_wire(2, 3).is_err());
    }

    #[test]
    fn body_limit_counts_chars_not_bytes() {
        assert_eq!(validate_body(""), Err(DomainError::BodyEmpty));
        assert!(validate_body(&"é".repeat(MAX_BODY_CHARS)).is_ok());
        assert!(validate_body(&"😀".repeat(MAX_BODY_CHARS)).is_ok());
        assert_eq!(
            validate_body(&"a".repeat(MAX_BODY_CHARS + 1)),
            Err(DomainError::BodyTooLarge { chars: MAX_BODY_CHARS + 1 })
        );
    }

    #[test]
    fn an_append_names_its_channel_and_a_bounded_id() {
        let req = |channel: &str, id: &str| AppendRequest {
            channel: ChannelId::from(channel),
            sender: UserId::from("u"),
            client_msg_id: id.into(),
            body: "hi".into(),
            event: None,
            change: None,
        };
        assert!(req("c", "1").validate().is_ok());
        assert!(req("", "1").validate().is_err());
        assert!(req("c", "").validate().is_err());
        assert!(req("c", &"i".repeat(MAX_CLIENT_MSG_ID_BYTES + 1)).validate().is_err());
    }
}
