//! Faults on a real network: a gateway in a network namespace of its own, joined to this one
//! by a veth link, cut off from one service by a route while everything else still reaches it.
//! Needs root (namespaces, links, routes); skipped otherwise unless `TERN_REQUIRE_ROOT` is set.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use tern_client::RestClient;
use tern_client::rest::Method;
use tern_tests::netns::NetNs;
use tern_tests::{Placement, RedisCluster, TernProcess, eventually, write_token_key};

fn skipped() -> bool {
    if NetNs::available() {
        return false;
    }
    assert!(std::env::var_os("TERN_REQUIRE_ROOT").is_none(), "TERN_REQUIRE_ROOT is set but this is not root");
    eprintln!("skipped: network namespaces need root");
    true
}

/// A namespace for a gateway, a Redis Cluster on an address of this host that the namespace
/// can be cut off from, and a token key for the gateways to share.
struct Fabric {
    ns: NetNs,
    redis_ip: String,
    redis: RedisCluster,
    key: String,
    _shared: tempfile::TempDir,
}

fn fabric() -> Fabric {
    let mut ns = NetNs::create().expect("network namespace");
    let redis_ip = ns.host_address().expect("an address for Redis");
    let redis = RedisCluster::start_on(&redis_ip).expect("redis cluster");
    let shared = tempfile::tempdir().unwrap();
    let key = write_token_key(shared.path()).display().to_string();
    Fabric { ns, redis_ip, redis, key, _shared: shared }
}

async fn offered(rest: &RestClient) -> Option<HashSet<String>> {
    let list = rest.call(Method::GET, "/v1/discover", None, None).await.ok()?;
    Some(list["gateways"].as_array()?.iter().filter_map(|g| Some(g["id"].as_str()?.to_owned())).collect())
}

/// Gateway g2 runs in its own namespace; the Redis Cluster listens on an address of this host
/// that a blackhole route in g2's namespace cuts off. g2 fails its readiness checks, cannot
/// renew its registry entry, and leaves discovery when the entry expires (15 s, as OPERATIONS
/// states); once the route is gone it reconnects, is ready again, and is offered again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_cut_off_from_redis_leaves_discovery_and_returns() {
    if skipped() {
        return;
    }
    let Fabric { ns, redis_ip, redis, key, _shared } = fabric();
    let start = |id: &'static str, place: Placement| {
        let (url, key) = (redis.url.clone(), key.clone());
        async move {
            let dir = tempfile::tempdir().unwrap();
            let args = ["--gateway-id", id, "--redis-url", &url, "--token-key-file", &key];
            let gateway = TernProcess::start_placed(dir.path(), &args, None, place).await.expect("gateway");
            (gateway, dir)
        }
    };
    let (g1, _d1) = start("g1", Placement { host: ns.host_ip.clone(), netns: None }).await;
    let (g2, _d2) = start("g2", Placement { host: ns.ns_ip.clone(), netns: Some(ns.name.clone()) }).await;
    let rest = g1.rest();
    let both: HashSet<String> = ["g1", "g2"].map(String::from).into();
    eventually("both gateways offered", Duration::from_secs(20), || async {
        (offered(&rest).await? == both).then_some(())
    })
    .await;

    ns.cut(&redis_ip).expect("cut g2 off from Redis");
    let cut = Instant::now();
    eventually("g2 says it is not ready", Duration::from_secs(20), || async {
        let ready = g2.rest().call(Method::GET, "/readyz", None, None).await;
        ready.is_err().then_some(())
    })
    .await;
    let unready_after = cut.elapsed();
    eventually("g2 leaves discovery", Duration::from_secs(30), || async {
        (offered(&rest).await? == HashSet::from(["g1".to_owned()])).then_some(())
    })
    .await;
    let left_after = cut.elapsed();

    ns.restore(&redis_ip).expect("give g2 its Redis back");
    let restored = Instant::now();
    g2.wait_ready(Duration::from_secs(30)).await;
    eventually("g2 offered again", Duration::from_secs(30), || async { (offered(&rest).await? == both).then_some(()) })
        .await;
    let back_after = restored.elapsed();
    println!(
        "Redis cut off from g2: un-ready after {:.1} s, out of discovery after {:.1} s; \
         Redis back: offered again after {:.1} s",
        unready_after.as_secs_f64(),
        left_after.as_secs_f64(),
        back_after.as_secs_f64()
    );
    assert!(left_after < Duration::from_secs(20), "the entry expires 15 s after its last renewal at most");
}

