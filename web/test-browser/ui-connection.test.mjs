// The connection state a person sees, on a desktop (Ann, 1280×800) and on a phone inside a
// chat (Ben, 390×844): the gateway is killed (SIGKILL, no goodbye) while both pages are idle on
// WebTransport. Each page must stop saying "Connected" within the liveness bound (a probe
// after 1 s of silence, answered within 1 s: about 2.3 s; the test allows 3.5 s), show
// "Reconnecting" with the next attempt, show friends' presence as unknown instead of green,
// keep a message typed meanwhile as "not sent yet", and recover when the gateway is back. Then
// the browser goes offline (no network): "Offline", and back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, badge, addFriend, openChatWith, sendText, waitForBodies, shot, until,
  gatewayForFile, DESKTOP, PHONE_OPTS, assertAccessible,
} from './harness.mjs';

const NAME = 'ui-connection';
const DEAD_SERVER_BOUND_MS = 3500;
const file = gatewayForFile(NAME);
const { users } = file;

const status = (page, testid) => page.locator(tid(testid)).first().getAttribute('data-status');

test('a dead gateway is shown at once, everywhere; presence goes unknown; all recovers', { timeout: 240_000 }, async () => {
  const id = tag();
  const ann = await openBrowser(NAME, 'ann', { viewport: DESKTOP });
  const ben = await openBrowser(NAME, 'ben', PHONE_OPTS);
  users.push(ann, ben);
  await signup(ann, file.gw.pageUrl, { username: `ann_${id}`, displayName: 'Ann' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${id}`, displayName: 'Ben' });
  for (const u of [ann, ben]) await waitConnected(u.page, { transport: 'webtransport' });
  await addFriend(ann, ben);
  await addFriend(ben, ann);
  const ch = await openChatWith(ann, ben);
  await openChatWith(ben, ann);
  await sendText(ann.page, `hi ${id}`);
  await waitForBodies(ben.page, ch, [`hi ${id}`]);
  await until(async () => (await status(ann.page, `presence-${ben.userId}`)) === 'online', { what: "Ben online on Ann's page" });
  await until(async () => (await status(ben.page, `member-presence-${ann.userId}`)) === 'online', { what: "Ann online in Ben's chat header" });
  assert.equal(await ben.page.locator(tid('conn-banner')).isVisible(), false, 'no banner while connected');

  // Both pages idle, their liveness probes answered a few times.
  for (const u of [ann, ben]) {
    await until(() => u.page.evaluate(() => (window.tern.client._sess?.rtts?.length ?? 0) >= 3), { timeout: 8000, what: `${u.label}: probes answered` });
  }

  const killedAt = Date.now();
  await file.gw.kill();
  const noticed = await Promise.all([ann, ben].map((u) => until(async () => ((await badge(u.page)).state !== 'connected' ? Date.now() - killedAt : false), {
    timeout: 10_000, interval: 20, what: `${u.label} noticing the dead gateway`,
  })));
  console.log(`dead gateway noticed after ${noticed.join(' ms (Ann, desktop) and ')} ms (Ben, phone in a chat)`);
  for (const ms of noticed) assert.ok(ms <= DEAD_SERVER_BOUND_MS, `noticed after ${ms} ms (bound ${DEAD_SERVER_BOUND_MS} ms)`);

  // Desktop: the badge says reconnecting with the next attempt; presence is not green.
  const b = await until(async () => {
    const x = await badge(ann.page);
    return x.state === 'reconnecting' && /Reconnecting/.test(x.text) ? x : false;
  }, { what: "Ann's badge reconnecting" });
  assert.match(b.text, /^Reconnecting( in \d+ s|…)$/);
  assert.equal(await status(ann.page, `presence-${ben.userId}`), 'unknown', "Ben's presence is unknown, not online");
  assert.match(await ann.page.locator(tid(`presence-${ben.userId}`)).getAttribute('aria-label'), /Status unknown/);
  assert.equal(await status(ann.page, `member-presence-${ben.userId}`), 'unknown');
  await ann.page.locator(tid('conn-banner')).waitFor({ state: 'visible' });
  await shot(ann.page, NAME, 'desktop-reconnecting');

  // Phone, inside the chat: the banner says so, with the next attempt.
  const banner = ben.page.locator(tid('conn-banner'));
  await banner.waitFor({ state: 'visible' });
  assert.match(await ben.page.locator(tid('conn-banner-text')).textContent(), /^Connection lost\. (Trying again in \d+ s\.|Trying again now…)/);
  assert.equal(await status(ben.page, `member-presence-${ann.userId}`), 'unknown');
  // A message typed meanwhile waits, said as such.
  await ben.page.locator(tid('composer')).fill(`sent while down ${id}`);
  await ben.page.locator(tid('send')).tap();
  const pending = ben.page.locator(tid('msg-pending'));
  await pending.waitFor({ state: 'visible' });
  assert.equal(await pending.getAttribute('data-state'), 'queued');
  assert.match(await pending.locator(tid('msg-status-text')).textContent(), /Not sent yet/);
  await shot(ben.page, NAME, 'phone-reconnecting');
  await assertAccessible(ben.page, NAME, 'phone-reconnecting');

  // The gateway comes back: both reconnect, presence is green again, the waiting message goes out.
  await file.gw.restart();
  for (const u of [ann, ben]) await waitConnected(u.page, { timeout: T.reconnect });
  await until(async () => (await status(ann.page, `presence-${ben.userId}`)) === 'online', { what: "Ben online again on Ann's page" });
  await waitForBodies(ann.page, ch, [`sent while down ${id}`], { timeout: 20_000 });
  await until(async () => (await ben.page.locator(tid('msg-pending')).count()) === 0, { what: 'nothing pending' });
  assert.equal(await banner.isVisible(), false, 'the banner goes once connected');

  // No network at all: "Offline", then back.
  await ann.context.setOffline(true);
  await until(async () => (await badge(ann.page)).state === 'offline', { what: "Ann's badge offline" });
  assert.equal((await badge(ann.page)).text, 'Offline');
  assert.match(await ann.page.locator(tid('conn-banner-text')).textContent(), /You’re offline/);
  await shot(ann.page, NAME, 'desktop-offline');
  await ann.context.setOffline(false);
  await waitConnected(ann.page, { timeout: T.reconnect });
  assert.deepEqual([...ann.errors, ...ben.errors].map(String), [], 'no page errors');
});
