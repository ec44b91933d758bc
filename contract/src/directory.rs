//! The contract every `Directory` adapter must honour. An adapter's tests invoke
//! `directory_contract_tests!(async { make_directory }, CAPABILITIES)`, where the directory
//! may be `None` (the backend is not there: the suite is skipped, which the adapter decides).
//! Where adapters honestly differ, the difference is a declared capability, not a missing
//! check: `LEASES` (devices expire unless refreshed; a reaper takes them offline) or `EXACT`
//! (devices leave only when unregistered; nothing expires).

use std::sync::Arc;

use tern_domain::model::{DeviceId, UserId};
use tern_domain::ports::directory::{DeviceLocation, Directory, GatewayInfo};

/// How an adapter keeps devices listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Devices are leases: they expire `LEASE_MS` after their last register or refresh,
    /// and `reap` takes their users offline.
    pub leases: bool,
}

impl Capabilities {
    pub const LEASES: Self = Self { leases: true };
    pub const EXACT: Self = Self { leases: false };
}

/// The lease the suite assumes for `LEASES` adapters (`RedisOptions::new`'s default).
const LEASE_MS: i64 = 30_000;

#[macro_export]
macro_rules! directory_contract_tests {
    ($make:expr, $caps:ident) => {
        $crate::directory_contract_tests!(@each $make, $caps;
            presence_follows_the_last_device,
            locate_groups_devices_by_user,
            two_sessions_of_one_device_are_separate,
            registry_lists_announced_gateways,
            expired_leases_are_reaped_once_and_a_refresh_brings_the_user_back
        );
    };
    (@each $make:expr, $caps:ident; $($check:ident),*) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $check() {
                let Some(directory) = $make.await else { return };
                $crate::directory::$check(directory, $crate::directory::Capabilities::$caps).await;
            }
        )*
    };
}

fn unique(prefix: &str) -> String {
    format!("{prefix}{:08x}", rand::random::<u32>())
}

fn at(user: &UserId, gateway: &str, conn: u64) -> DeviceLocation {
    DeviceLocation { user: user.clone(), device: DeviceId(format!("dev{conn}")), gateway: gateway.into(), conn }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_millis() as i64
}

pub async fn presence_follows_the_last_device(dir: Arc<dyn Directory>, _: Capabilities) {
    let u = UserId(unique("u"));
    let (d1, d2) = (at(&u, "g1", 1), at(&u, "g2", 2));
    let t0 = now_ms();
    let online = dir.register(&d1, t0).await.unwrap().expect("first device: online");
    assert!(online.online);
    assert_eq!(dir.register(&d2, t0 + 1).await.unwrap(), None, "second device: no change");
    assert_eq!(dir.unregister(&d1, t0 + 2).await.unwrap(), None, "one device left");
    let p = dir.presence(std::slice::from_ref(&u), t0 + 2).await.unwrap();
    assert!(p[0].online);
    let offline = dir.unregister(&d2, t0 + 3).await.unwrap().expect("last device: offline");
    assert_eq!((offline.online, offline.last_active_at_ms), (false, t0 + 3));
    assert_eq!(dir.unregister(&d2, t0 + 4).await.unwrap(), None, "already gone");
    assert_eq!(dir.unregister(&at(&u, "g1", 9), t0 + 4).await.unwrap(), None, "an unknown session");
    let p = dir.presence(std::slice::from_ref(&u), t0 + 4).await.unwrap();
    assert!(!p[0].online);
    assert_eq!(p[0].last_active_at_ms, t0 + 3);
    let never = UserId(unique("n"));
    assert_eq!(dir.presence(&[never], t0).await.unwrap()[0].last_active_at_ms, 0);
    assert!(dir.locate(std::slice::from_ref(&u), t0 + 4).await.unwrap().is_empty());
}

pub async fn locate_groups_devices_by_user(dir: Arc<dyn Directory>, _: Capabilities) {
    let (a, b, c) = (UserId(unique("a")), UserId(unique("b")), UserId(unique("c")));
    let now = now_ms();
    for loc in [at(&a, "g1", 1), at(&a, "g2", 7), at(&b, "g3", 3)] {
        dir.register(&loc, now).await.unwrap();
    }
    let found = dir.locate(&[a.clone(), b.clone(), c.clone()], now).await.unwrap();
    let mut a_devs = found[&a].clone();
    a_devs.sort_by_key(|d| d.conn);
    assert_eq!(a_devs, vec![at(&a, "g1", 1), at(&a, "g2", 7)]);
    assert_eq!(found[&b], vec![at(&b, "g3", 3)]);
    assert!(!found.contains_key(&c), "users with no device are absent");
    let renewed = dir.refresh(&[at(&a, "g1", 1)], now + 10).await.unwrap();
    assert!(renewed.is_empty(), "nobody came back: nobody had left");
    assert!(dir.presence(std::slice::from_ref(&a), now + 10).await.unwrap()[0].last_active_at_ms >= now + 10);
}

