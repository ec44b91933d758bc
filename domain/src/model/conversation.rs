//! A user's conversations, as an app's home screen lists them: each channel with its last
//! message, the user's read position and unread count, most recent activity first, in pages.

use serde::{Deserialize, Serialize};
use tern_proto::v1::{self, Message};

use super::{ChannelId, ChannelInfo, ChannelKind};
use crate::error::DomainError;

/// One channel of a user, with what its row shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub channel: ChannelInfo,
    /// The user's read position (0: nothing read).
    pub read_seq: u64,
    /// None while the channel has no message.
    pub last_message: Option<Message>,
}

impl Conversation {
    /// Messages after the user's read position: the same on every device of the user.
    pub fn unread(&self) -> u64 {
        self.channel.last_seq.saturating_sub(self.read_seq)
    }

    /// When the channel last changed: its last message, else its creation.
    pub fn last_activity_ms(&self) -> i64 {
        self.last_message.as_ref().map_or(self.channel.created_at_ms, |m| m.sent_at_ms)
    }

    /// As `ConversationPage` carries it.
    pub fn to_wire(&self) -> v1::Conversation {
        let kind = match self.channel.kind {
            ChannelKind::Direct => v1::ChannelKind::Direct,
            ChannelKind::Group => v1::ChannelKind::Group,
        };
        v1::Conversation {
            channel_id: self.channel.id.0.clone(),
            kind: kind as i32,
            name: self.channel.name.clone(),
            members: self.channel.members.iter().map(|m| m.0.clone()).collect(),
            last_seq: self.channel.last_seq,
            read_seq: self.read_seq,
            unread: self.unread(),
            last_message: self.last_message.clone(),
            last_activity_ms: self.last_activity_ms(),
        }
    }

    fn key(&self) -> PageKey {
        PageKey { activity_ms: self.last_activity_ms(), channel: self.channel.id.clone() }
    }
}

/// Where a page ends in the order (activity descending, then channel id ascending). Opaque to
/// clients: `to_token` / `from_token`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    activity_ms: i64,
    channel: ChannelId,
}

impl PageKey {
    /// The token a client sends back for the next page.
    pub fn to_token(&self) -> Vec<u8> {
        let mut token = self.activity_ms.to_be_bytes().to_vec();
        token.extend_from_slice(self.channel.as_str().as_bytes());
        token
    }

    pub fn from_token(token: &[u8]) -> Result<Self, DomainError> {
        let bad = || DomainError::InvalidArgument("page token is not one this server gave".into());
        let (time, id) = token.split_first_chunk::<8>().ok_or_else(bad)?;
        let channel = std::str::from_utf8(id).map_err(|_| bad())?;
        if channel.is_empty() {
            return Err(bad());
        }
        Ok(PageKey { activity_ms: i64::from_be_bytes(*time), channel: ChannelId::from(channel) })
    }

    fn comes_after(&self, other: &PageKey) -> bool {
        (std::cmp::Reverse(self.activity_ms), &self.channel) > (std::cmp::Reverse(other.activity_ms), &other.channel)
    }
}

/// A page of `all` (any order): the `limit` most recent after `after`, and the key to continue
/// from when more follow. A channel whose activity changes between two pages moves to the
/// front: a client that wants it reads the first page again (or follows live deliveries).
pub fn conversation_page(
    mut all: Vec<Conversation>,
    limit: usize,
    after: Option<&PageKey>,
) -> (Vec<Conversation>, Option<PageKey>) {
    all.sort_by_cached_key(|c| {
        let key = c.key();
        (std::cmp::Reverse(key.activity_ms), key.channel)
    });
    let mut page: Vec<Conversation> =
        all.into_iter().filter(|c| after.is_none_or(|after| c.key().comes_after(after))).take(limit + 1).collect();
    let more = page.len() > limit;
    page.truncate(limit);
    let next = if more { page.last().map(Conversation::key) } else { None };
    (page, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, UserId};

    fn conversation(id: &str, created: i64, last: Option<(u64, i64)>, read_seq: u64) -> Conversation {
        let mut channel = Channel::group(&UserId::from("a"), "g", &[], created).unwrap();
        channel.id = ChannelId::from(id);
        let last_seq = last.map_or(0, |(seq, _)| seq);
        let last_message = last.map(|(seq, at)| Message { seq, sent_at_ms: at, ..Message::default() });
        Conversation { channel: channel.info(last_seq), read_seq, last_message }
    }

    #[test]
    fn most_recent_first_in_pages_that_meet_exactly() {
        let all = vec![
            conversation("g1", 10, Some((5, 50)), 2),
            conversation("g2", 60, None, 0),
            conversation("g3", 10, Some((1, 40)), 1),
            conversation("g4", 10, Some((9, 50)), 9),
        ];
        assert_eq!((all[0].unread(), all[1].unread(), all[3].unread()), (3, 0, 0));
        let (first, next) = conversation_page(all.clone(), 2, None);
        let ids = |p: &[Conversation]| p.iter().map(|c| c.channel.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&first), ["g2", "g1"], "a new channel counts from its creation; ties by id");
        let next = PageKey::from_token(&next.unwrap().to_token()).unwrap();
        let (second, last) = conversation_page(all.clone(), 2, Some(&next));
        assert_eq!(ids(&second), ["g4", "g3"]);
        assert_eq!(last, None, "nothing after the last page");
        assert!(PageKey::from_token(b"short").is_err());
        assert!(PageKey::from_token(&[0; 8]).is_err(), "no channel");
    }
}
