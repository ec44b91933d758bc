//! The Tern gateway, as a library: the `tern` binary (`main.rs`) starts it, the fuzz targets
//! (`fuzz/`) reach its request parsing and configuration through it.
//!
//! The tree by role: `edge/` (the client transports and the session driver), `cluster/` (the
//! other gateways: fan-out, peer links, registry, discovery), `http/` (the REST API and the
//! page), `ops/` (telemetry, health, drain, admin API), `push/` (offline push); the shared
//! context in `context.rs`, start-up in `bootstrap.rs`, settings in `config/`.

pub mod bootstrap;
pub mod clock;
pub mod cluster;
pub mod config;
pub mod context;
pub mod edge;
pub mod http;
pub mod ops;
pub mod push;
pub mod revocations;
pub mod secrets;
pub mod tls;
