// Two users in two headless Chromiums sign up on the real gateway's dev page, one adds the
// other as a friend, and they chat 1:1 both ways over WebTransport (HTTP/3, the dev
// certificate pinned by its hash from /v1/info). Each message must show up exactly once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, badge, addFriend, openChatWith, sendText,
  messages, waitForBodies, checkExactlyOnce, shot, until,
  gatewayForFile,
} from './harness.mjs';

const NAME = 'chat-webtransport';
const file = gatewayForFile(NAME);
const { users } = file;

test('two browsers chat 1:1 over WebTransport, each message once', { timeout: T.test }, async () => {
  const t = tag();
  const ann = await openBrowser(NAME, 'ann');
  const ben = await openBrowser(NAME, 'ben');
  users.push(ann, ben);

  await signup(ann, file.gw.pageUrl, { username: `ann_${t}`, displayName: 'Ann' });
  assert.equal(await ann.page.evaluate(() => typeof WebTransport), 'function', 'the dev page has WebTransport');
  await signup(ben, file.gw.pageUrl, { username: `ben_${t}`, displayName: 'Ben' });

  for (const u of [ann, ben]) {
    const b = await waitConnected(u.page, { transport: 'webtransport' });
    assert.equal(b.text, 'Connected · WebTransport', `${u.label}'s badge`);
  }
  await shot(ann.page, NAME, 'ann-signed-up');

  // Ann adds Ben and opens the chat; Ben has not added Ann, so the chat reaches him under
  // "Other chats" with the first message.
  await addFriend(ann, ben);
  const ch = await openChatWith(ann, ben);

  const convo = [];
  await sendText(ann.page, `hi Ben ${t}`);
  convo.push(`hi Ben ${t}`);
  await waitForBodies(ann.page, ch, convo);
  assert.equal(await ann.page.locator(tid('msg-pending')).count(), 0, 'no pending bubble once acked');

  const benCh = await openChatWith(ben, ann);
  assert.equal(benCh, ch);
  await waitForBodies(ben.page, ch, convo);

  // Both ways, alternating, then a quick burst from each side.
  for (let i = 1; i <= 3; i++) {
    const fromBen = `ben says ${i} ${t}`;
    await sendText(ben.page, fromBen);
    convo.push(fromBen);
    await waitForBodies(ann.page, ch, [fromBen]);
    const fromAnn = `ann says ${i} ${t}`;
    await sendText(ann.page, fromAnn);
    convo.push(fromAnn);
    await waitForBodies(ben.page, ch, [fromAnn]);
  }
  const burst = [];
  for (let i = 1; i <= 4; i++) {
    await sendText(ann.page, `ann burst ${i} ${t}`);
    burst.push(`ann burst ${i} ${t}`);
  }
  await waitForBodies(ben.page, ch, burst);
  convo.push(...burst);

  // Everything settled: both views show every message exactly once, in seq order.
  for (const u of [ann, ben]) {
    const list = await until(async () => {
      const l = await messages(u.page, ch);
      return l.length >= convo.length ? l : false;
    }, { what: `${u.label} shows ${convo.length} messages` });
    checkExactlyOnce(list, convo);
    const b = await badge(u.page);
    assert.equal(b.transport, 'webtransport', `${u.label} is still on WebTransport`);
    assert.equal(b.state, 'connected');
  }
  // Own messages are on the right, the other's on the left.
  const ownOnAnn = await ann.page.locator(`${tid('msg')}.own`).count();
  assert.equal(ownOnAnn, convo.filter((m) => m.startsWith('hi Ben') || m.startsWith('ann ')).length);

  await shot(ann.page, NAME, 'ann-chat');
  await shot(ben.page, NAME, 'ben-chat');
  assert.deepEqual([...ann.errors, ...ben.errors].map(String), [], 'no page errors');
});
