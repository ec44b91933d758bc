//! The Redis (Cluster) directory. Every key of one user carries the hash tag `{u:<id>}`, so
//! the scripts that change a user's devices and presence run atomically in one slot.
//!
//! ```text
//! tern:{u:ID}:dev   ZSET  member "gateway|conn|device", score = lease expiry (ms)
//! tern:{u:ID}:p     HASH  online (1|0), last (last_active_at ms)
//! tern:{leases:N}   ZSET  member user id, score = the user's latest lease expiry: the
//!                         reaper's index, in LEASE_BUCKETS buckets by the user's slot so
//!                         no single key (and master) takes every connect and refresh
//! tern:gw:ID        STRING gateway info (JSON), PX = registry TTL
//! tern:gateways     SET   gateway ids ever announced (entries whose key expired are pruned)
//! ```
//!
//! Leases are renewed in batches by each gateway (`refresh`), not per heartbeat. A gateway
//! that dies stops renewing; any gateway's reaper (`reap`) then finds the users whose every
//! lease ran out and takes them offline exactly once. Redis's own key expiry is only garbage
//! collection here: timing never depends on expiry notifications.
//!
//! `locate` answers from a cache of the devices this gateway looked up, so a fan-out costs no
//! round trip per message. Every script that changes a user's devices publishes the user's
//! id on `tern:devices`; each gateway listens and forgets that user, drops everything when
//! its subscription reconnects (it may have missed changes), and refetches an entry older
//! than `CACHE_MS` regardless. A lookup that raced a change is repaired by the recipient
//! session's own second look at its inbox after its catch-up (see the session).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use fred::clients::SubscriberClient;
use fred::prelude::*;
use fred::types::config::UnresponsiveConfig;
use fred::types::scripts::Script;
use fred::types::sorted_sets::Ordering;

use tern_domain::model::{DeviceId, UserId};
use tern_domain::ports::directory::{
    DeviceLocation, DirectoryError, GatewayInfo, GatewayRegistry, Locator, PresenceBook, PresenceState,
};

#[derive(Clone, Debug)]
pub struct RedisOptions {
    /// `redis://host:port` or `redis-cluster://host:port?node=host:port&...`
    pub url: String,
    /// How long a device stays listed without a refresh.
    pub lease: Duration,
    /// How long a gateway stays listed without an announcement.
    pub registry_ttl: Duration,
}

impl RedisOptions {
    pub fn new(url: impl Into<String>) -> Self {
        Self { url: url.into(), lease: Duration::from_secs(30), registry_ttl: Duration::from_secs(15) }
    }
}

pub struct RedisDirectory {
    client: Client,
    options: RedisOptions,
    cache: Arc<DeviceCache>,
    /// Keeps the subscription (and its listener) alive as long as the directory.
    _changes: SubscriberClient,
    register: Script,
    unregister: Script,
    refresh: Script,
    reap: Script,
    forget_lease: Script,
}

