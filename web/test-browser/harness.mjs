// Shared pieces of the browser tests (test-browser/*.test.mjs): free ports, the real `tern`
// gateway and a Redis as child processes, headless Chromium through playwright-core, page
// helpers and screenshots. Not a test file itself (node --test only runs *.test.mjs here).
//
// Everything started here is a child of this process and is stopped by its own PID, in the
// test file's `after` hook and, as a last resort, when the process exits.

import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createSocket } from 'node:dgram';
import { mkdtempSync, mkdirSync, rmSync, createWriteStream, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(WEB_DIR, '..');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'browser');
export const TERN_BIN = resolve(WEB_DIR, process.env.TERN_BIN || '../target/debug/tern');
export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const REDIS_BIN = process.env.REDIS_BIN || 'redis-server';

/** Timeouts (ms). Every wait in these tests is bounded by one of them. */
export const T = {
  gatewayStart: 20_000,
  stop: 5_000,
  action: 10_000, // one playwright action or expectation
  connect: 20_000, // first connection of a page
  message: 10_000, // a message showing up on the other side
  reconnect: 40_000, // a page back after its gateway restarted (backoff tops out at 15 s)
  test: 150_000, // one node:test test
};

mkdirSync(ARTIFACTS, { recursive: true });

/** Removes a test file's artifacts of earlier runs (names starting with `<prefix>-` or `<prefix>.`). */
export function clearArtifacts(prefix) {
  for (const f of readdirSync(ARTIFACTS)) {
    if (f.startsWith(`${prefix}-`) || f.startsWith(`${prefix}.`)) rmSync(join(ARTIFACTS, f), { force: true });
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves with `promise`, or rejects after `ms` with a message naming `what`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

/** Polls `fn` (sync or async) until it returns a truthy value; throws after `timeout` ms, or at
 * once when `fn` throws an error with `stop` set. */
export async function until(fn, { timeout = T.action, interval = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      if (e && e.stop) throw e;
      last = e;
    }
    if (Date.now() >= end) {
      throw new Error(`${what}: not true after ${timeout} ms (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await sleep(interval);
  }
}

export const tag = () => randomBytes(3).toString('hex');

// ------------------------------------------------------------------ cleanup registry

const children = new Set(); // live ChildProcess objects we spawned
const tempDirs = new Set();

function killAll() {
  for (const c of children) {
    try { process.kill(c.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  for (const d of tempDirs) {
    try { rmSync(d, { recursive: true, force: true }); } catch { /* ignore */ }
  }
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    killAll();
    process.exit(130);
  });
}

export function tempDir(prefix) {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(d);
  return d;
}

export function removeTempDir(d) {
  tempDirs.delete(d);
  try { rmSync(d, { recursive: true, force: true }); } catch { /* ignore */ }
}

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops one child by its PID: `signal`, then SIGKILL after `ms`. Resolves once it exited. */
export async function stopChild(child, { signal = 'SIGTERM', ms = T.stop } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(child.pid, signal); } catch { return; }
  try {
    await withTimeout(exited, ms, `pid ${child.pid} exit after ${signal}`);
  } catch {
    try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
    await withTimeout(exited, ms, `pid ${child.pid} exit after SIGKILL`).catch(() => {});
  }
}

// ------------------------------------------------------------------ ports

const handedOut = new Set();

function tcpFree(port) {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen({ port, host: '127.0.0.1', exclusive: true }, () => s.close(() => res(true)));
  });
}

function udpFree(port) {
  return new Promise((res) => {
    const s = createSocket('udp4');
    s.once('error', () => { try { s.close(); } catch { /* */ } res(false); });
    s.bind({ port, address: '127.0.0.1', exclusive: true }, () => s.close(() => res(true)));
  });
}

/** A port free on 127.0.0.1 for TCP (and for UDP too when `udp`). */
export async function freePort({ udp = false } = {}) {
  for (let i = 0; i < 200; i++) {
    const port = await new Promise((res, rej) => {
      const s = createServer();
      s.once('error', rej);
      s.listen({ port: 0, host: '127.0.0.1' }, () => {
        const p = s.address().port;
        s.close(() => res(p));
      });
    });
    if (handedOut.has(port)) continue;
    if (udp && !(await udpFree(port))) continue;
    if (!(await tcpFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error('no free port found');
}

// ------------------------------------------------------------------ HTTP

export async function getJson(url, ms = 3000) {
  const res = await fetch(url, { signal: AbortSignal.timeout(ms) });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

async function healthy(devUrl) {
  try {
    const res = await fetch(`${devUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ the gateway

/**
 * Starts `tern` with free ports (or the given ones), a fresh data dir (or the given one) and
 * --web-dir pointing at web/, and waits for /healthz on the dev listener. `name` names the log
 * file under test-artifacts/browser/. Returns a handle with stop(), kill(), restart(), info().
 */
export async function startGateway({ name, port, devPort, dataDir, args = [] } = {}) {
  if (!existsSync(TERN_BIN)) throw new Error(`no gateway binary at ${TERN_BIN} (set TERN_BIN)`);
  const gw = {
    name,
    port: port || (await freePort({ udp: true })),
    devPort: devPort || (await freePort()),
    dataDir: dataDir || tempDir(`tern-${name}-`),
    args,
    child: null,
    starts: 0,
  };
  gw.devUrl = `http://127.0.0.1:${gw.devPort}`;
  gw.pageUrl = `${gw.devUrl}/`;

  gw.launch = async () => {
    gw.starts++;
    const argv = [
      '--listen', `127.0.0.1:${gw.port}`,
      '--dev-http', `127.0.0.1:${gw.devPort}`,
      '--data-dir', gw.dataDir,
      '--web-dir', WEB_DIR,
      '--log-format', 'text',
      // Several gateways run side by side; none of these tests uses the admin API.
      '--admin-listen', 'off',
      ...gw.args,
    ];
    const log = createWriteStream(join(ARTIFACTS, `${name}.gateway.log`), { flags: gw.starts === 1 ? 'w' : 'a' });
    log.write(`--- start ${gw.starts}: ${TERN_BIN} ${argv.join(' ')}\n`);
    const child = track(spawn(TERN_BIN, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', RUST_LOG: process.env.RUST_LOG || 'info' },
    }));
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('exit', (code, sig) => log.write(`--- exit code=${code} signal=${sig}\n`));
    gw.child = child;
    let exited = null;
    child.once('exit', (code, sig) => { exited = `exited early (code ${code}, signal ${sig})`; });
    await until(async () => {
      if (exited) throw Object.assign(new Error(`gateway ${name} ${exited}; see test-artifacts/browser/${name}.gateway.log`), { stop: true });
      return healthy(gw.devUrl);
    }, { timeout: T.gatewayStart, interval: 100, what: `gateway ${name} /healthz` });
    gw.pid = child.pid;
    return gw;
  };

  gw.info = () => getJson(`${gw.devUrl}/v1/info`);
  gw.running = () => Boolean(gw.child && gw.child.exitCode === null && gw.child.signalCode === null);
  /** SIGKILL by PID (a crash): no GoAway, no clean close of anything. */
  gw.kill = () => stopChild(gw.child, { signal: 'SIGKILL' });
  gw.stop = () => stopChild(gw.child, { signal: 'SIGTERM' });
  /** Starts it again on the same ports, data dir and flags. */
  gw.restart = () => gw.launch();

  await gw.launch();
  return gw;
}

/** A throwaway redis-server (no persistence) on a free port. */
export async function startRedis(name) {
  const port = await freePort();
  const log = createWriteStream(join(ARTIFACTS, `${name}.redis.log`));
  const child = track(spawn(REDIS_BIN, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.once('exit', (code) => { exited = code; });
  await until(() => {
    if (exited !== null) throw Object.assign(new Error(`redis-server exited (${exited})`), { stop: true });
    return tcpFree(port).then((free) => !free);
  }, { timeout: 10_000, interval: 100, what: 'redis-server listening' });
  return { port, url: `redis://127.0.0.1:${port}`, child, stop: () => stopChild(child) };
}

/** A token-signing key file (64 hex digits) shared by the gateways of one cluster. */
export function tokenKeyFile() {
  const dir = tempDir('tern-key-');
  const file = join(dir, 'token.key');
  writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return file;
}

// ------------------------------------------------------------------ the browser

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * One user = one headless Chromium with a fresh profile (launchPersistentContext on a mkdtemp
 * dir). `initScript` runs in the page before its own scripts. Console output and page errors
 * go to test-artifacts/browser/<prefix>.<label>.console.log and `errors`.
 */
export async function openBrowser(prefix, label, { initScript = null, viewport = { width: 1100, height: 700 }, isMobile = false, hasTouch = false, colorScheme = 'light' } = {}) {
  const dir = tempDir(`tern-chromium-${label}-`);
  // Chromium's own temp files (shared memory with --disable-dev-shm-usage) go in here too, so a
  // browser that did not exit cleanly leaves nothing behind in /tmp.
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  const context = await withTimeout(chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: tmp },
    viewport,
    isMobile,
    hasTouch,
    colorScheme,
    timeout: 30_000,
  }), 40_000, `launch chromium for ${label}`);
  context.setDefaultTimeout(T.action);
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] || (await context.newPage());
  const log = createWriteStream(join(ARTIFACTS, `${prefix}.${label}.console.log`));
  const errors = [];
  page.on('console', (m) => log.write(`${new Date().toISOString()} ${m.type()}: ${m.text()}\n`));
  page.on('pageerror', (e) => {
    errors.push(e);
    log.write(`${new Date().toISOString()} PAGEERROR: ${e.stack || e}\n`);
  });
  let closed = false;
  const user = {
    label,
    context,
    page,
    errors,
    dir,
    async close() {
      if (closed) return;
      closed = true;
      await withTimeout(context.close(), 15_000, `close chromium ${label}`).catch(() => {});
      log.end();
      removeTempDir(dir);
    },
  };
  return user;
}

/** Screen sizes the UI tests use. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const PHONE_LANDSCAPE = { width: 844, height: 390 };
/** openBrowser options for a phone (touch, mobile viewport). */
export const PHONE_OPTS = { viewport: PHONE, isMobile: true, hasTouch: true };

// ------------------------------------------------------------------ accessibility audit

const AXE = join(WEB_DIR, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Runs axe-core (from npm, injected into the page) on what the page shows now, against WCAG 2.x
 * A/AA and best practices. Writes the full result to test-artifacts/browser/<test>.axe-<step>.json
 * and returns the violations of impact serious or critical (the ones a test fails on).
 */
export async function axeAudit(page, test, step) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const result = await withTimeout(page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  })), 30_000, `axe on ${step}`);
  const slim = result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
  writeFileSync(join(ARTIFACTS, `${test}.axe-${step}.json`), JSON.stringify({ url: result.url, violations: slim }, null, 2));
  return slim.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with a readable list when axe found serious or critical violations. */
export async function assertAccessible(page, test, step) {
  const bad = await axeAudit(page, test, step);
  if (bad.length) {
    const lines = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.summary}`).join('\n    ')}`);
    throw new Error(`axe on ${step}: ${bad.length} serious/critical violation(s):\n  ${lines.join('\n  ')}`);
  }
}

