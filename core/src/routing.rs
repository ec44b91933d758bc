//! Routing plans: after a commit, who gets the message and through which gateway.

use std::collections::{BTreeMap, HashMap};

use crate::directory::DeviceLocation;
use crate::model::UserId;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct DeliveryPlan {
    /// Connections on this gateway.
    pub local: Vec<u64>,
    /// Per other gateway, the connections there: one forward per gateway.
    pub remote: BTreeMap<String, Vec<u64>>,
    /// Members with no online device: they get a push job.
    pub offline: Vec<UserId>,
}

/// Plans the fan-out of one message to `members`, given where their devices are. The
/// sending connection is left out: its Ack already carries the seq.
pub fn plan_delivery(
    this_gateway: &str,
    sender_conn: Option<(&str, u64)>,
    members: &[UserId],
    locations: &HashMap<UserId, Vec<DeviceLocation>>,
) -> DeliveryPlan {
    let mut plan = DeliveryPlan::default();
    for member in members {
        let Some(devices) = locations.get(member).filter(|d| !d.is_empty()) else {
            plan.offline.push(member.clone());
            continue;
        };
        for d in devices {
            if sender_conn == Some((d.gateway.as_str(), d.conn)) {
                continue;
            }
            if d.gateway == this_gateway {
                plan.local.push(d.conn);
            } else {
                plan.remote.entry(d.gateway.clone()).or_default().push(d.conn);
            }
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
    fn groups_by_gateway_and_skips_the_sender() {
        let members: Vec<UserId> = ["a", "b", "c", "d"].into_iter().map(UserId::from).collect();
        let mut loc = HashMap::new();
        loc.insert(UserId::from("a"), vec![at("a", "g1", 1), at("a", "g2", 7)]);
        loc.insert(UserId::from("b"), vec![at("b", "g2", 8), at("b", "g3", 3)]);
        loc.insert(UserId::from("c"), vec![at("c", "g1", 2)]);
        let plan = plan_delivery("g1", Some(("g1", 1)), &members, &loc);
        assert_eq!(plan.local, vec![2]);
        assert_eq!(plan.remote.get("g2"), Some(&vec![7, 8]));
        assert_eq!(plan.remote.get("g3"), Some(&vec![3]));
        assert_eq!(plan.offline, vec![UserId::from("d")]);
    }
}
