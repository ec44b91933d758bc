// Read state kept by the server: Ann has two devices (two Chromiums, one on WebTransport, one
// on WebSocket). Ben writes; both of Ann's pages count 3 unread and Ben's marks say
// "Delivered". Ann reads on her laptop: her phone's count drops to 0 live, without a reload,
// and Ben's own messages turn to "Read" (a receipt). With receipts turned off, Ann's reading
// the next one shows Ben nothing. A reload of the phone keeps 0 (the count is the server's,
// not the page's). A second test follows one message from "Sent" (Cleo away) through
// "Delivered" (her page opens, the chat closed) to "Read" (she opens it).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, addFriend, openChatWith, sendText, shot, until,
  gatewayForFile,
} from './harness.mjs';

const NAME = 'read-state';
const file = gatewayForFile(NAME);
const { users } = file;

/** Logs `user` in on another browser (a second device). */
async function login(device, url, user) {
  const { page } = device;
  await page.goto(url, { timeout: T.action, waitUntil: 'load' });
  await page.locator(tid('login-username')).fill(user.username);
  await page.locator(tid('login-password')).fill('password-123');
  await page.locator(tid('login-submit')).click();
  await page.locator(tid('app-view')).waitFor({ state: 'visible', timeout: T.action });
  Object.assign(device, { username: user.username, userId: user.userId, displayName: user.displayName });
}

const unread = (page, channel) => page.locator(tid(`unread-${channel}`)).getAttribute('data-count');

