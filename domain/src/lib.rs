//! Tern's domain, free of I/O: no runtime, socket, clock or database crate is in its
//! dependency tree, so "the domain knows no sockets" is a fact the compiler checks.
//!
//! - `session`: a client session as a sans-IO state machine (frames and time in, frames and
//!   effects out), with every timer behind one `poll_timeout`;
//! - `model` and `limits`: identifiers, records, and the rules that decide what may be stored;
//! - `delivery`: after a commit, who gets a message and how (frames, plans, push jobs, peer
//!   frames, presence on the wire);
//! - `ports`: what the domain needs from outside (`Store`, `Directory`, `Notifier`);
//! - `token` and `rate`: session tokens and rate buckets.

pub mod delivery;
pub mod error;
pub mod limits;
pub mod model;
pub mod ports;
pub mod rate;
pub mod session;
pub mod token;

pub use error::DomainError;
pub use model::{ChannelId, Cursor, DeviceId, UserId};
