//! Secrets kept in files: the token-signing key (a 32-byte Ed25519 seed; every gateway of a
//! cluster must be given the same file) and the admin API's bearer token. Each is 64 hex
//! digits, made on first start (mode 0600) when no file was named and the default is missing.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use tern_domain::token::TokenIssuer;

use crate::config::ServeConfig;

pub fn load_or_create_token_key(config: &ServeConfig) -> anyhow::Result<TokenIssuer> {
    let seed = load_or_create(config.auth.token_key_file.as_deref(), config.gateway.data_dir.join("token.key"))?;
    Ok(TokenIssuer::from_seed(seed))
}

/// The admin API's bearer token, as hex.
pub fn load_or_create_admin_token(config: &ServeConfig) -> anyhow::Result<String> {
    let secret = load_or_create(config.admin.admin_token_file.as_deref(), config.gateway.data_dir.join("admin.token"))?;
    Ok(hex::encode(secret))
}

/// Reads `named`, or `default` (creating it when missing). A named file is never created:
/// a typo in its path must not silently give this gateway a key of its own.
fn load_or_create(named: Option<&Path>, default: PathBuf) -> anyhow::Result<[u8; 32]> {
    let path = named.map(Path::to_path_buf).unwrap_or(default);
    match std::fs::read_to_string(&path) {
        Ok(text) => hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .with_context(|| format!("{} must hold 64 hex digits", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && named.is_none() => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let secret: [u8; 32] = rand::random();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).with_context(|| format!("creating {}", path.display()))?;
            writeln!(file, "{}", hex::encode(secret))?;
            tracing::info!(path = %path.display(), "created a new secret file");
            Ok(secret)
        }
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}
