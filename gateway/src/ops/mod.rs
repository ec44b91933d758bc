//! Operating the gateway: telemetry (logs, metrics, trace context), readiness checks, the
//! drain, and the admin API.

pub mod admin;
pub mod drain;
pub mod health;
pub mod telemetry;
pub mod traces;
