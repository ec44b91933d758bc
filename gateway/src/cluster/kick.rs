//! Closes a user's sessions of one device (or of every device) wherever they are connected:
//! here through the hub, on other gateways by a peer `Kick` to each gateway the directory
//! places them on.

use tern_domain::delivery::PeerMessage;
use tern_domain::model::{DeviceId, UserId};
use tern_domain::ports::directory::DirectoryError;

use crate::clock::now_ms;
use crate::context::Gateway;

/// What a kick reached: sessions closed here, and the other gateways told.
pub struct Kicked {
    pub here: usize,
    pub forwarded_to: Vec<String>,
}

pub async fn kick_devices(
    gw: &Gateway,
    user: &UserId,
    device: Option<&DeviceId>,
    reason: &str,
) -> Result<Kicked, DirectoryError> {
    let matches = |d: &str| device.is_none_or(|wanted| wanted.as_str() == d);
    let mut here_devices: Vec<String> =
        gw.hub.sessions_of(user).into_iter().map(|s| s.device).filter(|d| matches(d)).collect();
    here_devices.sort();
    here_devices.dedup();
    let here = here_devices.iter().map(|d| gw.hub.kick(user, d, reason)).sum();
    let mut located = gw.directory.locate(std::slice::from_ref(user), now_ms()).await?;
    let mut elsewhere: Vec<(String, DeviceId)> = located
        .remove(user)
        .unwrap_or_default()
        .into_iter()
        .filter(|l| l.gateway != gw.id && matches(l.device.as_str()))
        .map(|l| (l.gateway, l.device))
        .collect();
    elsewhere.sort();
    elsewhere.dedup();
    for (gateway, device) in &elsewhere {
        let kick = PeerMessage::Kick { user: user.clone(), device: device.clone(), reason: reason.to_owned() };
        gw.peers.send(gateway, kick.encode());
    }
    let mut forwarded_to: Vec<String> = elsewhere.into_iter().map(|(g, _)| g).collect();
    forwarded_to.dedup();
    Ok(Kicked { here, forwarded_to })
}
