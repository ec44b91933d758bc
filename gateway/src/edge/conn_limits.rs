//! Per-IP connection-rate limiting, shared by both transports.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tern_domain::rate::TokenBucket;

pub struct ConnLimiter {
    per_second: f64,
    burst: u32,
    buckets: Mutex<(HashMap<IpAddr, TokenBucket>, Instant)>,
}

impl ConnLimiter {
    pub fn new(per_second: f64, burst: u32) -> Self {
        Self { per_second, burst, buckets: Mutex::new((HashMap::new(), Instant::now())) }
    }

    /// Whether a new connection from `ip` may proceed now.
    pub fn allow(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let mut guard = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (buckets, swept) = &mut *guard;
        // Forget addresses now and then so the map cannot grow without bound; a forgotten
        // address starts again with a full bucket, which is what a quiet address has anyway.
        if now.duration_since(*swept) > Duration::from_secs(60) {
            buckets.clear();
            *swept = now;
        }
        let allowed = buckets.entry(ip).or_insert_with(|| TokenBucket::new(self.per_second, self.burst)).try_take(now);
        if !allowed {
            metrics::counter!("tern_errors_total", "code" => "CONNECTION_RATE_LIMITED").increment(1);
        }
        allowed
    }
}
