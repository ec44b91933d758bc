//! The report as a self-contained HTML page with inline SVG charts (no script, no external
//! file), so it can be archived and opened anywhere.

use std::fmt::Write as _;

use super::Report;
use crate::metrics::{LatencySummary, TimelinePoint};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A round axis maximum at or above `v`: 1, 2 or 5 times a power of ten.
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if v <= m * p {
            return m * p;
        }
    }
    10.0 * p
}

fn fmt_num(v: f64) -> String {
    if v >= 100.0 || v == v.trunc() { format!("{v:.0}") } else { format!("{v:.2}") }
}

const W: f64 = 760.0;
const H: f64 = 340.0;
const L: f64 = 64.0;
const R: f64 = 50.0;
const T: f64 = 20.0;
const B: f64 = 44.0;

struct Series<'a> {
    name: &'a str,
    color: &'a str,
    /// SVG stroke-dasharray ("" for a solid line).
    dash: &'a str,
    points: Vec<(f64, f64)>,
}

/// A line chart: x from 0 to `x_max` (labelled by `x_ticks`), y from 0 to a round maximum.
fn line_chart(
    title: &str,
    y_label: &str,
    x_ticks: &[(f64, String)],
    x_max: f64,
    series: &[Series<'_>],
    markers: &[(f64, String)],
) -> String {
    let y_max = nice_max(series.iter().flat_map(|s| s.points.iter().map(|p| p.1)).fold(0.0, f64::max));
    let px = |x: f64| L + (x / x_max.max(1e-9)) * (W - L - R);
    let py = |y: f64| H - B - (y / y_max) * (H - T - B);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(svg, r##"<title>{}</title><rect width="{W}" height="{H}" fill="#fff"/>"##, esc(title));
    for i in 0..=5 {
        let y = y_max * i as f64 / 5.0;
        let _ = write!(
            svg,
            r##"<line x1="{L}" x2="{}" y1="{y1:.1}" y2="{y1:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" text-anchor="end">{}</text>"##,
            W - R,
            L - 6.0,
            py(y) + 4.0,
            fmt_num(y),
            y1 = py(y)
        );
    }
    for (x, label) in x_ticks {
        let _ = write!(
            svg,
            r##"<line x1="{x1:.1}" x2="{x1:.1}" y1="{T}" y2="{}" stroke="#eee"/><text x="{x1:.1}" y="{}" text-anchor="middle">{}</text>"##,
            H - B,
            H - B + 16.0,
            esc(label),
            x1 = px(*x)
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{L}" x2="{L}" y1="{T}" y2="{b}" stroke="#333"/><line x1="{L}" x2="{}" y1="{b}" y2="{b}" stroke="#333"/>"##,
        W - R,
        b = H - B
    );
    let _ = write!(
        svg,
        r#"<text transform="translate(14,{:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
        (H - B + T) / 2.0,
        esc(y_label)
    );
    for (x, label) in markers {
        let _ = write!(
            svg,
            r##"<line x1="{x1:.1}" x2="{x1:.1}" y1="{T}" y2="{}" stroke="#c00" stroke-dasharray="4 3"/><text x="{:.1}" y="{}" fill="#c00">{}</text>"##,
            H - B,
            px(*x) + 3.0,
            T + 12.0,
            esc(label),
            x1 = px(*x)
        );
    }
    for s in series {
        if s.points.is_empty() {
            continue;
        }
        let pts: Vec<String> = s.points.iter().map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y))).collect();
        let _ = write!(
            svg,
            r#"<polyline fill="none" stroke="{}" stroke-width="2" stroke-dasharray="{}" points="{}"/>"#,
            s.color,
            s.dash,
            pts.join(" ")
        );
    }
    for (i, s) in series.iter().enumerate() {
        let x = L + 10.0 + i as f64 * 170.0;
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{}" width="12" height="3" fill="{}"/><text x="{}" y="{}">{}</text>"#,
            H - 12.0,
            s.color,
            x + 16.0,
            H - 8.0,
            esc(s.name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Latency by percentile, on the usual log(1 / (1 - p)) axis.
pub fn percentile_svg(r: &Report) -> String {
    let to_points = |s: &LatencySummary| -> Vec<(f64, f64)> {
        s.curve
            .iter()
            .map(|(p, us)| {
                let tail = (1.0 - p / 100.0).max(1e-5);
                ((1.0 / tail).log10().min(5.0), *us as f64 / 1000.0)
            })
            .collect()
    };
    let ticks: Vec<(f64, String)> = ["0%", "90%", "99%", "99.9%", "99.99%", "99.999%"]
        .iter()
        .enumerate()
        .map(|(i, l)| (i as f64, l.to_string()))
        .collect();
    line_chart(
        "Latency by percentile",
        "latency (ms)",
        &ticks,
        5.0,
        &[
            Series { name: "send → ack", color: "#1f77b4", dash: "", points: to_points(&r.latency_us.send_ack) },
            Series {
                name: "send → deliver",
                color: "#ff7f0e",
                dash: "",
                points: to_points(&r.latency_us.send_deliver),
            },
        ],
        &[],
    )
}

/// Sends and acks (first chart) and deliveries (second) per second over the measured phase,
/// chaos events marked. Two charts: a group's deliveries outnumber its sends a hundredfold.
pub fn throughput_svgs(r: &Report) -> [String; 2] {
    let x_max = (r.timeline.len() as f64).max(1.0);
    let step = nice_max(x_max / 10.0).max(1.0);
    let mut ticks = Vec::new();
    let mut x = 0.0;
    while x <= x_max + 1e-9 {
        ticks.push((x, format!("{x:.0}s")));
        x += step;
    }
    let line = |f: fn(&TimelinePoint) -> u64| -> Vec<(f64, f64)> {
        r.timeline.iter().map(|p| (p.t as f64 + 0.5, f(p) as f64)).collect()
    };
    let markers: Vec<(f64, String)> =
        r.chaos.iter().map(|c| (c.at_s, format!("{:?} {}", c.action, c.pid).to_lowercase())).collect();
    [
        line_chart(
            "Sends and acks over time",
            "messages per second",
            &ticks,
            x_max,
            &[
                Series { name: "sent/s", color: "#1f77b4", dash: "", points: line(|p| p.sent) },
                Series { name: "acked/s", color: "#2ca02c", dash: "6 4", points: line(|p| p.acked) },
                Series { name: "errors/s", color: "#d62728", dash: "", points: line(|p| p.errors) },
            ],
            &markers,
        ),
        line_chart(
            "Deliveries over time",
            "deliveries per second",
            &ticks,
            x_max,
            &[Series { name: "delivered/s", color: "#ff7f0e", dash: "", points: line(|p| p.delivered) }],
            &markers,
        ),
    ]
}

fn table(rows: &[(&str, String)]) -> String {
    let mut t = String::from("<table>");
    for (k, v) in rows {
        let _ = write!(t, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
    }
    t.push_str("</table>");
    t
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or("–".to_owned(), ToString::to_string)
}

pub fn html(r: &Report) -> String {
    let lat = |name: &str, s: &LatencySummary| {
        format!(
            "<tr><th>{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(name),
            s.count,
            s.p50,
            s.p90,
            s.p99,
            s.p99_9,
            s.max
        )
    };
    let a = &r.audit;
    let verdict = if r.passed { "<b class=ok>PASSED</b>" } else { "<b class=bad>FAILED</b>" };
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Tern load test: {} scenario {}</h1><p>{} · gateways: {}</p>",
        esc(&r.measured_phase.scenario),
        verdict,
        esc(&r.tool),
        esc(&r.gateways.join(", "))
    );
    body.push_str("<h2>Setup</h2>");
    body.push_str(&table(&[
        ("users × devices", format!("{} × {}", r.config.users, r.config.devices)),
        ("transports", format!("{} WebTransport, {} WebSocket", r.connections.webtransport, r.connections.websocket)),
        ("channels", format!("{} 1:1, {} groups", r.provisioning.direct_channels, r.provisioning.groups)),
        (
            "accounts",
            format!(
                "{} signups/logins in {:.1} s ({:.1}/s)",
                r.provisioning.logins, r.provisioning.accounts_secs, r.provisioning.accounts_per_s
            ),
        ),
        (
            "connections",
            format!(
                "{}/{} in {:.1} s ({:.1}/s), setup p50 {} µs p99 {} µs",
                r.connections.phase.ready,
                r.connections.phase.devices,
                r.connections.phase.secs,
                r.connections.phase.per_s,
                r.connections.setup_latency_us.p50,
                r.connections.setup_latency_us.p99
            ),
        ),
        ("reconnects / sessions lost", format!("{} / {}", r.connections.reconnects, r.connections.sessions_lost)),
        (
            "reconnect wait p50 / p99 / max",
            format!(
                "{} / {} / {} µs",
                r.connections.reconnect_wait_us.p50,
                r.connections.reconnect_wait_us.p99,
                r.connections.reconnect_wait_us.max
            ),
        ),
        ("target rate", format!("{} msg/s for {} s", r.config.rate, r.config.duration)),
    ]));
    body.push_str("<h2>Latency (µs, from the scheduled send time)</h2><table><tr><th></th><th>count</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
    body.push_str(&lat("send → ack", &r.latency_us.send_ack));
    body.push_str(&lat("send → deliver", &r.latency_us.send_deliver));
    body.push_str("</table>");
    body.push_str(&percentile_svg(r));
    body.push_str("<h2>Throughput</h2>");
    body.push_str(&table(&[
        ("sent", format!("{} ({:.1}/s), resent {}", r.sends.sent, r.throughput.sent_per_s, r.sends.resent)),
        (
            "acked",
            format!("{} ({:.1}/s), duplicate acks {}", r.sends.acked, r.throughput.acked_per_s, r.sends.duplicate_acks),
        ),
        (
            "delivered",
            format!(
                "{} ({:.1}/s; median {:.0}/s while sending)",
                r.throughput.deliveries, r.throughput.delivered_per_s, r.throughput.delivered_per_s_median
            ),
        ),
        (
            "gave up / unacked at end / unsent",
            format!("{} / {} / {}", r.sends.gave_up, r.sends.unacked_at_end, r.sends.unsent),
        ),
    ]));
    for svg in throughput_svgs(r) {
        body.push_str(&svg);
    }
    body.push_str("<h2>Audit</h2>");
    body.push_str(&table(&[
        ("acked messages", a.acked_messages.to_string()),
        ("lost (device, message)", format!("{} ({} messages)", a.lost, a.lost_messages)),
        ("duplicated", a.duplicated.to_string()),
        ("out of order", a.out_of_order.to_string()),
        ("recovered by final sync (not live)", a.recovered_by_final_sync.to_string()),
        ("replayed after gap fill", a.replayed_after_gap_fill.to_string()),
        ("committed, unacked", a.committed_unacked.to_string()),
        (
            "other checks",
            format!(
                "ack conflicts {}, final-sync duplicates {}, phantom {}, mismatched {}, seq gaps {}, wrong recipient {}",
                a.ack_conflicts, a.final_sync_duplicates, a.phantom, a.mismatched, a.seq_gaps, a.wrong_recipient
            ),
        ),
        ("devices synced / failed", format!("{} / {}", a.devices_synced, a.devices_sync_failed)),
    ]));
    if !a.examples.is_empty() {
        let _ = write!(body, "<pre>{}</pre>", esc(&a.examples.join("\n")));
    }
    body.push_str("<h2>Errors</h2>");
    let mut rows: Vec<(&str, String)> = Vec::new();
    for (k, v) in &r.errors.server {
        rows.push((k.as_str(), v.to_string()));
    }
    for (k, v) in &r.errors.client {
        rows.push((k.as_str(), v.to_string()));
    }
    if rows.is_empty() {
        body.push_str("<p>none</p>");
    } else {
        body.push_str(&table(&rows));
    }
    if !r.gateway_processes.is_empty() {
        body.push_str("<h2>Gateway processes</h2><table><tr><th>PID</th><th>RSS before (KiB)</th><th>connected</th><th>settled</th><th>end</th><th>CPU connect (s)</th><th>CPU measured (s)</th><th>CPU measured (% of a core)</th></tr>");
        for g in &r.gateway_processes {
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                g.pid,
                opt(&g.rss_before_kib),
                opt(&g.rss_connected_kib),
                opt(&g.rss_settled_kib),
                opt(&g.rss_end_kib),
                opt(&g.cpu_connect_s),
                opt(&g.cpu_measured_s),
                opt(&g.cpu_measured_percent)
            );
        }
        body.push_str("</table>");
        let _ = write!(body, "<p>RSS per connection: {} KiB</p>", opt(&r.rss_per_connection_kib));
    }
    if !r.notes.is_empty() {
        body.push_str("<h2>Notes</h2><ul>");
        for n in &r.notes {
            let _ = write!(body, "<li>{}</li>", esc(n));
        }
        body.push_str("</ul>");
    }
    let json = serde_json::to_string_pretty(r).unwrap_or_default();
    let _ = write!(body, "<details><summary>Full results (JSON)</summary><pre>{}</pre></details>", esc(&json));
    format!(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Tern load test</title><style>\
body{{font-family:sans-serif;max-width:900px;margin:2em auto;color:#222}}\
table{{border-collapse:collapse;margin:.5em 0 1em}}th,td{{border:1px solid #ccc;padding:3px 8px;text-align:left}}\
th{{background:#f4f4f4}}.ok{{color:#080}}.bad{{color:#c00}}pre{{background:#f8f8f8;padding:8px;overflow:auto}}\
svg{{display:block;margin:1em 0}}</style></head><body>{body}</body></html>\n"
    )
}
