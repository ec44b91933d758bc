//! Discovery: which gateways a client should use.

use tern_domain::ports::directory::GatewayInfo;

use crate::context::Gateway;

/// Gateways for a client in `region`: same region first, then least loaded; never a
/// draining one. When the registry cannot be read, this gateway alone.
pub async fn discover(gw: &Gateway, region: Option<&str>) -> Vec<GatewayInfo> {
    let mut all = match gw.directory.gateways().await {
        Ok(g) => g,
        Err(e) => {
            tracing::warn!(error = %e, "discovery: directory unavailable; offering this gateway if it is ready");
            vec![gw.info()]
        }
    };
    // A gateway failing its readiness checks (or draining) says so in its entry: not offered.
    all.retain(|g| !g.draining && g.ready);
    all.sort_by_key(|g| (region.is_some_and(|r| r != g.region), g.load, g.id.clone()));
    all
}
