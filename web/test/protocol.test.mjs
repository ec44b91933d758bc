// Unit tests of the client library without a network: codec round trips, varint framing,
// dedupe/gap logic, backoff, gateway choice, and the client driven through a fake transport
// that plays the server. Run with `npm test` (node --test test/).

import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

import {
  encodeClientFrame, decodeClientFrame, encodeServerFrame, decodeServerFrame, anchorName, anchorEnum,
} from '../src/codec.js';
import { encodeVarint, readVarint, prefixFrame, FrameDecoder, FramingError } from '../src/framing.js';
import { SeqTracker } from '../src/tracker.js';
import { backoffDelay } from '../src/backoff.js';
import { pickGateway, infoFromUrl } from '../src/discovery.js';
import { chooseWebSocketUrl, isLoopbackHost } from '../src/transport.js';
import { bytesFromHex, bytesToHex, bytesToBase64, base64ToBytes, compareBytes, concatBytes } from '../src/bytes.js';
import { MemoryStorage, ClientStore } from '../src/store.js';
import { TernClient as BaseClient, normalizeTransports } from '../src/client.js';

const here = dirname(fileURLToPath(import.meta.url));

// Every client a test makes is disconnected at the end, so a failing test cannot leave timers
// (heartbeats, reconnects) keeping the process alive.
const made = [];
class TernClient extends BaseClient {
  constructor(opts) {
    super(opts);
    made.push(this);
  }
}
after(() => { for (const c of made) c.disconnect(); });
const b = (...xs) => Uint8Array.from(xs);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ------------------------------------------------------------------------------------------ codec

describe('codec', () => {
  const msg = (seq, extra = {}) => ({
    channel_id: 'd.u0000000000000001.u0000000000000002', seq, sender_id: 'u0000000000000001',
    client_msg_id: `c-${seq}`, body: `hello ${seq} ✓ 🐦`, sent_at_ms: 1_700_000_000_000 + seq, event: null,
    edit_of: 0, delete_of: 0, edited_at_ms: 0, deleted: false, edits: [], ...extra,
  });

  const clientFrames = [
    { request_id: 1, authenticate: { token: 'tok.sig', device_id: 'laptop', cursor: b(0, 1, 255) } },
    { request_id: 2, authenticate: { token: 't', device_id: '', cursor: b() } },
    { request_id: 3, send: { channel_id: 'g0123456789abcdef', client_msg_id: 'a-88', body: 'yes!', edit_of: 0, delete_of: 0 } },
    { request_id: 8, send: { channel_id: 'g1', client_msg_id: 'e-1', body: 'fixed', edit_of: 7, delete_of: 0 } },
    { request_id: 4, sync: { after_cursor: b(9, 9), limit: 500 } },
    { request_id: 5, history: { channel_id: 'g1', anchor: 'HISTORY_ANCHOR_AFTER', seq: MAX_SAFE, limit: 200 } },
    { request_id: 6, presence_query: { user_ids: ['u1', 'u2', 'u3'] } },
    { request_id: MAX_SAFE, heartbeat: {} },
  ];

  for (const frame of clientFrames) {
    const kind = Object.keys(frame).find((k) => k !== 'request_id');
    test(`ClientFrame ${kind} round-trips`, () => {
      const bytes = encodeClientFrame(frame);
      assert.ok(bytes instanceof Uint8Array);
      const back = decodeClientFrame(bytes);
      assert.equal(back.kind, kind);
      assert.equal(back.request_id, frame.request_id);
      assert.deepEqual(back[kind], { ...frame[kind] });
      // No other oneof member is set.
      for (const k of ['authenticate', 'send', 'sync', 'history', 'presence_query', 'heartbeat']) {
        if (k !== kind) assert.equal(back[k], undefined);
      }
    });
  }

  const serverFrames = [
    { request_id: 1, authenticated: { user_id: 'u1', device_id: 'd', session_id: 's-9f2', server_time_ms: 1_700_000_000_000, heartbeat_interval_ms: 5000, idle_timeout_ms: 30000, gateway_id: 'gw-1' } },
    { request_id: 2, ack: { channel_id: 'c', seq: 8, client_msg_id: 'a-88', server_time_ms: 1_700_000_000_412, duplicate: true } },
    { request_id: 0, deliver: { message: msg(MAX_SAFE), cursor: b(0, 0, 0, 44) } },
    { request_id: 1, sync: { entries: [{ cursor: b(42), message: msg(7) }, { cursor: b(43), message: msg(8) }], more: true, next_cursor: b(43) } },
    { request_id: 1, sync: { entries: [], more: false, next_cursor: b() } },
    { request_id: 3, history: { channel_id: 'c', messages: [msg(1), msg(2)], has_older: false, has_newer: true, last_seq: 10 } },
    { request_id: 4, presence: { presences: [{ user_id: 'u1', status: 'PRESENCE_STATUS_ONLINE', last_active_at_ms: 5 }, { user_id: 'u2', status: 'PRESENCE_STATUS_OFFLINE', last_active_at_ms: 0 }] } },
    { request_id: 0, presence_event: { presence: { user_id: 'u9', status: 'PRESENCE_STATUS_ONLINE', last_active_at_ms: 1_700_000_009_000 } } },
    { request_id: 5, heartbeat_ack: { server_time_ms: 1_700_000_005_000 } },
    { request_id: 6, error: { code: 'NOT_A_MEMBER', message: 'not a member', fatal: false } },
    { request_id: 0, go_away: { reason: 'draining', suggested_gateway: 'https://gw-eu-2.example:443' } },
    { request_id: 0, deliver: { message: msg(3, { body: '', event: { kind: 'MEMBER_ADDED', user_id: 'u2', name: '' } }), cursor: b(7) } },
    { request_id: 0, user_event: { kind: 'relation', relation: { user_id: 'u2', relation: 'RELATION_INCOMING' } } },
    { request_id: 0, user_event: { kind: 'read', read: { channel_id: 'c', user_id: 'u1', seq: 4 } } },
    { request_id: 0, user_event: { kind: 'channel', channel: { channel_id: 'g1', member: true } } },
    { request_id: 7, read_marked: { channel_id: 'c', seq: 4 } },
  ];

  for (const frame of serverFrames) {
    const kind = Object.keys(frame).find((k) => k !== 'request_id');
    test(`ServerFrame ${kind} round-trips`, () => {
      const back = decodeServerFrame(encodeServerFrame(frame));
      assert.equal(back.kind, kind);
      assert.equal(back.request_id, frame.request_id);
      assert.deepEqual(back[kind], frame[kind]);
    });
  }

  test('uint64 seqs decode as numbers, cursors as plain Uint8Array', () => {
    const f = decodeServerFrame(encodeServerFrame({ deliver: { message: msg(2 ** 40 + 3), cursor: b(1, 2, 3) } }));
    assert.equal(typeof f.deliver.message.seq, 'number');
    assert.equal(f.deliver.message.seq, 2 ** 40 + 3);
    assert.equal(typeof f.deliver.message.sent_at_ms, 'number');
    assert.equal(Object.getPrototypeOf(f.deliver.cursor), Uint8Array.prototype);
    assert.deepEqual([...f.deliver.cursor], [1, 2, 3]);
  });

  test('defaults fill absent fields; enums decode to names', () => {
    const f = decodeServerFrame(encodeServerFrame({ error: { code: 'BAD_TOKEN' } }));
    assert.deepEqual(f.error, { code: 'BAD_TOKEN', message: '', fatal: false });
    const e = decodeServerFrame(encodeServerFrame({ error: { code: 17 } }));
    assert.equal(e.error.code, 'GROUP_FULL');
  });

  test('a frame needs exactly one kind', () => {
    assert.throws(() => encodeClientFrame({ request_id: 1 }));
    assert.throws(() => encodeClientFrame({ request_id: 1, heartbeat: {}, send: { channel_id: 'c' } }));
  });

  test('matches the PROTOCOL.md byte layout for a Send', () => {
    // field 1 varint 7; field 3 (send) length-delimited
    const bytes = encodeClientFrame({ request_id: 7, send: { channel_id: 'g1', client_msg_id: 'x', body: 'hi' } });
    assert.equal(bytesToHex(bytes), '08071a0b0a026731120178' + '1a026869');
  });

  test('history anchors', () => {
    assert.equal(anchorName('AFTER'), 'after');
    assert.equal(anchorName(3), 'around');
    assert.equal(anchorName(undefined), 'latest');
    assert.equal(anchorEnum('before'), 'HISTORY_ANCHOR_BEFORE');
    assert.throws(() => anchorName('sideways'));
  });
});

