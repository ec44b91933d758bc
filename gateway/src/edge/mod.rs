//! The client edges: the two transports (WebTransport over QUIC, WebSocket over TLS), the
//! driver that executes one session's effects over either, this gateway's sessions (`hub`),
//! a session's sampled messages for their traces (`traced`), and the per-address connection
//! limit.

pub mod conn_limits;
pub mod driver;
#[cfg(test)]
mod driver_tests;
pub mod hub;
pub mod traced;
pub mod ws;
pub mod wt;
