//! Reloading PEM certificates without a restart. (Making, loading and pinning certificates
//! is `tern-certs`.)

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub use tern_certs::TlsMaterial;

/// Watches PEM files and calls `apply` with the new material whenever either changes.
pub fn spawn_reloader(cert: PathBuf, key: PathBuf, apply: impl Fn(TlsMaterial) -> anyhow::Result<()> + Send + 'static) {
    fn mtime(p: &Path) -> Option<SystemTime> {
        std::fs::metadata(p).and_then(|m| m.modified()).ok()
    }
    tokio::spawn(async move {
        let mut seen = (mtime(&cert), mtime(&key));
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            let now = (mtime(&cert), mtime(&key));
            if now == seen {
                continue;
            }
            match TlsMaterial::from_pem_files(&cert, &key).and_then(&apply) {
                Ok(()) => {
                    seen = now;
                    tracing::info!(cert = %cert.display(), "TLS certificate reloaded");
                }
                // Keep serving the old certificate; try again at the next change or tick.
                Err(e) => tracing::warn!(error = %e, "TLS certificate reload failed"),
            }
        }
    });
}
