//! How Tern's certificates are made, loaded and pinned. One certificate serves both of a
//! gateway's listeners: QUIC (ALPN h3, for WebTransport) and TCP (ALPN h2 and http/1.1, for
//! REST, WebSocket and the page). ring is the only crypto provider. See README.md here for
//! where certificates go.

pub mod pin;

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use rustls::crypto::ring;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

/// Days a dev certificate is valid. Browsers accept `serverCertificateHashes` only for
/// certificates valid at most 14 days (14 days + 5 minutes is refused): stay clearly below.
const DEV_CERT_DAYS: u32 = 13;

pub struct TlsMaterial {
    pub certs: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
}

impl TlsMaterial {
    /// A fresh self-signed ECDSA P-256 certificate for localhost and the loopback addresses.
    pub fn dev(extra_names: &[String]) -> anyhow::Result<Self> {
        let mut names = vec!["localhost".to_owned(), "127.0.0.1".to_owned(), "::1".to_owned()];
        names.extend(extra_names.iter().cloned());
        let identity = wtransport::Identity::self_signed_builder()
            .subject_alt_names(&names)
            .from_now_utc()
            .validity_days(DEV_CERT_DAYS)
            .build()
            .context("making the dev certificate")?;
        let certs =
            identity.certificate_chain().as_slice().iter().map(|c| CertificateDer::from(c.der().to_vec())).collect();
        // wtransport generates the key as PKCS#8.
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(identity.private_key().secret_der().to_vec()));
        Ok(Self { certs, key })
    }

    pub fn from_pem_files(cert: &Path, key: &Path) -> anyhow::Result<Self> {
        let certs = CertificateDer::pem_file_iter(cert)
            .with_context(|| format!("reading {}", cert.display()))?
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("parsing {}", cert.display()))?;
        anyhow::ensure!(!certs.is_empty(), "{} holds no certificate", cert.display());
        let key = PrivateKeyDer::from_pem_file(key)
            .with_context(|| format!("reading a private key from {}", key.display()))?;
        Ok(Self { certs, key })
    }

    /// Hex SHA-256 of the leaf certificate's DER: what a browser pins with
    /// `serverCertificateHashes`.
    pub fn leaf_sha256_hex(&self) -> String {
        hex::encode(Sha256::digest(self.certs[0].as_ref()))
    }

    fn server_config(&self, alpn: &[&[u8]], tls13_only: bool) -> anyhow::Result<Arc<rustls::ServerConfig>> {
        let provider = Arc::new(ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider);
        let builder = if tls13_only {
            builder.with_protocol_versions(&[&rustls::version::TLS13])?
        } else {
            builder.with_safe_default_protocol_versions()?
        };
        let mut config = builder.with_no_client_auth().with_single_cert(self.certs.clone(), self.key.clone_key())?;
        config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
        Ok(Arc::new(config))
    }

    /// For the TCP listener: HTTP/2 and HTTP/1.1.
    pub fn tcp_config(&self) -> anyhow::Result<Arc<rustls::ServerConfig>> {
        self.server_config(&[b"h2", b"http/1.1"], false)
    }

    /// For QUIC: TLS 1.3 only, ALPN h3.
    pub fn quic_config(&self) -> anyhow::Result<rustls::ServerConfig> {
        Ok(Arc::unwrap_or_clone(self.server_config(&[b"h3"], true)?))
    }
}

/// A fresh self-signed certificate as PEM (chain, private key) and the SHA-256 of its DER:
/// for tests and tools that need certificate files, as production deployments have.
pub fn self_signed_pem(names: &[&str], days: u32) -> anyhow::Result<(String, String, [u8; 32])> {
    let identity = wtransport::Identity::self_signed_builder()
        .subject_alt_names(names)
        .from_now_utc()
        .validity_days(days)
        .build()?;
    let cert = &identity.certificate_chain().as_slice()[0];
    let hash: [u8; 32] = Sha256::digest(cert.der()).into();
    Ok((cert.to_pem(), identity.private_key().to_secret_pem(), hash))
}
