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

/// Builds a `ServerFrame` carrying an error for `request_id`.
pub fn error_frame(request_id: u64, code: v1::ErrorCode, message: impl Into<String>, fatal: bool) -> ServerFrame {
    ServerFrame {
        request_id,
        kind: Some(v1::server_frame::Kind::Error(v1::Error { code: code as i32, message: message.into(), fatal })),
    }
}
