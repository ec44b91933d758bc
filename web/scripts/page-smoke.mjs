// Drives the chat page (web/index.html) in jsdom against a running gateway's loopback dev
// listener, using the bundled client (dist/tern-client.js): sign up, log in, friends, presence
// dots, 1:1 and group chats, unread counts, logout, reload. jsdom runs no module scripts, so the
// page's inline module is run as a function with TernClient injected (and the `ws` WebSocket).
//
// jsdom is not a dependency of this package; install it for the run:
//   npm install --no-save jsdom
//   TERN_URL=http://127.0.0.1:18080 node scripts/page-smoke.mjs
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

let JSDOM;
try {
  ({ JSDOM } = await import('jsdom'));
} catch {
  console.error('jsdom is not installed: run `npm install --no-save jsdom` first');
  process.exit(2);
}

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = process.env.TERN_URL || 'http://127.0.0.1:18080';
const { TernClient, MemoryStorage } = await import(join(WEB, 'dist', 'tern-client.js'));
const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const script = html.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
const body = script.replace("import { TernClient } from '/tern-client.js';", 'const { TernClient } = window.__tern;');

let passed = 0, failed = 0;
const check = (name, ok, detail = '') => { ok ? passed++ : failed++; console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(pred, ms = 6000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { try { if (pred()) return true; } catch {} await sleep(25); }
  try { return Boolean(pred()); } catch { return false; }
}

function openPage(query = '', storageEntries = null) {
  const dom = new JSDOM(html.replace(/<script type="module">[\s\S]*?<\/script>/, ''), { url: `${BASE}/${query}`, pretendToBeVisual: true, runScripts: 'outside-only' });
  const w = dom.window;
  if (storageEntries) for (const [k, v] of storageEntries) w.localStorage.setItem(k, v);
  w.CSS = w.CSS || {};
  w.CSS.escape = w.CSS.escape || ((s) => String(s).replace(/["\\\]\[]/g, '\\$&'));
  const made = [];
  w.__tern = {
    TernClient: class extends TernClient {
      constructor(o) {
        super({ ...o, baseUrl: BASE, storage: w.localStorage, WebSocket });
        made.push(this);
        this.passedOptions = o;
      }
    },
  };
  w.eval(`(function(){${body}\n})()`);
  const $ = (sel) => w.document.querySelector(sel);
  const tid = (id) => w.document.querySelector(`[data-testid="${id}"]`);
  const fill = (id, v) => { const n = tid(id); n.value = v; n.dispatchEvent(new w.Event('input', { bubbles: true })); };
  const click = (id) => tid(id).click();
  return { dom, w, $, tid, fill, click, made, storage: () => Object.entries({ ...w.localStorage }) };
}

const tag = Math.random().toString(36).slice(2, 7);
const names = { a: `ann_${tag}`, b: `ben_${tag}`, c: `cy_${tag}` };

try {
  const A = openPage('?transport=ws');
  check('logged out: auth view shown', !A.tid('auth-view').hidden && A.tid('app-view').hidden);
  check('?transport=ws forces WebSocket only', JSON.stringify(A.made[0].transports) === '["websocket"]');
  A.fill('signup-username', names.a); A.fill('signup-password', 'password-ann'); A.fill('signup-display-name', 'Ann');
  A.click('signup-submit');
  check('signup -> app view', await until(() => !A.tid('app-view').hidden));
  check('badge shows Connected · WebSocket', await until(() => A.tid('transport').textContent === 'Connected · WebSocket'), A.tid('transport').textContent);
  check('badge data attributes', A.tid('transport').dataset.state === 'connected' && A.tid('transport').dataset.transport === 'websocket');
  check('me name', A.tid('me-name').textContent === 'Ann');

  const B = openPage('');
  B.fill('signup-username', names.b); B.fill('signup-password', 'password-ben'); B.fill('signup-display-name', 'Ben');
  B.click('signup-submit');
  await until(() => B.tid('transport').dataset.state === 'connected');
  const annId = A.w.tern.client.user.id, benId = B.w.tern.client.user.id;

  // Login form path on a third page (signup via REST first).
  const C = openPage('');
  const cClient = new TernClient({ baseUrl: BASE, deviceId: 'x', storage: new MemoryStorage() });
  await cClient.signup(names.c, 'password-cy', 'Cy');
  C.fill('login-username', names.c); C.fill('login-password', 'wrong-password');
  C.click('login-submit');
  check('bad login shows an error', await until(() => C.tid('login-error').textContent.length > 0), C.tid('login-error').textContent);
  C.fill('login-password', 'password-cy');
  C.click('login-submit');
  check('login -> app view, connected', await until(() => !C.tid('app-view').hidden && C.tid('transport').dataset.state === 'connected'));
  const cyId = C.w.tern.client.user.id;

  A.fill('friend-username', names.b); A.click('add-friend');
  check('friend appears with a presence dot', await until(() => A.tid(`presence-${benId}`)));
  check('friend dot online', await until(() => A.tid(`presence-${benId}`).classList.contains('online')), A.tid(`presence-${benId}`)?.className);
  A.fill('friend-username', 'nobody_' + tag); A.click('add-friend');
  check('unknown friend error', await until(() => A.tid('friend-error').textContent.includes('No user')), A.tid('friend-error').textContent);
  B.fill('friend-username', names.a); B.click('add-friend');
  await until(() => B.tid(`presence-${annId}`));

  A.click(`chat-${benId}`);
  check('chat opens with the friend name', await until(() => A.tid('chat-title').textContent === 'Ben' && !A.tid('composer').disabled));
  A.fill('composer', 'hello ben'); A.click('send');
  check('own message shown with seq 1', await until(() => A.$('[data-testid="msg"][data-seq="1"]')?.textContent.includes('hello ben')));
  check('no pending left', await until(() => !A.$('[data-testid="msg-pending"]')));
  const dm = `d.${[annId, benId].sort().join('.')}`;
  check('message data-channel is the DM', A.$('[data-testid="msg"]').dataset.channel === dm);
  check('ben gets an unread badge of 1', await until(() => B.tid(`unread-${dm}`)?.textContent === '1'), B.tid(`unread-${dm}`)?.textContent);
  B.click(`chat-${annId}`);
  check('ben sees the message with sender name', await until(() => {
    const m = B.$('[data-testid="msg"][data-seq="1"]');
    return m && m.querySelector('[data-testid="msg-sender"]').textContent === 'Ann' && m.textContent.includes('hello ben');
  }));
  check('unread cleared on open', B.tid(`unread-${dm}`).textContent === '0');
  B.fill('composer', 'hi ann\nsecond line'); B.click('send');
  check('ann receives the reply live', await until(() => A.$('[data-testid="msg"][data-seq="2"]')?.textContent.includes('second line')));
  check('messages in seq order', [...A.w.document.querySelectorAll('[data-testid="msg"]')].map((m) => m.dataset.seq).join() === '1,2');

  A.fill('group-name', 'Crew'); A.fill('group-members', `${names.b}, ${names.c}`); A.click('create-group');
  check('group created and opened', await until(() => A.tid('chat-title').textContent === 'Crew'));
  const gid = A.w.tern.state.current;
  check('group member presence shown', await until(() => A.tid(`member-presence-${benId}`)?.classList.contains('online') && A.tid(`member-presence-${cyId}`)?.classList.contains('online')));
  A.fill('composer', 'welcome to the crew'); A.click('send');
  check('cy sees the new group with unread 1', await until(() => C.tid(`unread-${gid}`)?.textContent === '1'));
  check('ben sees the new group with unread 1', await until(() => B.tid(`unread-${gid}`)?.textContent === '1'));
  C.tid(`group-${gid}`).click();
  check('cy opens the group and reads it', await until(() => C.$(`[data-testid="msg"][data-channel="${gid}"][data-seq="1"]`)));

  // Presence event: ben logs out, ann's dot for him goes offline.
  B.click('logout');
  check('logout -> auth view', await until(() => !B.tid('auth-view').hidden));
  check('ann sees ben offline', await until(() => A.tid(`presence-${benId}`).classList.contains('offline')));

  // Reload: the session survives (localStorage), badge reconnects, history shows.
  const saved = A.storage();
  A.w.tern.client.disconnect();
  A.w.close();
  const A2 = openPage('', saved);
  check('reload stays logged in', await until(() => !A2.tid('app-view').hidden && A2.tid('transport').dataset.state === 'connected'));
  A2.click(`chat-${benId}`);
  check('history loads after reload', await until(() => A2.w.document.querySelectorAll('[data-testid="msg"]').length === 2));

  for (const p of [A2, B, C]) { p.w.tern.client.disconnect(); p.w.close(); }
} catch (e) {
  failed++;
  console.log('FAIL exception', e.stack);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
