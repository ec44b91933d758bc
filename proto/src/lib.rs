//! Tern's wire protocols: the client frames generated from `proto/chat.proto`, the
//! gateway-to-gateway frames from `proto/peer.proto`, and the length-delimited codec used on
//! byte streams (WebTransport, peer links). `docs/PROTOCOL.md` is the prose description.

mod codec;

/// Generated client frame types (package `tern.v1`).
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/tern.v1.rs"));
}

/// Generated gateway-to-gateway frame types (package `tern.peer.v1`).
pub mod peer {
    pub mod v1 {
        include!(concat!(env!("OUT_DIR"), "/tern.peer.v1.rs"));
    }
}

pub use codec::{CodecError, FrameDecoder, MAX_FRAME_SIZE, decode_frame, encode_delimited};
pub use v1::{ClientFrame, ServerFrame};

/// `ChannelEvent.kind` in JSON: the kind's name in lower case (`member_added`); a number this
/// build does not know stays a number.
mod event_kind_json {
    use super::v1::channel_event::Kind;

    pub fn serialize<S: serde::Serializer>(kind: &i32, s: S) -> Result<S::Ok, S::Error> {
        match Kind::try_from(*kind) {
            Ok(k) => s.serialize_str(&k.as_str_name().to_ascii_lowercase()),
            Err(_) => s.serialize_i32(*kind),
        }
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Either {
            Name(String),
            Number(i32),
        }
        match <Either as serde::Deserialize>::deserialize(d)? {
            Either::Number(n) => Ok(n),
            Either::Name(name) => Kind::from_str_name(&name.to_ascii_uppercase())
                .map(|k| k as i32)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown event kind {name}"))),
        }
    }
}

/// Builds a `ServerFrame` carrying an error for `request_id`.
pub fn error_frame(request_id: u64, code: v1::ErrorCode, message: impl Into<String>, fatal: bool) -> ServerFrame {
    ServerFrame {
        request_id,
        kind: Some(v1::server_frame::Kind::Error(v1::Error { code: code as i32, message: message.into(), fatal })),
    }
}
