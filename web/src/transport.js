// @ts-check
// The two byte transports of a session. Both expose the same small interface:
//   transport.kind      'webtransport' | 'websocket'
//   transport.send(frameBytes)   one encoded ClientFrame (no prefix; WebTransport adds it)
//   transport.close(reason)
//   transport.onframe = (bytes) => ...   one encoded ServerFrame
//   transport.onclose = ({code, reason, error}) => ...   called once
// Frames that arrive before `onframe` is set are queued, so nothing is lost between the
// transport opening and the client wiring it up.

import { bytesFromHex } from './bytes.js';
import { FrameDecoder, prefixFrame } from './framing.js';

export const WT_TIMEOUT_MS = 3000;
export const WS_TIMEOUT_MS = 8000;

class BaseTransport {
  constructor(kind) {
    this.kind = kind;
    this.closed = false;
    this._onframe = null;
    this._onclose = null;
    this._queued = [];
    this._closeInfo = null;
  }

  get onframe() { return this._onframe; }
  set onframe(fn) {
    this._onframe = fn;
    while (fn && this._queued.length && this._onframe === fn) fn(this._queued.shift());
  }

  get onclose() { return this._onclose; }
  set onclose(fn) {
    this._onclose = fn;
    if (fn && this._closeInfo && !this._closeReported) {
      this._closeReported = true;
      fn(this._closeInfo);
    }
  }

  _frame(bytes) {
    if (this._onframe) this._onframe(bytes);
    else this._queued.push(bytes);
  }

  _closed(info) {
    if (this._closeInfo) return;
    this.closed = true;
    this._closeInfo = info;
    if (this._onclose) {
      this._closeReported = true;
      this._onclose(info);
    }
  }
}

function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** One WebSocket connection: one binary message per frame, no prefix. */
export class WebSocketTransport extends BaseTransport {
  constructor(ws) {
    super('websocket');
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    ws.onmessage = (ev) => {
      const data = ev.data;
      if (data instanceof ArrayBuffer) this._frame(new Uint8Array(data));
      else if (ArrayBuffer.isView(data)) this._frame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      // Text messages are not frames; the server never sends them.
    };
    ws.onclose = (ev) => this._closed({ code: ev.code, reason: ev.reason || 'websocket closed' });
    ws.onerror = () => {
      // A close event follows; some environments skip it on network errors, so close here too.
      try { ws.close(); } catch { /* already closing */ }
    };
  }

  send(frame) {
    if (this.closed) return false;
    try {
      this.ws.send(frame);
      return true;
    } catch (error) {
      this._closed({ code: 0, reason: 'send failed', error });
      return false;
    }
  }

  close(reason = 'client closed') {
    try { this.ws.close(1000, reason.slice(0, 120)); } catch { /* ignore */ }
    this._closed({ code: 1000, reason });
  }
}

/** Opens a WebSocket transport; rejects on error or after `timeoutMs`. */
export function openWebSocket(url, { WebSocket: WS = globalThis.WebSocket, timeoutMs = WS_TIMEOUT_MS } = {}) {
  if (typeof WS !== 'function') return Promise.reject(new Error('WebSocket is not available'));
  return new Promise((resolve, reject) => {
    let ws;
    try {
      ws = new WS(url);
    } catch (e) {
      reject(e);
      return;
    }
    ws.binaryType = 'arraybuffer';
    const t = setTimeout(() => {
      fail(new Error(`WebSocket ${url} timed out after ${timeoutMs} ms`));
      try { ws.close(); } catch { /* ignore */ }
    }, timeoutMs);
    let settled = false;
    const fail = (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(t);
      reject(err);
    };
    ws.onopen = () => {
      if (settled) return;
      settled = true;
      clearTimeout(t);
      resolve(new WebSocketTransport(ws));
    };
    ws.onerror = () => fail(new Error(`WebSocket ${url} failed`));
    ws.onclose = (ev) => fail(new Error(`WebSocket ${url} closed (${ev.code})`));
  });
}

