// End-to-end check of the bundled client (dist/tern-client.js) against a running gateway, over
// the loopback dev WebSocket listener (Node has no WebTransport; the `ws` package stands in for
// the browser's WebSocket).
//
//   tern --listen 127.0.0.1:4433 --dev-http 127.0.0.1:18080 --data-dir "$(mktemp -d)" &
//   TERN_URL=http://127.0.0.1:18080 npm run e2e
//
// Prints one line per check and a closing "N passed, N failed" line; exits non-zero on failure.

import WebSocket from 'ws';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const { TernClient, MemoryStorage } = await import(pathToFileURL(join(here, '..', 'dist', 'tern-client.js')).href);

const BASE = process.env.TERN_URL || 'http://127.0.0.1:18080';
const tag = Math.random().toString(36).slice(2, 8);
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(pred, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pred()) return true;
    await sleep(20);
  }
  return pred();
}

function makeClient(name, storage = new MemoryStorage()) {
  const client = new TernClient({ baseUrl: BASE, deviceId: `e2e-${name}`, storage, WebSocket, transports: ['webtransport', 'websocket'] });
  const log = { messages: [], states: [], presence: [], errors: [], acks: [] };
  client.on('message', (m) => log.messages.push(m));
  client.on('state', (s) => log.states.push(s));
  client.on('presence', (p) => log.presence.push(p));
  client.on('error', (e) => log.errors.push(e));
  client.on('ack', (a) => log.acks.push(a));
  return { client, log, storage };
}

const keys = (msgs, channel) => msgs.filter((m) => m.channel_id === channel).map((m) => m.seq);
const unique = (xs) => new Set(xs).size === xs.length;

