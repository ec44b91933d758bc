//! The embedded store under faults, through a real gateway: `kill -9` at random moments while
//! memtables flush and tables compact, and a disk that fills up and empties again.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use tern_client::{Answer, ChatClient, Connection, Transport};
use tern_proto::v1::{self, server_frame};
use tern_tests::{TernProcess, signup};

/// Every message of `channel`, by seq, read page by page over REST as `token`'s user.
async fn history(tern: &TernProcess, token: &str, channel: &str) -> BTreeMap<u64, (String, String)> {
    let rest = tern.rest();
    let mut out = BTreeMap::new();
    let mut after = 0;
    loop {
        let page = rest.history(token, channel, &format!("anchor=after&seq={after}&limit=200")).await.unwrap();
        let messages = page["messages"].as_array().unwrap();
        for m in messages {
            let seq = m["seq"].as_u64().unwrap();
            out.insert(seq, (m["client_msg_id"].as_str().unwrap().to_owned(), m["body"].as_str().unwrap().to_owned()));
            after = seq;
        }
        if messages.is_empty() || page["has_newer"] != true {
            return out;
        }
    }
}

/// Sends `id` until the gateway answers it (reconnecting while the gateway is down); the Ack.
async fn send_until_answered(
    tern: &std::sync::Mutex<tern_client::GatewayAddr>,
    login: &tern_client::rest::Login,
    device: &str,
    client: &mut Option<ChatClient>,
    channel: &str,
    id: &str,
) -> v1::Ack {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "{id} never acknowledged");
        if client.is_none() {
            let gateway = tern.lock().unwrap().clone();
            match Connection::connect(Transport::WebSocket, &gateway).await {
                Ok(conn) => {
                    let mut c = ChatClient::new(conn);
                    c.timeout = Duration::from_secs(5);
                    if c.authenticate(&login.token, device).await.is_ok() {
                        *client = Some(c);
                    }
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
            continue;
        }
        // A kilobyte each, so the 1 MiB memtables fill and flush many times under the kills
        // (the push outbox, which once wrote a job per message for the offline reader, now
        // folds them into one per burst and no longer fills them).
        let body = format!("body of {id} {}", "x".repeat(1000));
        match client.as_mut().expect("connected").send_message(channel, id, &body).await {
            Ok(Answer::Ok(server_frame::Kind::Ack(ack))) => return ack,
            // The gateway went down under the send, or was not ready: send it again.
            Ok(Answer::Err(e)) if e.code == v1::ErrorCode::Unavailable as i32 => {}
            Ok(other) => panic!("{id}: unexpected answer {other:?}"),
            Err(_) => *client = None,
        }
    }
}

