//! The contract every `Directory` adapter must honour. An adapter's tests invoke
//! `directory_contract_tests!(async { make_directory })`. User and gateway names are
//! randomised so the suite can share a Redis with other runs.

use std::sync::Arc;

use super::{DeviceLocation, Directory, GatewayInfo};
use crate::model::{DeviceId, UserId};

#[macro_export]
macro_rules! directory_contract_tests {
    ($make:expr) => {
        $crate::directory_contract_tests!(@each $make;
            presence_follows_the_last_device,
            locate_groups_devices_by_user,
            registry_lists_announced_gateways
        );
    };
    (@each $make:expr; $($check:ident),*) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $check() {
                let Some(directory) = $make.await else { return };
                $crate::directory::contract::$check(directory).await;
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

pub async fn presence_follows_the_last_device(dir: Arc<dyn Directory>) {
    let u = UserId(unique("u"));
    let (d1, d2) = (at(&u, "g1", 1), at(&u, "g2", 2));
    let t0 = crate::time::now_ms();
    let online = dir.register(&d1, t0).await.unwrap().expect("first device: online");
    assert!(online.online);
    assert_eq!(dir.register(&d2, t0 + 1).await.unwrap(), None, "second device: no change");
    assert_eq!(dir.unregister(&d1, t0 + 2).await.unwrap(), None, "one device left");
    let p = dir.presence(std::slice::from_ref(&u)).await.unwrap();
    assert!(p[0].online);
    let offline = dir.unregister(&d2, t0 + 3).await.unwrap().expect("last device: offline");
    assert_eq!((offline.online, offline.last_active_at_ms), (false, t0 + 3));
    assert_eq!(dir.unregister(&d2, t0 + 4).await.unwrap(), None, "already gone");
    let p = dir.presence(std::slice::from_ref(&u)).await.unwrap();
    assert!(!p[0].online);
    assert_eq!(p[0].last_active_at_ms, t0 + 3);
    let never = UserId(unique("n"));
    assert_eq!(dir.presence(&[never]).await.unwrap()[0].last_active_at_ms, 0);
}

pub async fn locate_groups_devices_by_user(dir: Arc<dyn Directory>) {
    let (a, b, c) = (UserId(unique("a")), UserId(unique("b")), UserId(unique("c")));
    let now = crate::time::now_ms();
    for loc in [at(&a, "g1", 1), at(&a, "g2", 7), at(&b, "g3", 3)] {
        dir.register(&loc, now).await.unwrap();
    }
    let found = dir.locate(&[a.clone(), b.clone(), c.clone()]).await.unwrap();
    let mut a_devs = found[&a].clone();
    a_devs.sort_by_key(|d| d.conn);
    assert_eq!(a_devs, vec![at(&a, "g1", 1), at(&a, "g2", 7)]);
    assert_eq!(found[&b], vec![at(&b, "g3", 3)]);
    assert!(!found.contains_key(&c), "users with no device are absent");
    let renewed = dir.refresh(&[at(&a, "g1", 1)], now + 10).await.unwrap();
    assert!(renewed.is_empty(), "nobody came back: nobody had left");
    assert!(dir.presence(std::slice::from_ref(&a)).await.unwrap()[0].last_active_at_ms >= now + 10);
}

pub async fn registry_lists_announced_gateways(dir: Arc<dyn Directory>) {
    let id = unique("gw");
    let info = GatewayInfo {
        id: id.clone(),
        region: "eu".into(),
        public_url: "https://127.0.0.1:1".into(),
        cert_sha256: Some("ab".repeat(32)),
        load: 3,
        draining: false,
    };
    dir.announce(&info).await.unwrap();
    let mut again = info.clone();
    again.load = 5;
    dir.announce(&again).await.unwrap();
    let all = dir.gateways().await.unwrap();
    assert_eq!(all.iter().filter(|g| g.id == id).cloned().collect::<Vec<_>>(), vec![again]);
}