/** One WebTransport session with one bidirectional stream: varint-prefixed frames. */
export class WebTransportTransport extends BaseTransport {
  /**
   * @param {any} wt a WebTransport
   * @param {{readable: ReadableStream<Uint8Array>, writable: WritableStream<Uint8Array>}} stream its bidirectional stream
   * @param {{maxFrameBytes?: number}} [opts]
   */
  constructor(wt, stream, { maxFrameBytes } = {}) {
    super('webtransport');
    this.wt = wt;
    this.writer = stream.writable.getWriter();
    this.reader = stream.readable.getReader();
    this.decoder = new FrameDecoder({ maxFrameBytes });
    this._readLoop();
    wt.closed.then(
      (info) => this._closed({ code: info?.closeCode ?? 0, reason: info?.reason || 'webtransport closed' }),
      (error) => this._closed({ code: 0, reason: String(error?.message || error), error }),
    );
  }

  async _readLoop() {
    try {
      for (;;) {
        const { value, done } = await this.reader.read();
        if (done) break;
        for (const frame of this.decoder.push(value)) this._frame(frame);
      }
      this._closed({ code: 0, reason: 'stream ended' });
    } catch (error) {
      this._closed({ code: 0, reason: String(error?.message || error), error });
    }
    try { this.wt.close(); } catch { /* ignore */ }
  }

  send(frame) {
    if (this.closed) return false;
    this.writer.write(prefixFrame(frame)).catch((error) => {
      this._closed({ code: 0, reason: 'write failed', error });
      try { this.wt.close(); } catch { /* ignore */ }
    });
    return true;
  }

  close(reason = 'client closed') {
    try { this.wt.close({ closeCode: 0, reason: reason.slice(0, 120) }); } catch { /* ignore */ }
    this._closed({ code: 0, reason });
  }
}

/**
 * Opens a WebTransport session to `url` (pinning `certSha256Hex` when given), waits for it to be
 * ready and opens the single bidirectional stream. Rejects on failure or after `timeoutMs`.
 * @param {string} url
 * @param {{certSha256Hex?: string | null, WebTransport?: any, timeoutMs?: number}} [opts]
 */
export async function openWebTransport(url, { certSha256Hex, WebTransport: WT = globalThis.WebTransport, timeoutMs = WT_TIMEOUT_MS } = {}) {
  if (typeof WT !== 'function') throw new Error('WebTransport is not available');
  const options = certSha256Hex
    ? { serverCertificateHashes: [{ algorithm: 'sha-256', value: bytesFromHex(certSha256Hex) }] }
    : {};
  const wt = new WT(url, options);
  wt.closed?.catch?.(() => {}); // avoid an unhandled rejection when we give up early
  const t = timeout(timeoutMs, `WebTransport ${url}`);
  try {
    await Promise.race([wt.ready, t.promise]);
    const stream = await Promise.race([wt.createBidirectionalStream(), t.promise]);
    return new WebTransportTransport(wt, stream);
  } catch (error) {
    try { wt.close(); } catch { /* ignore */ }
    throw error;
  } finally {
    t.cancel();
  }
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?|.+\.localhost)$/i;

export function isLoopbackHost(hostname) {
  return LOOPBACK.test(String(hostname));
}

/**
 * The WebSocket URL to use for a gateway. A page served over plain http: from a loopback host
 * talks to the gateway's loopback dev listener (ws://same-host/v1/ws) when the chosen gateway is
 * the one serving the page; everything else uses the gateway's advertised wss:// URL.
 */
export function chooseWebSocketUrl(info, baseUrl, { sameGateway = true } = {}) {
  let base;
  try {
    base = new URL(baseUrl);
  } catch {
    base = null;
  }
  if (base && base.protocol === 'http:' && isLoopbackHost(base.hostname) && sameGateway) {
    return `ws://${base.host}/v1/ws`;
  }
  if (info && info.ws_url) return info.ws_url;
  if (base) return `${base.protocol === 'https:' ? 'wss' : 'ws'}://${base.host}/v1/ws`;
  throw new Error('no WebSocket URL for this gateway');
}
