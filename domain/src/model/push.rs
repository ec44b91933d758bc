//! Offline push: the notification a member with no online device is owed for a message.

use serde::{Deserialize, Serialize};

use super::{ChannelId, UserId};

/// A push notification to send to a user who had no online device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushJob {
    pub id: String,
    pub user: UserId,
    pub channel: ChannelId,
    pub seq: u64,
    pub sender: UserId,
    /// The first characters of the body, for the notification text.
    pub preview: String,
    pub attempts: u32,
    pub next_attempt_ms: i64,
    pub created_at_ms: i64,
}
