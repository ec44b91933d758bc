//! The domain's error type: every refusal and failure a request can meet, from validation in
//! the session to a store that cannot commit. Mapped once to the wire's error codes (here)
//! and once to HTTP statuses (the gateway's `http/error.rs`).

use tern_proto::v1::ErrorCode;

use crate::limits::MAX_BODY_CHARS;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum DomainError {
    #[error("username is taken")]
    UsernameTaken,
    #[error("unknown user {0}")]
    UnknownUser(String),
    #[error("unknown channel {0}")]
    UnknownChannel(String),
    #[error("not a member of this channel")]
    NotAMember,
    /// One of two users blocked the other: no friend request, no new 1:1 chat, no message.
    #[error("one of you blocked the other")]
    Blocked,
    #[error("you are friends already")]
    AlreadyFriends,
    #[error("a friend request to this user is already pending")]
    AlreadyRequested,
    #[error("there is no such friend request")]
    NoFriendRequest,
    /// A member asked for what their role in the group does not allow.
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("a group holds at most {max} members")]
    GroupFull { max: usize },
    #[error("message body is empty")]
    BodyEmpty,
    #[error("message body has {chars} characters; at most {MAX_BODY_CHARS} are allowed")]
    BodyTooLarge { chars: usize },
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Transient: the same request may be retried (for sends: with the same client_msg_id).
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// Stored data could not be decoded: a bug or corruption, never the caller's fault.
    #[error("corrupt record: {0}")]
    Corrupt(String),
}

impl DomainError {
    pub fn code(&self) -> ErrorCode {
        match self {
            DomainError::UsernameTaken | DomainError::InvalidArgument(_) => ErrorCode::InvalidArgument,
            DomainError::UnknownUser(_) => ErrorCode::InvalidArgument,
            DomainError::UnknownChannel(_) => ErrorCode::UnknownChannel,
            DomainError::NotAMember => ErrorCode::NotAMember,
            DomainError::Forbidden(_) => ErrorCode::Forbidden,
            DomainError::Blocked => ErrorCode::Blocked,
            DomainError::AlreadyFriends | DomainError::AlreadyRequested | DomainError::NoFriendRequest => {
                ErrorCode::InvalidArgument
            }
            DomainError::GroupFull { .. } => ErrorCode::GroupFull,
            DomainError::BodyEmpty => ErrorCode::BodyEmpty,
            DomainError::BodyTooLarge { .. } => ErrorCode::BodyTooLarge,
            DomainError::Unavailable(_) => ErrorCode::Unavailable,
            DomainError::Corrupt(_) => ErrorCode::Internal,
        }
    }
}
