//! The token-signing key: a 32-byte Ed25519 seed, hex in a file. Made on first start when the
//! file does not exist; every gateway of a cluster must be given the same file.

use std::io::Write;

use anyhow::Context;
use tern_core::token::TokenIssuer;

use crate::config::ServeConfig;

pub fn load_or_create_token_key(config: &ServeConfig) -> anyhow::Result<TokenIssuer> {
    let path = config.token_key_file.clone().unwrap_or_else(|| config.data_dir.join("token.key"));
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let seed: [u8; 32] = hex::decode(text.trim())
                .ok()
                .and_then(|b| b.try_into().ok())
                .with_context(|| format!("{} must hold 64 hex digits (an Ed25519 seed)", path.display()))?;
            Ok(TokenIssuer::from_seed(seed))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && config.token_key_file.is_none() => {
            std::fs::create_dir_all(&config.data_dir)?;
            let seed: [u8; 32] = rand::random();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).with_context(|| format!("creating {}", path.display()))?;
            writeln!(file, "{}", hex::encode(seed))?;
            tracing::info!(path = %path.display(), "created a new token-signing key");
            Ok(TokenIssuer::from_seed(seed))
        }
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}
