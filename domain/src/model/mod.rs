//! The domain's data: identifiers, accounts, channels, messages, push jobs, and the rules
//! that decide what may be stored.

mod account;
mod channel;
mod conversation;
mod ids;
mod message;
mod push;
mod read;
mod revocation;
mod social;

pub use account::{
    Credentials, NewUser, ProfileUpdate, User, validate_device_id, validate_display_name, validate_friendship,
    validate_new_display_name, validate_password, validate_username,
};
pub use channel::{Channel, ChannelInfo, ChannelKind, GroupChange, GroupChanged, MemberChange, Role, group_name};
pub use conversation::{Conversation, PageKey, conversation_page};
pub use ids::{ChannelId, Cursor, DeviceId, UserId};
pub use message::{
    AppendOutcome, AppendRequest, HistoryAnchor, HistoryPage, InboxPage, MessageChange, around_start, fit_around_page,
    validate_body, validate_client_msg_id,
};
pub use push::{PUSH_PARTITIONS, PushJob, coalesce_push, owned_partitions, push_partition};
pub use read::{DELIVERY_RECEIPT_MAX_MEMBERS, Position, Positions, ReadMark, ReadReceipt, check_read};
pub use revocation::Revocations;
pub use social::{FriendChange, Relation, RelationPair, Relations};
