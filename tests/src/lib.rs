//! Harness for end-to-end tests: starts real `tern` processes on free loopback ports, waits
//! until they answer, and stops them (SIGKILL, or SIGTERM to drain) by their PID.

use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use rustix::process::{Pid, Signal, kill_process};
use tern_client::rest::Login;
use tern_client::{ChatClient, Connection, GatewayAddr, RestClient, Transport};

/// The `tern` binary under test: `$TERN_BIN`, else the workspace's debug build.
pub fn tern_binary() -> PathBuf {
    workspace_binary("TERN_BIN", "tern", "tern-gateway")
}

/// The `tern-loadtest` binary: `$TERN_LOADTEST_BIN`, else the workspace's debug build.
pub fn loadtest_binary() -> PathBuf {
    workspace_binary("TERN_LOADTEST_BIN", "tern-loadtest", "tern-loadtest")
}

fn workspace_binary(env: &str, name: &str, package: &str) -> PathBuf {
    if let Ok(p) = std::env::var(env) {
        return PathBuf::from(p);
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let bin = target.join("debug").join(name);
    assert!(bin.exists(), "{} is missing: run `cargo build -p {package}` first (scripts/test does)", bin.display());
    bin
}

/// Sends `sig` to `pid` (only ever a process this harness started).
fn signal(pid: i32, sig: Signal) -> anyhow::Result<()> {
    let pid = Pid::from_raw(pid).context("not a PID")?;
    Ok(kill_process(pid, sig)?)
}

/// Asks `check` again every 50 ms until it answers `Some`, for at most `within`; fails the
/// test, naming `what`, if it never does. Tests wait on conditions this way, never on time.
pub async fn eventually<T, F, Fut>(what: &str, within: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + within;
    loop {
        if let Some(found) = check().await {
            return found;
        }
        assert!(Instant::now() < deadline, "{what}: not within {within:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A client for the loopback admin API (plain HTTP). reqwest wants a TLS configuration even
/// so; this one pins a hash no certificate has, so it can never speak HTTPS by mistake.
pub fn plain_http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .use_preconfigured_tls(tern_certs::pin::pinned_config([0; 32], &[b"http/1.1"]))
        .build()
        .expect("http client")
}

/// The sum of every series of `name` whose labels include all of `labels`, in a Prometheus
/// text exposition; None when no series matches.
pub fn metric(text: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let mut total = None;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((series, value)) = line.rsplit_once(' ') else { continue };
        let (series_name, series_labels) = match series.split_once('{') {
            Some((n, rest)) => (n, rest.trim_end_matches('}')),
            None => (series, ""),
        };
        if series_name != name {
            continue;
        }
        let has = |(k, v): &(&str, &str)| series_labels.split(',').any(|pair| pair == format!("{k}=\"{v}\""));
        if labels.iter().all(has) {
            *total.get_or_insert(0.0) += value.parse::<f64>().unwrap_or(f64::NAN);
        }
    }
    total
}

/// A port free for both UDP and TCP on 127.0.0.1 (WebTransport and HTTPS share it).
pub fn free_port() -> u16 {
    for _ in 0..100 {
        let tcp = TcpListener::bind("127.0.0.1:0").expect("bind tcp");
        let port = tcp.local_addr().expect("addr").port();
        if UdpSocket::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no port free for both UDP and TCP");
}

/// Where a gateway runs: the address it listens on, and the network namespace it runs in
/// (`None`: this one).
#[derive(Clone, Debug)]
pub struct Placement {
    pub host: String,
    pub netns: Option<String>,
}

impl Default for Placement {
    fn default() -> Self {
        Self { host: "127.0.0.1".into(), netns: None }
    }
}

pub struct TernProcess {
    child: Option<Child>,
    pub place: Placement,
    pub port: u16,
    pub data_dir: PathBuf,
    pub args: Vec<String>,
    pub gateway: GatewayAddr,
    pub log: PathBuf,
}

impl TernProcess {
    /// Starts `tern serve` with its store in `data_dir` and these extra flags.
    pub async fn start(data_dir: &Path, extra_args: &[&str]) -> anyhow::Result<Self> {
        Self::start_with(data_dir, extra_args, None).await
    }

    /// As `start`, for a gateway serving a certificate given in the flags (no dev
    /// certificate to learn): `cert_sha256` is what clients pin.
    pub async fn start_with(
        data_dir: &Path,
        extra_args: &[&str],
        cert_sha256: Option<[u8; 32]>,
    ) -> anyhow::Result<Self> {
        Self::start_placed(data_dir, extra_args, cert_sha256, Placement::default()).await
    }

    /// As `start_with`, listening on `place.host` inside `place.netns`.
    pub async fn start_placed(
        data_dir: &Path,
        extra_args: &[&str],
        cert_sha256: Option<[u8; 32]>,
        place: Placement,
    ) -> anyhow::Result<Self> {
        let mut args: Vec<String> = extra_args.iter().map(ToString::to_string).collect();
        let admin_port = free_port();
        if !args.iter().any(|a| a == "--admin-listen") {
            args.extend(["--admin-listen".into(), format!("127.0.0.1:{admin_port}")]);
        }
        let port = free_port();
        let log = data_dir.join(format!("tern-{port}.log"));
        let (child, gateway) = spawn(&place, data_dir, port, &args, &log, cert_sha256).await?;
        Ok(Self { child: Some(child), place, port, data_dir: data_dir.to_owned(), args, gateway, log })
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Base URL of the admin API (plain HTTP on loopback).
    pub fn admin_url(&self) -> String {
        let at = self.args.iter().position(|a| a == "--admin-listen").expect("admin listener");
        format!("http://{}", self.args[at + 1])
    }

    /// The admin API's bearer token, made by the gateway in its data directory.
    pub fn admin_token(&self) -> String {
        std::fs::read_to_string(self.data_dir.join("admin.token")).expect("admin.token").trim().to_owned()
    }

    /// Calls the admin API with its token; returns the status and the JSON body.
    pub async fn admin(&self, method: reqwest::Method, path: &str) -> anyhow::Result<(u16, serde_json::Value)> {
        let response = plain_http_client()
            .request(method, format!("{}{path}", self.admin_url()))
            .bearer_auth(self.admin_token())
            .send()
            .await?;
        let status = response.status().as_u16();
        Ok((status, response.json().await?))
    }

    /// GET /metrics (over the pinned HTTPS client).
    pub async fn scrape(&self) -> anyhow::Result<String> {
        match self.rest().call(tern_client::rest::Method::GET, "/metrics", None, None).await? {
            serde_json::Value::String(text) => Ok(text),
            other => bail!("/metrics answered JSON: {other}"),
        }
    }

    pub fn rest(&self) -> RestClient {
        RestClient::new(self.gateway.clone()).expect("rest client")
    }

    /// SIGKILL: the process gets no chance to clean up.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM, then waits for the process to exit (it drains first).
    pub fn terminate(&mut self, wait: Duration) -> anyhow::Result<std::process::ExitStatus> {
        let child = self.child.as_ref().context("not running")?;
        // A child we started and still own, by its PID.
        signal(child.id() as i32, Signal::TERM)?;
        self.wait_exit(wait)
    }

    /// Waits for the process to exit by itself (after a drain); SIGKILL after `wait`.
    pub fn wait_exit(&mut self, wait: Duration) -> anyhow::Result<std::process::ExitStatus> {
        let mut child = self.child.take().context("not running")?;
        let deadline = Instant::now() + wait;
        loop {
            if let Some(status) = child.try_wait()? {
                return Ok(status);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                bail!("tern did not exit within {wait:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts again on the same port and data directory (the dev certificate is new).
    pub async fn restart(&mut self) -> anyhow::Result<()> {
        self.kill();
        let pinned = self.args.iter().any(|a| a == "--tls-cert").then_some(self.gateway.cert_sha256);
        let (child, gateway) = spawn(&self.place, &self.data_dir, self.port, &self.args, &self.log, pinned).await?;
        self.child = Some(child);
        self.gateway = gateway;
        Ok(())
    }

    /// Waits until `/readyz` answers ready (store, directory and peer links checked).
    pub async fn wait_ready(&self, within: Duration) {
        let rest = self.rest();
        eventually("the gateway is ready", within, || async {
            rest.call(tern_client::rest::Method::GET, "/readyz", None, None).await.ok().filter(|r| r["ready"] == true)
        })
        .await;
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for TernProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

async fn spawn(
    place: &Placement,
    data_dir: &Path,
    port: u16,
    args: &[String],
    log: &Path,
    cert_sha256: Option<[u8; 32]>,
) -> anyhow::Result<(Child, GatewayAddr)> {
    let log_file = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
    let mut command = match &place.netns {
        Some(ns) => {
            let mut c = Command::new("ip");
            c.args(["netns", "exec", ns]).arg(tern_binary());
            c
        }
        None => Command::new(tern_binary()),
    };
    let host = &place.host;
    let mut child = command
        .arg("serve")
        .arg("--listen")
        .arg(format!("{host}:{port}"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(if args.iter().any(|a| a == "--dev-http") { &[][..] } else { &["--dev-http", "off"][..] })
        .args(args)
        .env("TERN_LOG_FILTER", std::env::var("TERN_TEST_LOG").unwrap_or_else(|_| "info,tern=debug".into()))
        .stdout(Stdio::null())
        .stderr(log_file)
        .spawn()
        .context("starting tern")?;
    let url = format!("https://{host}:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait()? {
            bail!("tern exited early ({status}); log:\n{}", std::fs::read_to_string(log).unwrap_or_default());
        }
        let ready = match cert_sha256 {
            Some(hash) => {
                let gateway = GatewayAddr { url: url.clone(), cert_sha256: hash };
                let rest = RestClient::new(gateway.clone())?;
                rest.call(tern_client::rest::Method::GET, "/healthz", None, None).await.map(|_| gateway)
            }
            None => GatewayAddr::discover_dev(&url).await,
        };
        match ready {
            Ok(gateway) => return Ok((child, gateway)),
            Err(_) if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(50)).await,
            Err(e) => {
                let _ = child.kill();
                bail!("tern did not come up on {url}: {e}");
            }
        }
    }
}

/// The seq an answer acknowledges; fails the test on any other answer.
pub fn ack_seq(answer: &tern_client::Answer) -> u64 {
    match answer {
        tern_client::Answer::Ok(tern_proto::v1::server_frame::Kind::Ack(ack)) => ack.seq,
        other => panic!("expected an Ack, got {other:?}"),
    }
}

/// The password of every user the tests sign up.
pub const PASSWORD: &str = "correct horse";

/// Signs up a fresh user (named `prefix` and random digits) with one device.
pub async fn signup(rest: &RestClient, prefix: &str, device: &str) -> Login {
    rest.signup(&username(prefix), PASSWORD, device).await.expect("signup")
}

/// Makes `a` and `b` friends: `a` asks, `b` asks back (which accepts).
pub async fn befriend(rest: &RestClient, a: &Login, b: &Login) {
    rest.add_friend(&a.token, &b.user_id()).await.expect("friend request");
    let answer = rest.add_friend(&b.token, &a.user_id()).await.expect("friend accept");
    assert_eq!(answer["relation"], "friend", "{answer}");
}

/// A session on `gateway`, authenticated as `login`'s user on `device`.
pub async fn connect(gateway: &GatewayAddr, transport: Transport, login: &Login, device: &str) -> ChatClient {
    let mut client = ChatClient::new(Connection::connect(transport, gateway).await.expect("connect"));
    client.authenticate(&login.token, device).await.expect("authenticate");
    client
}

/// A fresh username for this run.
pub fn username(prefix: &str) -> String {
    format!("{prefix}{:06x}", rand_u32() & 0xff_ffff)
}

fn rand_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(Instant::now().elapsed().as_nanos());
    h.finish() as u32
}

/// A 6-node Redis Cluster (3 masters, 3 replicas) on loopback, from `scripts/redis-cluster`.
pub struct RedisCluster {
    pub dir: tempfile::TempDir,
    pub base: u16,
    pub url: String,
    /// The address the nodes listen on.
    pub bind: String,
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts").join(name)
}

impl RedisCluster {
    pub fn start() -> anyhow::Result<Self> {
        Self::start_on("127.0.0.1")
    }

    /// A cluster listening on `bind` (an address of this host).
    pub fn start_on(bind: &str) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir()?;
        for _ in 0..50 {
            let base = 20_000 + (rand_u32() % 20_000) as u16;
            let free = (0..6).all(|i| {
                TcpListener::bind((bind, base + i)).is_ok() && TcpListener::bind((bind, base + i + 10_000)).is_ok()
            });
            if !free {
                continue;
            }
            let out = Command::new(script("redis-cluster"))
                .env("REDIS_BIND", bind)
                .arg("start")
                .arg(dir.path().join("nodes"))
                .arg(base.to_string())
                .output()?;
            if !out.status.success() {
                // The nodes it started are not this struct's yet: stop them here.
                let _ = Command::new(script("redis-cluster")).arg("stop").arg(dir.path().join("nodes")).status();
                bail!("redis-cluster start failed: {}", String::from_utf8_lossy(&out.stderr));
            }
            let url = String::from_utf8(out.stdout)?.lines().last().unwrap_or_default().to_owned();
            return Ok(Self { dir, base, url, bind: bind.to_owned() });
        }
        bail!("no free ports for a Redis Cluster")
    }

    /// Ports of the current masters.
    pub fn masters(&self) -> anyhow::Result<Vec<u16>> {
        let out = Command::new("redis-cli")
            .args(["-h", &self.bind, "-p", &self.base.to_string(), "cluster", "nodes"])
            .output()?;
        Ok(String::from_utf8(out.stdout)?
            .lines()
            .filter(|l| l.contains("master") && !l.contains("fail"))
            .filter_map(|l| l.split_whitespace().nth(1)?.split(['@', ':']).nth(1)?.parse().ok())
            .collect())
    }

    /// SIGKILL of the node on `port`, by the PID it recorded.
    pub fn kill_node(&self, port: u16) -> anyhow::Result<()> {
        let pid: i32 =
            std::fs::read_to_string(self.dir.path().join(format!("nodes/{port}/redis.pid")))?.trim().parse()?;
        // A redis-server this harness started, by its recorded PID.
        signal(pid, Signal::KILL)
    }
}

impl Drop for RedisCluster {
    fn drop(&mut self) {
        let _ = Command::new(script("redis-cluster")).arg("stop").arg(self.dir.path().join("nodes")).status();
    }
}

pub mod netns;

/// A shared token-signing key for the gateways of one test cluster.
pub fn write_token_key(dir: &Path) -> PathBuf {
    let path = dir.join("cluster-token.key");
    let seed: String = (0..32).map(|i| format!("{:02x}", (rand_u32() as u8).wrapping_add(i))).collect();
    std::fs::write(&path, seed).expect("write token key");
    path
}
