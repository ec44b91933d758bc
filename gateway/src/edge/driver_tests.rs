//! The driver with the real context, store and directory, but no network: two sessions over
//! in-memory transports. The session's rules have their own tests (in the domain); these
//! check that the driver carries its effects out: registration before the catch-up, sends
//! committed in order and acked, the fan-out reaching the other member but not the sender.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use prost::Message as _;
use tern_adapters::directory::MemoryDirectory;
use tern_adapters::store::embedded::{Durability, EmbeddedStore};
use tern_domain::model::{DeviceId, NewUser, UserId};
use tern_domain::ports::store::Store;
use tern_domain::session::{CloseReason, SessionConfig};
use tern_domain::token::{Claims, TokenIssuer};
use tern_proto::v1::{self, client_frame::Kind as In, server_frame::Kind as Out};
use tern_proto::{ClientFrame, CodecError, ServerFrame};
use tokio::sync::{Notify, mpsc, watch};

use super::driver::{self, FrameReader, FrameWriter};
use crate::cluster::fanout::{self, FanOutQueue};
use crate::cluster::links::PeerLinks;
use crate::context::Gateway;
use crate::edge::conn_limits::ConnLimiter;
use crate::edge::hub::Hub;
use crate::ops::health::HealthState;

struct Reader(mpsc::UnboundedReceiver<ClientFrame>);

impl FrameReader for Reader {
    async fn next(&mut self) -> Option<Result<ClientFrame, CodecError>> {
        self.0.recv().await.map(Ok)
    }
}

struct Writer {
    buffered: Vec<Bytes>,
    out: mpsc::UnboundedSender<ServerFrame>,
}

impl FrameWriter for Writer {
    fn push(&mut self, frame: Bytes) {
        self.buffered.push(frame);
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        for bytes in self.buffered.drain(..) {
            let _ = self.out.send(ServerFrame::decode(bytes).expect("the driver writes frames"));
        }
        Ok(())
    }

    async fn close(&mut self, _reason: CloseReason) {
        let _ = self.flush().await;
    }
}

/// One session driven over in-memory transports.
struct Client {
    to: mpsc::UnboundedSender<ClientFrame>,
    from: mpsc::UnboundedReceiver<ServerFrame>,
}

impl Client {
    fn start(gw: &Arc<Gateway>) -> Self {
        let (to, rx) = mpsc::unbounded_channel();
        let (out, from) = mpsc::unbounded_channel();
        tokio::spawn(driver::drive(gw.clone(), "test", Reader(rx), Writer { buffered: Vec::new(), out }));
        Client { to, from }
    }

    fn send(&self, request_id: u64, kind: In) {
        self.to.send(ClientFrame { request_id, kind: Some(kind) }).unwrap();
    }

    async fn next(&mut self) -> ServerFrame {
        tokio::time::timeout(Duration::from_secs(10), self.from.recv()).await.expect("a frame in time").expect("open")
    }

    /// Authenticates and reads the (empty) catch-up.
    async fn login(&mut self, token: String) {
        let auth = v1::Authenticate { token, device_id: String::new(), cursor: Bytes::new() };
        self.send(1, In::Authenticate(auth));
        assert!(matches!(self.next().await.kind, Some(Out::Authenticated(_))));
        let Some(Out::Sync(page)) = self.next().await.kind else { panic!("the catch-up follows") };
        assert!(!page.more);
    }
}

