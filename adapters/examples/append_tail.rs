//! The embedded store's latency tail at a steady rate: appends to 2-member channels (or
//! groups) at a fixed rate, open loop, for a while, with memtables flushing and tables
//! compacting behind; prints each second's appends and worst latency, then p50/p99/p999/max
//! of append -> durable. This isolates the store from the gateway and the network when the
//! load test's send->ack tail needs explaining.
//!
//! ```sh
//! cargo run --release -p tern-adapters --example append_tail -- \
//!     --rate 5000 --secs 60 [--members 2|100] [--dir /path] [--buffered] [--prefill N] [--log-dir /path]
//! ```
//!
//! `--prefill N` first appends N messages as fast as the store takes them (to measure a grown
//! store); `--dir` keeps the store (a later run with the same dir measures it grown);
//! `--log-dir` puts the store's log elsewhere (on another device).

use std::sync::Arc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use tern_adapters::store::embedded::{Durability, EmbeddedStore, Options};
use tern_domain::model::{AppendRequest, ChannelId, NewUser, UserId};
use tern_domain::ports::store::{Accounts, Channels, Messages};
use tokio::sync::{Semaphore, mpsc};

struct Args {
    rate: u64,
    secs: u64,
    members: usize,
    dir: Option<std::path::PathBuf>,
    durability: Durability,
    prefill: u64,
    log_dir: Option<std::path::PathBuf>,
}

fn args() -> Args {
    let mut a =
        Args { rate: 5000, secs: 60, members: 2, dir: None, durability: Durability::Fsync, prefill: 0, log_dir: None };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--rate" => a.rate = value().parse().expect("--rate"),
            "--secs" => a.secs = value().parse().expect("--secs"),
            "--members" => a.members = value().parse().expect("--members"),
            "--dir" => a.dir = Some(value().into()),
            "--prefill" => a.prefill = value().parse().expect("--prefill"),
            "--buffered" => a.durability = Durability::Buffered,
            "--log-dir" => a.log_dir = Some(value().into()),
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

/// The channels appended to, with a member who sends: made once per store directory.
async fn channels(store: &EmbeddedStore, members: usize) -> Vec<(ChannelId, UserId)> {
    let count = if members == 2 { 2000 } else { 200 };
    let mut ids = Vec::with_capacity(count);
    for i in 0..count {
        let username = format!("tail-user-{i}");
        let user = match store.credentials(username.clone()).await.unwrap() {
            Some(existing) => existing.user,
            None => {
                let new = NewUser { username, display_name: String::new(), password_hash: "x".into() };
                store.create_user(new).await.unwrap()
            }
        };
        ids.push(user.id);
    }
    let mut out = Vec::new();
    if members == 2 {
        for pair in ids.chunks(2) {
            let info = store.open_direct(pair[0].clone(), pair[1].clone()).await.unwrap();
            out.push((info.channel.id, pair[0].clone()));
        }
    } else {
        // Groups are found again through their owner on a reused store.
        for (g, owner) in ids.iter().enumerate().take(20) {
            let existing = store.channels_of(owner.clone()).await.unwrap();
            let info = match existing.into_iter().find(|c| c.channel.name == format!("tail-{g}")) {
                Some(info) => info,
                None => {
                    let others: Vec<_> = ids.iter().filter(|u| *u != owner).take(members - 1).cloned().collect();
                    store.create_group(owner.clone(), format!("tail-{g}"), others).await.unwrap()
                }
            };
            out.push((info.channel.id, owner.clone()));
        }
    }
    out
}

fn request(channels: &[(ChannelId, UserId)], run: u64, i: u64) -> AppendRequest {
    let (channel, sender) = &channels[(i % channels.len() as u64) as usize];
    AppendRequest {
        channel: channel.clone(),
        sender: sender.clone(),
        client_msg_id: format!("t{run}-{i}"),
        body: "a typical short chat message, about sixty bytes long.".into(),
        event: None,
        change: None,
    }
}

fn main() {
    // fjall and lsm-tree log through `log` (a flush or compaction that fails says so here);
    // RUST_LOG picks what is shown, warnings by default.
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let a = args();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let tmp;
    let dir = match &a.dir {
        Some(d) => d.clone(),
        None => {
            tmp = tempfile::tempdir().unwrap();
            tmp.path().to_owned()
        }
    };
    rt.block_on(async {
        let options = Options { log_dir: a.log_dir.clone(), ..Options::new(a.durability) };
        let store = Arc::new(EmbeddedStore::open_with(&dir, &options).unwrap());
        let channels = Arc::new(channels(&store, a.members).await);
        let run: u64 = rand::random::<u32>().into();
        if a.prefill > 0 {
            let started = Instant::now();
            let in_flight = Arc::new(Semaphore::new(1024));
            for i in 0..a.prefill {
                let permit = in_flight.clone().acquire_owned().await.unwrap();
                let (store, channels) = (store.clone(), channels.clone());
                tokio::spawn(async move {
                    store.append(request(&channels, run ^ 0xffff, i)).await.unwrap();
                    drop(permit);
                });
                if i % 1_000_000 == 0 && i > 0 {
                    eprintln!("prefill: {i} in {:.0} s", started.elapsed().as_secs_f64());
                }
            }
            let _ = in_flight.acquire_many(1024).await.unwrap();
            eprintln!("prefill: {} appends in {:.1} s", a.prefill, started.elapsed().as_secs_f64());
        }
        let (done_tx, mut done_rx) = mpsc::unbounded_channel::<(u64, Duration)>();
        let interval = Duration::from_secs_f64(1.0 / a.rate as f64);
        let start = Instant::now();
        let total = a.rate * a.secs;
        let sender = {
            let (store, channels) = (store.clone(), channels.clone());
            tokio::spawn(async move {
                for i in 0..total {
                    // Open loop: each append is due at its own time, whatever came before.
                    let due = start + interval.mul_f64(i as f64);
                    tokio::time::sleep_until(due.into()).await;
                    let (store, channels, done) = (store.clone(), channels.clone(), done_tx.clone());
                    tokio::spawn(async move {
                        store.append(request(&channels, run, i)).await.unwrap();
                        let _ = done.send((i, due.elapsed()));
                    });
                }
            })
        };
        let mut all = Histogram::<u64>::new(3).unwrap();
        let mut second = Histogram::<u64>::new(3).unwrap();
        let mut next_report = start + Duration::from_secs(1);
        let mut received = 0;
        while received < total {
            let Ok(Some((_, took))) = tokio::time::timeout_at(next_report.into(), done_rx.recv()).await else {
                println!(
                    "t={:>4}s appends={:>6} p99={:>7.2}ms max={:>7.2}ms",
                    (next_report - start).as_secs(),
                    second.len(),
                    second.value_at_quantile(0.99) as f64 / 1000.0,
                    second.max() as f64 / 1000.0
                );
                second.reset();
                next_report += Duration::from_secs(1);
                continue;
            };
            let us = took.as_micros() as u64;
            all.record(us).unwrap();
            second.record(us).unwrap();
            received += 1;
        }
        sender.await.unwrap();
        let ms = |q: f64| all.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "appends={} rate={}/s p50={:.2}ms p99={:.2}ms p999={:.2}ms max={:.2}ms",
            all.len(),
            a.rate,
            ms(0.5),
            ms(0.99),
            ms(0.999),
            all.max() as f64 / 1000.0
        );
    });
}
