//! Tern's wire protocol: the protobuf frames generated from `proto/chat.proto` and the
//! length-delimited codec used on byte streams (WebTransport). `docs/PROTOCOL.md` is the
//! prose description of both.

mod codec;

/// Generated frame types (package `tern.v1`).
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/tern.v1.rs"));
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
