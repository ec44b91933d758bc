// @ts-check
// Byte helpers that work the same in browsers and in Node (no Buffer).

const EMPTY = new Uint8Array(0);

/** Any byte-ish value (Uint8Array, Buffer, ArrayBuffer, view, array, null) as a plain Uint8Array copy. */
export function toBytes(value) {
  if (value == null) return EMPTY.slice();
  if (value instanceof Uint8Array) return new Uint8Array(value); // copies; also turns a Buffer into a plain Uint8Array
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  if (Array.isArray(value)) return Uint8Array.from(value);
  if (typeof value === 'string') return base64ToBytes(value);
  throw new TypeError('not bytes: ' + Object.prototype.toString.call(value));
}

/** "7d09f0..." -> Uint8Array; throws on odd length or a non-hex digit. */
export function bytesFromHex(hex) {
  const clean = String(hex).trim().replace(/^0x/i, '').replace(/[\s:]/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-f]/i.test(clean)) throw new TypeError('invalid hex string');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.substr(i * 2, 2), 16);
  return out;
}

export function bytesToHex(bytes) {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function bytesToBase64(bytes) {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}

export function base64ToBytes(text) {
  if (!text) return EMPTY.slice();
  const normalized = String(text).replace(/-/g, '+').replace(/_/g, '/');
  const padded = normalized + '==='.slice((normalized.length + 3) % 4);
  const bin = atob(padded);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytewise (lexicographic) comparison, as the protocol orders cursors: -1, 0 or 1. */
export function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function concatBytes(...parts) {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
