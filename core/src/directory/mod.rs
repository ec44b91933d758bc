//! The `Directory` port: where each online device is (gateway and connection), which
//! gateways exist, and user-level presence. The in-process adapter (`MemoryDirectory`) serves
//! a gateway that runs alone; the Redis Cluster adapter (`RedisDirectory`) serves many.
//! `contract` is the suite both pass.

pub mod contract;
mod memory;
mod redis;

pub use memory::MemoryDirectory;
pub use redis::{RedisDirectory, RedisOptions};

use std::collections::HashMap;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::model::{DeviceId, UserId};

/// One online device: the gateway it is connected to and the connection there.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeviceLocation {
    pub user: UserId,
    pub device: DeviceId,
    pub gateway: String,
    /// Unique within its gateway's lifetime.
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
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("directory unavailable: {0}")]
pub struct DirectoryError(pub String);

#[async_trait]
pub trait Directory: Send + Sync + 'static {
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
    /// The online devices of each user (users with none are absent).
    async fn locate(&self, users: &[UserId]) -> Result<HashMap<UserId, Vec<DeviceLocation>>, DirectoryError>;
    async fn presence(&self, users: &[UserId]) -> Result<Vec<PresenceState>, DirectoryError>;
    /// Announces (or renews) a gateway in the registry.
    async fn announce(&self, gateway: &GatewayInfo) -> Result<(), DirectoryError>;
    /// Every live gateway.
    async fn gateways(&self) -> Result<Vec<GatewayInfo>, DirectoryError>;
}