/// Senders append to 1:1 chats and a group as fast as acks come back, while the gateway is
/// killed with SIGKILL at random moments: with 1 MiB memtables, the kills land during
/// flushes and compactions. After every restart the store must hold every acknowledged
/// message at the seq its Ack named, each channel's seqs must be dense, and a device reading
/// the inbox from the start must see each message once, cursors strictly increasing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_kill_9_during_flushes_and_compactions() {
    const KILLS: usize = 12;
    const SENDERS: usize = 6;
    let dir = tempfile::tempdir().unwrap();
    let flags = ["--memtable-mib", "1", "--send-rate", "100000", "--send-burst", "100000"];
    let mut tern = TernProcess::start(dir.path(), &flags).await.unwrap();
    let rest = tern.rest();
    let reader = signup(&rest, "reader", "r").await;
    let mut senders = Vec::new();
    let mut group_members = vec![reader.user_id()];
    for i in 0..SENDERS {
        let login = signup(&rest, &format!("s{i}"), "d").await;
        let direct = rest.open_direct(&login.token, &reader.user_id()).await.unwrap();
        group_members.push(login.user_id());
        senders.push((login, direct));
    }
    let group = rest.create_group(&reader.token, "kill", &group_members).await.unwrap();
    let gateway = std::sync::Arc::new(std::sync::Mutex::new(tern.gateway.clone()));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut tasks = Vec::new();
    for (i, (login, direct)) in senders.into_iter().enumerate() {
        let (gateway, stop, group) = (gateway.clone(), stop.clone(), group.clone());
        tasks.push(tokio::spawn(async move {
            let mut acked: Vec<(String, String, u64)> = Vec::new();
            let mut client = None;
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let channel = if n % 3 == 0 { &group } else { &direct };
                let id = format!("s{i}-{n}");
                let ack = send_until_answered(&gateway, &login, "d", &mut client, channel, &id).await;
                acked.push((channel.clone(), id, ack.seq));
            }
            (login, direct, acked)
        }));
    }
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..KILLS {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        tokio::time::sleep(Duration::from_millis(300 + rng % 1200)).await;
        tern.restart().await.unwrap(); // SIGKILL, then start again on the same data
        *gateway.lock().unwrap() = tern.gateway.clone();
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut acked_by_channel: HashMap<String, Vec<(String, u64)>> = HashMap::new();
    let mut total_acked = 0;
    for task in tasks {
        let (_, _, acked) = task.await.unwrap();
        total_acked += acked.len();
        for (channel, id, seq) in acked {
            acked_by_channel.entry(channel).or_default().push((id, seq));
        }
    }
    assert!(total_acked > 500, "only {total_acked} messages acknowledged: the load was too light to test much");
    // fjall's keyspaces record each flush and compaction as a new version (`v<N>` files).
    let versions = fjall_versions(&dir.path().join("store/keyspaces"));
    assert!(versions >= 10, "only {versions} table versions: memtables did not flush and compact under the kills");
    // One more crash after the last ack, then everything is read back.
    tern.restart().await.unwrap();
    let mut all_messages = 0;
    for (channel, acked) in &acked_by_channel {
        let stored = history(&tern, &reader.token, channel).await;
        let last = *stored.keys().last().unwrap();
        assert_eq!(stored.keys().copied().collect::<Vec<_>>(), (1..=last).collect::<Vec<_>>(), "{channel}: seqs dense");
        for (id, seq) in acked {
            assert_eq!(stored.get(seq).map(|(i, _)| i.as_str()), Some(id.as_str()), "{channel}: {id} at seq {seq}");
        }
        all_messages += stored.len();
    }
    // The reader's device with no cursor: the catch-up is the whole inbox.
    let mut fresh = ChatClient::new(Connection::connect(Transport::WebTransport, &tern.gateway).await.unwrap());
    let entries = fresh.authenticate(&reader.token, "r").await.unwrap();
    let cursors: Vec<_> = entries.iter().map(|e| e.cursor.clone()).collect();
    assert!(cursors.windows(2).all(|w| w[0] < w[1]), "cursors strictly increasing, none repeated");
    let mut seen = std::collections::HashSet::new();
    for e in &entries {
        let m = e.message.as_ref().unwrap();
        assert!(seen.insert((m.channel_id.clone(), m.seq)), "({}, {}) delivered twice", m.channel_id, m.seq);
    }
    assert_eq!(entries.len(), all_messages, "the inbox holds every message of the reader's channels once");
}
/// The highest fjall version (`v<N>` file) of any keyspace under `dir`.
fn fjall_versions(dir: &std::path::Path) -> u64 {
    let mut highest = 0;
    for keyspace in std::fs::read_dir(dir).unwrap() {
        for file in std::fs::read_dir(keyspace.unwrap().path()).unwrap() {
            let name = file.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(n) = name.strip_prefix('v').and_then(|n| n.parse::<u64>().ok()) {
                highest = highest.max(n);
            }
        }
    }
    highest
}