test('read on one device: the other device\'s unread count drops live; the sender sees Read', { timeout: T.test }, async () => {
  const t = tag();
  const laptop = await openBrowser(NAME, 'ann-laptop');
  const phone = await openBrowser(NAME, 'ann-phone');
  const ben = await openBrowser(NAME, 'ben');
  users.push(laptop, phone, ben);
  await signup(laptop, file.gw.pageUrl, { username: `ann_${t}`, displayName: 'Ann' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${t}`, displayName: 'Ben' });
  await login(phone, `${file.gw.pageUrl}?transport=ws`, laptop);
  await waitConnected(laptop.page, { transport: 'webtransport' });
  await waitConnected(phone.page, { transport: 'websocket' });
  await waitConnected(ben.page);
  await addFriend(ben, laptop);

  const ch = await openChatWith(ben, laptop);
  for (const body of ['one', 'two', 'three']) await sendText(ben.page, `${body} ${t}`);
  await until(async () => (await ben.page.locator(`${tid('msg-receipt')}[data-receipt="delivered"]`).count()) === 3, { timeout: T.message, what: 'three Delivered marks' });
  assert.equal(await ben.page.locator(tid('msg-receipt')).first().getAttribute('title'), 'Delivered');
  for (const device of [laptop, phone]) {
    await device.page.locator(tid(`direct-${ch}`)).waitFor({ state: 'visible', timeout: T.message });
    await until(async () => (await unread(device.page, ch)) === '3', { timeout: T.message, what: `${device.label}: 3 unread` });
  }
  await shot(phone.page, NAME, 'phone-3-unread');

  // Ann opens the chat on her laptop: read there, and so on her phone, live.
  await laptop.page.locator(tid(`direct-${ch}`)).click();
  const started = Date.now();
  await until(async () => (await unread(phone.page, ch)) === '0', { timeout: T.message, what: 'the phone\'s count drops to 0 live' });
  console.log(`read on the laptop -> the phone shows 0 unread after ${Date.now() - started} ms`);
  await until(async () => (await ben.page.locator(`${tid('msg-receipt')}[data-receipt="read"]`).count()) === 3, { timeout: T.message, what: 'Ben sees Read' });
  assert.equal(await ben.page.locator(tid('msg-receipt')).first().getAttribute('title'), 'Read');
  await shot(ben.page, NAME, 'ben-read');

  // Ann turns receipts off (the sidebar's checkbox): she still reads, Ben no longer sees it.
  await laptop.page.locator(tid('receipts-toggle')).uncheck();
  await until(() => laptop.page.evaluate(() => window.tern.state.me?.send_receipts === false), { what: 'receipts off' });
  await sendText(ben.page, `four ${t}`);
  await until(async () => (await unread(phone.page, ch)) === '0' && (await laptop.page.locator(tid('msg')).count()) === 4, { timeout: T.message, what: 'Ann read the fourth on her laptop' });
  await new Promise((r) => setTimeout(r, 1000));
  const marks = await ben.page.locator(tid('msg-receipt')).evaluateAll((n) => n.map((x) => x.dataset.receipt));
  assert.deepEqual(marks, ['read', 'read', 'read', 'sent'], 'no receipt for the fourth, not even Delivered');

  // The count is the server's: a reload of the phone still shows 0.
  await phone.page.reload({ waitUntil: 'load' });
  await phone.page.locator(tid(`direct-${ch}`)).waitFor({ state: 'visible', timeout: T.message });
  await until(async () => (await unread(phone.page, ch)) === '0', { what: 'still 0 after a reload' });
});

test('one message: Sent while the recipient is away, Delivered when her page opens, Read when she opens the chat', { timeout: T.test }, async () => {
  const t = tag();
  const cleo = await openBrowser(NAME, 'cleo');
  const dan = await openBrowser(NAME, 'dan');
  users.push(cleo, dan);
  await signup(cleo, file.gw.pageUrl, { username: `cleo_${t}`, displayName: 'Cleo' });
  await signup(dan, file.gw.pageUrl, { username: `dan_${t}`, displayName: 'Dan' });
  await waitConnected(cleo.page);
  await waitConnected(dan.page);
  await addFriend(dan, cleo);

  // Cleo leaves the site; Dan writes to her.
  await cleo.page.goto('about:blank');
  const ch = await openChatWith(dan, cleo);
  await sendText(dan.page, `are you there ${t}`);
  const mark = dan.page.locator(tid('msg-receipt'));
  await until(async () => (await mark.getAttribute('data-receipt').catch(() => null)) === 'sent', { what: 'Sent' });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await mark.getAttribute('data-receipt'), 'sent', 'nobody received it yet');
  assert.equal(await mark.getAttribute('title'), 'Sent');
  assert.equal(await mark.textContent(), '✓');
  await shot(dan.page, NAME, 'dan-sent');

  // Cleo comes back (still logged in); the chat stays closed until she opens it.
  const back = Date.now();
  await cleo.page.goto(file.gw.pageUrl, { timeout: T.action, waitUntil: 'load' });
  await until(async () => (await mark.getAttribute('data-receipt')) === 'delivered', { timeout: T.message, what: 'Delivered' });
  console.log(`Cleo's page opened -> Dan sees Delivered after ${Date.now() - back} ms`);
  assert.equal(await mark.textContent(), '✓✓');
  assert.equal(await mark.getAttribute('title'), 'Delivered');
  assert.equal(await cleo.page.evaluate(() => window.tern.state.current), null, 'the chat is not open on her page');
  await until(async () => (await unread(cleo.page, ch)) === '1', { timeout: T.message, what: 'one unread for Cleo' });
  await shot(dan.page, NAME, 'dan-delivered');

  // She opens it: Read.
  await cleo.page.locator(tid(`direct-${ch}`)).click();
  await until(async () => (await mark.getAttribute('data-receipt')) === 'read', { timeout: T.message, what: 'Read' });
  assert.equal(await mark.getAttribute('title'), 'Read');
  await shot(dan.page, NAME, 'dan-read');

  // After a reload Dan's page reads the marks from the server (GET .../reads): still Read.
  await dan.page.reload({ waitUntil: 'load' });
  await until(async () => (await dan.page.locator(tid('msg-receipt')).getAttribute('data-receipt').catch(() => null)) === 'read', { timeout: T.message, what: 'Read after a reload' });
});
