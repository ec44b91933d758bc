//! The domain's error type, mapped once to the wire's error codes.

use tern_proto::v1::ErrorCode;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum StoreError {
    #[error("username is taken")]
    UsernameTaken,
    #[error("unknown user {0}")]
    UnknownUser(String),
    #[error("unknown channel {0}")]
    UnknownChannel(String),
    #[error("not a member of this channel")]
    NotAMember,
    #[error("a group holds at most {max} members")]
    GroupFull { max: usize },
    #[error("message body is empty")]
    BodyEmpty,
    #[error("message body has {chars} characters; at most 100000 are allowed")]
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

impl StoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::UsernameTaken | StoreError::InvalidArgument(_) => ErrorCode::InvalidArgument,
            StoreError::UnknownUser(_) => ErrorCode::InvalidArgument,
            StoreError::UnknownChannel(_) => ErrorCode::UnknownChannel,
            StoreError::NotAMember => ErrorCode::NotAMember,
            StoreError::GroupFull { .. } => ErrorCode::GroupFull,
            StoreError::BodyEmpty => ErrorCode::BodyEmpty,
            StoreError::BodyTooLarge { .. } => ErrorCode::BodyTooLarge,
            StoreError::Unavailable(_) => ErrorCode::Unavailable,
            StoreError::Corrupt(_) => ErrorCode::Internal,
        }
    }

    /// Whether retrying the same operation may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}
