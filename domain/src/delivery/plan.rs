//! Routing plans: after a commit (or a presence change), which members are reached on this
//! gateway, which through each other gateway, and which have no online device at all.
//! Deliveries address users, never another gateway's sessions: the gateway that receives a
//! delivery hands it to whatever sessions those users have there when it arrives.

use std::collections::{BTreeMap, HashMap};

use crate::model::UserId;
use crate::ports::directory::DeviceLocation;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct DeliveryPlan {
    /// Members with a session on this gateway.
    pub local: Vec<UserId>,
    /// Per other gateway, the members with a device there: one forward per gateway.
    pub remote: BTreeMap<String, Vec<UserId>>,
    /// Members with no online device anywhere: they get a push job.
    pub offline: Vec<UserId>,
}

/// Plans the fan-out to `members`. `is_local` is this gateway's own knowledge of its sessions
/// (exact, and never stale); `locations` is the directory's view of every gateway.
pub fn plan_delivery(
    this_gateway: &str,
    members: &[UserId],
    locations: &HashMap<UserId, Vec<DeviceLocation>>,
    is_local: impl Fn(&UserId) -> bool,
) -> DeliveryPlan {
    let mut plan = DeliveryPlan::default();
    for member in members {
        let local = is_local(member);
        if local {
            plan.local.push(member.clone());
        }
        let devices = locations.get(member).map(Vec::as_slice).unwrap_or_default();
        if devices.is_empty() && !local {
            plan.offline.push(member.clone());
            continue;
        }
        let mut gateways: Vec<&str> =
            devices.iter().map(|d| d.gateway.as_str()).filter(|g| *g != this_gateway).collect();
        gateways.sort_unstable();
        gateways.dedup();
        for gateway in gateways {
            plan.remote.entry(gateway.to_owned()).or_default().push(member.clone());
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DeviceId;

    fn at(user: &str, gateway: &str, conn: u64) -> DeviceLocation {
        DeviceLocation { user: UserId::from(user), device: DeviceId::from("d"), gateway: gateway.into(), conn }
    }

    #[test]
    fn groups_users_by_gateway_once_each() {
        let members: Vec<UserId> = ["a", "b", "c", "d", "e"].into_iter().map(UserId::from).collect();
        let mut loc = HashMap::new();
        loc.insert(UserId::from("a"), vec![at("a", "g1", 1), at("a", "g2", 7), at("a", "g2", 9)]);
        loc.insert(UserId::from("b"), vec![at("b", "g2", 8), at("b", "g3", 3)]);
        loc.insert(UserId::from("c"), vec![at("c", "g1", 2)]);
        // "e" registered here a moment ago: the directory does not list it yet.
        let local = |u: &UserId| ["a", "c", "e"].contains(&u.as_str());
        let plan = plan_delivery("g1", &members, &loc, local);
        let names = |v: &[UserId]| v.iter().map(UserId::as_str).collect::<Vec<_>>().join(",");
        assert_eq!(names(&plan.local), "a,c,e");
        assert_eq!(names(&plan.remote["g2"]), "a,b", "a's two devices there: one entry");
        assert_eq!(names(&plan.remote["g3"]), "b");
        assert_eq!(names(&plan.offline), "d");
    }

    #[test]
    fn a_stale_entry_for_this_gateway_is_not_offline_and_not_remote() {
        let members = vec![UserId::from("a")];
        let loc = HashMap::from([(UserId::from("a"), vec![at("a", "g1", 1)])]);
        let plan = plan_delivery("g1", &members, &loc, |_| false);
        assert_eq!(plan, DeliveryPlan::default(), "its cursor repairs whatever it missed");
    }
}
