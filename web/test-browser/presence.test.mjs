// Presence in real browsers: two friends online show each other's dot as online; closing one
// browser turns its dot off in the other. A clean close (the browser shuts down, its
// WebTransport session or WebSocket is closed) must show within 5 s; the server's own bound for
// a vanished client is the idle timeout (30 s), which this test does not rely on.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, startGateway, openBrowser, signup, waitConnected, addFriend, shot, until, dotState,
} from './harness.mjs';

const NAME = 'presence';
const OFFLINE_BOUND_MS = 5000;
let gw;
const users = [];

before(async () => {
  gw = await startGateway({ name: NAME });
});

after(async () => {
  await Promise.all(users.map((u) => u.close()));
  await gw?.stop();
});

async function closeShowsOffline(variant, query) {
  const t = tag();
  const ann = await openBrowser(`${NAME}-${variant}`, 'ann');
  const ben = await openBrowser(`${NAME}-${variant}`, 'ben');
  users.push(ann, ben);
  const url = `${gw.pageUrl}${query}`;
  const transport = query ? 'websocket' : 'webtransport';
  await signup(ann, url, { username: `ann_${t}`, displayName: 'Ann' });
  await signup(ben, url, { username: `ben_${t}`, displayName: 'Ben' });
  await waitConnected(ann.page, { transport });
  await waitConnected(ben.page, { transport });
  await addFriend(ann, ben);
  await addFriend(ben, ann);

  // Both online, as seen from the other side.
  await until(async () => (await dotState(ann.page, `presence-${ben.userId}`)) === 'online', { what: "Ben's dot online on Ann's page" });
  await until(async () => (await dotState(ben.page, `presence-${ann.userId}`)) === 'online', { what: "Ann's dot online on Ben's page" });
  await shot(ann.page, NAME, `${variant}-both-online`);

  // Ben closes his browser.
  const closedAt = Date.now();
  await ben.close();
  const tookMs = await until(async () => ((await dotState(ann.page, `presence-${ben.userId}`)) === 'offline' ? Date.now() - closedAt : false), {
    timeout: OFFLINE_BOUND_MS,
    interval: 25,
    what: `Ben's dot offline on Ann's page within ${OFFLINE_BOUND_MS} ms of closing his browser`,
  });
  await shot(ann.page, NAME, `${variant}-ben-offline`);
  console.log(`# ${variant}: offline shown ${tookMs} ms after the close started`);

  // The REST view agrees.
  const p = await ann.page.evaluate((id) => window.tern.client.presence([id]), ben.userId);
  assert.equal(p[0].online, false);
  assert.deepEqual(ann.errors.map(String), [], 'no page errors');
  await ann.close();
  return tookMs;
}

test('closing a browser turns its presence dot off (WebTransport)', { timeout: T.test }, async () => {
  await closeShowsOffline('wt', '');
});

test('closing a browser turns its presence dot off (WebSocket)', { timeout: T.test }, async () => {
  await closeShowsOffline('ws', '?transport=ws');
});
