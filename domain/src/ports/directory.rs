//! The `Directory` port, three concerns behind one supertrait: where each online device is
//! (`Locator`), user-level presence (`PresenceBook`), and which gateways exist
//! (`GatewayRegistry`). The Redis adapter implements all three on one client, because its
//! scripts change a user's devices and presence atomically in one slot; the in-process
//! adapter serves a gateway that runs alone.

use std::collections::HashMap;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::model::{DeviceId, UserId};

/// One online device: the gateway it is connected to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeviceLocation {
    pub user: UserId,
    pub device: DeviceId,
    pub gateway: String,
    /// The session's number on its gateway (unique for the gateway's lifetime). It tells two
    /// sessions of one device apart (a reconnect while the old session still closes), so one
    /// leaving does not take the other's lease; deliveries never address it.
    pub conn: u64,
}

/// A user's presence: online while any device is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceState {
    pub user: UserId,
    pub online: bool,
    /// When the user was last seen active (any frame from any device); 0 if never.
    pub last_active_at_ms: i64,
}

/// A gateway as discovery sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GatewayInfo {
    pub id: String,
    pub region: String,
    /// `https://host:port` for REST, WebSocket and WebTransport.
    pub public_url: String,
    /// SHA-256 (hex) of its certificate when self-signed, for peers to pin; None with a
    /// CA-issued certificate.
    pub cert_sha256: Option<String>,
    /// Sessions it holds now.
    pub load: u64,
    pub draining: bool,
    /// Its readiness checks pass (store, directory, peer links): discovery offers only ready
    /// gateways. Entries written before the field read as ready.
    #[serde(default = "ready_by_default")]
    pub ready: bool,
}

fn ready_by_default() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    /// The backend did not answer (down, partitioned, timed out): worth retrying.
    #[error("directory unavailable: {0}")]
    Unavailable(String),
    /// The backend answered something this version cannot read.
    #[error("directory record unreadable: {0}")]
    Corrupt(String),
}

#[async_trait]
pub trait Locator: Send + Sync + 'static {
    /// Records an online device; returns the user's new presence if they just came online.
    async fn register(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError>;
    /// Forgets a device; returns the user's new presence if they just went offline.
    async fn unregister(&self, loc: &DeviceLocation, now_ms: i64) -> Result<Option<PresenceState>, DirectoryError>;
    /// Renews the leases of live devices and their users' `last_active_at`, in one batch.
    /// Returns users who were taken offline (a late lease) and are back online.
    async fn refresh(&self, locs: &[DeviceLocation], now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError>;
    /// Takes offline the users whose every lease ran out (their gateway died); returns
    /// them. Any gateway may call it: each user is reported once.
    async fn reap(&self, now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError>;
    /// The online devices of each user at `now_ms` (users with none are absent).
    async fn locate(
        &self,
        users: &[UserId],
        now_ms: i64,
    ) -> Result<HashMap<UserId, Vec<DeviceLocation>>, DirectoryError>;
}

#[async_trait]
pub trait PresenceBook: Send + Sync + 'static {
    /// Each user's presence at `now_ms`, in the order asked.
    async fn presence(&self, users: &[UserId], now_ms: i64) -> Result<Vec<PresenceState>, DirectoryError>;
}

#[async_trait]
pub trait GatewayRegistry: Send + Sync + 'static {
    /// Announces (or renews) a gateway in the registry.
    async fn announce(&self, gateway: &GatewayInfo) -> Result<(), DirectoryError>;
    /// Every live gateway.
    async fn gateways(&self) -> Result<Vec<GatewayInfo>, DirectoryError>;
}

/// All three: what the gateway holds as `Arc<dyn Directory>`.
pub trait Directory: Locator + PresenceBook + GatewayRegistry {}

impl<T: Locator + PresenceBook + GatewayRegistry> Directory for T {}