// ---------------------------------------------------------------------------------------- framing

describe('framing', () => {
  test('varint encoding matches protobuf', () => {
    const cases = [[0, '00'], [1, '01'], [127, '7f'], [128, '8001'], [300, 'ac02'], [16384, '808001'],
      [2 ** 32, '8080808010'], [MAX_SAFE, 'ffffffffffffff0f']];
    for (const [n, hex] of cases) {
      assert.equal(bytesToHex(encodeVarint(n)), hex, `varint(${n})`);
      assert.deepEqual(readVarint(bytesFromHex(hex), 0), { value: n, length: hex.length / 2 });
    }
    assert.throws(() => encodeVarint(-1));
    assert.throws(() => encodeVarint(1.5));
  });

  test('readVarint reports incomplete and malformed input', () => {
    assert.equal(readVarint(b(0x80, 0x80), 0), null);
    assert.equal(readVarint(b(), 0), null);
    assert.deepEqual(readVarint(b(9, 0xac, 0x02), 1), { value: 300, length: 2 });
    assert.throws(() => readVarint(new Uint8Array(10).fill(0x80), 0), FramingError);
  });

  const frames = [
    encodeClientFrame({ request_id: 1, heartbeat: {} }),
    new Uint8Array(0),
    encodeClientFrame({ request_id: 2, send: { channel_id: 'c', client_msg_id: 'm', body: 'x'.repeat(300) } }),
    encodeServerFrame({ request_id: 3, deliver: { message: { channel_id: 'c', seq: 9, body: 'é'.repeat(5000) }, cursor: b(7) } }),
  ];
  const stream = concatBytes(...frames.map(prefixFrame));

  const decodeAll = (chunks) => {
    const d = new FrameDecoder();
    const out = [];
    for (const c of chunks) out.push(...d.push(c));
    assert.ok(d.idle, 'nothing left buffered');
    return out;
  };

  test('prefixFrame writes the varint length', () => {
    const f = prefixFrame(b(1, 2, 3));
    assert.deepEqual([...f], [3, 1, 2, 3]);
    assert.equal(prefixFrame(new Uint8Array(300))[0], 0xac);
  });

  test('decoder: whole stream in one chunk', () => {
    assert.deepEqual(decodeAll([stream]), frames);
  });

  test('decoder: split at every single position', () => {
    for (let i = 0; i <= stream.length; i++) {
      assert.deepEqual(decodeAll([stream.subarray(0, i), stream.subarray(i)]), frames, `split at ${i}`);
    }
  });

  test('decoder: one byte at a time (varint headers split too)', () => {
    const chunks = [];
    for (let i = 0; i < stream.length; i++) chunks.push(stream.subarray(i, i + 1));
    assert.deepEqual(decodeAll(chunks), frames);
  });

  test('decoder: random chunkings', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const chunks = [];
      for (let pos = 0; pos < stream.length;) {
        const n = Math.min(stream.length - pos, Math.floor(rnd() * 700));
        chunks.push(stream.subarray(pos, pos + n));
        pos += n;
      }
      const out = decodeAll(chunks);
      assert.deepEqual(out, frames);
      assert.equal(decodeServerFrame(out[3]).deliver.message.body.length, 5000);
    }
  });

  test('decoder: partial frame is kept until completed', () => {
    const d = new FrameDecoder();
    const f = prefixFrame(b(5, 6, 7, 8));
    assert.deepEqual(d.push(f.subarray(0, 3)), []);
    assert.equal(d.idle, false);
    assert.deepEqual(d.push(f.subarray(3)), [b(5, 6, 7, 8)]);
  });

  test('decoder: invalid varint and oversize frames are errors', () => {
    assert.throws(() => new FrameDecoder().push(new Uint8Array(11).fill(0xff)), FramingError);
    assert.throws(() => new FrameDecoder({ maxFrameBytes: 10 }).push(prefixFrame(new Uint8Array(11))), /exceeds/);
  });
});

// ---------------------------------------------------------------------------------- dedupe / gaps

describe('SeqTracker', () => {
  test('drops duplicates by (channel, seq)', () => {
    const t = new SeqTracker();
    assert.deepEqual(t.observe('a', 1), { duplicate: false, gap: null });
    assert.deepEqual(t.observe('a', 2), { duplicate: false, gap: null });
    assert.equal(t.observe('a', 1).duplicate, true);
    assert.equal(t.observe('a', 2).duplicate, true);
    assert.equal(t.observe('b', 1).duplicate, false, 'other channel');
    assert.equal(t.highest('a'), 2);
  });

  test('first seq of a channel opens no gap', () => {
    const t = new SeqTracker();
    assert.equal(t.observe('a', 57).gap, null);
  });

  test('a seq more than one above the highest opens a gap', () => {
    const t = new SeqTracker();
    t.observe('a', 3);
    const r = t.observe('a', 7);
    assert.deepEqual(r.gap, { channel: 'a', after: 3, before: 7 });
    assert.deepEqual(t.missing(r.gap), [4, 5, 6]);
    assert.equal(t.observe('a', 5).duplicate, false, 'filling a gap is new');
    assert.equal(t.observe('a', 5).duplicate, true);
    assert.deepEqual(t.missing(r.gap), [4, 6]);
    assert.equal(t.observe('a', 8).gap, null);
    assert.equal(t.openGaps().length, 1);
    t.closeGap(r.gap);
    assert.equal(t.openGaps().length, 0);
  });

  test('reordered live deliveries: no duplicate, gap closes itself', () => {
    const t = new SeqTracker();
    t.observe('a', 1);
    const { gap } = t.observe('a', 3);
    t.observe('a', 2);
    assert.deepEqual(t.missing(gap), []);
  });

  test('bounded memory: evicted seqs count as seen, but not inside an open gap', () => {
    const t = new SeqTracker({ recentLimit: 4 });
    t.observe('a', 1);
    const { gap } = t.observe('a', 5); // 2..4 missing
    for (let s = 6; s <= 10; s++) t.observe('a', s);
    assert.ok(t.recent.size <= 4);
    assert.equal(t.observe('a', 6).duplicate, true, 'evicted 6 still a duplicate');
    assert.equal(t.has('a', 3), false, 'gap seq 3 is still missing');
    assert.equal(t.observe('a', 3).duplicate, false);
    assert.deepEqual(t.missing(gap), [2, 4]);
  });

  test('ignores invalid seqs', () => {
    const t = new SeqTracker();
    assert.equal(t.observe('a', 0).ignored, true);
    assert.equal(t.highest('a'), 0);
  });
});