fn err(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

fn corrupt(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Corrupt(e.to_string())
}

fn dev_key(user: &UserId) -> String {
    format!("tern:{{u:{user}}}:dev")
}

fn presence_key(user: &UserId) -> String {
    format!("tern:{{u:{user}}}:p")
}

/// Buckets of the lease index. Each is its own key with its own hash tag, so they spread
/// over the masters; a user always lands in the same bucket (by the CRC16 slot of their
/// keys, the same on every gateway and version).
const LEASE_BUCKETS: u16 = 256;

fn lease_bucket_key(bucket: u16) -> String {
    format!("tern:{{leases:{bucket}}}")
}

fn lease_key(user: &UserId) -> String {
    lease_bucket_key(fred::util::redis_keyslot(dev_key(user).as_bytes()) % LEASE_BUCKETS)
}

/// Users looked at per bucket and reaper round.
const REAP_BATCH: i64 = 100;
const GATEWAYS: &str = "tern:gateways";

fn gateway_key(id: &str) -> String {
    format!("tern:gw:{id}")
}

fn member(loc: &DeviceLocation) -> String {
    format!("{}|{}|{}", loc.gateway, loc.conn, loc.device)
}

fn parse_member(user: &UserId, m: &str) -> Option<DeviceLocation> {
    let mut parts = m.splitn(3, '|');
    let gateway = parts.next()?.to_owned();
    let conn = parts.next()?.parse().ok()?;
    let device = DeviceId(parts.next()?.to_owned());
    Some(DeviceLocation { user: user.clone(), device, gateway, conn })
}

/// Where the scripts announce that a user's devices changed (the payload is the user id).
const CHANGES: &str = "tern:devices";
/// How long a cached device list is used without an event saying it changed.
const CACHE_MS: i64 = 10_000;

// KEYS: dev, presence. ARGV: member, expiry, now, key ttl, user. Returns 1 if the user came online.
const REGISTER: &str = r#"
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PUBLISH', 'tern:devices', ARGV[5])
local was = redis.call('HGET', KEYS[2], 'online')
redis.call('HSET', KEYS[2], 'online', '1', 'last', ARGV[3])
if was == '1' then return 0 else return 1 end
"#;

// KEYS: dev, presence. ARGV: member, now, user. Returns 1 if the user went offline.
const UNREGISTER: &str = r#"
local removed = redis.call('ZREM', KEYS[1], ARGV[1])
if removed == 1 then redis.call('PUBLISH', 'tern:devices', ARGV[3]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if removed == 1 and redis.call('ZCARD', KEYS[1]) == 0 and redis.call('HGET', KEYS[2], 'online') == '1' then
  redis.call('HSET', KEYS[2], 'online', '0', 'last', ARGV[2])
  return 1
end
return 0
"#;

// KEYS: dev, presence. ARGV: now, expiry, key ttl, user, member... Returns 1 if the user was
// offline (reaped while in fact alive) and is online again.
const REFRESH: &str = r#"
local added = 0
for i = 5, #ARGV do added = added + redis.call('ZADD', KEYS[1], ARGV[2], ARGV[i]) end
if added > 0 then redis.call('PUBLISH', 'tern:devices', ARGV[4]) end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local was = redis.call('HGET', KEYS[2], 'online')
redis.call('HSET', KEYS[2], 'online', '1', 'last', ARGV[1])
if was == '1' then return 0 else return 1 end
"#;

// KEYS: dev, presence. ARGV: now, user. Returns {1, last} if the user went offline now.
const REAP: &str = r#"
if redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1]) > 0 then redis.call('PUBLISH', 'tern:devices', ARGV[2]) end
if redis.call('ZCARD', KEYS[1]) == 0 and redis.call('HGET', KEYS[2], 'online') == '1' then
  redis.call('HSET', KEYS[2], 'online', '0')
  return {1, tonumber(redis.call('HGET', KEYS[2], 'last') or '0')}
end
return {0, 0}
"#;

// KEYS: leases. ARGV: user, now. Forgets a user only if no newer lease was recorded since.
const FORGET_LEASE: &str = r#"
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) <= tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) end
return 0
"#;

/// Device lists this gateway looked up: each user's devices with their lease expiry, and
/// when they were read.
#[derive(Default)]
struct DeviceCache {
    users: Mutex<HashMap<UserId, Entry>>,
    next_read: std::sync::atomic::AtomicU64,
}

enum Entry {
    /// A read is under way; a change announced meanwhile removes this, and the read's answer
    /// is then not kept (it may predate the change).
    Reading(u64),
    Read {
        devices: Vec<(DeviceLocation, i64)>,
        read_at: i64,
    },
}

impl DeviceCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<UserId, Entry>> {
        self.users.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The user's live devices at `now` if a fresh list is cached; else marks a read as
    /// started and returns its number.
    fn get_or_start(&self, user: &UserId, now: i64) -> Result<Vec<DeviceLocation>, u64> {
        let mut users = self.lock();
        if let Some(Entry::Read { devices, read_at }) = users.get(user)
            && now - read_at < CACHE_MS
        {
            return Ok(devices.iter().filter(|(_, exp)| *exp > now).map(|(d, _)| d.clone()).collect());
        }
        let read = self.next_read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        users.insert(user.clone(), Entry::Reading(read));
        Err(read)
    }

    /// Keeps what read `read` found, unless a change was announced since it started.
    fn finish(&self, user: &UserId, read: u64, devices: Vec<(DeviceLocation, i64)>, read_at: i64) {
        let mut users = self.lock();
        if matches!(users.get(user), Some(Entry::Reading(r)) if *r == read) {
            users.insert(user.clone(), Entry::Read { devices, read_at });
        }
    }

    fn forget(&self, user: &str) {
        self.lock().remove(&UserId(user.to_owned()));
    }
}