// ------------------------------------------------------------------ page helpers

export const tid = (id) => `[data-testid="${id}"]`;

let shotCounter = 0;
/** Saves a full-page screenshot as test-artifacts/browser/<test>-<nn>-<step>.png. */
export async function shot(page, test, step) {
  shotCounter++;
  const file = join(ARTIFACTS, `${test}-${String(shotCounter).padStart(2, '0')}-${step}.png`);
  await page.screenshot({ path: file, timeout: T.action }).catch((e) => console.warn(`screenshot ${file}: ${e.message}`));
  return file;
}

/** Opens the page, fills the sign-up form and waits until the app view is shown. */
export async function signup(user, url, { username, password = 'password-123', displayName = '' }) {
  const { page } = user;
  await page.goto(url, { timeout: T.action, waitUntil: 'load' });
  await page.locator(tid('signup-username')).fill(username);
  await page.locator(tid('signup-password')).fill(password);
  if (displayName) await page.locator(tid('signup-display-name')).fill(displayName);
  await page.locator(tid('signup-submit')).click();
  await page.locator(tid('app-view')).waitFor({ state: 'visible', timeout: T.action });
  const id = await until(() => page.evaluate(() => window.tern?.client?.user?.id), { what: `${username} user id` });
  user.username = username;
  user.userId = id;
  user.displayName = displayName || username;
  return id;
}