// ------------------------------------------------------------------------------- misc pure logic

describe('helpers', () => {
  test('backoff: 250 ms doubling to 10 s, +-50 % jitter', () => {
    const at = (n, r) => backoffDelay(n, { random: () => r });
    assert.equal(at(0, 0.5), 250);
    assert.equal(at(1, 0.5), 500);
    assert.equal(at(3, 0.5), 2000);
    assert.equal(at(10, 0.5), 10000);
    assert.equal(at(100, 0.5), 10000);
    assert.equal(at(0, 0), 125);
    assert.equal(at(0, 1), 375);
    assert.equal(at(50, 1), 15000);
    for (let i = 0; i < 100; i++) {
      const d = backoffDelay(2);
      assert.ok(d >= 500 && d <= 1500);
    }
  });

  test('pickGateway prefers low load and skips the one to avoid', () => {
    const gws = [{ id: 'a', url: 'https://a', load: 5 }, { id: 'b', url: 'https://b', load: 1 }, { id: 'c', url: 'https://c', load: 1 }];
    assert.equal(pickGateway(gws, { random: () => 0 }).id, 'b');
    assert.equal(pickGateway(gws, { random: () => 0.99 }).id, 'c');
    assert.equal(pickGateway(gws, { avoid: 'b', random: () => 0 }).id, 'c');
    assert.equal(pickGateway([{ id: 'a', url: 'https://a' }], { avoid: 'a' }).id, 'a', 'the only one');
    assert.equal(pickGateway([]), null);
  });

  test('WebSocket URL: loopback dev listener for http: pages, else ws_url', () => {
    const info = { ws_url: 'wss://127.0.0.1:4433/v1/ws' };
    assert.equal(chooseWebSocketUrl(info, 'http://127.0.0.1:18080'), 'ws://127.0.0.1:18080/v1/ws');
    assert.equal(chooseWebSocketUrl(info, 'http://localhost:8080'), 'ws://localhost:8080/v1/ws');
    assert.equal(chooseWebSocketUrl(info, 'http://[::1]:8080'), 'ws://[::1]:8080/v1/ws');
    assert.equal(chooseWebSocketUrl(info, 'https://127.0.0.1:4433'), info.ws_url);
    assert.equal(chooseWebSocketUrl(info, 'http://chat.example'), info.ws_url);
    assert.equal(chooseWebSocketUrl(info, 'http://127.0.0.1:18080', { sameGateway: false }), info.ws_url);
    assert.ok(isLoopbackHost('127.0.0.5') && !isLoopbackHost('10.0.0.1'));
    assert.equal(infoFromUrl('https://g2.example:443').ws_url, 'wss://g2.example:443/v1/ws');
  });

  test('bytes helpers', () => {
    assert.deepEqual([...bytesFromHex('7d09ff')], [0x7d, 0x09, 0xff]);
    assert.throws(() => bytesFromHex('abc'));
    const x = b(0, 1, 2, 250, 255);
    assert.deepEqual(base64ToBytes(bytesToBase64(x)), x);
    assert.equal(compareBytes(b(1), b(1, 0)), -1);
    assert.equal(compareBytes(b(2), b(1, 9)), 1);
    assert.equal(compareBytes(b(), b()), 0);
  });

  test('cursor store keeps the later cursor, per user and device', () => {
    const s = new ClientStore(new MemoryStorage());
    assert.equal(s.cursor('u1', 'd1').length, 0);
    s.advanceCursor('u1', 'd1', b(0, 5));
    s.advanceCursor('u1', 'd1', b(0, 3)); // overtaken delivery: ignored
    assert.deepEqual([...s.cursor('u1', 'd1')], [0, 5]);
    assert.equal(s.cursor('u1', 'd2').length, 0);
  });

  test('transport names', () => {
    assert.deepEqual(normalizeTransports(['ws']), ['websocket']);
    assert.deepEqual(normalizeTransports('websocket'), ['websocket']);
    assert.deepEqual(normalizeTransports(['webtransport', 'websocket', 'ws']), ['webtransport', 'websocket']);
  });
});

// ---------------------------------------------------------------------- the client, fake server

const USER = { id: 'u00000000000000aa', username: 'alice', display_name: 'Alice', created_at_ms: 1 };

