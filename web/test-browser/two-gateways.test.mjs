// Two gateways sharing a Redis (directory, presence, registry) and one store (g1 hosts it with
// --serve-store; g2 uses it with --store remote). Ann's page is on g2's dev URL, Ben's on g1's.
// Mid-conversation g2 is killed with SIGKILL and started again on the same ports, data dir and
// flags. It comes back with a new dev certificate, so Ann's page must re-read /v1/info to pin
// the new hash. Ann's page must reconnect on its own and, like Ben's, show every message
// exactly once: no duplicate data-seq, no missing seq, including what Ben sent while g2 was down
// and what Ann typed while it was down (kept in the outbox, re-sent after the reconnect).
//
// The page cannot move to g1 instead: it is served by g2's dev listener, so while g2 is down it
// cannot even ask g2 for /v1/discover, and with self-signed dev certificates it could not reach
// g1's https URL anyway (no pin for it, no CORS for its /v1/info). It waits for g2 with backoff.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, startGateway, startRedis, tokenKeyFile, openBrowser, signup, waitConnected, badge, addFriend,
  openChatWith, sendText, messages, waitForBodies, checkExactlyOnce, shot, until, getJson, withTimeout,
  clearArtifacts,
} from './harness.mjs';

const NAME = 'two-gateways';
let redis;
let g1;
let g2;
const users = [];

before(async () => {
  clearArtifacts(NAME);
  redis = await startRedis(NAME);
  const key = tokenKeyFile();
  const common = ['--redis-url', redis.url, '--token-key-file', key];
  g1 = await startGateway({ name: `${NAME}-g1`, args: ['--serve-store', ...common, '--gateway-id', 'g1'] });
  const info1 = await g1.info();
  g2 = await startGateway({
    name: `${NAME}-g2`,
    args: [
      '--store', 'remote', '--store-url', `https://127.0.0.1:${g1.port}`, '--store-cert-sha256', info1.cert_sha256,
      ...common, '--gateway-id', 'g2',
    ],
  });
  // Both are registered for discovery before the pages start.
  await until(async () => {
    const d = await getJson(`${g2.devUrl}/v1/discover`);
    return d.gateways.length === 2;
  }, { what: 'both gateways in /v1/discover' });
});

after(async () => {
  await Promise.all(users.map((u) => u.close()));
  await g2?.stop();
  await g1?.stop();
  await redis?.stop();
});

/** The id of the gateway the page's session is on (from its Authenticated frame). */
const gatewayOf = (page) => page.evaluate(() => window.tern.client._sess?.authenticated?.gateway_id ?? null);