/// A tmpfs of `mib` MiB mounted on a fresh directory for the test's life (the mount needs
/// root; without it the test is skipped unless `TERN_REQUIRE_ROOT` says it must run).
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(mib: u64) -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m"), "tmpfs"])
            .arg(dir.path())
            .status();
        match status {
            Ok(s) if s.success() => Some(SmallDisk { dir }),
            _ => {
                assert!(std::env::var_os("TERN_REQUIRE_ROOT").is_none(), "TERN_REQUIRE_ROOT is set but mount failed");
                eprintln!("skipped: mounting a tmpfs needs root");
                None
            }
        }
    }

    fn free(&self) -> u64 {
        let stat = rustix::fs::statvfs(self.dir.path()).unwrap();
        stat.f_bavail * stat.f_frsize
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

/// The gateway's store on a 160 MiB disk: once the disk is nearly full, a send gets a typed
/// `UNAVAILABLE` error and no Ack, and nothing of it is stored; once space returns, the same
/// send is stored at the next seq, and every acknowledged message is there, before and after
/// a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_sends_with_a_typed_error_and_resumes_when_space_returns() {
    let Some(disk) = SmallDisk::mount(160) else { return };
    let mut tern = TernProcess::start(disk.dir.path(), &["--memtable-mib", "1"]).await.unwrap();
    let rest = tern.rest();
    let a = signup(&rest, "a", "d").await;
    let b = signup(&rest, "b", "d").await;
    let ch = rest.open_direct(&a.token, &b.user_id()).await.unwrap();
    let mut client = tern_tests::connect(&tern.gateway, Transport::WebSocket, &a, "d").await;
    for i in 1..=5 {
        assert_eq!(tern_tests::ack_seq(&client.send_message(&ch, &format!("m{i}"), "before").await.unwrap()), i);
    }
    // Fill the disk to within 20 MiB: less than the store keeps in reserve (2 log segments
    // and room to flush and compact every memtable).
    let filler = disk.dir.path().join("filler");
    let fill = disk.free().saturating_sub(20 << 20);
    std::fs::write(&filler, vec![0u8; fill as usize]).unwrap();
    for attempt in ["m6", "m6", "m7"] {
        let answer = client.send_message(&ch, attempt, "while full").await.unwrap();
        assert_eq!(answer.error_code(), Some(v1::ErrorCode::Unavailable), "{attempt}: {answer:?}");
    }
    let stored = history(&tern, &b.token, &ch).await;
    assert_eq!(stored.len(), 5, "nothing of the refused sends is stored");
    std::fs::remove_file(&filler).unwrap();
    assert_eq!(tern_tests::ack_seq(&client.send_message(&ch, "m6", "after").await.unwrap()), 6);
    assert_eq!(tern_tests::ack_seq(&client.send_message(&ch, "m7", "after").await.unwrap()), 7);
    tern.restart().await.unwrap();
    let stored = history(&tern, &b.token, &ch).await;
    let bodies: Vec<_> = stored.values().map(|(_, body)| body.as_str()).collect();
    assert_eq!(bodies, ["before", "before", "before", "before", "before", "after", "after"]);
}

/// The store's log in a directory of its own (`--store-log-dir`), through a real gateway:
/// the log is written there, acknowledged messages survive a `kill -9` and a restart with the
/// same setting, and a start with the log anywhere else (here: the default) is refused, naming
/// where the log is, and changes nothing: started with the setting again, every message is there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_log_in_its_own_directory_survives_kill_9_and_is_never_opened_elsewhere() {
    const MESSAGES: u64 = 50;
    let (dir, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let log = elsewhere.path().join("log");
    let segments = |d: &std::path::Path| {
        std::fs::read_dir(d).map(|e| e.flatten().filter(|f| f.path().extension().is_some_and(|x| x == "wal")).count())
    };
    let flags = ["--store-log-dir", log.to_str().unwrap()];
    let mut tern = TernProcess::start(dir.path(), &flags).await.unwrap();
    let rest = tern.rest();
    let (ana, ben) = (signup(&rest, "loga", "d").await, signup(&rest, "logb", "d").await);
    let direct = rest.open_direct(&ana.token, &ben.user_id()).await.unwrap();
    let mut client = tern_tests::connect(&tern.gateway, Transport::WebSocket, &ana, "d").await;
    for i in 1..=MESSAGES {
        let answer = client.send_message(&direct, &format!("m{i}"), &format!("body {i}")).await.unwrap();
        assert_eq!(tern_tests::ack_seq(&answer), i);
    }
    assert!(segments(&log).unwrap() > 0, "the log is in the directory asked for");
    assert!(segments(&dir.path().join("store/log")).unwrap_or(0) == 0, "and not beside the tables");

    tern.restart().await.unwrap(); // SIGKILL, then the same flags
    let all: Vec<u64> = (1..=MESSAGES).collect();
    assert_eq!(history(&tern, &ana.token, &direct).await.into_keys().collect::<Vec<_>>(), all);
    tern.kill();

    let refused = TernProcess::start(dir.path(), &[]).await.err().expect("started with its log elsewhere");
    let why = refused.to_string();
    assert!(why.contains(&format!("this store's log is in {}", log.display())), "{why}");
    assert!(segments(&dir.path().join("store/log")).unwrap_or(0) == 0, "the refusal made no log");

    let tern = TernProcess::start(dir.path(), &flags).await.unwrap();
    assert_eq!(history(&tern, &ben.token, &direct).await.into_keys().collect::<Vec<_>>(), all);
}
