//! The stream codec: length-prefixed client frames fed in arbitrary chunks. Whatever the
//! chunking, the decoder yields the same frames and the same first error as when fed the
//! bytes at once; it never buffers a frame above the limit; every frame it yields encodes
//! back to a frame that decodes to the same value.

#![no_main]

use libfuzzer_sys::fuzz_target;
use prost::Message;
use tern_proto::ClientFrame;
use tern_proto::{CodecError, FrameDecoder, decode_frame, encode_delimited};

/// A small limit, so that inputs reach it.
const MAX: usize = 4096;

fn decode_all(chunks: &[&[u8]]) -> (Vec<ClientFrame>, Option<CodecError>) {
    let mut decoder = FrameDecoder::new(MAX);
    let mut frames = Vec::new();
    for chunk in chunks {
        decoder.extend(chunk);
        loop {
            match decoder.next_frame::<ClientFrame>() {
                Ok(Some(frame)) => frames.push(frame),
                Ok(None) => break,
                Err(e) => return (frames, Some(e)),
            }
        }
        // What stays is one incomplete frame: its prefix (at most 10 bytes) and at most MAX.
        assert!(decoder.buffered() <= MAX + 10, "buffered past the limit");
    }
    (frames, None)
}

fuzz_target!(|input: (Vec<u8>, &[u8])| {
    let (cuts, bytes) = input;
    let whole = decode_all(&[bytes]);
    // Cut the same bytes where the fuzzer says.
    let mut chunks = Vec::new();
    let mut rest = bytes;
    for cut in cuts {
        let at = (cut as usize).min(rest.len());
        let (head, tail) = rest.split_at(at);
        chunks.push(head);
        rest = tail;
    }
    chunks.push(rest);
    let chunked = decode_all(&chunks);
    assert_eq!(whole.0, chunked.0, "frames depend on the chunking");
    assert_eq!(whole.1.is_some(), chunked.1.is_some(), "an error depends on the chunking");
    for frame in &whole.0 {
        let encoded = encode_delimited(frame);
        let (again, err) = decode_all(&[&encoded]);
        assert!(err.is_none() && again.len() == 1 && &again[0] == frame, "round trip");
    }
    // One whole frame, as a WebSocket message carries it.
    if let Ok(frame) = decode_frame::<ClientFrame>(bytes, MAX) {
        assert_eq!(ClientFrame::decode(frame.encode_to_vec().as_slice()).as_ref(), Ok(&frame));
    }
});
