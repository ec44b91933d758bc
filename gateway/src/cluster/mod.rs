//! This gateway among the others: the fan-out of a commit to local sessions, other gateways
//! and push (`fanout`), the peer links out and in (`links`, `link_in`), the registry entry
//! and device leases (`announce`), and discovery for clients (`discovery`).

pub mod announce;
pub mod discovery;
pub mod fanout;
pub mod kick;
pub mod link_in;
pub mod links;
