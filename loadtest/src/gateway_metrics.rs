//! The gateways' own counters around the measured phase (`GET /metrics`): how many frames
//! each write carried and how many deliveries were written, to set beside the CPU the
//! process used.

use serde::Serialize;
use tern_client::RestClient;
use tern_client::rest::Method;

use crate::net::Targets;

/// What one gateway reported, summed over its series.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Counters {
    /// Writes (flushes) of sessions that carried at least one frame.
    pub writes: f64,
    /// Frames those writes carried.
    pub frames: f64,
    /// Deliver frames written to sessions.
    pub deliveries: f64,
}

/// One gateway's counters over the measured phase.
#[derive(Clone, Debug, Serialize)]
pub struct Delta {
    pub gateway: String,
    pub writes: f64,
    pub deliveries_written: f64,
    /// Frames per write, on average: near 1 when every frame has a write of its own.
    pub frames_per_write: Option<f64>,
}

/// The sum of every series of `name` whose labels include all of `labels`.
fn sum(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(' '))
        .filter(|(series, _)| {
            let (n, rest) = series.split_once('{').unwrap_or((series, ""));
            n == name
                && labels
                    .iter()
                    .all(|(k, v)| rest.split(',').any(|p| p.trim_end_matches('}') == format!("{k}=\"{v}\"")))
        })
        .filter_map(|(_, v)| v.parse::<f64>().ok())
        .sum()
}

/// Every target gateway's counters now; `None` for one that did not answer.
pub async fn read(targets: &Targets) -> Vec<(String, Option<Counters>)> {
    let mut out = Vec::new();
    for gw in &targets.initial {
        let counters = match RestClient::new(gw.clone()) {
            Ok(rest) => match rest.call(Method::GET, "/metrics", None, None).await {
                Ok(serde_json::Value::String(text)) => Some(Counters {
                    writes: sum(&text, "tern_frames_per_write_count", &[]),
                    frames: sum(&text, "tern_frames_per_write_sum", &[]),
                    deliveries: sum(&text, "tern_frames_out_total", &[("type", "deliver")]),
                }),
                _ => None,
            },
            Err(_) => None,
        };
        out.push((gw.url.clone(), counters));
    }
    out
}

/// What happened between two readings.
pub fn delta(before: &[(String, Option<Counters>)], after: &[(String, Option<Counters>)]) -> Vec<Delta> {
    before
        .iter()
        .zip(after)
        .filter_map(|((gateway, b), (_, a))| {
            let (b, a) = ((*b)?, (*a)?);
            let (writes, frames) = (a.writes - b.writes, a.frames - b.frames);
            Some(Delta {
                gateway: gateway.clone(),
                writes,
                deliveries_written: a.deliveries - b.deliveries,
                frames_per_write: (writes > 0.0).then(|| (frames / writes * 100.0).round() / 100.0),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_series_by_name_and_labels() {
        let text = "# HELP x\ntern_frames_out_total{type=\"deliver\",gateway=\"g\"} 7\n\
                    tern_frames_out_total{type=\"ack\",gateway=\"g\"} 3\ntern_frames_per_write_sum 12\n";
        assert_eq!(sum(text, "tern_frames_out_total", &[("type", "deliver")]), 7.0);
        assert_eq!(sum(text, "tern_frames_out_total", &[]), 10.0);
        assert_eq!(sum(text, "tern_frames_per_write_sum", &[]), 12.0);
        assert_eq!(sum(text, "absent", &[]), 0.0);
    }
}
