// Edit and delete for everyone, through the page: Ann sends "helo", edits it to "hello"
// (Edit on her message, the text in the composer, Enter): Ben's page shows "hello (edited)"
// live. Ann deletes it (Delete, confirmed): Ben's page shows "This message was deleted", and
// still does after a reload (the body is gone from the server, not hidden by the page).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  T, tag, tid, openBrowser, signup, waitConnected, addFriend, openChatWith, sendText, shot, until,
  gatewayForFile,
} from './harness.mjs';

const NAME = 'edit-delete';
const file = gatewayForFile(NAME);
const { users } = file;

test('an edit and a delete reach the other side live and stay after a reload', { timeout: T.test }, async () => {
  const t = tag();
  const ann = await openBrowser(NAME, 'ann');
  const ben = await openBrowser(NAME, 'ben');
  users.push(ann, ben);
  await signup(ann, file.gw.pageUrl, { username: `ann_${t}`, displayName: 'Ann' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${t}`, displayName: 'Ben' });
  await waitConnected(ann.page);
  await waitConnected(ben.page);
  await addFriend(ann, ben);
  const ch = await openChatWith(ann, ben);
  await sendText(ann.page, `helo ${t}`);
  await openChatWith(ben, ann);
  const benBody = ben.page.locator(tid('msg-body')).first();
  await until(async () => (await benBody.textContent()) === `helo ${t}`, { timeout: T.message, what: 'Ben has the message' });

  // Ann edits it.
  const mine = ann.page.locator(tid('msg')).first();
  await until(async () => (await mine.getAttribute('data-seq')) === '1', { what: 'stored (seq 1)' });
  await mine.hover();
  await mine.locator(tid('msg-edit')).click();
  const box = ann.page.locator(tid('composer'));
  assert.equal(await box.inputValue(), `helo ${t}`, 'the text to edit is in the composer');
  assert.match(await ann.page.locator(tid('composer-hint')).textContent(), /Editing your message/);
  await box.fill(`hello ${t}`);
  await box.press('Enter');
  await until(async () => (await benBody.textContent()) === `hello ${t}`, { timeout: T.message, what: 'Ben sees the edit' });
  await ben.page.locator(tid('msg-edited')).waitFor({ state: 'visible' });
  assert.equal(await ann.page.locator(tid('msg')).count(), 1, 'an edit is no message of its own on the page');
  await shot(ben.page, NAME, 'ben-sees-edit');

  // Ann deletes it.
  ann.page.once('dialog', (d) => d.accept());
  await mine.hover();
  await mine.locator(tid('msg-delete')).click();
  await until(async () => (await benBody.textContent()) === 'This message was deleted', { timeout: T.message, what: 'Ben sees the delete' });
  await shot(ben.page, NAME, 'ben-sees-delete');
  await ben.page.reload({ waitUntil: 'load' });
  await ben.page.locator(tid(`direct-${ch}`)).click();
  const again = ben.page.locator(tid('msg-body')).first();
  await until(async () => (await again.textContent()) === 'This message was deleted', { timeout: T.message, what: 'still deleted after a reload' });
  assert.equal(await again.getAttribute('data-deleted'), 'true');
});
