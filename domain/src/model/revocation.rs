//! Logged-out devices: a user's revocations, each covering every token of a device (or of all
//! the user's devices) issued at or before a time. Tokens are verified without the store; a
//! gateway also asks whether the user revoked them (`Accounts::revocations`).

use serde::{Deserialize, Serialize};

use super::DeviceId;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocations {
    /// Every device's tokens issued at or before this (ms since the epoch; 0: none).
    pub all_devices_ms: i64,
    /// One device's tokens issued at or before its time.
    pub devices: Vec<(DeviceId, i64)>,
}

impl Revocations {
    /// Revokes the tokens of `device` (or every device: `None`) issued at or before `at_ms`.
    /// A later time replaces an earlier one, never the other way; returns whether it changed.
    pub fn raise(&mut self, device: Option<&DeviceId>, at_ms: i64) -> bool {
        let slot = match device {
            None => &mut self.all_devices_ms,
            Some(d) => match self.devices.iter().position(|(known, _)| known == d) {
                Some(i) => &mut self.devices[i].1,
                None => {
                    self.devices.push((d.clone(), 0));
                    &mut self.devices.last_mut().expect("just pushed").1
                }
            },
        };
        let changed = at_ms > *slot;
        *slot = (*slot).max(at_ms);
        changed
    }

    /// Whether a token of `device` issued at `issued_at_ms` is revoked.
    pub fn revokes(&self, device: &DeviceId, issued_at_ms: i64) -> bool {
        let device_ms = self.devices.iter().find(|(d, _)| d == device).map_or(0, |(_, at)| *at);
        let until = self.all_devices_ms.max(device_ms);
        until > 0 && issued_at_ms <= until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revocation_covers_what_was_issued_until_it_and_nothing_after() {
        let (phone, laptop) = (DeviceId::from("phone"), DeviceId::from("laptop"));
        let none = Revocations::default();
        assert!(!none.revokes(&phone, 0), "no revocation: even a token without an issue time stands");
        let phone_out = Revocations { all_devices_ms: 0, devices: vec![(phone.clone(), 1_000)] };
        assert!(phone_out.revokes(&phone, 1_000) && phone_out.revokes(&phone, 0));
        assert!(!phone_out.revokes(&phone, 1_001), "a login after the logout");
        assert!(!phone_out.revokes(&laptop, 10), "another device");
        let all_out = Revocations { all_devices_ms: 2_000, devices: vec![(phone.clone(), 1_000)] };
        assert!(all_out.revokes(&laptop, 1_999) && all_out.revokes(&phone, 1_500));
        assert!(!all_out.revokes(&laptop, 2_001));
    }

    #[test]
    fn a_revocation_only_moves_later() {
        let phone = DeviceId::from("phone");
        let mut r = Revocations::default();
        assert!(r.raise(Some(&phone), 1_000));
        assert!(!r.raise(Some(&phone), 500), "earlier: no change");
        assert!(r.raise(None, 2_000));
        assert_eq!(r, Revocations { all_devices_ms: 2_000, devices: vec![(phone, 1_000)] });
    }
}
