//! The in-process directory: exact and immediate, for a gateway that runs alone. Devices
//! leave it when their session ends, so it has no leases: `reap` finds nothing to take
//! offline and `refresh` never finds anyone back (the contract's `Capabilities::EXACT`).

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use tern_domain::model::UserId;
use tern_domain::ports::directory::{
    DeviceLocation, DirectoryError, GatewayInfo, GatewayRegistry, Locator, PresenceBook, PresenceState,
};

/// The in-process directory: exact and immediate, for a gateway that runs alone.
#[derive(Default)]
pub struct MemoryDirectory {
    state: Mutex<MemoryState>,
}

#[derive(Default)]
struct MemoryState {
    devices: HashMap<UserId, Vec<DeviceLocation>>,
    last_active: HashMap<UserId, i64>,
    gateways: HashMap<String, GatewayInfo>,
}

impl MemoryDirectory {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, MemoryState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[async_trait]
impl Locator for MemoryDirectory {
    async fn register(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError> {
        let mut s = self.lock();
        s.last_active.insert(loc.user.clone(), now_ms);
        let devices = s.devices.entry(loc.user.clone()).or_default();
        let came_online = devices.is_empty();
        if !devices.contains(loc) {
            devices.push(loc.clone());
        }
        Ok(came_online.then(|| PresenceState { user: loc.user.clone(), online: true, last_active_at_ms: now_ms }))
    }

    async fn unregister(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError> {
        let mut s = self.lock();
        let Some(devices) = s.devices.get_mut(&loc.user) else {
            return Ok(None);
        };
        let before = devices.len();
        devices.retain(|d| d != loc);
        if before == 0 || !devices.is_empty() || before == devices.len() {
            return Ok(None);
        }
        s.devices.remove(&loc.user);
        s.last_active.insert(loc.user.clone(), now_ms);
        Ok(Some(PresenceState { user: loc.user.clone(), online: false, last_active_at_ms: now_ms }))
    }

    async fn refresh(&self, locs: &[DeviceLocation], now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        let mut s = self.lock();
        for loc in locs {
            s.last_active.insert(loc.user.clone(), now_ms);
        }
        Ok(Vec::new())
    }

    async fn reap(&self, _now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        Ok(Vec::new())
    }

    async fn locate(
        &self,
        users: &[UserId],
        _now_ms: i64,
    ) -> Result<HashMap<UserId, Vec<DeviceLocation>>, DirectoryError> {
        let s = self.lock();
        Ok(users
            .iter()
            .filter_map(|u| s.devices.get(u).filter(|d| !d.is_empty()).map(|d| (u.clone(), d.clone())))
            .collect())
    }
}

#[async_trait]
impl PresenceBook for MemoryDirectory {
    async fn presence(&self, users: &[UserId], _now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError> {
        let s = self.lock();
        Ok(users
            .iter()
            .map(|u| PresenceState {
                user: u.clone(),
                online: s.devices.get(u).is_some_and(|d| !d.is_empty()),
                last_active_at_ms: s.last_active.get(u).copied().unwrap_or(0),
            })
            .collect())
    }
}

#[async_trait]
impl GatewayRegistry for MemoryDirectory {
    async fn announce(&self, gateway: &GatewayInfo) -> Result<(), DirectoryError> {
        self.lock().gateways.insert(gateway.id.clone(), gateway.clone());
        Ok(())
    }

    async fn gateways(&self) -> Result<Vec<GatewayInfo>, DirectoryError> {
        Ok(self.lock().gateways.values().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use tern_domain::ports::directory::Directory;

    fn memory() -> Option<Arc<dyn Directory>> {
        Some(Arc::new(MemoryDirectory::new()))
    }

    tern_contract::directory_contract_tests!(async { memory() }, EXACT);
}