pub async fn two_sessions_of_one_device_are_separate(dir: Arc<dyn Directory>, _: Capabilities) {
    // A device that reconnects while its old session still closes: the old one leaving must
    // not take the new one's place.
    let u = UserId(unique("u"));
    let old = DeviceLocation { user: u.clone(), device: DeviceId::from("phone"), gateway: "g1".into(), conn: 1 };
    let new = DeviceLocation { conn: 2, ..old.clone() };
    let t0 = now_ms();
    dir.register(&old, t0).await.unwrap();
    assert_eq!(dir.register(&new, t0 + 1).await.unwrap(), None, "still online");
    assert_eq!(dir.unregister(&old, t0 + 2).await.unwrap(), None, "the new session keeps the user online");
    assert_eq!(dir.locate(std::slice::from_ref(&u), t0 + 2).await.unwrap()[&u], vec![new.clone()]);
    assert!(dir.presence(std::slice::from_ref(&u), t0 + 2).await.unwrap()[0].online);
    assert!(dir.unregister(&new, t0 + 3).await.unwrap().is_some_and(|p| !p.online));
}

pub async fn registry_lists_announced_gateways(dir: Arc<dyn Directory>, _: Capabilities) {
    let id = unique("gw");
    let info = GatewayInfo {
        id: id.clone(),
        region: "eu".into(),
        public_url: "https://127.0.0.1:1".into(),
        cert_sha256: Some("ab".repeat(32)),
        load: 3,
        draining: false,
        ready: true,
    };
    dir.announce(&info).await.unwrap();
    let mut again = info.clone();
    again.load = 5;
    again.ready = false; // the entry carries readiness as announced
    dir.announce(&again).await.unwrap();
    let all = dir.gateways().await.unwrap();
    assert_eq!(all.iter().filter(|g| g.id == id).cloned().collect::<Vec<_>>(), vec![again]);
}

/// One check for reaping and coming back: two reapers in one run (tests run in parallel on
/// one backend) would take each other's users.
pub async fn expired_leases_are_reaped_once_and_a_refresh_brings_the_user_back(
    dir: Arc<dyn Directory>,
    caps: Capabilities,
) {
    let user = UserId(unique("r"));
    let loc = DeviceLocation { user: user.clone(), device: DeviceId::from("d"), gateway: "dead".into(), conn: 1 };
    // In the past, so that reaping "30 s later" touches no other run's fresh leases.
    let t0 = now_ms() - 100_000;
    dir.register(&loc, t0).await.unwrap();
    let mine = |gone: Vec<tern_domain::ports::directory::PresenceState>| {
        gone.into_iter().filter(|p| p.user == user).collect::<Vec<_>>()
    };
    assert!(mine(dir.reap(t0 + 1_000).await.unwrap()).is_empty(), "nothing expired yet");
    // Past the lease, without waiting: time is a parameter.
    let reaped = mine(dir.reap(t0 + LEASE_MS + 1_000).await.unwrap());
    if !caps.leases {
        assert!(reaped.is_empty(), "without leases nothing expires");
        assert!(dir.presence(std::slice::from_ref(&user), t0 + LEASE_MS + 1_000).await.unwrap()[0].online);
        assert!(
            dir.refresh(std::slice::from_ref(&loc), t0 + LEASE_MS + 2_000).await.unwrap().is_empty(),
            "nobody left"
        );
        return;
    }
    assert_eq!(reaped.len(), 1);
    assert_eq!((reaped[0].online, reaped[0].last_active_at_ms), (false, t0));
    assert!(mine(dir.reap(t0 + LEASE_MS + 2_000).await.unwrap()).is_empty(), "reported once");
    let later = t0 + LEASE_MS + 2_000;
    assert!(
        dir.locate(std::slice::from_ref(&user), later).await.unwrap().is_empty(),
        "an expired lease locates nothing"
    );
    assert!(!dir.presence(std::slice::from_ref(&user), later).await.unwrap()[0].online);
    // Its gateway was only late: its next refresh finds the user offline and brings them back.
    let back = dir.refresh(std::slice::from_ref(&loc), later).await.unwrap();
    assert_eq!(back.len(), 1, "back online: {back:?}");
    assert!(back[0].online && back[0].user == user);
    assert_eq!(dir.locate(std::slice::from_ref(&user), later).await.unwrap()[&user], vec![loc.clone()]);
    assert!(dir.refresh(std::slice::from_ref(&loc), later + 1).await.unwrap().is_empty(), "back once");
}