/** The badge: {state, transport, text}. */
export function badge(page) {
  return page.locator(tid('transport')).evaluate((n) => ({ state: n.dataset.state, transport: n.dataset.transport, text: n.textContent }));
}

/** Waits until the badge says connected (over `transport` when given); returns the badge. */
export async function waitConnected(page, { transport = null, timeout = T.connect } = {}) {
  return until(async () => {
    const b = await badge(page);
    return b.state === 'connected' && (!transport || b.transport === transport) ? b : false;
  }, { timeout, what: `badge connected${transport ? ` over ${transport}` : ''}` });
}

/** Adds a friend by username through the sidebar form; waits for their entry. */
/**
 * Makes `user` and `other` friends through both pages, as people do: `user` sends a request by
 * username, `other`'s page shows it live, `other` clicks Accept. Friends already: nothing to do.
 */
export async function addFriend(user, other) {
  const { page } = user;
  const friendRow = page.locator(tid(`friend-${other.userId}`));
  if (await friendRow.count()) return;
  await page.locator(tid('friend-username')).fill(other.username);
  await page.locator(tid('add-friend')).click();
  await page.locator(`${tid(`request-${other.userId}`)}[data-direction="outgoing"]`).waitFor({ state: 'visible', timeout: T.action });
  const accept = other.page.locator(tid(`accept-${user.userId}`));
  await accept.waitFor({ state: 'visible', timeout: T.action });
  await accept.click();
  await other.page.locator(tid(`friend-${user.userId}`)).waitFor({ state: 'visible', timeout: T.action });
  await friendRow.waitFor({ state: 'visible', timeout: T.action });
}

