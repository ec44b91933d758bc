// The page on a phone (390×844, touch), portrait and landscape, driven by tapping and typing:
// the list and the conversation one at a time with a Back button, a composer with no keyboard
// advice (Enter makes a new line; the Send button sends) and nothing cut off, the chat staying
// at the newest message through rotations, the last open chat restored on reload, the first
// load timed, and the axe audit on each screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  T, tag, tid, openBrowser, signup, waitConnected, addFriend, sendText, waitForBodies, shot, until,
  gatewayForFile, DESKTOP, PHONE, PHONE_LANDSCAPE, PHONE_OPTS, ARTIFACTS, assertAccessible, messages,
} from './harness.mjs';

const NAME = 'ui-phone';
const file = gatewayForFile(NAME);
const { users } = file;

const atBottom = (page) => page.locator(tid('messages')).evaluate((n) => n.scrollHeight - n.scrollTop - n.clientHeight < 48);
const shown = (page, testid) => page.locator(tid(testid)).isVisible();

test('phone: list and chat, composer, rotation, restore on reload', { timeout: 240_000 }, async () => {
  const id = tag();
  const ann = await openBrowser(NAME, 'ann', { viewport: DESKTOP }); // the other side, at a desk
  const ben = await openBrowser(NAME, 'ben', PHONE_OPTS);
  users.push(ann, ben);

  await ben.page.goto(file.gw.pageUrl, { waitUntil: 'load' });
  await ben.page.locator(tid('signup-username')).waitFor({ state: 'visible' });
  await shot(ben.page, NAME, 'auth');
  await assertAccessible(ben.page, NAME, 'phone-auth');
  await signup(ann, file.gw.pageUrl, { username: `ann_${id}`, displayName: 'Ann' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${id}`, displayName: 'Ben' });
  for (const u of [ann, ben]) await waitConnected(u.page);
  await addFriend(ben, ann);
  await addFriend(ann, ben);
  await shot(ben.page, NAME, 'list');
  await assertAccessible(ben.page, NAME, 'phone-list');

  // The list, then the chat: one at a time.
  assert.equal(await shown(ben.page, 'composer'), false, 'the list alone');
  await ben.page.locator(tid(`chat-${ann.userId}`)).tap();
  await ben.page.locator(tid('composer')).waitFor({ state: 'visible' });
  assert.equal(await ben.page.locator(tid('chat-list')).isVisible(), false, 'the chat alone');
  assert.equal(await shown(ben.page, 'back'), true);

  // The composer: no keyboard advice on a touch screen, nothing cut off; Enter is a new line.
  const hint = ben.page.locator(tid('composer-hint'));
  assert.ok(!(await hint.isVisible()) || !/Shift|Enter/.test(await hint.textContent()), 'no desktop advice');
  const fits = await ben.page.evaluate(() => [...document.querySelectorAll('#composer-form *')]
    .filter((n) => n.offsetParent && !n.classList.contains('sr-only') && n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflow !== 'auto' && n.tagName !== 'TEXTAREA')
    .map((n) => n.id || n.className));
  assert.deepEqual(fits, [], 'nothing in the composer is cut off');
  const formBox = await ben.page.locator(tid('composer-form')).boundingBox();
  assert.ok(formBox.x >= 0 && formBox.x + formBox.width <= PHONE.width + 0.5 && formBox.y + formBox.height <= PHONE.height + 0.5, 'the composer is on screen');
  const box = ben.page.locator(tid('composer'));
  await box.tap();
  await ben.page.keyboard.type('two');
  await ben.page.keyboard.press('Enter');
  await ben.page.keyboard.type('lines');
  assert.equal(await box.inputValue(), 'two\nlines', 'Enter adds a line on a phone');
  await ben.page.locator(tid('send')).tap();
  const ch = await ben.page.evaluate(() => window.tern.state.current);
  await waitForBodies(ben.page, ch, ['two\nlines']);
  await ben.page.locator(tid('msg-receipt')).waitFor({ state: 'visible' }); // Sent, or Delivered already
  await until(async () => (await ann.page.locator(tid(`preview-${ch}`)).textContent().catch(() => '')) === 'two lines', { timeout: T.message, what: "the message in Ann's list" });
  await shot(ben.page, NAME, 'chat-portrait');
  await assertAccessible(ben.page, NAME, 'phone-chat');

  // Back to the list and in again.
  await ben.page.locator(tid('back')).tap();
  await ben.page.locator(tid('chat-list')).waitFor({ state: 'visible' });
  assert.equal(await shown(ben.page, 'composer'), false);
  await ben.page.locator(tid(`direct-${ch}`)).tap();
  await ben.page.locator(tid('composer')).waitFor({ state: 'visible' });

  // A long conversation; Ben reads at the newest message, then turns the phone.
  await ann.page.locator(tid(`chat-${ben.userId}`)).click();
  const lines = Array.from({ length: 40 }, (_, i) => `message ${i + 1} ${id}`);
  for (const l of lines) await sendText(ann.page, l);
  await waitForBodies(ben.page, ch, [lines.at(-1)]);
  await until(() => atBottom(ben.page), { what: 'at the newest message' });
  await ben.page.setViewportSize(PHONE_LANDSCAPE);
  await until(() => atBottom(ben.page), { what: 'still at the newest after turning to landscape' });
  await sendText(ann.page, `in landscape ${id}`);
  await waitForBodies(ben.page, ch, [`in landscape ${id}`]);
  await until(() => atBottom(ben.page), { what: 'a new message in landscape is shown' });
  assert.equal(await ben.page.locator(tid('chat-list')).isVisible(), false, 'landscape: still one pane');
  const sendBox = await ben.page.locator(tid('send')).boundingBox();
  assert.ok(sendBox.y + sendBox.height <= PHONE_LANDSCAPE.height + 0.5, 'Send is on screen in landscape');
  await shot(ben.page, NAME, 'chat-landscape');
  await assertAccessible(ben.page, NAME, 'phone-chat-landscape');
  await ben.page.setViewportSize(PHONE);
  await until(() => atBottom(ben.page), { what: 'still at the newest after turning back' });
  await shot(ben.page, NAME, 'chat-portrait-again');

  // Reload: the chat that was open is open again, at its newest message; the first load is timed.
  await ben.page.reload({ waitUntil: 'load' });
  await ben.page.locator(tid('composer')).waitFor({ state: 'visible', timeout: T.connect });
  assert.equal(await ben.page.evaluate(() => window.tern.state.current), ch, 'the last chat is restored');
  await waitForBodies(ben.page, ch, [`in landscape ${id}`]);
  await until(() => atBottom(ben.page), { what: 'restored at the newest message' });
  await waitConnected(ben.page);
  const load = await until(() => ben.page.evaluate(() => {
    const mark = performance.getEntriesByName('tern:interactive')[0];
    return mark ? Math.round(mark.startTime) : null;
  }), { what: 'interactive mark' });
  writeFileSync(join(ARTIFACTS, `${NAME}.timings.json`), JSON.stringify({ phone_reload_interactive_ms: load }, null, 2));
  console.log(`phone reload: interactive after ${load} ms`);
  assert.equal((await messages(ben.page, ch)).length >= 41, true);
  assert.deepEqual([...ann.errors, ...ben.errors].map(String), [], 'no page errors');
});