test('a gateway killed mid-conversation: the page reconnects, every message exactly once', { timeout: 240_000 }, async (tc) => {
  const t = tag();
  const ann = await openBrowser(NAME, 'ann');
  const ben = await openBrowser(NAME, 'ben');
  users.push(ann, ben);

  await signup(ann, g2.pageUrl, { username: `ann_${t}`, displayName: 'Ann' });
  await signup(ben, g1.pageUrl, { username: `ben_${t}`, displayName: 'Ben' });
  await waitConnected(ann.page, { transport: 'webtransport' });
  await waitConnected(ben.page, { transport: 'webtransport' });
  assert.equal(await gatewayOf(ann.page), 'g2', "Ann's session is on g2");
  assert.equal(await gatewayOf(ben.page), 'g1', "Ben's session is on g1");

  await addFriend(ann, ben);
  await addFriend(ben, ann);
  const ch = await openChatWith(ann, ben);
  assert.equal(await openChatWith(ben, ann), ch);

  // A few messages both ways across the two gateways.
  const sent = [];
  for (let i = 1; i <= 2; i++) {
    await sendText(ann.page, `ann before ${i} ${t}`);
    sent.push(`ann before ${i} ${t}`);
    await waitForBodies(ben.page, ch, [`ann before ${i} ${t}`]);
    await sendText(ben.page, `ben before ${i} ${t}`);
    sent.push(`ben before ${i} ${t}`);
    await waitForBodies(ann.page, ch, [`ben before ${i} ${t}`]);
  }
  await shot(ann.page, NAME, 'ann-before-kill');

  // Mid-conversation: Ben keeps sending (a message every 200 ms, in his page), Ann sends one
  // and g2 dies right after it, with no time for goodbyes.
  const benBurst = Array.from({ length: 20 }, (_, i) => `ben during ${i + 1} ${t}`);
  sent.push(...benBurst);
  const benSending = ben.page.evaluate(async (bodies) => {
    const box = document.querySelector('[data-testid="composer"]');
    for (const body of bodies) {
      box.value = body;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 200));
    }
  }, benBurst);
  // Kill g2 while Ben is mid-burst: once a few of his messages are on Ann's screen.
  await until(async () => (await messages(ann.page)).filter((m) => benBurst.includes(m.body)).length >= 2, {
    timeout: T.message, what: "Ben's first messages of the burst on Ann's page",
  });
  const certBefore = (await g2.info()).cert_sha256;
  await sendText(ann.page, `ann at the kill ${t}`);
  sent.push(`ann at the kill ${t}`);
  const killedAt = Date.now();
  await g2.kill();
  assert.equal(g2.running(), false);

  // Ann's page notices and tries again with backoff; meanwhile she writes two more.
  const lostAfterMs = await until(async () => ((await badge(ann.page)).state !== 'connected' ? Date.now() - killedAt : false), {
    timeout: 40_000, interval: 50, what: "Ann's page noticing that g2 is gone",
  });
  console.log(`Ann's page left 'connected' ${lostAfterMs} ms after the kill`);
  for (let i = 1; i <= 2; i++) {
    await sendText(ann.page, `ann offline ${i} ${t}`);
    sent.push(`ann offline ${i} ${t}`);
  }
  assert.ok((await ann.page.locator(tid('msg-pending')).count()) >= 2, 'the offline messages are pending');
  await withTimeout(benSending, 15_000, "Ben's sends");
  await shot(ann.page, NAME, 'ann-gateway-down');

  // g2 comes back on the same ports with a new dev certificate.
  await g2.restart();
  const restartedAt = Date.now();
  const certAfter = (await g2.info()).cert_sha256;
  assert.notEqual(certAfter, certBefore, 'the restarted gateway has a new dev certificate');

  const b = await waitConnected(ann.page, { timeout: T.reconnect });
  console.log(`Ann's page reconnected over ${b.transport} ${Date.now() - restartedAt} ms after g2 was back (${Date.now() - killedAt} ms after the kill)`);
  assert.equal(b.transport, 'webtransport', 'back on WebTransport: the new certificate hash was pinned');
  assert.equal(await gatewayOf(ann.page), 'g2');

  // Everything shows up on both sides once the outbox has drained.
  for (const u of [ann, ben]) {
    await waitForBodies(u.page, ch, sent, { timeout: 20_000 });
    await until(async () => (await u.page.locator(tid('msg-pending')).count()) === 0, { what: `${u.label}: nothing pending` });
  }
  const annList = await messages(ann.page, ch);
  const benList = await messages(ben.page, ch);
  checkExactlyOnce(annList, sent, { ordered: false });
  checkExactlyOnce(benList, sent, { ordered: false });
  assert.deepEqual(annList, benList, 'both pages show the same seq -> message mapping');
  // Each side's own messages keep their order.
  const order = (list, prefix) => list.filter((m) => m.body.startsWith(prefix)).map((m) => m.body);
  assert.deepEqual(order(annList, 'ben during'), benBurst);
  assert.deepEqual(order(annList, 'ann '), sent.filter((s) => s.startsWith('ann ')));
  await shot(ann.page, NAME, 'ann-after-reconnect');
  await shot(ben.page, NAME, 'ben-after-reconnect');

  // Live chat across the gateways again. g2 -> g1 first: the restarted g2 dials g1 afresh.
  const annAfter = `ann after ${t}`;
  await sendText(ann.page, annAfter);
  sent.push(annAfter);
  await waitForBodies(ben.page, ch, [annAfter]);

  // g1 -> the restarted g2: should be live at once.
  const benAfter = `ben after ${t}`;
  await sendText(ben.page, benAfter);
  sent.push(benAfter);
  await tc.test('live delivery g1 -> restarted g2 within 5 s', async () => {
    await waitForBodies(ann.page, ch, [benAfter], { timeout: 5000 });
  });

  // Whatever the live path did, Ann's next send reveals any gap (her Ack's seq is past Ben's
  // message) and the page fills it from history: in the end both pages show everything once.
  const annLast = `ann last ${t}`;
  await sendText(ann.page, annLast);
  sent.push(annLast);
  for (const u of [ann, ben]) {
    const list = await waitForBodies(u.page, ch, sent, { timeout: 15_000 });
    checkExactlyOnce(list, sent, { ordered: false });
  }
  assert.deepEqual(await messages(ann.page, ch), await messages(ben.page, ch));
  await shot(ann.page, NAME, 'ann-final');
  assert.deepEqual([...ann.errors, ...ben.errors].map(String), [], 'no page errors');
});
