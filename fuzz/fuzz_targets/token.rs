//! Token parsing. Arbitrary text is never accepted (nobody can sign without the key). Payloads
//! the fuzzer writes, signed with the key, reach the claims parser: a token is accepted only
//! with well-formed, unexpired client claims, which issue again to the same claims; anything
//! else is one of the typed refusals.

#![no_main]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signer, SigningKey};
use libfuzzer_sys::fuzz_target;
use tern_domain::token::{TokenError, TokenIssuer, TokenKind};

const SEED: [u8; 32] = [7; 32];

fuzz_target!(|input: (i64, &[u8], &str)| {
    let (now, payload, raw) = input;
    let issuer = TokenIssuer::from_seed(SEED);
    let verifier = issuer.verifier();
    assert!(verifier.verify_client(raw, now).is_err(), "unsigned text accepted");
    assert!(verifier.verify_peer(raw, now).is_err(), "unsigned text accepted as a peer");

    let payload = B64.encode(payload);
    let signature = SigningKey::from_bytes(&SEED).sign(payload.as_bytes());
    let token = format!("{payload}.{}", B64.encode(signature.to_bytes()));
    match verifier.verify_client(&token, now) {
        Ok(claims) => {
            assert!(claims.exp > now && claims.kind == TokenKind::Client);
            assert_eq!(verifier.verify_client(&issuer.issue(&claims), now).as_ref(), Ok(&claims));
            assert_eq!(verifier.verify_peer(&token, now), Err(TokenError::WrongKind));
        }
        Err(e) => assert!(matches!(e, TokenError::Malformed | TokenError::Expired | TokenError::WrongKind), "{e:?}"),
    }
});