try {
  const A = makeClient('alice');
  let B = makeClient('bob');
  const alice = await A.client.signup(`alice_${tag}`, 'password-alice', 'Alice');
  const bob = await B.client.signup({ username: `bob_${tag}`, password: 'password-bob', display_name: 'Bob' });
  check('signup returns user and token', alice.user.id.startsWith('u') && alice.token.includes('.'), alice.user.id);

  const found = await A.client.lookupUser(`bob_${tag}`);
  check('lookupUser', found.id === bob.user.id);
  await A.client.addFriend(bob.user.id);
  await B.client.addFriend(alice.user.id);
  check('friends', (await A.client.friends()).some((u) => u.id === bob.user.id));

  const direct = await A.client.openDirect(bob.user.id);
  const D = direct.id;
  check('openDirect gives d.<a>.<b>', D === `d.${[alice.user.id, bob.user.id].sort().join('.')}`, D);

  await A.client.connect();
  await B.client.connect();
  check('alice connected over websocket', A.client.state === 'connected' && A.client.transport === 'websocket', A.client.transport);
  check('state events connecting -> connected', A.log.states[0]?.state === 'connecting' && A.log.states.at(-1)?.state === 'connected');
  await until(() => A.client.connected && B.client.connected);

  const pres = await A.client.queryPresence([bob.user.id]);
  check('queryPresence over the session: bob online', pres[0]?.online === true, JSON.stringify(pres));

  const ack1 = await A.client.send(D, 'hello bob');
  check('send resolves with the Ack', ack1.seq === 1 && ack1.channel_id === D, JSON.stringify(ack1));
  check('bob receives it live', await until(() => B.log.messages.some((m) => m.channel_id === D && m.seq === 1 && m.body === 'hello bob')));
  check('alice sees her own message once (from the Ack)', keys(A.log.messages, D).join() === '1');

  const ack2 = await B.client.send(D, 'hi alice ✓ 🐦');
  check('reply acked', ack2.seq === 2);
  check('alice receives the reply', await until(() => A.log.messages.some((m) => m.seq === 2 && m.body === 'hi alice ✓ 🐦')));

  const group = await A.client.createGroup(`grp-${tag}`, [bob.user.id]);
  check('createGroup', group.kind === 'group' && group.members.includes(bob.user.id), group.id);
  const G = group.id;
  await A.client.send(G, 'group hello');
  check('bob receives the group message', await until(() => B.log.messages.some((m) => m.channel_id === G && m.seq === 1)));

  // Bob goes away; Alice writes; Bob "reloads" (same storage) and catches up from his cursor.
  B.client.disconnect();
  check('disconnect -> closed', B.client.state === 'closed');
  check('alice gets bob offline presence event', await until(() => A.log.presence.some((p) => p.user_id === bob.user.id && !p.online && p.source === 'event')));
  await A.client.send(D, 'while you were away 1');
  await A.client.send(D, 'while you were away 2');
  await A.client.send(G, 'group while away');
  const storedCursor = B.client.cursor;
  B = makeClient('bob', B.storage);
  check('reload restores the session', B.client.isLoggedIn && B.client.user.id === bob.user.id);
  await B.client.connect();
  const synced = await until(() => keys(B.log.messages, D).includes(4) && keys(B.log.messages, G).includes(2));
  check('catch-up delivers exactly what was missed', synced && keys(B.log.messages, D).join() === '3,4' && keys(B.log.messages, G).join() === '2',
    `D=${keys(B.log.messages, D)} G=${keys(B.log.messages, G)}`);
  check('cursor advanced', B.client.cursor !== storedCursor && B.client.cursor.length > 0);
  check('alice gets bob online presence event', await until(() => A.log.presence.some((p) => p.user_id === bob.user.id && p.online && p.source === 'event')));

  // Offline send: queued in the outbox, sent after reconnect, acked once.
  A.client.disconnect();
  const pending = A.client.send(D, 'queued while offline');
  check('offline send is kept in the outbox', A.client.outbox.length === 1);
  A.client.connect();
  const ack5 = await pending;
  check('queued send acked after reconnect', ack5.seq === 5 && A.client.outbox.length === 0, JSON.stringify(ack5));
  check('bob receives the queued message', await until(() => keys(B.log.messages, D).includes(5)));

  // History over REST and over the session.
  const h = await A.client.history(D, { anchor: 'latest', limit: 10 });
  check('REST history', h.messages.map((m) => m.seq).join() === '1,2,3,4,5' && h.last_seq === 5 && typeof h.messages[0].seq === 'number');
  const h2 = await A.client.requestHistory(D, { anchor: 'after', seq: 2, limit: 2 });
  check('session history AFTER 2', h2.messages.map((m) => m.seq).join() === '3,4' && h2.has_newer === true);

  // Errors.
  const stranger = makeClient('carol');
  await stranger.client.signup(`carol_${tag}`, 'password-carol', 'Carol');
  await stranger.client.connect();
  let err = null;
  try {
    await stranger.client.send(D, 'let me in');
  } catch (e) {
    err = e;
  }
  check('send to a foreign channel rejects with NOT_A_MEMBER', err?.code === 'NOT_A_MEMBER', err && `${err.code}: ${err.message}`);
  let restErr = null;
  try {
    await stranger.client.signup(`carol_${tag}`, 'password-carol', 'Carol');
  } catch (e) {
    restErr = e;
  }
  check('REST error code', restErr?.code === 'username_taken' && restErr.status === 409, restErr?.code);

  // A bad token closes the client for good.
  const bad = makeClient('mallory');
  bad.storage.setItem('tern.session', JSON.stringify({ token: 'x.y', user: { id: 'u0000000000000000' }, device_id: 'e2e-mallory' }));
  const badClient = new TernClient({ baseUrl: BASE, deviceId: 'e2e-mallory', storage: bad.storage, WebSocket, transports: ['websocket'] });
  const states = [];
  badClient.on('state', (s) => states.push(s));
  let fatal = null;
  try {
    await badClient.connect();
  } catch (e) {
    fatal = e;
  }
  check('BAD_TOKEN: connect rejects, state closed with reason', fatal?.code === 'BAD_TOKEN' && states.at(-1)?.state === 'closed' && states.at(-1)?.reason === 'BAD_TOKEN');

  const all = [A, B].flatMap((c) => [D, G].map((ch) => keys(c.log.messages, ch)));
  check('no (channel, seq) delivered twice to any client', all.every(unique));
  check('no unexpected errors', A.log.errors.length === 0 && B.log.errors.length === 0, JSON.stringify([...A.log.errors, ...B.log.errors]));

  for (const c of [A.client, B.client, stranger.client]) c.disconnect();
} catch (e) {
  failed++;
  console.log(`FAIL unexpected exception: ${e?.stack || e}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
