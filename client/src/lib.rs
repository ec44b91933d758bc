//! The Rust client of Tern: one session over WebTransport or WebSocket (`connection`), a chat
//! client on it that matches answers to requests (`chat`), and the REST API (`rest`). The load
//! generator drives it; the end-to-end tests use it as their client.

pub mod chat;
pub mod connection;
pub mod rest;

pub use chat::{Answer, ChatClient};
pub use connection::{Connection, Event, Transport};
pub use rest::{GatewayAddr, RestClient};