impl RedisDirectory {
    pub async fn connect(options: RedisOptions) -> Result<Self, DirectoryError> {
        let config = Config::from_url(&options.url).map_err(err)?;
        let client = Builder::from_config(config.clone())
            .with_connection_config(|c| {
                c.connection_timeout = Duration::from_secs(3);
                c.max_command_attempts = 5;
                // A node that stops answering (killed, partitioned) is dropped and the
                // cluster layout fetched again, so a failover is followed within seconds.
                c.unresponsive = UnresponsiveConfig {
                    max_timeout: Some(Duration::from_secs(2)),
                    interval: Duration::from_millis(500),
                };
            })
            .with_performance_config(|p| p.default_command_timeout = Duration::from_secs(3))
            .set_policy(ReconnectPolicy::new_exponential(0, 100, 2_000, 2))
            .build()
            .map_err(err)?;
        client.init().await.map_err(err)?;
        let (changes, cache) = Self::listen(config).await?;
        Ok(Self {
            client,
            options,
            cache,
            _changes: changes,
            register: Script::from_lua(REGISTER),
            unregister: Script::from_lua(UNREGISTER),
            refresh: Script::from_lua(REFRESH),
            reap: Script::from_lua(REAP),
            forget_lease: Script::from_lua(FORGET_LEASE),
        })
    }

    /// Subscribes to device changes; a listener task keeps the cache right until the client
    /// is dropped.
    async fn listen(config: Config) -> Result<(SubscriberClient, Arc<DeviceCache>), DirectoryError> {
        let subscriber = Builder::from_config(config)
            .with_connection_config(|c| c.connection_timeout = Duration::from_secs(3))
            .set_policy(ReconnectPolicy::new_exponential(0, 100, 2_000, 2))
            .build_subscriber_client()
            .map_err(err)?;
        subscriber.init().await.map_err(err)?;
        let cache = Arc::new(DeviceCache::default());
        let (mut messages, mut reconnects) = (subscriber.message_rx(), subscriber.reconnect_rx());
        let _resubscribe = subscriber.manage_subscriptions();
        subscriber.subscribe(CHANGES).await.map_err(err)?;
        let weak = Arc::downgrade(&cache);
        tokio::spawn(async move {
            loop {
                let event = tokio::select! {
                    m = messages.recv() => m.map(|m| m.value.as_string()).map_err(|_| ()),
                    r = reconnects.recv() => r.map(|_| None).map_err(|_| ()),
                };
                let Some(cache) = weak.upgrade() else { return };
                match event {
                    Ok(Some(user)) => cache.forget(&user),
                    // Changes may have been missed while the subscription was down.
                    Ok(None) => cache.lock().clear(),
                    Err(()) => return,
                }
            }
        });
        Ok((subscriber, cache))
    }

    fn key_ttl_ms(&self) -> i64 {
        // Keys outlive their leases so the reaper still sees who was online.
        self.options.lease.as_millis() as i64 * 4
    }

    fn lease_ms(&self) -> i64 {
        self.options.lease.as_millis() as i64
    }

    async fn note_lease(&self, user: &UserId, expiry: i64) -> Result<(), DirectoryError> {
        self.client
            .zadd::<(), _, _>(
                lease_key(user),
                None,
                Some(Ordering::GreaterThan),
                false,
                false,
                (expiry as f64, user.as_str()),
            )
            .await
            .map_err(err)
    }
}

