// The conversation as a person uses it, at 1280×800, driven through the UI (typing and
// clicking): a group made by picking people from suggestions, messages grouped by sender with
// day separators and names only where they help, time on hover, the "Sent" mark, the sidebar's
// last message, order and unread counts, the "New messages" divider and the "↓ New messages"
// button, a 100,000-character message collapsed with "Show more", the length counter and a body
// over the limit refused before sending, group roles (who may remove whom), a refused send
// retried, your own presence in a group,
// and two figures: the page's first load and the time from clicking Send to the message on the
// other user's page (test-artifacts/browser/ui-conversation.timings.json).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  T, tag, tid, openBrowser, signup, waitConnected, addFriend, openChatWith, sendText, messages, waitForBodies,
  checkExactlyOnce, shot, until, gatewayForFile, DESKTOP, ARTIFACTS, assertAccessible,
} from './harness.mjs';

const NAME = 'ui-conversation';
const file = gatewayForFile(NAME);
const { users } = file;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Picks `other` in the open people picker by typing part of their name and choosing the suggestion. */
async function pickPerson(page, inputTestid, other, typed) {
  const input = page.locator(tid(inputTestid));
  await input.fill(typed);
  const option = page.locator(tid(`suggestion-${other.userId}`));
  await option.waitFor({ state: 'visible' });
  await option.click();
  await page.locator(tid(`chip-${other.userId}`)).waitFor({ state: 'visible' });
}