async fn gateway(dir: &std::path::Path, issuer: &TokenIssuer) -> Arc<Gateway> {
    let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir, Durability::Buffered).unwrap());
    let directory = Arc::new(MemoryDirectory::new());
    let metrics = metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder().handle();
    let (draining, _) = watch::channel(false);
    let (fanout, queue) = FanOutQueue::new();
    let gw = Arc::new(Gateway {
        id: "g1".into(),
        region: "local".into(),
        public_url: "https://127.0.0.1:1".into(),
        store,
        directory: directory.clone(),
        hub: Arc::new(Hub::new(64, 1_000.0, 1_000)),
        peers: PeerLinks::new("g1".into(), issuer.clone(), directory),
        fanout,
        push_wake: Arc::new(Notify::new()),
        push_coalesce_ms: 1_000,
        traces: crate::ops::traces::Traces::off(),
        issuer: issuer.clone(),
        verifier: issuer.verifier(),
        token_ttl_secs: 3600,
        session_config: SessionConfig { gateway_id: "g1".into(), ..SessionConfig::default() },
        max_frame_bytes: tern_proto::MAX_FRAME_SIZE,
        write_timeout: Duration::from_secs(5),
        conn_limiter: ConnLimiter::new(100.0, 100),
        login_limits: crate::http::auth::LoginLimits::off(),
        revocations: Default::default(),
        draining,
        web_dir: None,
        serve_store: false,
        dev_cert_sha256: None,
        metrics,
        health: Arc::new(HealthState::default()),
        drain_requested: Notify::new(),
        started_at: Instant::now(),
    });
    tokio::spawn(fanout::run(Arc::downgrade(&gw), queue));
    gw
}

async fn user(gw: &Gateway, name: &str) -> UserId {
    let new = NewUser { username: name.into(), display_name: String::new(), password_hash: "h".into() };
    gw.store.create_user(new).await.unwrap().id
}

fn token(issuer: &TokenIssuer, user: &UserId) -> String {
    issuer.issue(&Claims::client(user.clone(), DeviceId::from("d"), crate::clock::now_s() + 600))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_are_acked_in_order_and_delivered_to_the_other_member_only() {
    let dir = tempfile::tempdir().unwrap();
    let issuer = TokenIssuer::from_seed([9; 32]);
    let gw = gateway(dir.path(), &issuer).await;
    let (a, b) = (user(&gw, "alice").await, user(&gw, "bob").await);
    let channel = gw.store.open_direct(a.clone(), b.clone()).await.unwrap().channel.id;
    let (mut alice, mut bob) = (Client::start(&gw), Client::start(&gw));
    alice.login(token(&issuer, &a)).await;
    bob.login(token(&issuer, &b)).await;

    for i in 0..3u64 {
        let send = v1::Send {
            channel_id: channel.0.clone(),
            client_msg_id: format!("m{i}"),
            body: format!("hi {i}"),
            ..Default::default()
        };
        alice.send(10 + i, In::Send(send));
    }
    for i in 0..3u64 {
        let frame = alice.next().await;
        let Some(Out::Ack(ack)) = frame.kind else { panic!("an ack, not {frame:?}") };
        assert_eq!((frame.request_id, ack.seq, ack.duplicate), (10 + i, i + 1, false), "acked in the order sent");
    }
    for i in 0..3u64 {
        let Some(Out::Deliver(d)) = bob.next().await.kind else { panic!("a delivery") };
        assert_eq!(d.message.unwrap().seq, i + 1);
    }
    // The sender's own messages came back as acks only.
    alice.send(20, In::Heartbeat(v1::Heartbeat {}));
    assert!(matches!(alice.next().await.kind, Some(Out::HeartbeatAck(_))), "nothing else was queued for alice");
    assert_eq!(gw.hub.len(), 2, "both registered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_transport_leaves_the_hub_and_the_directory() {
    let dir = tempfile::tempdir().unwrap();
    let issuer = TokenIssuer::from_seed([9; 32]);
    let gw = gateway(dir.path(), &issuer).await;
    let a = user(&gw, "alice").await;
    let mut alice = Client::start(&gw);
    alice.login(token(&issuer, &a)).await;
    let online = gw.directory.presence(std::slice::from_ref(&a), crate::clock::now_ms()).await.unwrap();
    assert!(online[0].online);
    drop(alice);
    tern_eventually(|| gw.hub.is_empty() && gw.hub.open_sessions() == 0).await;
    let gone = gw.directory.presence(std::slice::from_ref(&a), crate::clock::now_ms()).await.unwrap();
    assert!(!gone[0].online, "unregistered on the way out");
}

/// Waits (bounded) for a condition the driver reaches on its own task.
async fn tern_eventually(done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("not reached within 2 s");
}