export const directId = (a, b) => `d.${[a, b].sort().join('.')}`;

/**
 * Opens the 1:1 chat with `other`: their Chat button when they are a friend, else the "Other
 * chats" entry (which shows up once the channel exists and has a message).
 */
export async function openChatWith(user, other, { timeout = T.message } = {}) {
  const { page } = user;
  const ch = directId(user.userId, other.userId);
  const friendBtn = page.locator(tid(`chat-${other.userId}`));
  const direct = page.locator(tid(`direct-${ch}`));
  await until(async () => (await friendBtn.count()) > 0 || (await direct.count()) > 0, { timeout, what: `a way to open the chat with ${other.username}` });
  if (await friendBtn.count()) await friendBtn.click();
  else await direct.click();
  // The chat open before may still be current for a moment: wait for this one.
  await until(() => page.evaluate((want) => window.tern.state.current === want, ch), { what: `chat ${ch} opened` });
  await page.locator(tid('composer')).waitFor({ state: 'visible' });
  return ch;
}

/** Types `text` in the composer and presses Enter. */
export async function sendText(page, text) {
  const box = page.locator(tid('composer'));
  await box.fill(text);
  await box.press('Enter');
}

/** The chat view's messages: [{seq, channel, sender, body}] in DOM order. */
export function messages(page, channelId = null) {
  return page.locator(tid('msg')).evaluateAll((nodes, ch) => nodes
    .filter((n) => !ch || n.dataset.channel === ch)
    .map((n) => ({
      seq: Number(n.dataset.seq),
      channel: n.dataset.channel,
      sender: n.dataset.sender,
      body: n.querySelector('[data-testid="msg-body"]')?.textContent ?? '',
    })), channelId);
}

/** Waits until the chat view shows every body of `bodies` (as `msg` elements). */
export async function waitForBodies(page, channelId, bodies, { timeout = T.message } = {}) {
  return until(async () => {
    const list = await messages(page, channelId);
    const seen = new Set(list.map((m) => m.body));
    return bodies.every((b) => seen.has(b)) ? list : false;
  }, { timeout, what: `messages ${JSON.stringify(bodies)} shown` });
}

/**
 * The exactly-once check of a chat view: seqs are unique and dense (1..n), in ascending DOM
 * order, and the bodies are exactly `expected` (in seq order when `ordered`, else as a set).
 */
export function checkExactlyOnce(list, expected, { ordered = true } = {}) {
  const seqs = list.map((m) => m.seq);
  const dupSeqs = seqs.filter((s, i) => seqs.indexOf(s) !== i);
  if (dupSeqs.length) throw new Error(`duplicate data-seq ${JSON.stringify(dupSeqs)} in ${JSON.stringify(seqs)}`);
  const sorted = [...seqs].sort((a, b) => a - b);
  if (JSON.stringify(sorted) !== JSON.stringify(seqs)) throw new Error(`not in seq order: ${JSON.stringify(seqs)}`);
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] !== i + 1) throw new Error(`missing seq ${i + 1}: have ${JSON.stringify(sorted)}`);
  }
  const bodies = list.map((m) => m.body);
  const dupBodies = bodies.filter((b, i) => bodies.indexOf(b) !== i);
  if (dupBodies.length) throw new Error(`a message shown twice: ${JSON.stringify(dupBodies)}`);
  if (ordered) {
    if (JSON.stringify(bodies) !== JSON.stringify(expected)) {
      throw new Error(`bodies differ:\n  shown    ${JSON.stringify(bodies)}\n  expected ${JSON.stringify(expected)}`);
    }
  } else {
    const a = [...bodies].sort();
    const b = [...expected].sort();
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw new Error(`bodies differ:\n  shown    ${JSON.stringify(bodies)}\n  expected ${JSON.stringify(expected)}`);
    }
  }
  return true;
}

/** The class of a presence dot: 'online' | 'offline' | null (missing). */
export function dotState(page, testid) {
  return page.locator(tid(testid)).first().evaluate((n) => (n.classList.contains('online') ? 'online' : n.classList.contains('offline') ? 'offline' : 'none'))
    .catch(() => null);
}

/**
 * One gateway for a whole test file: started before its tests (artifacts cleared), stopped
 * after them together with every browser pushed onto `users`. Returns `{ gw, users }`; `gw`
 * is set once the `before` hook ran.
 */
export function gatewayForFile(name) {
  const file = { gw: null, users: [] };
  before(async () => {
    clearArtifacts(name);
    file.gw = await startGateway({ name });
  });
  after(async () => {
    await Promise.all(file.users.map((u) => u.close()));
    await file.gw?.stop();
  });
  return file;
}
