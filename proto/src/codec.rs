//! Length-delimited framing for byte streams: every frame is a protobuf varint length followed
//! by that many bytes of an encoded message. The decoder is sans-IO: feed it bytes as they
//! arrive, take frames out. A length above the limit is refused before anything is buffered
//! for it, so a peer cannot make us allocate more than `max_frame_size`.

use bytes::{Buf, Bytes, BytesMut};
use prost::Message;

/// The default hard limit on one frame. A body may hold 100,000 Unicode scalar values, which
/// is up to 400,000 bytes of UTF-8; the rest is headroom for the envelope.
pub const MAX_FRAME_SIZE: usize = 512 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CodecError {
    #[error("frame of {len} bytes exceeds the maximum of {max}")]
    FrameTooLarge { len: usize, max: usize },
    #[error("invalid length prefix")]
    BadLength,
    #[error("malformed frame: {0}")]
    Malformed(String),
}

/// Encodes `msg` as one length-delimited frame.
pub fn encode_delimited<M: Message>(msg: &M) -> Bytes {
    let mut buf = BytesMut::with_capacity(msg.encoded_len() + 5);
    msg.encode_length_delimited(&mut buf).expect("BytesMut grows as needed");
    buf.freeze()
}

/// Decodes one whole frame (no length prefix), as carried by a WebSocket binary message.
pub fn decode_frame<M: Message + Default>(bytes: &[u8], max_frame_size: usize) -> Result<M, CodecError> {
    if bytes.len() > max_frame_size {
        return Err(CodecError::FrameTooLarge { len: bytes.len(), max: max_frame_size });
    }
    M::decode(bytes).map_err(|e| CodecError::Malformed(e.to_string()))
}

/// Incremental decoder of length-delimited frames.
#[derive(Debug)]
pub struct FrameDecoder {
    buf: BytesMut,
    max_frame_size: usize,
}

impl FrameDecoder {
    pub fn new(max_frame_size: usize) -> Self {
        Self { buf: BytesMut::new(), max_frame_size }
    }

    /// Appends bytes read from the stream.
    pub fn extend(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes received but not yet decoded into a frame.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// Takes the next complete frame, if one is buffered. After an error the stream is out of
    /// sync and must be closed.
    pub fn next_frame<M: Message + Default>(&mut self) -> Result<Option<M>, CodecError> {
        let Some((len, prefix)) = peek_varint(&self.buf)? else {
            return Ok(None);
        };
        if len > self.max_frame_size as u64 {
            return Err(CodecError::FrameTooLarge { len: len as usize, max: self.max_frame_size });
        }
        let len = len as usize;
        if self.buf.len() < prefix + len {
            self.buf.reserve(prefix + len - self.buf.len());
            return Ok(None);
        }
        self.buf.advance(prefix);
        let frame = self.buf.split_to(len);
        M::decode(frame.freeze()).map(Some).map_err(|e| CodecError::Malformed(e.to_string()))
    }
}

/// Reads a varint at the start of `buf`: `Ok(None)` when more bytes are needed.
fn peek_varint(buf: &[u8]) -> Result<Option<(u64, usize)>, CodecError> {
    let mut value: u64 = 0;
    for (i, byte) in buf.iter().take(10).enumerate() {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Ok(Some((value, i + 1)));
        }
    }
    if buf.len() >= 10 { Err(CodecError::BadLength) } else { Ok(None) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClientFrame;
    use crate::v1::{self, client_frame::Kind};
    use proptest::prelude::*;

    fn send_frame(request_id: u64, channel: String, id: String, body: String) -> ClientFrame {
        ClientFrame {
            request_id,
            kind: Some(Kind::Send(v1::Send { channel_id: channel, client_msg_id: id, body, ..Default::default() })),
        }
    }

    proptest! {
        #[test]
        fn round_trip_any_split(
            frames in proptest::collection::vec((any::<u64>(), ".{0,20}", ".{0,64}", ".{0,300}"), 1..8),
            split in 1usize..64,
        ) {
            let frames: Vec<ClientFrame> = frames.into_iter()
                .map(|(r, c, i, b)| send_frame(r, c, i, b)).collect();
            let wire: Vec<u8> = frames.iter().flat_map(|f| encode_delimited(f).to_vec()).collect();
            let mut decoder = FrameDecoder::new(MAX_FRAME_SIZE);
            let mut out = Vec::new();
            for chunk in wire.chunks(split) {
                decoder.extend(chunk);
                while let Some(frame) = decoder.next_frame::<ClientFrame>().unwrap() {
                    out.push(frame);
                }
            }
            prop_assert_eq!(out, frames);
            prop_assert_eq!(decoder.buffered(), 0);
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let mut decoder = FrameDecoder::new(1024);
            decoder.extend(&bytes);
            for _ in 0..bytes.len() + 1 {
                match decoder.next_frame::<ClientFrame>() {
                    Ok(Some(_)) => continue,
                    Ok(None) | Err(_) => break,
                }
            }
        }
    }

    #[test]
    fn oversized_length_is_refused_before_buffering() {
        let mut decoder = FrameDecoder::new(1024);
        let mut prefix = Vec::new();
        prost::encoding::encode_varint(1025, &mut prefix);
        decoder.extend(&prefix);
        assert_eq!(decoder.next_frame::<ClientFrame>(), Err(CodecError::FrameTooLarge { len: 1025, max: 1024 }));
    }

    #[test]
    fn overlong_varint_is_refused() {
        let mut decoder = FrameDecoder::new(1024);
        decoder.extend(&[0xff; 10]);
        assert_eq!(decoder.next_frame::<ClientFrame>(), Err(CodecError::BadLength));
    }

    #[test]
    fn malformed_body_is_a_typed_error() {
        let mut decoder = FrameDecoder::new(1024);
        decoder.extend(&[3, 0xff, 0xff, 0xff]);
        assert!(matches!(decoder.next_frame::<ClientFrame>(), Err(CodecError::Malformed(_))));
    }

    #[test]
    fn whole_frame_decode_checks_size() {
        let frame = send_frame(1, "c".into(), "m".into(), "x".repeat(100));
        let bytes = Message::encode_to_vec(&frame);
        assert_eq!(decode_frame::<ClientFrame>(&bytes, MAX_FRAME_SIZE).unwrap(), frame);
        assert!(matches!(decode_frame::<ClientFrame>(&bytes, 10), Err(CodecError::FrameTooLarge { .. })));
    }
}
