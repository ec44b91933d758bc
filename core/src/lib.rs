//! Tern's domain, free of sockets: the session state machine, message sequencing rules,
//! presence, routing plans, and the ports (`Store`, `Directory`, `Notifier`) with their
//! embedded adapters. The gateway moves bytes; everything that decides lives here.

pub mod directory;
pub mod error;
pub mod model;
pub mod notifier;
pub mod rate;
pub mod routing;
pub mod session;
pub mod store;
pub mod time;
pub mod token;

pub use error::StoreError;
pub use model::{ChannelId, Cursor, DeviceId, UserId};
