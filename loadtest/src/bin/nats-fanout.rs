//! The fan-out benchmark against nats-server, for a side-by-side reference: one publisher
//! and N subscribers of one subject over NATS's WebSocket listener, the same shape as
//! `tern-loadtest --scenario fanout` (one sender, N receivers, a body of B bytes at R
//! messages/s, open loop). NATS keeps nothing: it is the floor of the wire, not a chat
//! server. Prints one JSON object: deliveries/s, the server's CPU per delivery (from
//! /proc/PID/stat), and publish→deliver latency.

#[path = "../proc_stats.rs"]
#[allow(dead_code)]
mod proc_stats;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use futures::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use tokio_tungstenite::tungstenite::Message;

#[derive(Parser)]
#[command(about = "Fan-out load against nats-server's WebSocket listener (one publisher, N subscribers)")]
struct Args {
    /// ws://host:port of nats-server's websocket listener (loopback only).
    #[arg(long)]
    url: String,
    #[arg(long, default_value_t = 99)]
    receivers: usize,
    /// Messages per second from the one publisher.
    #[arg(long, default_value_t = 100.0)]
    rate: f64,
    /// Seconds of publishing (at most 600).
    #[arg(long, default_value_t = 20)]
    duration: u64,
    /// Payload bytes (at least 24).
    #[arg(long, default_value_t = 100)]
    body: usize,
    /// nats-server's PID, for its CPU.
    #[arg(long)]
    server_pid: i32,
}

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(url: &str, subscribe: bool) -> anyhow::Result<Ws> {
    let (mut ws, _) = tokio_tungstenite::connect_async_with_config(url, None, true).await.context("connect")?;
    let mut hello = String::from("CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1}\r\n");
    if subscribe {
        hello.push_str("SUB fan 1\r\n");
    }
    hello.push_str("PING\r\n");
    ws.send(Message::Binary(hello.into_bytes().into())).await?;
    // Until the PONG: the subscription is in place.
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("PONG") {
        match ws.next().await.context("closed during the handshake")?? {
            Message::Binary(b) => seen.extend_from_slice(&b),
            Message::Text(t) => seen.extend_from_slice(t.as_bytes()),
            _ => {}
        }
    }
    Ok(ws)
}

fn now_ns(epoch: Instant) -> u64 {
    epoch.elapsed().as_nanos() as u64
}

/// Reads NATS protocol ops: counts MSG payloads (each starts with its send time in ns),
/// answers the server's PINGs.
async fn receive(
    mut ws: Ws,
    epoch: Instant,
    latencies: Arc<std::sync::Mutex<Histogram<u64>>>,
    delivered: Arc<AtomicU64>,
) {
    let mut buf: Vec<u8> = Vec::new();
    let mut local = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("bounds");
    while let Some(Ok(m)) = ws.next().await {
        let bytes = match m {
            Message::Binary(b) => b.to_vec(),
            Message::Text(t) => t.as_bytes().to_vec(),
            Message::Close(_) => break,
            _ => continue,
        };
        buf.extend_from_slice(&bytes);
        let mut at = 0;
        while let Some(eol) = buf[at..].windows(2).position(|w| w == b"\r\n") {
            let line = &buf[at..at + eol];
            if let Some(rest) = line.strip_prefix(b"MSG ") {
                let size: usize = std::str::from_utf8(rest)
                    .ok()
                    .and_then(|r| r.split(' ').next_back())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                let start = at + eol + 2;
                if buf.len() < start + size + 2 {
                    break;
                }
                let payload = &buf[start..start + size];
                if let Some(sent) =
                    std::str::from_utf8(&payload[..20.min(size)]).ok().and_then(|s| s.trim().parse::<u64>().ok())
                {
                    let _ = local.record((now_ns(epoch).saturating_sub(sent) / 1000).max(1));
                }
                delivered.fetch_add(1, Relaxed);
                at = start + size + 2;
            } else {
                if line == b"PING" {
                    let _ = ws.send(Message::Binary(b"PONG\r\n".to_vec().into())).await;
                }
                at += eol + 2;
            }
        }
        buf.drain(..at);
        if !local.is_empty() {
            latencies.lock().expect("histogram").add(&local).expect("same bounds");
            local.reset();
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if !args.url.starts_with("ws://127.") && !args.url.starts_with("ws://localhost") {
        bail!("loopback targets only");
    }
    if args.duration > 600 || args.body < 24 {
        bail!("--duration at most 600, --body at least 24");
    }
    let epoch = Instant::now();
    let latencies = Arc::new(std::sync::Mutex::new(Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?));
    let delivered = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..args.receivers {
        let ws = connect(&args.url, true).await?;
        tasks.push(tokio::spawn(receive(ws, epoch, latencies.clone(), delivered.clone())));
    }
    let mut publisher = connect(&args.url, false).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;

    let before = proc_stats::sample(args.server_pid);
    let started = Instant::now();
    let total = (args.rate * args.duration as f64) as u64;
    for k in 0..total {
        let due = started + Duration::from_secs_f64(k as f64 / args.rate);
        tokio::time::sleep_until(due.into()).await;
        // Stamped with when it was due (open loop), padded to the body size.
        let mut payload = format!("{:<20}", (due - epoch).as_nanos() as u64).into_bytes();
        payload.resize(args.body, b'x');
        let mut op = format!("PUB fan {}\r\n", payload.len()).into_bytes();
        op.extend_from_slice(&payload);
        op.extend_from_slice(b"\r\n");
        publisher.send(Message::Binary(op.into())).await?;
    }
    // Until deliveries stop for a second (at most 10 s).
    let expected = total * args.receivers as u64;
    let deadline = Instant::now() + Duration::from_secs(10);
    while delivered.load(Relaxed) < expected && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let wall = started.elapsed().as_secs_f64();
    let after = proc_stats::sample(args.server_pid);
    let cpu = proc_stats::cpu_seconds(&before, &after).unwrap_or(0.0);
    drop(publisher);
    for t in &tasks {
        t.abort();
    }
    let got = delivered.load(Relaxed);
    let h = latencies.lock().expect("histogram").clone();
    println!(
        "{}",
        serde_json::json!({
            "target": "nats-server",
            "rate": args.rate, "receivers": args.receivers, "body": args.body,
            "deliveries": got, "expected": expected,
            "delivered_per_s": (got as f64 / wall).round(),
            "server_cpu_us_per_delivery": ((cpu * 1e6 / got.max(1) as f64) * 100.0).round() / 100.0,
            "server_cores": (cpu / wall * 100.0).round() / 100.0,
            "latency_us": { "p50": h.value_at_quantile(0.5), "p99": h.value_at_quantile(0.99), "max": h.max() },
        })
    );
    Ok(())
}
