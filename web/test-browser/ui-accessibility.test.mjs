// Keyboard and screen-reader basics at 1280×800, with the axe-core audit (npm axe-core,
// injected into the page) on each screen, light and dark: sign-up done with the keyboard only
// (the username's limit said, never cut), errors in words, every row (friends, groups, other
// chats) reached with Tab and opened with Enter, a visible focus ring, a label on every input,
// presence with words and shapes, live regions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  tag, tid, openBrowser, signup, waitConnected, addFriend, openChatWith, sendText, shot, until,
  gatewayForFile, DESKTOP, assertAccessible,
} from './harness.mjs';

const NAME = 'ui-accessibility';
const file = gatewayForFile(NAME);
const { users } = file;

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return i + 1;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline, as drawn. */
const focusRing = (page) => page.evaluate(() => {
  const s = getComputedStyle(document.activeElement);
  return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
});

test('keyboard only, labels, focus, wording and the axe audit', { timeout: 240_000 }, async () => {
  const id = tag();
  const ann = await openBrowser(NAME, 'ann', { viewport: DESKTOP });
  const ben = await openBrowser(NAME, 'ben', { viewport: DESKTOP });
  const cy = await openBrowser(NAME, 'cy', { viewport: DESKTOP });
  users.push(ann, ben, cy);
  const { page } = ann;

  // ---- sign-up with the keyboard only
  await page.goto(file.gw.pageUrl, { waitUntil: 'load' });
  await page.locator(tid('login-username')).waitFor({ state: 'visible' });
  await assertAccessible(page, NAME, 'auth');
  // A wrong password: said in words.
  await page.keyboard.type('nobody_here');
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong-password');
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator(tid('login-error')).textContent()) === 'That username and password don’t match. Check both and try again.', { what: 'login error in words' });
  await tabTo(page, '#signup-username');
  const long = `ann_${id}_${'x'.repeat(30)}`;
  await page.keyboard.type(long);
  assert.equal(await page.locator(tid('signup-username')).inputValue(), long, 'the field is not cut');
  const usernameError = await page.locator(tid('signup-username-error')).textContent();
  assert.equal(usernameError, `That’s ${long.length} characters. Usernames can have at most 32.`);
  assert.equal(await page.locator(tid('signup-username')).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator(tid('signup-username-count')).textContent(), `${long.length}/32`);
  await shot(page, NAME, 'username-too-long');
  await assertAccessible(page, NAME, 'auth-errors');
  await page.locator(tid('signup-username')).fill('');
  await page.keyboard.type(`ann_${id}`);
  assert.equal(await page.locator(tid('signup-username-error')).textContent(), '');
  await page.keyboard.press('Tab');
  await page.keyboard.type('password-123');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ann');
  await page.keyboard.press('Enter');
  await page.locator(tid('app-view')).waitFor({ state: 'visible' });
  ann.userId = await until(() => page.evaluate(() => window.tern?.client?.user?.id), { what: 'signed up' });
  ann.username = `ann_${id}`;
  await waitConnected(page);
  await signup(ben, file.gw.pageUrl, { username: `ben_${id}`, displayName: 'Ben' });
  await signup(cy, file.gw.pageUrl, { username: `cy_${id}`, displayName: 'Cy' });
  await assertAccessible(page, NAME, 'app-empty');

  // ---- errors in words: a friend who does not exist
  await page.locator(tid('friend-username')).fill('no_such_person_here');
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator(tid('friend-error')).textContent()) === 'There’s no one with the username “no_such_person_here”. Check the spelling.', { what: 'friend error in words' });

  // ---- a friend, a group (Ben made it) and a chat from someone who is not a friend (Cy)
  await addFriend(ann, ben);
  await addFriend(ben, ann);
  await ben.page.locator(tid('new-group')).click();
  await ben.page.locator(tid('group-name')).fill(`Book club ${id}`);
  await ben.page.locator(tid('group-people')).fill('Ann');
  await ben.page.locator(tid(`suggestion-${ann.userId}`)).click();
  await ben.page.locator(tid('create-group')).click();
  const groupId = await until(() => ben.page.evaluate(() => window.tern.state.current), { what: 'group created' });
  await sendText(ben.page, `welcome ${id}`);
  await cy.page.locator(tid('friend-username')).fill(ann.username);
  await cy.page.locator(tid('add-friend')).click();
  // Cy only asks (Ann never answers): he writes to her from his request's Message button.
  await cy.page.locator(`${tid(`request-${ann.userId}`)}[data-direction="outgoing"]`).waitFor();
  const direct = await openChatWith(cy, ann);
  await sendText(cy.page, `hi from cy ${id}`);
  await page.locator(tid(`group-${groupId}`)).waitFor({ state: 'visible' });
  await page.locator(tid(`direct-${direct}`)).waitFor({ state: 'visible' });

  // ---- Tab reaches the group row and the other chat's row; Enter opens them; focus is visible
  await page.locator(tid('logout')).focus();
  await tabTo(page, `[data-testid="group-${groupId}"]`);
  const ring = await focusRing(page);
  assert.ok(ring.style !== 'none' && ring.width >= 2, `visible focus ring ${JSON.stringify(ring)}`);
  await shot(page, NAME, 'focus-on-group-row');
  await page.keyboard.press('Enter');
  await until(async () => (await page.evaluate(() => window.tern.state.current)) === groupId, { what: 'Enter opens the group' });
  await assertAccessible(page, NAME, 'group-chat');
  await page.locator(tid('logout')).focus();
  await tabTo(page, `[data-testid="direct-${direct}"]`);
  await page.keyboard.press('Enter');
  await until(async () => (await page.evaluate(() => window.tern.state.current)) === direct, { what: 'Enter opens the other chat' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'composer', 'focus moves to the composer');
  // The friend row too, and the composer's Send button.
  await page.locator(tid('logout')).focus();
  await tabTo(page, `[data-testid="chat-${ben.userId}"]`);
  await page.keyboard.press('Enter');
  await until(async () => (await page.evaluate(() => window.tern.state.current))?.startsWith('d.'), { what: 'Enter opens the friend chat' });
  await page.keyboard.type(`typed with the keyboard ${id}`);
  await page.keyboard.press('Enter');
  await ben.page.locator(tid(`direct-${await page.evaluate(() => window.tern.state.current)}`)).waitFor();

  // ---- every input has a label; presence has words; live regions exist
  const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input, textarea')]
    .filter((n) => !(n.labels?.length || n.getAttribute('aria-label') || n.getAttribute('aria-labelledby')))
    .map((n) => n.id));
  assert.deepEqual(unlabeled, [], 'every input has a label');
  const dots = await page.evaluate(() => [...document.querySelectorAll('.presence')].map((n) => ({ label: n.getAttribute('aria-label'), status: n.dataset.status, border: getComputedStyle(n).borderStyle })));
  assert.ok(dots.length > 0);
  for (const d of dots) assert.match(d.label, /: (Online|Offline|Last seen|Status unknown|Checking|Online \(you\))/, JSON.stringify(d));
  assert.ok(dots.filter((d) => d.status === 'unknown').every((d) => d.border === 'dashed'), 'unknown is a dashed ring');
  assert.equal(await page.locator(tid('transport')).getAttribute('role'), 'status');
  assert.equal(await page.locator(tid('messages')).getAttribute('role'), 'log');

  // ---- dark colour scheme: the same screens pass the audit
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, NAME, 'dark-chat');
  await assertAccessible(page, NAME, 'dark-chat');
  await page.locator(tid('new-group')).click();
  await page.locator(tid('new-group-dialog')).waitFor({ state: 'visible' });
  await assertAccessible(page, NAME, 'dark-new-group');
  await page.keyboard.press('Escape');
  await page.locator(tid('new-group-dialog')).waitFor({ state: 'hidden' });
  assert.deepEqual([...ann.errors, ...ben.errors, ...cy.errors].map(String), [], 'no page errors');
});