test('conversation features through the UI (desktop)', { timeout: 300_000 }, async (t) => {
  const id = tag();
  const ann = await openBrowser(NAME, 'ann', { viewport: DESKTOP });
  const ben = await openBrowser(NAME, 'ben', { viewport: DESKTOP });
  const cy = await openBrowser(NAME, 'cy', { viewport: DESKTOP });
  users.push(ann, ben, cy);
  await signup(ann, file.gw.pageUrl, { username: `ann_${id}`, displayName: 'Ann Lee' });
  await signup(ben, file.gw.pageUrl, { username: `ben_${id}`, displayName: 'Ben Ito' });
  await signup(cy, file.gw.pageUrl, { username: `cy_${id}`, displayName: 'Cy Park' });
  for (const u of [ann, ben, cy]) await waitConnected(u.page);
  await addFriend(ann, ben);
  await addFriend(ann, cy);
  await addFriend(ben, ann);

  await t.test('1:1: grouped messages, no names, time at the group end and on hover, Sent marks', async () => {
    const ch = await openChatWith(ann, ben);
    for (const body of ['morning!', 'are you around?', 'got a minute']) await sendText(ann.page, `${body} ${id}`);
    await openChatWith(ben, ann);
    await waitForBodies(ben.page, ch, [`got a minute ${id}`]);
    // One group of three on Ben's side; no sender names in a 1:1 chat.
    const groups = await ben.page.locator(`${tid('msg-group')}[data-sender="${ann.userId}"]`).count();
    assert.equal(groups, 1, 'three quick messages of Ann share one group');
    assert.equal(await ben.page.locator(`${tid('msg-group')} ${tid('msg')}`).count(), 3);
    assert.equal(await ben.page.locator(tid('msg-sender')).count(), 0, 'no names in a 1:1 chat');
    // A day separator says Today.
    assert.equal((await ben.page.locator(tid('day-separator')).first().textContent()).trim(), 'Today');
    // Time: visible under the last message of the group, shown for the others on hover.
    const timeShown = (n) => ben.page.locator(tid('msg')).nth(n).locator('.meta').evaluate((m) => getComputedStyle(m).visibility === 'visible');
    assert.equal(await timeShown(2), true, 'the group ends with its time');
    assert.equal(await timeShown(0), false, 'earlier messages hide theirs');
    await ben.page.locator(tid('msg')).nth(0).hover();
    await until(() => timeShown(0), { what: 'time shown on hover' });
    // And on keyboard focus: the messages are one Tab stop, the arrow keys move between them.
    await ben.page.locator(tid('messages')).focus();
    await ben.page.keyboard.press('Home');
    await until(async () => ben.page.evaluate(() => document.activeElement?.dataset.testid === 'msg' && document.activeElement.dataset.seq === '1'), { what: 'Home focuses the first message' });
    await ben.page.keyboard.press('ArrowDown');
    assert.equal(await ben.page.evaluate(() => document.activeElement?.dataset.seq), '2');
    // Ann's own messages carry a mark once the server stored them: Sent, then Read, since Ben
    // has the chat open.
    await until(async () => (await ann.page.locator(`${tid('msg-receipt')}[data-receipt="read"]`).count()) === 3, { timeout: T.message, what: 'three Read marks' });
    assert.equal(await ann.page.locator(tid('msg-pending')).count(), 0);
    await shot(ben.page, NAME, 'direct-grouped');
  });

  let group;
  await t.test('a group made by picking people from suggestions', async () => {
    const { page } = ann;
    await page.locator(tid('new-group')).click();
    await page.locator(tid('group-name')).fill(`Trip ${id}`);
    // Suggestions from friends as you type part of a name.
    await pickPerson(page, 'group-people', ben, 'Be');
    await pickPerson(page, 'group-people', cy, 'cy_');
    // Keyboard: a picked person can be removed and picked again with the arrow keys and Enter.
    await page.locator(tid(`chip-remove-${cy.userId}`)).click();
    await page.locator(tid('group-people')).fill('Park');
    await page.locator(tid(`suggestion-${cy.userId}`)).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator(tid(`chip-${cy.userId}`)).waitFor({ state: 'visible' });
    await shot(page, NAME, 'new-group-dialog');
    await assertAccessible(page, NAME, 'new-group-dialog');
    await page.locator(tid('create-group')).click();
    await page.locator(tid('new-group-dialog')).waitFor({ state: 'hidden' });
    group = await until(() => page.evaluate(() => {
      const s = window.tern.state;
      const ch = s.current && s.channels.get(s.current);
      return ch && ch.kind === 'group' ? ch : null;
    }), { what: 'the new group open' });
    assert.deepEqual([...group.members].sort(), [ann.userId, ben.userId, cy.userId].sort());
    assert.equal(await page.locator(tid('chat-title')).textContent(), `Trip ${id}`);
    // Your own presence in the group header: "You", online while connected (not a grey dot).
    const me = page.locator(tid(`member-presence-${ann.userId}`));
    assert.equal(await me.getAttribute('data-status'), 'online');
    assert.match(await me.getAttribute('aria-label'), /Online \(you\)/);
    assert.ok(await page.locator(tid('chat-members')).getByText('You', { exact: true }).isVisible());
  });

  await t.test('group chat: names once per group; previews, order and unread counts in the sidebar', async () => {
    await sendText(ann.page, `hello group ${id}`);
    await sendText(ann.page, `plans for friday? ${id}`);
    // Ben and Cy see the group at the top of their chats with the last message and 2 unread.
    for (const u of [ben, cy]) {
      const row = u.page.locator(tid(`group-${group.id}`));
      await row.waitFor({ state: 'visible', timeout: T.message });
      await until(async () => (await u.page.locator(tid(`unread-${group.id}`)).getAttribute('data-count')) === '2', { what: `${u.label}: 2 unread` });
      await until(async () => (await u.page.locator(tid(`preview-${group.id}`)).textContent()) === `Ann Lee: plans for friday? ${id}`, { what: `${u.label}: preview` });
    }
    const firstRow = await ben.page.locator('#chat-list li').first().getAttribute('data-key');
    assert.equal(firstRow, group.id, 'the most recent chat is first');
    await shot(cy.page, NAME, 'sidebar-unread');
    // Cy opens it: the divider stands before the first unread message; the count goes to 0.
    await cy.page.locator(tid(`group-${group.id}`)).click();
    await cy.page.locator(tid('new-divider')).waitFor({ state: 'visible' });
    const afterDivider = await cy.page.evaluate(() => document.querySelector('[data-testid="new-divider"]').nextElementSibling?.querySelector('[data-testid="msg-body"]')?.textContent);
    assert.equal(afterDivider, `hello group ${id}`);
    await until(async () => (await cy.page.locator(tid(`unread-${group.id}`)).getAttribute('data-count')) === '0', { what: 'read on opening' });
    // Names: one header for Ann's two messages.
    assert.deepEqual(await cy.page.locator(tid('msg-sender')).allTextContents(), ['Ann Lee']);
    await sendText(cy.page, `friday works ${id}`);
    await waitForBodies(ann.page, group.id, [`friday works ${id}`]);
    assert.deepEqual(await ann.page.locator(tid('msg-sender')).allTextContents(), ['Cy Park'], 'own messages have no name; Cy once');
    await shot(cy.page, NAME, 'group-divider');
    await assertAccessible(cy.page, NAME, 'group-chat');
  });

  await t.test('scrolled up: "↓ New messages" and the divider; the button brings you to the newest', async () => {
    const ch = await openChatWith(ann, ben);
    const fill = Array.from({ length: 30 }, (_, i) => `line ${i + 1} of a long chat ${id}`);
    for (const body of fill) await sendText(ann.page, body);
    await waitForBodies(ben.page, ch, [fill.at(-1)]);
    // Ben scrolls up with the mouse wheel.
    const box = ben.page.locator(tid('messages'));
    await box.hover();
    for (let i = 0; i < 8; i++) await ben.page.mouse.wheel(0, -600);
    await until(() => box.evaluate((n) => n.scrollTop < 50), { what: 'Ben scrolled to the top' });
    const before = await ben.page.locator(tid('unread-' + ch)).getAttribute('data-count');
    await sendText(ann.page, `news 1 ${id}`);
    await sendText(ann.page, `news 2 ${id}`);
    const jump = ben.page.locator(tid('jump-latest'));
    await until(async () => (await jump.isVisible()) && (await jump.getAttribute('data-new')) === '2', { what: 'the jump button counts 2 new' });
    assert.equal((await jump.textContent()).trim(), '↓ New messages (2)');
    const afterDivider = await ben.page.evaluate(() => document.querySelector('[data-testid="new-divider"]')?.nextElementSibling?.querySelector('[data-testid="msg-body"]')?.textContent);
    assert.equal(afterDivider, `news 1 ${id}`, 'the divider stands before the first new message');
    assert.equal(await ben.page.locator(tid('unread-' + ch)).getAttribute('data-count'), String(Number(before) + 2), 'not read while scrolled up');
    assert.ok(await box.evaluate((n) => n.scrollTop < 50), 'the view did not jump while Ben reads older messages');
    await shot(ben.page, NAME, 'scrolled-up-new-messages');
    await jump.click();
    await until(() => box.evaluate((n) => n.scrollHeight - n.scrollTop - n.clientHeight < 48), { what: 'at the newest after the button' });
    await until(async () => !(await jump.isVisible()), { what: 'the button goes away' });
    await until(async () => (await ben.page.locator(tid('unread-' + ch)).getAttribute('data-count')) === '0', { what: 'read at the bottom' });
  });

  await t.test('long messages: a counter near the limit, over the limit refused before sending, 100,000 characters collapsed', async () => {
    const ch = await openChatWith(ann, ben);
    const composer = ann.page.locator(tid('composer'));
    const counter = ann.page.locator(tid('composer-counter'));
    await composer.fill('x'.repeat(80_000));
    assert.equal(await counter.isVisible(), false, 'no counter far from the limit');
    await composer.fill('y'.repeat(95_000));
    await until(() => counter.isVisible(), { what: 'the counter near the limit' });
    assert.equal(await counter.textContent(), '95,000 / 100,000 characters');
    // Over the limit (counted in characters: an emoji is one).
    const tooLong = `${'😀'.repeat(100_001)}`;
    await composer.fill(tooLong);
    await until(async () => (await counter.textContent()).includes('1 too many'), { what: 'the counter says how many too many' });
    await composer.press('Enter');
    const error = ann.page.locator(tid('composer-error'));
    await until(() => error.isVisible(), { what: 'the refusal' });
    assert.match(await error.textContent(), /100,001 characters, and messages can have at most 100,000/);
    assert.equal(await composer.inputValue(), tooLong, 'the composer keeps the text');
    assert.equal(await composer.getAttribute('aria-invalid'), 'true');
    assert.equal(await ann.page.locator(tid('msg-pending')).count(), 0, 'nothing was sent');
    await shot(ann.page, NAME, 'over-limit');
    // Exactly 100,000 characters go out and arrive collapsed with "Show more".
    const paragraph = `${'A long message. '.repeat(156)}\n`; // 2,497 characters
    const longest = `${paragraph.repeat(40)}${'z'.repeat(100_000 - paragraph.length * 40)}`;
    assert.equal([...longest].length, 100_000);
    await composer.fill(longest);
    await ann.page.locator(tid('send')).click();
    const msg = ben.page.locator(`${tid('msg')}.long`).last();
    await msg.waitFor({ state: 'visible', timeout: T.message });
    const more = msg.locator(tid('show-more'));
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    const collapsedHeight = await msg.evaluate((n) => n.getBoundingClientRect().height);
    assert.ok(collapsedHeight < 600, `collapsed to ${collapsedHeight}px`);
    await shot(ben.page, NAME, 'long-collapsed');
    await more.click();
    await until(async () => (await msg.locator(tid('show-more')).getAttribute('aria-expanded')) === 'true', { what: 'expanded' });
    assert.equal(await msg.locator(tid('msg-body')).evaluate((n) => [...n.textContent].length), 100_000, 'the whole message is shown');
    await msg.locator(tid('show-more')).click();
    await until(async () => (await msg.locator(tid('show-more')).getAttribute('aria-expanded')) === 'false', { what: 'collapsed again' });
    // The refused one never arrived: Ben's last message is the 100,000-character one.
    const benList = await messages(ben.page, ch);
    assert.ok(!benList.some((m) => m.body.startsWith('😀')), 'the over-limit message never reached Ben');
  });

  await t.test('group roles: only admins remove people; the owner makes an admin', async () => {
    // Ben is a member: the dialog shows Ann as the owner and offers him no Remove or Add.
    await ben.page.locator(tid(`group-${group.id}`)).click();
    await ben.page.locator(tid('group-info')).click();
    assert.equal(await ben.page.locator(tid(`role-${ann.userId}`)).textContent(), 'Owner');
    await ben.page.locator(tid('members-add-note')).waitFor({ state: 'visible' });
    assert.equal(await ben.page.locator(tid(`remove-${cy.userId}`)).count(), 0, 'a member removes nobody');
    await ben.page.locator(tid('group-info-close')).click();
    // Ann, the owner, makes Ben an admin.
    await ann.page.locator(tid(`group-${group.id}`)).click();
    await ann.page.locator(tid('group-info')).click();
    await ann.page.locator(tid(`promote-${ben.userId}`)).click();
    await until(async () => (await ann.page.locator(tid(`role-${ben.userId}`)).textContent()) === 'Admin', { what: 'Ben shown as an admin' });
    await ann.page.locator(tid('group-info-close')).click();
  });

  await t.test('group roles: an admin removes a member, who learns it at once', async () => {
    // Ben, now an admin, removes Cy (group members dialog); the group leaves Cy's sidebar live.
    await ben.page.locator(tid('group-info')).click();
    await until(async () => (await ben.page.locator(tid(`remove-${cy.userId}`)).count()) === 1, { what: 'Remove offered to the admin' });
    assert.equal(await ben.page.locator(tid(`remove-${ann.userId}`)).count(), 0, 'nobody removes the owner');
    await ben.page.locator(tid(`remove-${cy.userId}`)).click();
    await ben.page.locator(tid(`member-${cy.userId}`)).waitFor({ state: 'detached' });
    await shot(ben.page, NAME, 'group-members');
    await assertAccessible(ben.page, NAME, 'group-members-dialog');
    await cy.page.locator(tid(`group-${group.id}`)).waitFor({ state: 'detached', timeout: T.message });
    // Ben adds him back by picking him: the group is on Cy's sidebar again.
    await pickPerson(ben.page, 'members-add', cy, 'Cy');
    await ben.page.locator(tid('members-add-button')).click();
    await ben.page.locator(tid(`member-${cy.userId}`)).waitFor({ state: 'visible' });
    await ben.page.locator(tid('group-info-close')).click();
    await cy.page.locator(tid(`group-${group.id}`)).waitFor({ state: 'visible', timeout: T.message });
  });

  await t.test('a send the server refuses shows why and can be retried', async () => {
    // Cy has his chat with Ann open; Ann blocks him from theirs (the chat's Block, confirmed):
    // the chat takes no message.
    const ch = await openChatWith(cy, ann);
    await openChatWith(ann, cy);
    ann.page.once('dialog', (d) => d.accept());
    await ann.page.locator(tid('block-toggle')).click();
    await until(async () => (await ann.page.locator(tid('block-toggle')).textContent()) === 'Unblock', { what: 'Ann sees Unblock' });
    await assertAccessible(ann.page, NAME, 'blocked-chat');
    await sendText(cy.page, `still there? ${id}`);
    const failed = cy.page.locator(`${tid('msg-pending')}[data-state="failed"]`);
    await failed.waitFor({ state: 'visible', timeout: T.message });
    assert.equal(await failed.locator(tid('msg-status-text')).textContent(), 'You can’t send messages in this chat: one of you has blocked the other.');
    await shot(cy.page, NAME, 'send-failed');
    // Ann unblocks him (the same button); Cy retries and the message goes through.
    ann.page.once('dialog', (d) => d.accept());
    await ann.page.locator(tid('block-toggle')).click();
    await until(async () => (await ann.page.locator(tid('block-toggle')).textContent()) === 'Block', { what: 'Ann sees Block again' });
    await failed.locator(tid('msg-retry')).click();
    await waitForBodies(cy.page, ch, [`still there? ${id}`]);
    await until(async () => (await cy.page.locator(tid('msg-pending')).count()) === 0, { what: 'nothing pending after the retry' });
    await until(() => ann.page.evaluate(([c, body]) => [...(window.tern.state.messages.get(c)?.values() || [])].some((m) => m.body === body), [ch, `still there? ${id}`]), { timeout: T.message, what: 'Ann has it' });
  });

  await t.test('timings: first load and Send-to-appear', async () => {
    const ch = await openChatWith(ann, ben);
    await openChatWith(ben, ann);
    const samples = [];
    for (let i = 0; i < 10; i++) {
      const body = `timed ${i} ${id}`;
      await ben.page.evaluate((text) => {
        window.__seen = new Promise((resolve) => {
          const check = () => [...document.querySelectorAll('[data-testid="msg-body"]')].some((n) => n.textContent === text);
          if (check()) { resolve(Date.now()); return; }
          const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); resolve(Date.now()); } });
          obs.observe(document.querySelector('[data-testid="messages"]'), { childList: true, subtree: true, characterData: true });
        });
      }, body);
      await ann.page.evaluate(() => {
        document.querySelector('[data-testid="send"]').addEventListener('click', () => { window.__clickedAt = Date.now(); }, { once: true, capture: true });
      });
      await ann.page.locator(tid('composer')).fill(body);
      await ann.page.locator(tid('send')).click();
      const seenAt = await ben.page.evaluate(() => window.__seen);
      const clickedAt = await ann.page.evaluate(() => window.__clickedAt);
      samples.push(seenAt - clickedAt);
    }
    checkExactlyOnce((await messages(ben.page, ch)).filter((m) => m.body.startsWith('timed ')).map((m, i) => ({ ...m, seq: i + 1 })),
      Array.from({ length: 10 }, (_, i) => `timed ${i} ${id}`));
    // First load of the logged-in page: navigation to interactive (lists shown, composer usable) and to connected.
    const loads = [];
    for (let i = 0; i < 3; i++) {
      await ann.page.reload({ waitUntil: 'load' });
      await waitConnected(ann.page);
      loads.push(await until(() => ann.page.evaluate(() => {
        const mark = performance.getEntriesByName('tern:interactive')[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return mark ? { interactive: Math.round(mark.startTime), domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) } : null;
      }), { what: 'the interactive mark' }));
    }
    const result = {
      send_to_appear_ms: { samples, median: median(samples), max: Math.max(...samples) },
      first_load_ms: { samples: loads, median_interactive: median(loads.map((l) => l.interactive)) },
      transport: await ann.page.locator(tid('transport')).getAttribute('data-transport'),
    };
    writeFileSync(join(ARTIFACTS, `${NAME}.timings.json`), JSON.stringify(result, null, 2));
    console.log(`TIMINGS ${JSON.stringify(result)}`);
    assert.ok(result.send_to_appear_ms.median < 1000, `Send to appear: median ${result.send_to_appear_ms.median} ms`);
    assert.ok(result.first_load_ms.median_interactive < 3000, `first load: ${result.first_load_ms.median_interactive} ms`);
    // The reload restored the open chat.
    assert.equal(await ann.page.evaluate(() => window.tern.state.current), ch);
  });

  await t.test('day separators: the same messages a day later say "Yesterday"', async () => {
    await ben.page.clock.setFixedTime(new Date(Date.now() + 86_400_000));
    await ben.page.reload({ waitUntil: 'load' });
    await ben.page.locator(tid('day-separator')).first().waitFor({ state: 'visible', timeout: T.message });
    const labels = await ben.page.locator(tid('day-separator')).allTextContents();
    assert.ok(labels.includes('Yesterday'), `separators ${JSON.stringify(labels)}`);
    await shot(ben.page, NAME, 'yesterday');
  });

  assert.deepEqual([...ann.errors, ...ben.errors, ...cy.errors].map(String), [], 'no page errors');
});
