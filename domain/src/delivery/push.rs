//! The push jobs a message owes the members who have no online device.

use crate::limits::PUSH_PREVIEW_CHARS;
use crate::model::{AppendOutcome, ChannelId, PushJob, UserId};

/// One job per offline member but the sender, due now. The id names the message and the
/// user, so queueing the same message twice replaces the job instead of doubling it.
pub fn push_jobs(outcome: &AppendOutcome, offline: &[UserId], now_ms: i64) -> Vec<PushJob> {
    let m = &outcome.message;
    offline
        .iter()
        .filter(|u| u.as_str() != m.sender_id)
        .map(|user| PushJob {
            id: format!("{}-{}-{}", m.channel_id, m.seq, user),
            user: user.clone(),
            channel: ChannelId(m.channel_id.clone()),
            seq: m.seq,
            sender: UserId(m.sender_id.clone()),
            preview: m.body.chars().take(PUSH_PREVIEW_CHARS).collect(),
            attempts: 0,
            next_attempt_ms: now_ms,
            created_at_ms: now_ms,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cursor;
    use tern_proto::v1::Message;

    #[test]
    fn the_sender_is_left_out_and_the_preview_is_short() {
        let message = Message {
            channel_id: "c".into(),
            seq: 4,
            sender_id: "a".into(),
            body: "é".repeat(PUSH_PREVIEW_CHARS + 10),
            ..Message::default()
        };
        let outcome = AppendOutcome {
            message,
            cursor: Cursor::START,
            duplicate: false,
            members: vec![].into(),
            prev_cursor: None,
        };
        let jobs = push_jobs(&outcome, &[UserId::from("a"), UserId::from("b")], 5);
        assert_eq!(jobs.len(), 1);
        assert_eq!((jobs[0].id.as_str(), jobs[0].user.as_str(), jobs[0].next_attempt_ms), ("c-4-b", "b", 5));
        assert_eq!(jobs[0].preview.chars().count(), PUSH_PREVIEW_CHARS);
    }
}
