//! The push jobs a message owes the members who have no online device.

use crate::limits::PUSH_PREVIEW_CHARS;
use crate::model::{AppendOutcome, ChannelId, PushJob, UserId};

/// One job per offline member but the sender, due `coalesce_ms` from now: the store folds it
/// into the member's waiting job if there is one (`PushJob::absorb`), so the member gets one
/// notification per burst. Group events, edits and deletes owe no notification: they change
/// what the member already has, or will see when they open the chat.
pub fn push_jobs(outcome: &AppendOutcome, offline: &[UserId], now_ms: i64, coalesce_ms: i64) -> Vec<PushJob> {
    let m = &outcome.message;
    if m.event.is_some() || m.edit_of != 0 || m.delete_of != 0 {
        return Vec::new();
    }
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
            count: 1,
            attempts: 0,
            next_attempt_ms: now_ms + coalesce_ms.max(0),
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
        let jobs = push_jobs(&outcome, &[UserId::from("a"), UserId::from("b")], 5, 1_000);
        assert_eq!(jobs.len(), 1);
        assert_eq!((jobs[0].id.as_str(), jobs[0].user.as_str(), jobs[0].next_attempt_ms), ("c-4-b", "b", 1_005));
        assert_eq!((jobs[0].count, jobs[0].created_at_ms), (1, 5));
        assert_eq!(jobs[0].preview.chars().count(), PUSH_PREVIEW_CHARS);
    }

    #[test]
    fn events_edits_and_deletes_owe_no_notification() {
        let offline = [UserId::from("b")];
        let with = |m: Message| AppendOutcome {
            message: Message { channel_id: "c".into(), seq: 9, sender_id: "a".into(), ..m },
            cursor: Cursor::START,
            duplicate: false,
            members: vec![].into(),
            prev_cursor: None,
        };
        assert!(push_jobs(&with(Message { edit_of: 3, ..Message::default() }), &offline, 0, 0).is_empty());
        assert!(push_jobs(&with(Message { delete_of: 3, ..Message::default() }), &offline, 0, 0).is_empty());
        let event = Message { event: Some(tern_proto::v1::ChannelEvent::default()), ..Message::default() };
        assert!(push_jobs(&with(event), &offline, 0, 0).is_empty());
        assert_eq!(push_jobs(&with(Message::default()), &offline, 0, 0).len(), 1);
    }
}
