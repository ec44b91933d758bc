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
    let mut ns = NetNs::create().expect("network namespace");
    let redis_ip = ns.host_address().expect("an address for Redis");
    let redis = RedisCluster::start_on(&redis_ip).expect("redis cluster");
    let shared = tempfile::tempdir().unwrap();
    let key = write_token_key(shared.path()).display().to_string();
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
