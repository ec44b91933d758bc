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
}
