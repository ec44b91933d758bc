//! Session tokens: `base64url(claims JSON) "." base64url(Ed25519 signature)`. Signed by the
//! gateway that logs a user in, verified by any gateway holding the public key, without a
//! store read. Claims name the user, the device and the expiry.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::model::{DeviceId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    #[serde(rename = "u")]
    pub user: UserId,
    #[serde(rename = "d")]
    pub device: DeviceId,
    /// Expiry, seconds since the Unix epoch.
    pub exp: i64,
    /// Who may present it: a client device, or a gateway calling another gateway.
    #[serde(rename = "k", default, skip_serializing_if = "TokenKind::is_client")]
    pub kind: TokenKind,
    /// When it was issued, milliseconds since the Unix epoch: a logout revokes the tokens
    /// issued until then (`model::Revocations`). 0 in tokens issued before this field.
    #[serde(rename = "i", default)]
    pub issued_at_ms: i64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    #[default]
    Client,
    Peer,
}

impl TokenKind {
    fn is_client(&self) -> bool {
        *self == TokenKind::Client
    }
}

impl Claims {
    pub fn client(user: UserId, device: DeviceId, exp: i64) -> Self {
        Claims { user, device, exp, kind: TokenKind::Client, issued_at_ms: 0 }
    }

    pub fn issued_at(self, issued_at_ms: i64) -> Self {
        Claims { issued_at_ms, ..self }
    }

    /// A token one gateway presents to another (store RPCs, peer links).
    pub fn peer(gateway_id: &str, exp: i64) -> Self {
        Claims {
            user: UserId(format!("gateway:{gateway_id}")),
            device: DeviceId::from("peer"),
            exp,
            kind: TokenKind::Peer,
            issued_at_ms: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("token is malformed")]
    Malformed,
    #[error("token signature is invalid")]
    BadSignature,
    #[error("token expired")]
    Expired,
    #[error("this kind of token is not accepted here")]
    WrongKind,
}

/// Issues tokens; holds the private key.
#[derive(Clone)]
pub struct TokenIssuer {
    key: SigningKey,
}

impl TokenIssuer {
    pub fn new(key: SigningKey) -> Self {
        Self { key }
    }

    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self::new(SigningKey::from_bytes(&seed))
    }

    pub fn verifier(&self) -> TokenVerifier {
        TokenVerifier { keys: vec![self.key.verifying_key()] }
    }

    pub fn issue(&self, claims: &Claims) -> String {
        let payload = B64.encode(serde_json::to_vec(claims).expect("claims serialize"));
        let signature = self.key.sign(payload.as_bytes());
        format!("{payload}.{}", B64.encode(signature.to_bytes()))
    }
}

/// Verifies tokens against one or more public keys (several during a key rotation).
#[derive(Clone, Debug)]
pub struct TokenVerifier {
    keys: Vec<VerifyingKey>,
}

impl TokenVerifier {
    pub fn new(keys: Vec<VerifyingKey>) -> Self {
        Self { keys }
    }

    /// Verifies a token a client device presents.
    pub fn verify_client(&self, token: &str, now_unix_s: i64) -> Result<Claims, TokenError> {
        self.verify_kind(token, now_unix_s, TokenKind::Client)
    }

    /// Verifies a token another gateway presents.
    pub fn verify_peer(&self, token: &str, now_unix_s: i64) -> Result<Claims, TokenError> {
        self.verify_kind(token, now_unix_s, TokenKind::Peer)
    }

    fn verify_kind(&self, token: &str, now_unix_s: i64, kind: TokenKind) -> Result<Claims, TokenError> {
        let claims = self.verify(token, now_unix_s)?;
        if claims.kind != kind {
            return Err(TokenError::WrongKind);
        }
        Ok(claims)
    }

    fn verify(&self, token: &str, now_unix_s: i64) -> Result<Claims, TokenError> {
        let (payload, signature) = token.split_once('.').ok_or(TokenError::Malformed)?;
        let signature: [u8; 64] =
            B64.decode(signature).ok().and_then(|s| s.try_into().ok()).ok_or(TokenError::Malformed)?;
        let signature = Signature::from_bytes(&signature);
        if !self.keys.iter().any(|k| k.verify(payload.as_bytes(), &signature).is_ok()) {
            return Err(TokenError::BadSignature);
        }
        let claims: Claims =
            B64.decode(payload).ok().and_then(|p| serde_json::from_slice(&p).ok()).ok_or(TokenError::Malformed)?;
        if claims.exp <= now_unix_s {
            return Err(TokenError::Expired);
        }
        Ok(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        Claims::client(UserId::from("u1"), DeviceId::from("phone"), exp)
    }

    #[test]
    fn issue_and_verify() {
        let issuer = TokenIssuer::from_seed([7; 32]);
        let token = issuer.issue(&claims(1_000));
        assert_eq!(issuer.verifier().verify_client(&token, 999), Ok(claims(1_000)));
        assert_eq!(issuer.verifier().verify_client(&token, 1_000), Err(TokenError::Expired));
    }

    #[test]
    fn tampering_and_foreign_keys_are_refused() {
        let issuer = TokenIssuer::from_seed([7; 32]);
        let token = issuer.issue(&claims(1_000));
        let other = TokenIssuer::from_seed([8; 32]).verifier();
        assert_eq!(other.verify_client(&token, 0), Err(TokenError::BadSignature));
        let forged = format!(
            "{}.{}",
            B64.encode(br#"{"u":"admin","d":"x","exp":9999999999}"#),
            token.split_once('.').unwrap().1
        );
        assert_eq!(issuer.verifier().verify_client(&forged, 0), Err(TokenError::BadSignature));
        assert_eq!(issuer.verifier().verify_client("nonsense", 0), Err(TokenError::Malformed));
        assert_eq!(issuer.verifier().verify_client("a.b", 0), Err(TokenError::Malformed));
    }
}
