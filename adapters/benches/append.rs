//! Appends per second through the embedded store's group commit, with fsync on, for 1:1
//! channels and 100-member groups. Many concurrent appenders (as many sessions would be)
//! let the single writer batch them; each iteration measures `APPENDS` appends.
//!
//! Run: `cargo bench -p tern-adapters --bench append`

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tern_adapters::store::embedded::{Durability, EmbeddedStore};
use tern_domain::model::{AppendRequest, ChannelId, NewUser, UserId};
use tern_domain::ports::store::{Accounts, Channels, Messages};

const APPENDS: usize = 20_000;
const CONCURRENCY: usize = 512;

struct Fixture {
    store: Arc<EmbeddedStore>,
    /// (channel, a member who sends)
    channels: Vec<(ChannelId, UserId)>,
    _dir: tempfile::TempDir,
}

async fn fixture(members: usize, channels: usize, durability: Durability) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(EmbeddedStore::open(dir.path(), durability).unwrap());
    let mut users = Vec::new();
    let user_count = if members == 2 { channels * 2 } else { members * 2 };
    for i in 0..user_count {
        let u = store
            .create_user(NewUser {
                username: format!("user{i}"),
                display_name: String::new(),
                password_hash: "x".into(),
            })
            .await
            .unwrap();
        users.push(u.id);
    }
    let mut out = Vec::new();
    for c in 0..channels {
        let info = if members == 2 {
            let owner = &users[2 * c];
            let info = store.open_direct(owner.clone(), users[2 * c + 1].clone()).await.unwrap();
            out.push((info.channel.id, owner.clone()));
            continue;
        } else {
            let owner = &users[c % users.len()];
            let others: Vec<_> = users.iter().filter(|u| *u != owner).take(members - 1).cloned().collect();
            (store.create_group(owner.clone(), "bench".into(), others).await.unwrap(), owner)
        };
        out.push((info.0.channel.id, info.1.clone()));
    }
    Fixture { store, channels: out, _dir: dir }
}

async fn run(f: &Fixture, round: usize) -> Duration {
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(CONCURRENCY);
    for t in 0..CONCURRENCY {
        let store = f.store.clone();
        let channels = f.channels.clone();
        tasks.push(tokio::spawn(async move {
            for i in (t..APPENDS).step_by(CONCURRENCY) {
                let (channel, sender) = &channels[i % channels.len()];
                let req = AppendRequest {
                    channel: channel.clone(),
                    sender: sender.clone(),
                    client_msg_id: format!("r{round}-{i}"),
                    body: "a typical short chat message, about sixty bytes long.".into(),
                    event: None,
                    change: None,
                };
                store.append(req).await.unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    start.elapsed()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let mut group = c.benchmark_group("embedded_append");
    group.throughput(Throughput::Elements(APPENDS as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for (name, members, channels, durability) in [
        ("2_members_fsync", 2, 1000, Durability::Fsync),
        ("100_members_fsync", 100, 20, Durability::Fsync),
        ("2_members_buffered", 2, 1000, Durability::Buffered),
    ] {
        let f = rt.block_on(fixture(members, channels, durability));
        let mut round = 0;
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    round += 1;
                    total += rt.block_on(run(&f, round));
                }
                total
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
