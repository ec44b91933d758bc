//! `tern config print`: the effective configuration as TOML, in the sections `--config`
//! reads, with secrets masked so the output can be pasted into a ticket.

use serde::Serializer;

use super::ServeConfig;

const MASK: &str = "********";

pub fn to_toml(config: &ServeConfig) -> anyhow::Result<String> {
    Ok(toml::to_string(config)?)
}

/// A secret: shown as set or not, never its value.
pub fn mask<S: Serializer>(secret: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if secret.is_empty() { "" } else { MASK })
}

/// A URL whose password (if any) is masked: `redis://user:pw@host` → `redis://user:********@host`.
pub fn mask_url_password<S: Serializer>(url: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    let Some(raw) = url else { return s.serialize_none() };
    match url::Url::parse(raw) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Only fails for URLs that cannot have a password, which this one has.
            let _ = parsed.set_password(Some(MASK));
            s.serialize_some(parsed.as_str())
        }
        Ok(_) => s.serialize_some(raw),
        // Unparseable: it might hold a secret anywhere.
        Err(_) => s.serialize_some(MASK),
    }
}