/// Gateway g2 sits behind a slow link (a token bucket on its veth, both ways: 2 Mbit/s, a
/// queue of at most 60 ms, dropping what overflows it; this kernel has no netem for random
/// loss) to everything else: g1, which hosts the store, Redis, and half the clients'
/// connections. tern-loadtest sends 1:1 messages between devices spread over both gateways;
/// midway, g2 is cut off from g1 (its peer and its store) for 5 s and then healed. Every
/// acknowledged message must reach every device once and in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_link_and_a_partition_lose_and_double_nothing() {
    if skipped() {
        return;
    }
    let Fabric { ns, redis, key, _shared: shared, .. } = fabric();
    let common = ["--redis-url", redis.url.as_str(), "--token-key-file", key.as_str(), "--send-burst", "1000"];
    let d1 = tempfile::tempdir().unwrap();
    let mut args1 = vec!["--gateway-id", "g1", "--serve-store"];
    args1.extend(common);
    let g1 = TernProcess::start_placed(d1.path(), &args1, None, Placement { host: ns.host_ip.clone(), netns: None })
        .await
        .expect("g1");
    let store_hash = hex::encode(g1.gateway.cert_sha256);
    let d2 = tempfile::tempdir().unwrap();
    let mut args2 = vec!["--gateway-id", "g2", "--store", "remote", "--store-url", &g1.gateway.url];
    args2.extend(["--store-cert-sha256", &store_hash]);
    args2.extend(common);
    let place = Placement { host: ns.ns_ip.clone(), netns: Some(ns.name.clone()) };
    let g2 = TernProcess::start_placed(d2.path(), &args2, None, place).await.expect("g2");
    g2.wait_ready(Duration::from_secs(20)).await;
    ns.shape("tbf rate 2mbit burst 16kb latency 60ms").expect("a slow link for g2");

    let report_path = shared.path().join("slow-link.json");
    let log = std::fs::File::create(shared.path().join("loadtest.log")).unwrap();
    let mut loadtest = tokio::process::Command::new(tern_tests::loadtest_binary())
        .args(["--gateway", &g1.gateway.url, "--gateway", &g2.gateway.url])
        .args(["--scenario", "direct", "--users", "20", "--transport", "mix"])
        .args(["--rate", "40", "--duration", "25", "--settle", "2", "--drain", "20"])
        .arg("--json")
        .arg(&report_path)
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .expect("tern-loadtest");
    tokio::time::sleep(Duration::from_secs(15)).await;
    ns.cut(&ns.host_ip.clone()).expect("partition g2 from g1");
    tokio::time::sleep(Duration::from_secs(5)).await;
    ns.restore(&ns.host_ip.clone()).expect("heal the partition");
    let status =
        tokio::time::timeout(Duration::from_secs(240), loadtest.wait()).await.expect("load test ended").unwrap();
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&report_path).unwrap()).unwrap();
    let audit = &report["audit"];
    println!(
        "slow link + 5 s partition: {} acked, lost {}, duplicated {}, out of order {}; send→deliver p50 {} µs, p99 {} µs",
        audit["acked_messages"],
        audit["lost"],
        audit["duplicated"],
        audit["out_of_order"],
        report["latency_us"]["send_deliver"]["p50"],
        report["latency_us"]["send_deliver"]["p99"]
    );
    assert_eq!((audit["lost"].as_u64(), audit["duplicated"].as_u64()), (Some(0), Some(0)), "audit: {audit}");
    assert_eq!(audit["out_of_order"], 0, "audit: {audit}");
    assert!(audit["acked_messages"].as_u64() > Some(400), "traffic all along: {audit}");
    assert!(status.success(), "tern-loadtest passed (exit {status}): {audit}\n{}", report["errors"]);
}