function fakeFetch(routes = {}) {
  const calls = [];
  const fn = async (url, init = {}) => {
    calls.push({ url, method: init.method || 'GET', body: init.body ? JSON.parse(init.body) : undefined });
    const path = new URL(url).pathname;
    const host = new URL(url).host;
    const handler = routes[`${host}${path}`] || routes[path];
    if (!handler) return new Response(JSON.stringify({ error: { code: 'not_found', message: path } }), { status: 404 });
    const [status, body] = handler(url, init);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  fn.calls = calls;
  return fn;
}

const INFO = (id, host = 'gw1.test') => ({
  gateway_id: id, region: 'local', public_url: `https://${host}`, wt_url: `https://${host}/v1/wt`,
  ws_url: `wss://${host}/v1/ws`, cert_sha256: 'ab'.repeat(32), draining: false,
});

/** A transport whose server side the test drives. */
class FakeTransport {
  constructor(kind, info) {
    this.kind = kind;
    this.info = info;
    this.sent = [];
    this.closed = false;
    this.onframe = null;
    this.onclose = null;
    this.waiters = [];
  }
  send(bytes) {
    const frame = decodeClientFrame(bytes);
    this.sent.push(frame);
    for (const w of [...this.waiters]) if (w.pred(frame)) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(frame); }
    return true;
  }
  close(reason = 'client') {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.({ reason });
  }
  /** The server sends a frame. */
  push(frame) { this.onframe(encodeServerFrame(frame)); }
  /** The server drops the connection. */
  drop() { this.close('dropped'); }
  /** Resolves with the next client frame matching `pred` (or one already sent). */
  next(kind, pred = () => true, { skipSeen = false } = {}) {
    const p = (f) => f.kind === kind && pred(f);
    if (!skipSeen) {
      const already = this.sent.find((f) => p(f) && !f._taken);
      if (already) { already._taken = true; return Promise.resolve(already); }
    }
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${kind} frame`)), 2000);
      this.waiters.push({ pred: p, resolve: (f) => { clearTimeout(t); f._taken = true; resolve(f); } });
    });
  }
}

function setup({ storage = new MemoryStorage(), routes = {}, transports = ['websocket'], failOpen = null, ...opts } = {}) {
  const opened = [];
  const attempts = []; // [kind, gateway_id] of every transport the client tried to open
  const openWaiters = [];
  const fetch = fakeFetch({
    '/v1/discover': () => [200, { gateways: [{ id: 'gw-1', region: 'local', url: 'https://gw1.test', load: 0 }] }],
    '/v1/info': () => [200, INFO('gw-1')],
    '/v1/login': () => [200, { user: USER, token: 'tok-alice', expires_at: 2e9 }],
    ...routes,
  });
  const client = new TernClient({
    baseUrl: 'https://gw1.test', deviceId: 'dev-1', storage, fetch, transports,
    gapDelayMs: 10, gapRetryMs: 30, backoff: { base: 5, max: 20 },
    openTransport: async (kind, info) => {
      attempts.push([kind, info.gateway_id]);
      if (failOpen && failOpen(kind, info)) throw new Error(`${kind} to ${info.gateway_id} failed`);
      const t = new FakeTransport(kind, info);
      opened.push(t);
      for (const w of openWaiters.splice(0)) w(t);
      return t;
    },
    ...opts,
  });
  const events = { message: [], state: [], ack: [], presence: [], error: [] };
  for (const type of Object.keys(events)) client.on(type, (d) => events[type].push(d));
  const nextTransport = (n) => (opened.length >= n ? Promise.resolve(opened[n - 1]) : new Promise((resolve) => {
    const check = () => (opened.length >= n ? resolve(opened[n - 1]) : openWaiters.push(check));
    openWaiters.push(check);
  }));
  return { client, opened, attempts, events, fetch, storage, nextTransport };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
async function until(pred, what = 'condition', ms = 2000) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

const M = (channel, seq, extra = {}) => ({
  channel_id: channel, seq, sender_id: 'u00000000000000bb', client_msg_id: `b-${seq}`, body: `m${seq}`, sent_at_ms: 1000 + seq, ...extra,
});

/** Logs in, connects, answers Authenticate; returns the transport and the Authenticate frame. */
async function connected(ctx, { pages = [{ entries: [], more: false }] } = {}) {
  if (!ctx.client.isLoggedIn) await ctx.client.login('alice', 'password1');
  const p = ctx.client.connect();
  const t = await ctx.nextTransport(ctx.opened.length + 1);
  const auth = await t.next('authenticate');
  t.push({ request_id: auth.request_id, authenticated: { user_id: USER.id, device_id: 'dev-1', session_id: 's', heartbeat_interval_ms: 5000, idle_timeout_ms: 30000, gateway_id: 'gw-1' } });
  for (const page of pages) t.push({ request_id: auth.request_id, sync: { next_cursor: page.entries.at(-1)?.cursor ?? b(), ...page } });
  await p;
  return { t, auth };
}

describe('TernClient (fake transport)', () => {
  test('authenticates with the stored cursor, consumes catch-up, persists the cursor, drops duplicates', async () => {
    const storage = new MemoryStorage();
    new ClientStore(storage).setCursor(USER.id, 'dev-1', b(0, 41));
    const ctx = setup({ storage });
    const { t, auth } = await connected(ctx, {
      pages: [
        { entries: [{ cursor: b(0, 42), message: M('D', 7) }, { cursor: b(0, 43), message: M('D', 8) }], more: true },
        { entries: [{ cursor: b(0, 44), message: M('D', 8) }, { cursor: b(0, 45), message: M('G', 1) }], more: false },
      ],
    });
    assert.equal(auth.authenticate.token, 'tok-alice');
    assert.equal(auth.authenticate.device_id, 'dev-1');
    assert.deepEqual([...auth.authenticate.cursor], [0, 41]);
    assert.deepEqual(ctx.events.message.map((m) => `${m.channel_id}:${m.seq}:${m.source}`), ['D:7:sync', 'D:8:sync', 'G:1:sync']);
    assert.equal(ctx.client.cursor, bytesToBase64(b(0, 45)));
    assert.equal(storage.getItem(`tern.cursor.${USER.id}.dev-1`), bytesToBase64(b(0, 45)));
    assert.deepEqual(ctx.events.state.map((s) => s.state), ['connecting', 'connected']);
    assert.equal(ctx.events.state.at(-1).transport, 'websocket');

    // Live: a duplicate of a synced message is dropped, a new one is emitted and moves the cursor.
    t.push({ deliver: { message: M('D', 8), cursor: b(0, 44) } });
    t.push({ deliver: { message: M('D', 9), cursor: b(0, 46) } });
    await until(() => ctx.events.message.length === 4, 'deliver');
    assert.equal(ctx.events.message[3].seq, 9);
    assert.equal(ctx.events.message[3].source, 'deliver');
    assert.equal(ctx.client.cursor, bytesToBase64(b(0, 46)));
    ctx.client.disconnect();
    assert.equal(ctx.client.state, 'closed');
  });

  test('a seq gap is filled with HistoryRequest AFTER the highest seen', async () => {
    const ctx = setup();
    const { t } = await connected(ctx, { pages: [{ entries: [{ cursor: b(1), message: M('D', 3) }], more: false }] });
    t.push({ deliver: { message: M('D', 6), cursor: b(4) } });
    const h = await t.next('history');
    assert.equal(h.history.channel_id, 'D');
    assert.equal(h.history.anchor, 'HISTORY_ANCHOR_AFTER');
    assert.equal(h.history.seq, 3);
    assert.equal(h.history.limit, 2);
    t.push({ request_id: h.request_id, history: { channel_id: 'D', messages: [M('D', 4), M('D', 5)], has_older: true, has_newer: true, last_seq: 6 } });
    await until(() => ctx.events.message.length === 4, 'gap messages');
    assert.deepEqual(ctx.events.message.map((m) => m.seq), [3, 6, 4, 5]);
    assert.equal(ctx.events.message[2].source, 'gap');
    assert.equal(ctx.client.tracker.openGaps().length, 0);
    ctx.client.disconnect();
  });

  test('reordered deliveries inside the gap delay need no history request', async () => {
    const ctx = setup({ gapDelayMs: 50 });
    const { t } = await connected(ctx, { pages: [{ entries: [{ cursor: b(1), message: M('D', 1) }], more: false }] });
    t.push({ deliver: { message: M('D', 3), cursor: b(3) } });
    t.push({ deliver: { message: M('D', 2), cursor: b(2) } });
    await tick(120);
    assert.equal(t.sent.filter((f) => f.kind === 'history').length, 0);
    assert.deepEqual(ctx.events.message.map((m) => m.seq), [1, 3, 2]);
    assert.equal(ctx.client.cursor, bytesToBase64(b(3)), 'cursor never moves backwards');
    ctx.client.disconnect();
  });

  test('messages of others are confirmed with one MarkDelivered per channel per burst; own ones are not', async () => {
    const ctx = setup({ deliveryDelayMs: 30 });
    const own = (ch, seq) => M(ch, seq, { sender_id: USER.id, client_msg_id: `a-${seq}` });
    const { t } = await connected(ctx, { pages: [{ entries: [{ cursor: b(1), message: M('D', 1) }, { cursor: b(2), message: own('G', 1) }], more: false }] });
    t.push({ deliver: { message: M('D', 2), cursor: b(3) } });
    t.push({ deliver: { message: M('D', 3), cursor: b(4) } });
    t.push({ deliver: { message: own('G', 2), cursor: b(5) } });
    const first = await t.next('mark_delivered');
    assert.deepEqual([first.mark_delivered.channel_id, first.mark_delivered.seq], ['D', 3], 'the burst folded into its highest seq');
    await tick(80);
    assert.equal(t.sent.filter((f) => f.kind === 'mark_delivered').length, 1, 'nothing for own messages, nothing twice');

    // Arrivals while disconnected are confirmed on the next session, after its catch-up.
    t.drop();
    const t2 = await ctx.nextTransport(2);
    const auth = await t2.next('authenticate');
    t2.push({ request_id: auth.request_id, authenticated: { user_id: USER.id, device_id: 'dev-1', session_id: 's2', heartbeat_interval_ms: 5000, idle_timeout_ms: 30000, gateway_id: 'gw-1' } });
    t2.push({ request_id: auth.request_id, sync: { entries: [{ cursor: b(6), message: M('G', 3) }], more: false, next_cursor: b(6) } });
    const again = await t2.next('mark_delivered');
    assert.deepEqual([again.mark_delivered.channel_id, again.mark_delivered.seq], ['G', 3]);
    ctx.client.disconnect();
  });

  test('delivery receipts of others arrive as delivered events; deliveryReceipts: false sends none', async () => {
    const ctx = setup({ deliveryReceipts: false, deliveryDelayMs: 5 });
    const seen = [];
    ctx.client.on('delivered', (d) => seen.push(d));
    const { t } = await connected(ctx);
    t.push({ deliver: { message: M('D', 1), cursor: b(1) } });
    t.push({ user_event: { delivered: { channel_id: 'D', user_id: 'u00000000000000bb', seq: 4 } } });
    await until(() => seen.length === 1, 'delivered event');
    assert.deepEqual(seen[0], { channel_id: 'D', user_id: 'u00000000000000bb', seq: 4 });
    await tick(40);
    assert.equal(t.sent.filter((f) => f.kind === 'mark_delivered').length, 0);
    ctx.client.disconnect();
  });

  test('send resolves with the Ack and emits the message once', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    const p = ctx.client.send('D', 'hello');
    const s = await t.next('send');
    assert.equal(s.send.channel_id, 'D');
    assert.equal(s.send.body, 'hello');
    assert.equal(s.send.client_msg_id, p.client_msg_id);
    assert.equal(ctx.client.outbox.length, 1);
    t.push({ request_id: s.request_id, ack: { channel_id: 'D', seq: 1, client_msg_id: s.send.client_msg_id, server_time_ms: 5 } });
    const ack = await p;
    assert.equal(ack.seq, 1);
    assert.equal(ctx.client.outbox.length, 0);
    assert.deepEqual(ctx.events.message.map((m) => [m.seq, m.source, m.own, m.body]), [[1, 'ack', true, 'hello']]);
    assert.equal(ctx.events.ack.length, 1);
    ctx.client.disconnect();
  });

  test('error frames reject the matching send with {code, message}', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    const p = ctx.client.send('G', 'x');
    const s = await t.next('send');
    t.push({ request_id: s.request_id, error: { code: 'NOT_A_MEMBER', message: 'you left', fatal: false } });
    await assert.rejects(p, (e) => e.code === 'NOT_A_MEMBER' && e.message === 'you left');
    assert.equal(ctx.client.outbox.length, 0);
    assert.equal(ctx.client.state, 'connected');
    ctx.client.disconnect();
  });

  test('unacked sends are re-sent after reconnect with the same client_msg_id', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    const p = ctx.client.send('D', 'see you at 6');
    const first = await t.next('send');
    t.drop();
    await until(() => ctx.events.state.some((s) => s.state === 'reconnecting'), 'reconnecting');
    const t2 = await ctx.nextTransport(2);
    const auth = await t2.next('authenticate');
    t2.push({ request_id: auth.request_id, authenticated: { user_id: USER.id, heartbeat_interval_ms: 5000, idle_timeout_ms: 30000 } });
    await tick(20);
    assert.equal(t2.sent.filter((f) => f.kind === 'send').length, 0, 'waits for the end of the catch-up');
    t2.push({ request_id: auth.request_id, sync: { entries: [], more: false, next_cursor: b() } });
    const again = await t2.next('send');
    assert.equal(again.send.client_msg_id, first.send.client_msg_id);
    t2.push({ request_id: again.request_id, ack: { channel_id: 'D', seq: 10, client_msg_id: again.send.client_msg_id, duplicate: true } });
    assert.equal((await p).seq, 10);
    assert.equal(ctx.events.state.at(-1).state, 'connected');
    ctx.client.disconnect();
  });

  test('the outbox survives a reload; a send seen in the catch-up counts as acknowledged', async () => {
    const storage = new MemoryStorage();
    const a = setup({ storage });
    const { t } = await connected(a);
    a.client.send('D', 'persisted').catch(() => {});
    const s = await t.next('send');
    a.client.disconnect();
    assert.equal(JSON.parse(storage.getItem(`tern.outbox.${USER.id}.dev-1`)).length, 1);

    const bctx = setup({ storage }); // "reload": same storage, session restored
    assert.equal(bctx.client.isLoggedIn, true);
    assert.equal(bctx.client.outbox.length, 1);
    const mine = M('D', 4, { sender_id: USER.id, client_msg_id: s.send.client_msg_id, body: 'persisted' });
    const { t: t2 } = await connected(bctx, { pages: [{ entries: [{ cursor: b(9), message: mine }], more: false }] });
    await tick(20);
    assert.equal(t2.sent.filter((f) => f.kind === 'send').length, 0, 'no re-send: the catch-up showed it');
    assert.equal(bctx.client.outbox.length, 0);
    assert.equal(bctx.events.ack.length, 1);
    assert.deepEqual(bctx.events.message.map((m) => [m.seq, m.own]), [[4, true]]);
    bctx.client.disconnect();
  });

  test('BAD_TOKEN stops reconnecting and closes with the reason', async () => {
    const ctx = setup();
    await ctx.client.login('alice', 'password1');
    const p = ctx.client.connect();
    const t = await ctx.nextTransport(1);
    const auth = await t.next('authenticate');
    t.push({ request_id: auth.request_id, error: { code: 'BAD_TOKEN', message: 'bad signature', fatal: true } });
    await assert.rejects(p, (e) => e.code === 'BAD_TOKEN');
    const last = ctx.events.state.at(-1);
    assert.equal(last.state, 'closed');
    assert.equal(last.reason, 'BAD_TOKEN');
    await tick(60);
    assert.equal(ctx.opened.length, 1, 'no reconnect');
  });

  test('a dropped transport reconnects with backoff', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    t.drop();
    const t2 = await ctx.nextTransport(2);
    assert.ok(await t2.next('authenticate'));
    assert.ok(ctx.events.state.some((s) => s.state === 'reconnecting'));
    ctx.client.disconnect();
  });

  test('GoAway reconnects to the suggested gateway', async () => {
    const ctx = setup({
      routes: { 'gw2.test/v1/info': () => [200, INFO('gw-2', 'gw2.test')] },
    });
    const { t } = await connected(ctx);
    t.push({ go_away: { reason: 'draining', suggested_gateway: 'https://gw2.test' } });
    t.close('server closed');
    const t2 = await ctx.nextTransport(2);
    assert.equal(t2.info.gateway_id, 'gw-2');
    assert.equal(t2.info.wt_url, 'https://gw2.test/v1/wt');
    assert.ok(await t2.next('authenticate'));
    ctx.client.disconnect();
  });

  const TWO_GATEWAYS = () => [200, { gateways: [
    { id: 'gw-2', region: 'local', url: 'https://gw2.test', load: 0 },
    { id: 'gw-1', region: 'local', url: 'https://gw1.test', load: 3 },
  ] }];
  const NO_CORS = () => [502, { error: { code: 'unreachable', message: 'cross-origin /v1/info refused' } }];

  test('a page on a dev-certificate gateway stays there when discovery picks one it cannot read', async () => {
    // The other gateway's /v1/info cannot be read from the page, so it has no hash to pin: with
    // self-signed dev certificates it is unreachable. The page's own gateway is used instead.
    const ctx = setup({
      transports: ['webtransport', 'websocket'],
      routes: { '/v1/discover': TWO_GATEWAYS, 'gw2.test/v1/info': NO_CORS },
    });
    const { t } = await connected(ctx);
    assert.equal(t.kind, 'webtransport');
    assert.equal(t.info.gateway_id, 'gw-1');
    assert.equal(t.info.cert_sha256, 'ab'.repeat(32));
    assert.deepEqual(ctx.attempts, [['webtransport', 'gw-1']]);
    ctx.client.disconnect();
  });

  test('another gateway that cannot be reached is avoided next time and does not count against WebTransport', async () => {
    // Real certificates (no hash in /v1/info): the other gateway is tried by its URL, fails on
    // both transports, and the next discovery avoids it.
    const ctx = setup({
      transports: ['webtransport', 'websocket'],
      routes: { '/v1/info': () => [200, { ...INFO('gw-1'), cert_sha256: null }], '/v1/discover': TWO_GATEWAYS, 'gw2.test/v1/info': NO_CORS },
      failOpen: (kind, info) => info.gateway_id === 'gw-2',
    });
    const { t } = await connected(ctx);
    assert.equal(t.info.gateway_id, 'gw-1');
    assert.deepEqual(ctx.attempts, [['webtransport', 'gw-2'], ['websocket', 'gw-2'], ['webtransport', 'gw-1']]);
    assert.equal(t.kind, 'webtransport', 'WebTransport is still tried first');
    ctx.client.disconnect();
  });

  test('WebTransport failing where WebSocket works twice in a row: straight to WebSocket', async () => {
    const ctx = setup({ transports: ['webtransport', 'websocket'], failOpen: (kind) => kind === 'webtransport' });
    const { t } = await connected(ctx);
    assert.equal(t.kind, 'websocket');
    t.drop();
    const t2 = await ctx.nextTransport(2);
    assert.ok(await t2.next('authenticate'));
    t2.drop();
    const t3 = await ctx.nextTransport(3);
    assert.ok(await t3.next('authenticate'));
    assert.equal(t3.kind, 'websocket');
    assert.deepEqual(ctx.attempts.map(([kind]) => kind), ['webtransport', 'websocket', 'webtransport', 'websocket', 'websocket']);
    ctx.client.disconnect();
  });

  test('presence: queries over the session and PresenceEvents both emit presence', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    const q = ctx.client.queryPresence(['u1', 'u2']);
    const f = await t.next('presence_query');
    assert.deepEqual(f.presence_query.user_ids, ['u1', 'u2']);
    t.push({ request_id: f.request_id, presence: { presences: [{ user_id: 'u1', status: 'PRESENCE_STATUS_ONLINE' }, { user_id: 'u2' }] } });
    const list = await q;
    assert.deepEqual(list.map((p) => [p.user_id, p.online]), [['u1', true], ['u2', false]]);
    t.push({ presence_event: { presence: { user_id: 'u2', status: 'PRESENCE_STATUS_ONLINE', last_active_at_ms: 7 } } });
    await until(() => ctx.events.presence.length === 3, 'presence event');
    assert.deepEqual(ctx.events.presence[2], { user_id: 'u2', online: true, status: 'online', last_active_at_ms: 7, source: 'event' });
    ctx.client.disconnect();
  });

  test('heartbeats follow heartbeat_interval_ms', async () => {
    const ctx = setup();
    await ctx.client.login('alice', 'password1');
    const p = ctx.client.connect();
    const t = await ctx.nextTransport(1);
    const auth = await t.next('authenticate');
    t.push({ request_id: auth.request_id, authenticated: { user_id: USER.id, heartbeat_interval_ms: 30, idle_timeout_ms: 1000 } });
    await p;
    const hb = await t.next('heartbeat');
    t.push({ request_id: hb.request_id, heartbeat_ack: { server_time_ms: 1 } });
    await t.next('heartbeat', () => true, { skipSeen: true });
    ctx.client.disconnect();
  });

  test('REST errors surface the JSON error code', async () => {
    const ctx = setup({ routes: { '/v1/signup': () => [409, { error: { code: 'username_taken', message: 'taken' } }] } });
    await assert.rejects(ctx.client.signup('alice', 'password1', 'A'), (e) => e.code === 'username_taken' && e.status === 409);
    await ctx.client.login('alice', 'password1');
    const call = ctx.fetch.calls.find((c) => c.url.endsWith('/v1/login'));
    assert.deepEqual(call.body, { username: 'alice', password: 'password1', device_id: 'dev-1' });
  });
});

// -------------------------------------------------------------------------------------- the bundle

const dist = join(here, '..', 'dist', 'tern-client.js');
test('dist/tern-client.js is a self-contained module with the same API', { skip: !existsSync(dist) && 'not built' }, async () => {
  const mod = await import(pathToFileURL(dist).href);
  for (const name of ['TernClient', 'encodeClientFrame', 'decodeServerFrame', 'FrameDecoder', 'SeqTracker', 'MemoryStorage']) {
    assert.equal(typeof mod[name], 'function', name);
  }
  const f = mod.decodeServerFrame(mod.encodeServerFrame({ deliver: { message: { channel_id: 'c', seq: 2 ** 50 }, cursor: b(1) } }));
  assert.equal(f.deliver.message.seq, 2 ** 50);
  assert.equal(typeof f.deliver.message.seq, 'number');
});

// ------------------------------------------------------------------- real transports, fake APIs

/** A WebTransport stand-in: one bidi stream; the test plays the server through `server`. */
function fakeWebTransportClass({ hang = false } = {}) {
  const created = [];
  class FakeWT {
    constructor(url, options) {
      this.url = url;
      this.options = options;
      created.push(this);
      let closeResolve;
      this.closed = new Promise((r) => { closeResolve = r; });
      this._closeResolve = closeResolve;
      this.ready = hang ? new Promise(() => {}) : Promise.resolve();
      this.written = [];
      const self = this;
      this.serverDecoder = new FrameDecoder();
      this.clientFrames = [];
      this.readable = new ReadableStream({ start(c) { self.ctrl = c; } });
      this.writable = new WritableStream({
        write(chunk) {
          self.written.push(chunk);
          for (const f of self.serverDecoder.push(chunk)) self.clientFrames.push(decodeClientFrame(f));
        },
      });
    }
    async createBidirectionalStream() { return { readable: this.readable, writable: this.writable }; }
    /** The server writes raw bytes (any chunking). */
    serverWrite(bytes) { this.ctrl.enqueue(bytes); }
    close() { this._closeResolve({ closeCode: 0, reason: 'closed' }); try { this.ctrl.close(); } catch { /* closed */ } }
  }
  FakeWT.created = created;
  return FakeWT;
}

/** A WebSocket stand-in that opens at once; the test answers through `serverSend`. */
function fakeWebSocketClass() {
  const created = [];
  class FakeWS {
    constructor(url) {
      this.url = url;
      this.sent = [];
      created.push(this);
      setTimeout(() => this.onopen?.({}), 1);
    }
    send(data) { this.sent.push(decodeClientFrame(new Uint8Array(data))); }
    serverSend(frame) { const u = encodeServerFrame(frame); this.onmessage?.({ data: u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) }); }
    close() { setTimeout(() => this.onclose?.({ code: 1000, reason: '' }), 0); }
  }
  FakeWS.created = created;
  return FakeWS;
}

describe('TernClient transports (fake browser APIs)', () => {
  const routes = {
    '/v1/discover': () => [200, { gateways: [{ id: 'gw-1', region: 'local', url: 'https://127.0.0.1:4433', load: 0 }] }],
    '/v1/info': () => [200, { ...INFO('gw-1', '127.0.0.1:4433') }],
    '/v1/login': () => [200, { user: USER, token: 'tok-alice', expires_at: 2e9 }],
  };

  test('WebTransport: pinned certificate, varint-prefixed frames on one bidi stream', async () => {
    const WT = fakeWebTransportClass();
    const client = new TernClient({ baseUrl: 'https://127.0.0.1:4433', deviceId: 'dev-1', storage: new MemoryStorage(), fetch: fakeFetch(routes), WebTransport: WT, WebSocket: fakeWebSocketClass() });
    await client.login('alice', 'password1');
    const p = client.connect();
    await until(() => WT.created[0]?.clientFrames.length === 1, 'authenticate over WT');
    const wt = WT.created[0];
    assert.equal(wt.url, 'https://127.0.0.1:4433/v1/wt');
    assert.equal(wt.options.serverCertificateHashes[0].algorithm, 'sha-256');
    assert.deepEqual([...wt.options.serverCertificateHashes[0].value], new Array(32).fill(0xab));
    const auth = wt.clientFrames[0];
    assert.equal(auth.kind, 'authenticate');
    assert.equal(wt.written[0][0], wt.written[0].length - 1, 'one varint length byte + frame');
    // The server's answer arrives split across chunks, two frames glued together.
    const bytes = concatBytes(
      prefixFrame(encodeServerFrame({ request_id: auth.request_id, authenticated: { user_id: USER.id, heartbeat_interval_ms: 5000, idle_timeout_ms: 30000 } })),
      prefixFrame(encodeServerFrame({ request_id: auth.request_id, sync: { entries: [{ cursor: b(5), message: M('D', 1) }], more: false, next_cursor: b(5) } })),
    );
    wt.serverWrite(bytes.subarray(0, 3));
    wt.serverWrite(bytes.subarray(3, 40));
    wt.serverWrite(bytes.subarray(40));
    await p;
    assert.equal(client.transport, 'webtransport');
    const msgs = [];
    client.on('message', (m) => msgs.push(m));
    wt.serverWrite(prefixFrame(encodeServerFrame({ deliver: { message: M('D', 2), cursor: b(6) } })));
    await until(() => msgs.some((m) => m.seq === 2), 'deliver over WT');
    assert.deepEqual(client.tracker.openGaps(), []);
    client.disconnect();
  });

  test('WebTransport timeout falls back to the loopback dev WebSocket', async () => {
    const WT = fakeWebTransportClass({ hang: true });
    const WS = fakeWebSocketClass();
    const states = [];
    const client = new TernClient({
      baseUrl: 'http://127.0.0.1:18080', deviceId: 'dev-1', storage: new MemoryStorage(), fetch: fakeFetch(routes),
      WebTransport: WT, WebSocket: WS, webTransportTimeoutMs: 50,
    });
    client.on('state', (s) => states.push(s));
    await client.login('alice', 'password1');
    const p = client.connect();
    await until(() => WS.created[0]?.sent.length === 1, 'authenticate over WS', 3000);
    assert.equal(WT.created.length, 1, 'WebTransport was tried first');
    const ws = WS.created[0];
    assert.equal(ws.url, 'ws://127.0.0.1:18080/v1/ws');
    assert.equal(ws.binaryType, 'arraybuffer');
    const auth = ws.sent[0];
    ws.serverSend({ request_id: auth.request_id, authenticated: { user_id: USER.id, heartbeat_interval_ms: 5000, idle_timeout_ms: 30000 } });
    ws.serverSend({ request_id: auth.request_id, sync: { entries: [], more: false } });
    await p;
    assert.equal(client.transport, 'websocket');
    assert.deepEqual(states.at(-1), { state: 'connected', transport: 'websocket' });
    client.disconnect();
  });

  test('transports: ["websocket"] never touches WebTransport', async () => {
    const WT = fakeWebTransportClass();
    const WS = fakeWebSocketClass();
    const client = new TernClient({ baseUrl: 'https://127.0.0.1:4433', deviceId: 'dev-1', storage: new MemoryStorage(), fetch: fakeFetch(routes), WebTransport: WT, WebSocket: WS, transports: ['ws'] });
    await client.login('alice', 'password1');
    client.connect().catch(() => {});
    await until(() => WS.created.length === 1, 'ws');
    assert.equal(WT.created.length, 0);
    assert.equal(WS.created[0].url, 'wss://127.0.0.1:4433/v1/ws');
    client.disconnect();
  });
});

test('SeqTracker: an Ack below the first seq seen is new once', () => {
  const t = new SeqTracker();
  t.observe('a', 10); // a Deliver overtook our own Ack
  assert.equal(t.observe('a', 9).duplicate, false);
  assert.equal(t.observe('a', 9).duplicate, true);
  assert.equal(t.observe('a', 5).duplicate, false, 'non-contiguous older seq is still new');
  assert.equal(t.has('a', 7), false);
});

test('TernClient: a rate-limited gap fill is retried', async () => {
  const ctx = setup();
  const { t } = await connected(ctx, { pages: [{ entries: [{ cursor: b(1), message: M('D', 1) }], more: false }] });
  t.push({ deliver: { message: M('D', 3), cursor: b(3) } });
  const h1 = await t.next('history');
  t.push({ request_id: h1.request_id, error: { code: 'RATE_LIMITED', message: 'slow down', fatal: false } });
  const h2 = await t.next('history', () => true, { skipSeen: true });
  assert.equal(h2.history.seq, 1);
  t.push({ request_id: h2.request_id, history: { channel_id: 'D', messages: [M('D', 2)], has_newer: true, last_seq: 3 } });
  await until(() => ctx.events.message.some((m) => m.seq === 2 && m.source === 'gap'), 'gap message', 4000);
  assert.equal(ctx.client.tracker.openGaps().length, 0);
  ctx.client.disconnect();
});

// ------------------------------------------------------------------ body limit and liveness

describe('TernClient: limits and liveness', () => {
  test('bodyLength counts Unicode scalar values, not UTF-16 units', async () => {
    const { bodyLength } = await import('../src/client.js');
    assert.equal(bodyLength(''), 0);
    assert.equal(bodyLength('abc'), 3);
    assert.equal(bodyLength('😀😀'), 2, 'astral characters count once');
    assert.equal(bodyLength('é'), 1);
    assert.equal(bodyLength('\ud800x'), 2, 'a lone surrogate counts once');
  });

  test('a body over 100,000 characters is refused with BODY_TOO_LARGE before anything goes on the wire', async () => {
    const { MAX_BODY_CHARS } = await import('../src/client.js');
    const ctx = setup();
    const { t } = await connected(ctx);
    const framesBefore = t.sent.length;
    // 100,001 astral characters: 200,002 UTF-16 units, 400,004 bytes.
    const tooLong = '😀'.repeat(MAX_BODY_CHARS + 1);
    await assert.rejects(ctx.client.send('D', tooLong), (e) => e.name === 'TernError' && e.code === 'BODY_TOO_LARGE'
      && e.limit === MAX_BODY_CHARS && e.length === MAX_BODY_CHARS + 1);
    await assert.rejects(ctx.client.send('D', ''), (e) => e.code === 'BODY_EMPTY');
    await tick(10);
    assert.equal(t.sent.length, framesBefore, 'no frame went out');
    assert.equal(ctx.client.outbox.length, 0, 'nothing queued');
    // Exactly at the limit (counted in characters, not UTF-16 units) goes out.
    const atLimit = '😀'.repeat(MAX_BODY_CHARS);
    const p = ctx.client.send('D', atLimit);
    const s = await t.next('send');
    assert.equal(s.send.body, atLimit);
    t.push({ request_id: s.request_id, ack: { channel_id: 'D', seq: 1, client_msg_id: s.send.client_msg_id, server_time_ms: 5 } });
    assert.equal((await p).seq, 1);
    ctx.client.disconnect();
  });

  test('a refused send can be retried with the same client_msg_id', async () => {
    const ctx = setup();
    const { t } = await connected(ctx);
    const p = ctx.client.send('G', 'hello');
    const s = await t.next('send');
    t.push({ request_id: s.request_id, error: { code: 'NOT_A_MEMBER', message: 'not a member', fatal: false } });
    await assert.rejects(p, (e) => e.code === 'NOT_A_MEMBER');
    const again = ctx.client.send('G', 'hello', { clientMsgId: p.client_msg_id });
    assert.equal(again.client_msg_id, p.client_msg_id);
    const s2 = await t.next('send');
    assert.notEqual(s2.request_id, s.request_id);
    assert.equal(s2.send.client_msg_id, p.client_msg_id);
    t.push({ request_id: s2.request_id, ack: { channel_id: 'G', seq: 3, client_msg_id: p.client_msg_id, server_time_ms: 9 } });
    assert.equal((await again).seq, 3);
    ctx.client.disconnect();
  });

  test('a server that stops answering heartbeats is noticed within probe + ack timeout, then reconnected', async () => {
    const ctx = setup({ liveness: { probeMs: 100, ackTimeoutMs: 150 } });
    await ctx.client.login('alice', 'password1');
    const p = ctx.client.connect();
    const t = await ctx.nextTransport(1);
    const auth = await t.next('authenticate');
    // A long protocol interval: only the liveness probe can notice.
    t.push({ request_id: auth.request_id, authenticated: { user_id: USER.id, heartbeat_interval_ms: 5000, idle_timeout_ms: 30000 } });
    t.push({ request_id: auth.request_id, sync: { entries: [], more: false, next_cursor: b() } });
    await p;
    // The first probe is answered: the server is alive and the session stays.
    const hb = await t.next('heartbeat');
    t.push({ request_id: hb.request_id, heartbeat_ack: { server_time_ms: 1 } });
    await tick(60);
    assert.equal(t.closed, false);
    // The next one is not (the server died): the transport is closed and a new one dialled.
    const silentFrom = Date.now();
    await t.next('heartbeat', () => true, { skipSeen: true });
    await until(() => t.closed, 'the silent session closed', 3000);
    const took = Date.now() - silentFrom;
    assert.ok(took >= 150 && took < 1500, `closed ${took} ms after the unanswered probe`);
    assert.ok(ctx.events.state.some((s) => s.state === 'reconnecting' && s.reason === 'heartbeat_timeout'));
    const again = ctx.events.state.find((s) => s.state === 'reconnecting' && s.next_attempt_at_ms);
    assert.ok(again && again.retry_in_ms >= 0, 'the next attempt is announced');
    await ctx.nextTransport(2);
    ctx.client.disconnect();
  });

  test('frames other than the heartbeat answer count as signs of life', async () => {
    const ctx = setup({ liveness: { probeMs: 50, ackTimeoutMs: 100 } });
    const { t } = await connected(ctx);
    // The probe's answer never comes, but deliveries keep arriving: the session stays up.
    await t.next('heartbeat');
    for (let i = 1; i <= 8; i++) {
      t.push({ deliver: { message: M('D', i), cursor: b(i) } });
      await tick(40);
    }
    assert.equal(t.closed, false);
    ctx.client.disconnect();
  });

  test('reconnectNow skips the backoff wait', async () => {
    const ctx = setup({ backoff: { base: 60_000, max: 60_000, jitter: 0 } });
    const { t } = await connected(ctx);
    t.drop();
    await until(() => ctx.events.state.some((s) => s.state === 'reconnecting' && s.retry_in_ms === 60_000), 'a long backoff');
    assert.equal(ctx.client.reconnectNow(), true);
    const t2 = await ctx.nextTransport(2);
    assert.ok(await t2.next('authenticate'));
    assert.equal(ctx.client.reconnectNow(), false, 'nothing waits any more');
    ctx.client.disconnect();
  });
});
