// Live membership, Ann on a desktop and Ben on a phone: Ann makes a group with Ben (through the page's New group dialog); Ben's
// sidebar lists it within a second, before anyone writes. Ben types: Ann sees "Ben is
// typing…" until his message arrives. Ann renames it and makes Ben an
// admin (both in the Members dialog): Ben's open chat shows each change as a line of its own, and the sidebar the new
// name. Ann removes Ben: the group leaves Ben's sidebar at once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, addFriend, shot, until, gatewayForFile, assertAccessible, PHONE_OPTS,
} from './harness.mjs';

const NAME = 'live-membership';
const file = gatewayForFile(NAME);
const { users } = file;

test('a new group, its changes and a removal reach a member live', { timeout: T.test }, async () => {
  const t = tag();
  const ann = await openBrowser(NAME, 'ann');
  const ben = await openBrowser(NAME, 'ben', PHONE_OPTS);
  users.push(ann, ben);
  await signup(ann, file.gw.pageUrl, { username: `ann_${t}`, displayName: 'Ann' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${t}`, displayName: 'Ben' });
  await waitConnected(ann.page);
  await waitConnected(ben.page);
  await addFriend(ann, ben);

  await ann.page.locator(tid('new-group')).click();
  await ann.page.locator(tid('group-name')).fill(`Picnic ${t}`);
  await ann.page.locator(tid('group-people')).fill('Ben');
  await ann.page.locator(tid(`suggestion-${ben.userId}`)).click();
  await ann.page.locator(tid('create-group')).click();
  const created = Date.now();
  const groupId = await until(() => ann.page.evaluate(() => window.tern.state.current), { what: 'group created' });
  const row = ben.page.locator(tid(`group-${groupId}`));
  await row.waitFor({ state: 'visible', timeout: 1000 });
  console.log(`the new group on Ben's sidebar ${Date.now() - created} ms after Create`);
  await shot(ben.page, NAME, 'ben-sees-the-group');

  // Ben types in it: Ann sees it live; his message ends it.
  await row.click();
  await ben.page.locator(tid('composer')).pressSequentially('on my w', { delay: 20 });
  await until(async () => (await ann.page.locator(tid('typing')).textContent()) === 'Ben is typing…', { timeout: T.message, what: 'Ann sees Ben typing' });
  await shot(ann.page, NAME, 'ann-sees-ben-typing');
  await ben.page.locator(tid('composer')).press('Enter');
  await until(async () => (await ann.page.locator(tid('typing')).textContent()) === '', { timeout: T.message, what: 'typing ends with the message' });

  // Changes stand in the history: Ben, in the chat, sees each as a line.
  // Ann, the owner, renames the group and makes Ben an admin in the Members dialog.
  await ann.page.locator(tid('group-info')).click();
  await ann.page.locator(tid('group-rename')).fill('Beach day');
  await ann.page.locator(tid('group-rename-save')).click();
  await ann.page.locator(tid(`promote-${ben.userId}`)).click();
  await until(async () => (await ann.page.locator(tid(`role-${ben.userId}`)).count()) === 1, { what: 'Ben an admin' });
  await assertAccessible(ann.page, NAME, 'members-dialog-owner');
  const lines = ben.page.locator(tid('group-event'));
  await until(async () => (await lines.count()) === 2, { timeout: T.message, what: 'two event lines' });
  assert.deepEqual(await lines.allTextContents(), ['Ann renamed the group to “Beach day”', 'Ann made you an admin']);
  await until(async () => (await ben.page.locator(tid('chat-title')).textContent()) === 'Beach day', { what: 'the new name in the header' });
  await shot(ben.page, NAME, 'ben-sees-the-changes');

  // Ann removes Ben (Members dialog): the group leaves his sidebar at once.
  await ann.page.locator(tid(`remove-${ben.userId}`)).click();
  await row.waitFor({ state: 'detached', timeout: 2000 });
});
