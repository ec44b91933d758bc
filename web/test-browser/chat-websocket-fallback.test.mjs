// The same 1:1 chat with WebTransport unavailable: the page falls back to WebSocket (the dev
// listener's ws://127.0.0.1:<devport>/v1/ws) and chat works both ways, each message once.
// Three ways to lose WebTransport:
//   - the browser has no WebTransport at all (window.WebTransport deleted before the page runs);
//   - the page is told to use WebSocket only (?transport=ws);
//   - WebTransport exists but its handshake fails (a wrong pinned certificate hash, so the real
//     QUIC/TLS handshake is refused) and the client falls back after the failure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, badge, addFriend, openChatWith, sendText,
  messages, waitForBodies, checkExactlyOnce, shot, until,
  gatewayForFile,
} from './harness.mjs';

const NAME = 'chat-websocket';
const file = gatewayForFile(NAME);
const { users } = file;

/** Signs two users up on `url`, checks both are on WebSocket, and has them chat both ways. */
async function chatOverWebSocket(variant, { url, initScript = null }) {
  const t = tag();
  const ann = await openBrowser(`${NAME}-${variant}`, 'ann', { initScript });
  const ben = await openBrowser(`${NAME}-${variant}`, 'ben', { initScript });
  users.push(ann, ben);
  try {
    await signup(ann, url, { username: `ann_${t}`, displayName: 'Ann' });
    await signup(ben, url, { username: `ben_${t}`, displayName: 'Ben' });
    for (const u of [ann, ben]) {
      const b = await waitConnected(u.page, { transport: 'websocket' });
      assert.equal(b.text, 'Connected · WebSocket', `${u.label}'s badge`);
    }

    // Friends both ways this time; each opens the chat from the friends list.
    await addFriend(ann, ben);
    await addFriend(ben, ann);
    const ch = await openChatWith(ann, ben);
    assert.equal(await openChatWith(ben, ann), ch);

    const convo = [];
    for (let i = 1; i <= 3; i++) {
      const a = `ann ${variant} ${i} ${t}`;
      await sendText(ann.page, a);
      convo.push(a);
      await waitForBodies(ben.page, ch, [a]);
      const b = `ben ${variant} ${i} ${t}`;
      await sendText(ben.page, b);
      convo.push(b);
      await waitForBodies(ann.page, ch, [b]);
    }
    for (const u of [ann, ben]) {
      const list = await until(async () => {
        const l = await messages(u.page, ch);
        return l.length >= convo.length && (await u.page.locator(tid('msg-pending')).count()) === 0 ? l : false;
      }, { what: `${u.label} shows ${convo.length} messages` });
      checkExactlyOnce(list, convo);
      const b = await badge(u.page);
      assert.deepEqual([b.state, b.transport], ['connected', 'websocket'], `${u.label} stays on WebSocket`);
    }
    await shot(ann.page, NAME, `${variant}-ann-chat`);
    await shot(ben.page, NAME, `${variant}-ben-chat`);
    assert.deepEqual([...ann.errors, ...ben.errors].map(String), [], 'no page errors');
    return { ann, ben, ch };
  } finally {
    await Promise.all([ann.close(), ben.close()]);
  }
}

test('no WebTransport in the browser: falls back to WebSocket', { timeout: T.test }, async () => {
  await chatOverWebSocket('no-wt', {
    url: file.gw.pageUrl,
    initScript: () => { delete window.WebTransport; },
  });
});

test('?transport=ws: WebSocket only', { timeout: T.test }, async () => {
  await chatOverWebSocket('transport-ws', { url: `${file.gw.pageUrl}?transport=ws` });
});

test('WebTransport handshake fails: falls back to WebSocket', { timeout: T.test }, async () => {
  // The real WebTransport, but pinned to a hash no certificate has: Chromium refuses the
  // gateway's certificate during the QUIC handshake.
  const initScript = () => {
    const Real = window.WebTransport;
    if (typeof Real !== 'function') return;
    window.__wtAttempts = 0;
    window.WebTransport = function WebTransport(url) {
      window.__wtAttempts++;
      return new Real(url, { serverCertificateHashes: [{ algorithm: 'sha-256', value: new Uint8Array(32) }] });
    };
  };
  const url = file.gw.pageUrl;
  const t = tag();
  const probe = await openBrowser(`${NAME}-wt-fails`, 'probe', { initScript });
  users.push(probe);
  try {
    await signup(probe, url, { username: `probe_${t}` });
    const b = await waitConnected(probe.page, { transport: 'websocket' });
    assert.equal(b.text, 'Connected · WebSocket');
    const attempts = await probe.page.evaluate(() => window.__wtAttempts);
    assert.ok(attempts >= 1, `WebTransport was tried first (${attempts} attempts)`);
    await shot(probe.page, NAME, 'wt-fails-connected');
  } finally {
    await probe.close();
  }
  // And a full chat with that broken WebTransport on both sides.
  await chatOverWebSocket('wt-fails', { url, initScript });
});
