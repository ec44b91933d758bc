//! The REST API from Rust: signup, login, friends, channels, groups, history.

use std::time::Duration;

use anyhow::Context;
use serde::Deserialize;
use serde_json::{Value, json};

use tern_certs::pin;

pub use reqwest::Method;

/// How to reach one gateway: its base URL and the SHA-256 of its certificate.
#[derive(Clone, Debug)]
pub struct GatewayAddr {
    /// `https://127.0.0.1:4433`
    pub url: String,
    pub cert_sha256: [u8; 32],
}

impl GatewayAddr {
    /// Asks a gateway for its certificate hash over TLS without verification: the hash is
    /// then pinned for everything else. (A real client learns it from a trusted page.)
    pub async fn discover_dev(url: &str) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .use_preconfigured_tls(insecure_config())
            .timeout(Duration::from_secs(5))
            .build()?;
        let info: Value = client.get(format!("{url}/v1/info")).send().await?.error_for_status()?.json().await?;
        let hash = info["cert_sha256"].as_str().context("the gateway publishes no dev certificate hash")?;
        Ok(GatewayAddr { url: url.to_owned(), cert_sha256: pin::parse_sha256_hex(hash)? })
    }
}

fn insecure_config() -> rustls::ClientConfig {
    // Accepts any certificate: used only to read /v1/info, whose answer is then pinned.
    #[derive(Debug)]
    struct AnyCert(std::sync::Arc<rustls::crypto::CryptoProvider>);
    impl rustls::client::danger::ServerCertVerifier for AnyCert {
        fn verify_server_cert(
            &self,
            _: &rustls::pki_types::CertificateDer<'_>,
            _: &[rustls::pki_types::CertificateDer<'_>],
            _: &rustls::pki_types::ServerName<'_>,
            _: &[u8],
            _: rustls::pki_types::UnixTime,
        ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
            Ok(rustls::client::danger::ServerCertVerified::assertion())
        }
        fn verify_tls12_signature(
            &self,
            m: &[u8],
            c: &rustls::pki_types::CertificateDer<'_>,
            d: &rustls::DigitallySignedStruct,
        ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
        }
        fn verify_tls13_signature(
            &self,
            m: &[u8],
            c: &rustls::pki_types::CertificateDer<'_>,
            d: &rustls::DigitallySignedStruct,
        ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
        }
        fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
            self.0.signature_verification_algorithms.supported_schemes()
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("default versions")
        .dangerous()
        .with_custom_certificate_verifier(std::sync::Arc::new(AnyCert(provider)))
        .with_no_client_auth()
}

/// An error answer of the REST API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("HTTP {status}: {code}: {message}")]
pub struct ApiError {
    pub status: u16,
    pub code: String,
    pub message: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Login {
    pub user: Value,
    pub token: String,
    pub expires_at: i64,
}

impl Login {
    pub fn user_id(&self) -> String {
        self.user["id"].as_str().unwrap_or_default().to_owned()
    }
}

#[derive(Clone)]
pub struct RestClient {
    pub gateway: GatewayAddr,
    http: reqwest::Client,
}

impl RestClient {
    pub fn new(gateway: GatewayAddr) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .use_preconfigured_tls(pin::pinned_config(gateway.cert_sha256, &[b"h2", b"http/1.1"]))
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(Self { gateway, http })
    }

    /// Sends a request; a non-2xx answer becomes `ApiError` (inside anyhow) with its code.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        let mut req = self.http.request(method, format!("{}{path}", self.gateway.url));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await?;
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        if (200..300).contains(&status) {
            return Ok(value);
        }
        Err(ApiError {
            status,
            code: value["error"]["code"].as_str().unwrap_or("unknown").to_owned(),
            message: value["error"]["message"].as_str().unwrap_or_default().to_owned(),
        }
        .into())
    }

    pub async fn signup(&self, username: &str, password: &str, device_id: &str) -> anyhow::Result<Login> {
        let body = json!({ "username": username, "password": password, "device_id": device_id });
        Ok(serde_json::from_value(self.call(Method::POST, "/v1/signup", None, Some(body)).await?)?)
    }

    pub async fn login(&self, username: &str, password: &str, device_id: &str) -> anyhow::Result<Login> {
        let body = json!({ "username": username, "password": password, "device_id": device_id });
        Ok(serde_json::from_value(self.call(Method::POST, "/v1/login", None, Some(body)).await?)?)
    }

    /// Asks `user_id` to be friends (accepts when they asked first); answers
    /// `{"user_id", "relation"}`.
    pub async fn add_friend(&self, token: &str, user_id: &str) -> anyhow::Result<Value> {
        self.call(Method::PUT, &format!("/v1/friends/{user_id}"), Some(token), None).await
    }

    /// Opens the 1:1 channel with `user_id`; returns the channel id.
    pub async fn open_direct(&self, token: &str, user_id: &str) -> anyhow::Result<String> {
        let v =
            self.call(Method::POST, "/v1/channels/direct", Some(token), Some(json!({ "user_id": user_id }))).await?;
        Ok(v["id"].as_str().context("channel id")?.to_owned())
    }

    /// Creates a group; returns its channel id.
    pub async fn create_group(&self, token: &str, name: &str, members: &[String]) -> anyhow::Result<String> {
        let body = json!({ "name": name, "members": members });
        let v = self.call(Method::POST, "/v1/groups", Some(token), Some(body)).await?;
        Ok(v["id"].as_str().context("channel id")?.to_owned())
    }

    pub async fn history(&self, token: &str, channel: &str, query: &str) -> anyhow::Result<Value> {
        self.call(Method::GET, &format!("/v1/channels/{channel}/history?{query}"), Some(token), None).await
    }
}