#[async_trait]
impl Locator for RedisDirectory {
    async fn register(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError> {
        let expiry = now_ms + self.lease_ms();
        let keys = vec![dev_key(&loc.user), presence_key(&loc.user)];
        let args: Vec<Value> =
            vec![member(loc).into(), expiry.into(), now_ms.into(), self.key_ttl_ms().into(), loc.user.as_str().into()];
        let came_online: i64 = self.register.evalsha_with_reload(&self.client, keys, args).await.map_err(err)?;
        // This gateway's own changes show at once; other gateways hear of them on `tern:devices`.
        self.cache.forget(loc.user.as_str());
        self.note_lease(&loc.user, expiry).await?;
        Ok((came_online == 1).then(|| PresenceState {
            user: loc.user.clone(),
            online: true,
            last_active_at_ms: now_ms,
        }))
    }

    async fn unregister(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError> {
        let keys = vec![dev_key(&loc.user), presence_key(&loc.user)];
        let args: Vec<Value> = vec![member(loc).into(), now_ms.into(), loc.user.as_str().into()];
        let went_offline: i64 = self.unregister.evalsha_with_reload(&self.client, keys, args).await.map_err(err)?;
        self.cache.forget(loc.user.as_str());
        Ok((went_offline == 1).then(|| PresenceState {
            user: loc.user.clone(),
            online: false,
            last_active_at_ms: now_ms,
        }))
    }

    async fn refresh(&self, locs: &[DeviceLocation], now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        let expiry = now_ms + self.lease_ms();
        let mut by_user: HashMap<&UserId, Vec<String>> = HashMap::new();
        for loc in locs {
            by_user.entry(&loc.user).or_default().push(member(loc));
        }
        // One script per user (one slot each), all in flight at once: fred pipelines them.
        let calls = by_user.into_iter().map(|(user, members)| async move {
            let keys = vec![dev_key(user), presence_key(user)];
            let mut args: Vec<Value> =
                vec![now_ms.into(), expiry.into(), self.key_ttl_ms().into(), user.as_str().into()];
            args.extend(members.into_iter().map(Value::from));
            let back: i64 = self.refresh.evalsha_with_reload(&self.client, keys, args).await.map_err(err)?;
            if back == 1 {
                self.cache.forget(user.as_str());
            }
            self.note_lease(user, expiry).await?;
            Ok::<_, DirectoryError>((back == 1).then(|| PresenceState {
                user: user.clone(),
                online: true,
                last_active_at_ms: now_ms,
            }))
        });
        let results = futures_join(calls).await;
        results.into_iter().filter_map(Result::transpose).collect()
    }

    async fn reap(&self, now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        // Every bucket's due users, all buckets in flight at once (fred pipelines them).
        let scans = (0..LEASE_BUCKETS).map(|bucket| async move {
            let key = lease_bucket_key(bucket);
            let due: Vec<String> = self
                .client
                .zrangebyscore(&key, "-inf", now_ms as f64, false, Some((0, REAP_BATCH)))
                .await
                .map_err(err)?;
            Ok::<_, DirectoryError>(due)
        });
        let mut due = Vec::new();
        for scan in futures_join(scans).await {
            due.extend(scan?.into_iter().map(UserId));
        }
        let reaps = due.into_iter().map(|user| async move {
            let keys = vec![dev_key(&user), presence_key(&user)];
            let (went, last): (i64, i64) = self
                .reap
                .evalsha_with_reload(&self.client, keys, vec![Value::from(now_ms), user.as_str().into()])
                .await
                .map_err(err)?;
            self.cache.forget(user.as_str());
            let _: i64 = self
                .forget_lease
                .evalsha_with_reload(
                    &self.client,
                    vec![lease_key(&user)],
                    vec![Value::from(user.as_str()), now_ms.into()],
                )
                .await
                .map_err(err)?;
            Ok::<_, DirectoryError>((went == 1).then_some(PresenceState {
                user,
                online: false,
                last_active_at_ms: last,
            }))
        });
        futures_join(reaps).await.into_iter().filter_map(Result::transpose).collect()
    }

    async fn locate(
        &self,
        users: &[UserId],
        now_ms: i64,
    ) -> Result<HashMap<UserId, Vec<DeviceLocation>>, DirectoryError> {
        let mut out = HashMap::new();
        let mut missing = Vec::new();
        for user in users {
            match self.cache.get_or_start(user, now_ms) {
                Ok(devices) if !devices.is_empty() => drop(out.insert(user.clone(), devices)),
                Ok(_) => {}
                Err(read) => missing.push((user, read)),
            }
        }
        let calls = missing.into_iter().map(|(user, read)| async move {
            let members: Vec<(String, f64)> =
                self.client.zrangebyscore(dev_key(user), now_ms as f64, "+inf", true, None).await.map_err(err)?;
            Ok::<_, DirectoryError>((user, read, members))
        });
        for result in futures_join(calls).await {
            let (user, read, members) = result?;
            let devices: Vec<(DeviceLocation, i64)> =
                members.iter().filter_map(|(m, exp)| Some((parse_member(user, m)?, *exp as i64))).collect();
            let live: Vec<DeviceLocation> = devices.iter().map(|(d, _)| d.clone()).collect();
            self.cache.finish(user, read, devices, now_ms);
            if !live.is_empty() {
                out.insert(user.clone(), live);
            }
        }
        Ok(out)
    }
}

#[async_trait]
impl PresenceBook for RedisDirectory {
    async fn presence(&self, users: &[UserId], now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        let now = now_ms as f64;
        let calls = users.iter().map(|user| async move {
            // A live lease is the truth for "online"; the flag may lag until a reaper runs.
            let live: i64 = self.client.zcount(dev_key(user), now, f64::INFINITY).await.map_err(err)?;
            let last: Option<i64> = self.client.hget(presence_key(user), "last").await.map_err(err)?;
            Ok::<_, DirectoryError>(PresenceState {
                user: user.clone(),
                online: live > 0,
                last_active_at_ms: last.unwrap_or(0),
            })
        });
        futures_join(calls).await.into_iter().collect()
    }
}

#[async_trait]
impl GatewayRegistry for RedisDirectory {
    async fn announce(&self, gateway: &GatewayInfo) -> Result<(), DirectoryError> {
        let json = serde_json::to_string(gateway).map_err(corrupt)?;
        let ttl = self.options.registry_ttl.as_millis() as i64;
        self.client
            .set::<(), _, _>(gateway_key(&gateway.id), json, Some(Expiration::PX(ttl)), None, false)
            .await
            .map_err(err)?;
        self.client.sadd::<(), _, _>(GATEWAYS, gateway.id.as_str()).await.map_err(err)
    }

    async fn gateways(&self) -> Result<Vec<GatewayInfo>, DirectoryError> {
        let ids: Vec<String> = self.client.smembers(GATEWAYS).await.map_err(err)?;
        let calls = ids.iter().map(|id| async move {
            let json: Option<String> = self.client.get(gateway_key(id)).await.map_err(err)?;
            Ok::<_, DirectoryError>((id, json))
        });
        let mut out = Vec::new();
        for result in futures_join(calls).await {
            match result? {
                (_, Some(json)) => out.push(serde_json::from_str(&json).map_err(corrupt)?),
                (id, None) => self.client.srem::<(), _, _>(GATEWAYS, id.as_str()).await.map_err(err)?,
            }
        }
        Ok(out)
    }
}

async fn futures_join<F: Future>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output> {
    futures::future::join_all(futures).await
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, OnceLock};

    use super::*;
    use tern_domain::ports::directory::Directory;

    /// A Redis for these tests: `$TERN_TEST_REDIS_URL`, or a `redis-server` started for this
    /// test process (it stops when the process does). Without either, the suite is skipped
    /// with a note, unless `TERN_REQUIRE_REDIS` is set (as `scripts/test` does): then it fails.
    async fn test_directory() -> Option<Arc<dyn Directory>> {
        static URL: OnceLock<Option<String>> = OnceLock::new();
        let url = URL.get_or_init(|| {
            if let Ok(url) = std::env::var("TERN_TEST_REDIS_URL") {
                return Some(url);
            }
            let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
            // A watchdog shell stops the server when this test process exits.
            let script = format!(
                "redis-server --port {port} --bind 127.0.0.1 --save '' --appendonly no >/dev/null & r=$!; \
                 while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; kill $r",
                pid = std::process::id()
            );
            std::process::Command::new("sh").arg("-c").arg(script).spawn().ok()?;
            for _ in 0..100 {
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Some(format!("redis://127.0.0.1:{port}"));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            None
        });
        let Some(url) = url else {
            assert!(
                std::env::var_os("TERN_REQUIRE_REDIS").is_none(),
                "TERN_REQUIRE_REDIS is set, but no redis-server could be started and TERN_TEST_REDIS_URL is unset"
            );
            eprintln!("skipped: no redis-server on PATH and no TERN_TEST_REDIS_URL (scripts/test installs it)");
            return None;
        };
        Some(Arc::new(RedisDirectory::connect(RedisOptions::new(url.clone())).await.expect("connect to test redis")))
    }

    tern_contract::directory_contract_tests!(test_directory(), LEASES);

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn another_gateways_change_reaches_this_gateways_cached_lookups() {
        let (Some(here), Some(there)) = (test_directory().await, test_directory().await) else { return };
        let user = UserId(format!("c{:08x}", rand::random::<u32>()));
        let loc = DeviceLocation { user: user.clone(), device: DeviceId::from("d"), gateway: "g2".into(), conn: 1 };
        let now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
        let users = std::slice::from_ref(&user);
        assert!(here.locate(users, now()).await.unwrap().is_empty(), "offline, and now cached so");
        there.register(&loc, now()).await.unwrap();
        let mut seen = false;
        for _ in 0..100 {
            if here.locate(users, now()).await.unwrap().get(&user) == Some(&vec![loc.clone()]) {
                seen = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(seen, "the register on the other gateway was announced and the cache forgot the user");
        there.unregister(&loc, now()).await.unwrap();
        let mut gone = false;
        for _ in 0..100 {
            if here.locate(users, now()).await.unwrap().is_empty() {
                gone = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(gone, "and so was the unregister");
    }
}
