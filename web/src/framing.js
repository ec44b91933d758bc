// @ts-check
// Length-delimited framing for byte streams (the WebTransport bidi stream): every frame is its
// length as a protobuf varint followed by that many bytes. WebSocket messages carry one frame
// each and use none of this.

import { concatBytes } from './bytes.js';

/** A varint is at most 10 bytes; a longer run of continuation bits is malformed. */
export const MAX_VARINT_BYTES = 10;

export class FramingError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FramingError';
    this.code = 'MALFORMED_FRAME';
  }
}

/** Encodes a non-negative safe integer as a protobuf varint. */
export function encodeVarint(value) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('varint value must be a non-negative safe integer');
  const out = [];
  let v = value;
  // Arithmetic rather than bit operators: those truncate to 32 bits.
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

/**
 * Reads a varint at `offset`. Returns {value, length}, or null when the bytes end before the
 * varint does. Throws FramingError for a varint longer than 10 bytes or above 2^53.
 */
export function readVarint(bytes, offset = 0) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    if (offset + i >= bytes.length) return null;
    const b = bytes[offset + i];
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      if (!Number.isSafeInteger(value)) throw new FramingError('varint exceeds 2^53');
      return { value, length: i + 1 };
    }
    scale *= 0x80;
  }
  throw new FramingError('varint longer than 10 bytes');
}

/** Prefixes one encoded frame with its varint length. */
export function prefixFrame(frame) {
  return concatBytes(encodeVarint(frame.length), frame);
}

/**
 * Reassembles varint-prefixed frames from arbitrary chunks: a frame may be split across chunks
 * and one chunk may hold several frames. Linear in the bytes pushed: a frame's buffer is
 * allocated once its length is known and filled in place.
 */
export class FrameDecoder {
  constructor({ maxFrameBytes = Infinity } = {}) {
    this.maxFrameBytes = maxFrameBytes;
    this._header = new Uint8Array(MAX_VARINT_BYTES);
    this._headerLen = 0;
    this._frame = null; // Uint8Array being filled
    this._filled = 0;
  }

  /** True when no partial frame is buffered. */
  get idle() {
    return this._headerLen === 0 && this._frame === null;
  }

  /** Feeds one chunk; returns the frames it completed, in order. */
  push(chunk) {
    const frames = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this._frame === null) {
        // Collect the varint header byte by byte (it is at most 10 bytes).
        const b = chunk[pos++];
        if (this._headerLen >= MAX_VARINT_BYTES) throw new FramingError('varint longer than 10 bytes');
        this._header[this._headerLen++] = b;
        if (b & 0x80) {
          if (this._headerLen >= MAX_VARINT_BYTES) throw new FramingError('varint longer than 10 bytes');
          continue;
        }
        const { value } = readVarint(this._header.subarray(0, this._headerLen), 0);
        this._headerLen = 0;
        if (value > this.maxFrameBytes) throw new FramingError(`frame of ${value} bytes exceeds the limit of ${this.maxFrameBytes}`);
        if (value === 0) {
          frames.push(new Uint8Array(0));
          continue;
        }
        this._frame = new Uint8Array(value);
        this._filled = 0;
      }
      const take = Math.min(this._frame.length - this._filled, chunk.length - pos);
      this._frame.set(chunk.subarray(pos, pos + take), this._filled);
      this._filled += take;
      pos += take;
      if (this._filled === this._frame.length) {
        frames.push(this._frame);
        this._frame = null;
        this._filled = 0;
      }
    }
    return frames;
  }
}
