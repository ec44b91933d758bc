//! The Rust client of Tern's protocol over WebTransport and WebSocket, and the REST helpers
//! around it. The load generator drives it; the end-to-end tests use it as their client.

pub mod client;
pub mod rest;

pub use client::{ChatClient, Connection, Transport};
pub use rest::{Gateway, RestClient};
