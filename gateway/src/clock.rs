//! The gateway's clock: the domain takes time as a parameter, and this is where it is read.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use tern_domain::session::Now;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// Seconds since the Unix epoch (token expiry).
pub fn now_s() -> i64 {
    now_ms() / 1000
}

/// The moment, as the session is fed it.
pub fn now() -> Now {
    Now { at: Instant::now(), unix_ms: now_ms() }
}
