// Logging out as a person does it: Ann is logged in on a laptop and a phone. "Log out" on the
// laptop ends the laptop's token on the server (a copy of it is refused) and leaves the phone
// logged in; "Log out everywhere" on the phone takes the laptop's new login back to the login
// screen too, saying why, without anyone touching it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, tid, openBrowser, signup, waitConnected, shot, until, gatewayForFile, DESKTOP, PHONE_OPTS, assertAccessible } from './harness.mjs';

const NAME = 'ui-logout';
const file = gatewayForFile(NAME);
const { users } = file;

async function login(user, url, username, password = 'password-123') {
  const { page } = user;
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(tid('login-username')).fill(username);
  await page.locator(tid('login-password')).fill(password);
  await page.locator(tid('login-submit')).click();
  await page.locator(tid('app-view')).waitFor({ state: 'visible' });
}

const token = (page) => page.evaluate(() => window.tern.client._session?.token ?? null);
const me = (page, bearer) => page.evaluate(async (t) => (await fetch('/v1/me', { headers: { authorization: `Bearer ${t}` } })).status, bearer);

test('log out ends the token on the server; log out everywhere reaches the other device', { timeout: 120_000 }, async () => {
  const id = tag();
  const laptop = await openBrowser(NAME, 'laptop', { viewport: DESKTOP });
  const phone = await openBrowser(NAME, 'phone', PHONE_OPTS);
  users.push(laptop, phone);
  const username = `ann_${id}`;
  await signup(laptop, file.gw.pageUrl, { username, displayName: 'Ann' });
  await login(phone, file.gw.pageUrl, username);
  for (const u of [laptop, phone]) await waitConnected(u.page);

  const laptopToken = await token(laptop.page);
  assert.ok(laptopToken, 'the laptop holds a token');
  await laptop.page.locator(tid('logout')).click();
  await laptop.page.locator(tid('auth-view')).waitFor({ state: 'visible' });
  await until(async () => (await me(laptop.page, laptopToken)) === 401, { what: "the laptop's old token refused by the server" });
  assert.equal(await phone.page.locator(tid('app-view')).isVisible(), true, 'the phone stays logged in');
  await waitConnected(phone.page);

  await login(laptop, file.gw.pageUrl, username);
  await waitConnected(laptop.page);
  await phone.page.locator(tid('logout-all')).click();
  await phone.page.locator(tid('auth-view')).waitFor({ state: 'visible' });
  const out = Date.now();
  await laptop.page.locator(tid('auth-view')).waitFor({ state: 'visible', timeout: 15_000 });
  console.log(`the laptop showed the login screen ${Date.now() - out} ms after "Log out everywhere" on the phone`);
  const why = await laptop.page.locator(tid('auth-error')).textContent();
  assert.match(why, /signed out|logged out/i, `the laptop says why: ${why}`);
  await shot(laptop.page, NAME, 'laptop-logged-out-elsewhere');
  await assertAccessible(laptop.page, NAME, 'logged out elsewhere');
});
