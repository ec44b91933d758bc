// Unit tests of the page's pure modules (web/app/format.js and web/app/wording.js): the layout
// of a conversation (groups, day separators, the divider), day labels, collapsing, and the
// wording of errors (no code falls through to developer text).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  layoutConversation, dayLabel, listTime, isLong, collapsedText, previewText, initials, displayName, GROUP_GAP_MS, COLLAPSE_CHARS,
} from '../app/format.js';
import {
  describeError, tooLongText, usernameProblem, displayNameProblem, passwordProblem, groupNameProblem, connectionText,
} from '../app/wording.js';

const NOW = new Date(2026, 2, 18, 15, 0).getTime(); // a Wednesday afternoon, local time
const M = (seq, sender, at, body = `m${seq}`) => ({ seq, sender_id: sender, sent_at_ms: at, body });

test('consecutive messages of one sender within the gap share a group; day separators; the divider', () => {
  const t0 = NOW - 3 * 3600_000;
  const yesterday = NOW - 86_400_000;
  const list = [
    M(1, 'b', yesterday), M(2, 'b', yesterday + 1000),
    M(3, 'b', t0), M(4, 'b', t0 + 60_000), M(5, 'a', t0 + 120_000),
    M(6, 'a', t0 + 120_000 + GROUP_GAP_MS + 1), M(7, 'b', t0 + 999_999),
  ];
  const items = layoutConversation(list, { meId: 'a', dividerSeq: 7, now: NOW });
  const shape = items.map((i) => (i.type === 'group' ? `${i.senderId}${i.own ? '*' : ''}:${i.messages.map((m) => m.seq).join(',')}` : i.type === 'day' ? i.label : i.type));
  assert.deepEqual(shape, ['Yesterday', 'b:1,2', 'Today', 'b:3,4', 'a*:5', 'a*:6', 'divider', 'b:7']);
});

test('day labels: Today, Yesterday, then the date (with the year when another year)', () => {
  assert.equal(dayLabel(NOW - 60_000, NOW), 'Today');
  assert.equal(dayLabel(NOW - 86_400_000, NOW), 'Yesterday');
  assert.match(dayLabel(NOW - 5 * 86_400_000, NOW), /March/);
  assert.match(dayLabel(new Date(2024, 5, 1).getTime(), NOW), /2024/);
  assert.equal(listTime(NOW - 86_400_000, NOW), 'Yesterday');
});

test('long bodies are collapsed; previews are one short line', () => {
  assert.equal(isLong('short'), false);
  assert.equal(isLong('x'.repeat(COLLAPSE_CHARS + 1)), true);
  assert.equal(isLong('line\n'.repeat(40)), true);
  const big = 'y'.repeat(100_000);
  assert.ok(collapsedText(big).length <= COLLAPSE_CHARS + 1);
  assert.equal(previewText('  hello\n\nworld  '), 'hello world');
  assert.equal(previewText('😀'.repeat(100), 5), '😀😀😀😀😀…');
});

test('names and initials', () => {
  assert.equal(displayName({ id: 'u1', username: 'ann', display_name: '' }), 'ann');
  assert.equal(displayName({ id: 'u1', username: 'ann', display_name: ' Ann Lee ' }), 'Ann Lee');
  assert.equal(displayName(null, 'u0123456789abcdef'), 'User 012345');
  assert.equal(initials('Ann Lee'), 'AL');
  assert.equal(initials('émile'), 'É');
});

test('every error is said in words, never the developer message', () => {
  const secret = 'invalid argument: display name must be at most 64 characters, none of them control characters';
  const codes = ['bad_credentials', 'username_taken', 'unknown_user', 'not_a_member', 'NOT_A_MEMBER', 'group_full', 'RATE_LIMITED',
    'UNAVAILABLE', 'internal', 'NETWORK', 'TIMEOUT', 'DISCONNECTED', 'BODY_TOO_LARGE', 'token_expired', 'http_502', 'something_new', ''];
  for (const code of codes) {
    for (const ctx of ['login', 'signup', 'friend', 'group', 'members', 'send', 'history', 'general']) {
      const text = describeError({ code, message: secret }, /** @type {any} */ (ctx));
      assert.ok(text && !text.includes('invalid argument') && !text.includes(code || '\u0000'), `${code}/${ctx}: ${text}`);
      assert.match(text, /^[A-Z].*[.!]$/, `a sentence: ${text}`);
    }
  }
  assert.equal(describeError({ code: 'invalid_argument', message: secret }, 'signup'),
    'Display names can have at most 64 characters, with no control characters.');
  assert.match(describeError({ code: 'invalid_argument', message: 'username must be 3..=32 characters' }, 'signup'), /^Usernames are 3–32 characters/);
  assert.equal(describeError(new TypeError('Failed to fetch')), 'Can’t reach the server. Check your connection and try again.');
});

test('limits are named', () => {
  assert.equal(tooLongText(100_523, 100_000),
    'This message has 100,523 characters, and messages can have at most 100,000. Shorten it by 523 characters or send it in parts.');
  assert.equal(usernameProblem('a'.repeat(33)), 'That’s 33 characters. Usernames can have at most 32.');
  assert.equal(usernameProblem('ab'), 'Usernames need at least 3 characters.');
  assert.match(usernameProblem('Ann!'), /only use lowercase/);
  assert.equal(usernameProblem('ann_lee'), '');
  assert.match(displayNameProblem('x'.repeat(65)), /at most 64/);
  assert.match(passwordProblem('short'), /at least 8/);
  assert.match(groupNameProblem('   '), /name/);
});

test('connection words', () => {
  assert.equal(connectionText({ state: 'connected', transport: 'websocket' }).short, 'Connected · WebSocket');
  assert.equal(connectionText({ state: 'reconnecting', transport: null, retryInMs: 3200 }).short, 'Reconnecting in 4 s');
  assert.equal(connectionText({ state: 'connected', transport: 'webtransport', online: false }).short, 'Offline');
});

test('group changes in words, with you as subject or object', async () => {
  const { eventText } = await import('../app/format.js');
  const name = (id) => ({ ua: 'Ann', ub: 'Ben' })[id] || id;
  assert.equal(eventText({ kind: 'member_added', user_id: 'ub', name: '' }, 'ua', name, 'ux'), 'Ann added Ben');
  assert.equal(eventText({ kind: 'member_added', user_id: 'ux', name: '' }, 'ua', name, 'ux'), 'Ann added you');
  assert.equal(eventText({ kind: 'member_left', user_id: '', name: '' }, 'ux', name, 'ux'), 'You left');
  assert.equal(eventText({ kind: 'renamed', user_id: '', name: 'Trip' }, 'ub', name, 'ux'), 'Ben renamed the group to “Trip”');
  assert.equal(eventText({ kind: 'owner_changed', user_id: 'ub', name: '' }, 'ux', name, 'ux'), 'You handed the group to Ben');
  assert.equal(eventText({ kind: 'something_new', user_id: '', name: '' }, 'ua', name, 'ux'), 'Ann changed the group');
});
