// @ts-check
// The composer: drafts per chat, Enter to send on a keyboard (a new line on a touch screen),
// a length counter near the limit, a body over the limit refused before sending (the text
// stays), and the sends of this page until the server stores them: waiting, or refused with
// Retry and Discard.

import { $, touchQuery } from './dom.js';
import { formatCount } from './format.js';
import { S, invalidate, onRender, userName, channelTitle, otherMember } from './state.js';
import { persist } from './persist.js';
import { afterOwnSend } from './conversation.js';
import { describeError, tooLongText } from './wording.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */

/** The counter shows from this share of the limit on. */
const COUNTER_FROM = 0.9;
/** Codes the library refuses with before anything goes on the wire: the text goes back to the composer. */
const REFUSED_LOCALLY = new Set(['BODY_TOO_LARGE', 'BODY_EMPTY']);

let client = /** @type {TernClient} */ (/** @type {unknown} */ (null));
let lib = /** @type {{MAX_BODY_CHARS: number, bodyLength: (s: string) => number}} */ (/** @type {unknown} */ (null));
let drafts = /** @type {Record<string, string>} */ ({});
let shownChannel = /** @type {string | null} */ (null);

/**
 * @param {TernClient} c
 * @param {{MAX_BODY_CHARS: number, bodyLength: (s: string) => number}} library
 */
export function setupComposer(c, library) {
  client = c;
  lib = library;
  const box = $('composer');
  $('composer-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    sendCurrent();
  });
  box.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' || ev.shiftKey || ev.isComposing || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (touchQuery().matches) return; // a touch keyboard's Enter is a new line; the Send button sends
    ev.preventDefault();
    sendCurrent();
  });
  box.addEventListener('input', () => {
    $('composer-error').textContent = '';
    box.removeAttribute('aria-invalid');
    if (S.current) {
      drafts[S.current] = box.value;
      saveDraftsSoon();
    }
    updateCounter();
    autosize();
    typingNow(box.value.trim() !== '');
  });
  box.addEventListener('blur', () => typingNow(false));
  // Editing one of your messages: its text in the composer, Enter saves, Escape cancels.
  document.addEventListener('tern:edit', (ev) => {
    const { channel_id: channelId, seq, body } = /** @type {CustomEvent} */ (ev).detail;
    if (channelId !== S.current) return;
    S.editing = { channel_id: channelId, seq };
    box.value = body;
    updateCounter();
    autosize();
    renderHint();
    box.focus();
  });
  box.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && S.editing) stopEditing();
  });
  document.addEventListener('tern:delete', (ev) => {
    const { channel_id: channelId, seq } = /** @type {CustomEvent} */ (ev).detail;
    if (!window.confirm('Delete this message for everyone? This can’t be undone.')) return;
    client.deleteMessage(channelId, seq).catch((e) => refuse(describeError(e, 'send')));
  });
  touchQuery().addEventListener('change', renderHint);
  document.addEventListener('tern:retry', (ev) => retry(/** @type {CustomEvent} */ (ev).detail));
  document.addEventListener('tern:discard', (ev) => discard(/** @type {CustomEvent} */ (ev).detail));
  onRender('composer', renderComposer);
}

/** After login: the stored drafts and refused sends, and the library's unacknowledged ones. */
export function loadComposerState() {
  drafts = persist.drafts(S.me.id) || {};
  shownChannel = null;
  for (const f of persist.failed(S.me.id)) {
    S.outgoing.set(f.client_msg_id, { client_msg_id: f.client_msg_id, channel_id: f.channel_id, body: f.body, created_at_ms: f.created_at_ms, error: { code: f.error_code } });
  }
  for (const e of client.outbox) {
    S.outgoing.set(e.client_msg_id, { client_msg_id: e.client_msg_id, channel_id: e.channel_id, body: e.body, created_at_ms: e.created_at_ms || Date.now(), error: null });
  }
}

let draftTimer = null;
function saveDraftsSoon() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    if (S.me) persist.setDrafts(S.me.id, Object.fromEntries(Object.entries(drafts).filter(([, v]) => v)));
  }, 300);
}

function saveFailed() {
  if (!S.me) return;
  persist.setFailed(S.me.id, [...S.outgoing.values()].filter((o) => o.error).map((o) => ({
    client_msg_id: o.client_msg_id, channel_id: o.channel_id, body: o.body, error_code: o.error.code || 'unknown', created_at_ms: o.created_at_ms,
  })));
}

function renderComposer() {
  const box = $('composer');
  box.disabled = !S.current;
  $('send').disabled = !S.current;
  if (S.current !== shownChannel) {
    shownChannel = S.current;
    box.value = (S.current && drafts[S.current]) || '';
    $('composer-error').textContent = '';
    box.removeAttribute('aria-invalid');
    autosize();
  }
  const ch = S.current ? S.channels.get(S.current) : null;
  box.placeholder = ch ? (ch.kind === 'group' ? `Message ${channelTitle(ch)}` : `Message ${userName(otherMember(ch))}`) : 'Message';
  renderHint();
  updateCounter();
}

function renderHint() {
  const hint = $('composer-hint');
  // A keyboard's shortcuts are advice for a keyboard only; a phone has the Send button.
  const touch = touchQuery().matches;
  if (S.editing) {
    hint.textContent = touch ? 'Editing your message' : 'Editing your message · Enter to save · Esc to cancel';
    hint.hidden = false;
    return;
  }
  hint.textContent = touch ? '' : 'Enter to send · Shift+Enter for a new line';
  hint.hidden = touch;
}

function bodyChars(text) {
  // Characters are at most UTF-16 units: only count when it can matter.
  return text.length < lib.MAX_BODY_CHARS * COUNTER_FROM ? -1 : lib.bodyLength(text);
}

function updateCounter() {
  const counter = $('composer-counter');
  const chars = bodyChars($('composer').value);
  const show = chars >= lib.MAX_BODY_CHARS * COUNTER_FROM;
  counter.hidden = !show;
  if (!show) return;
  const over = chars > lib.MAX_BODY_CHARS;
  counter.classList.toggle('over', over);
  counter.dataset.chars = String(chars);
  counter.textContent = over
    ? `${formatCount(chars)} / ${formatCount(lib.MAX_BODY_CHARS)} characters: ${formatCount(chars - lib.MAX_BODY_CHARS)} too many`
    : `${formatCount(chars)} / ${formatCount(lib.MAX_BODY_CHARS)} characters`;
}

function autosize() {
  const box = $('composer');
  box.style.height = 'auto';
  box.style.height = `${Math.min(box.scrollHeight + 2, 200)}px`;
}

function refuse(text) {
  const box = $('composer');
  $('composer-error').textContent = text;
  box.setAttribute('aria-invalid', 'true');
  box.focus();
}

/** Where this page told others it is typing, and when it last did. */
let typingIn = { channel: /** @type {string | null} */ (null), at: 0 };
/** How often a start is renewed while typing (a start shows for 6 s on the other side). */
const TYPING_RENEW_MS = 3000;

/** Tells the open chat's members whether you are typing: starts renewed, one stop when done. */
function typingNow(on) {
  const now = Date.now();
  if (typingIn.channel && (!on || typingIn.channel !== S.current)) {
    client.typing(typingIn.channel, false);
    typingIn = { channel: null, at: 0 };
  }
  if (on && S.current && now - typingIn.at >= TYPING_RENEW_MS) {
    if (client.typing(S.current, true)) typingIn = { channel: S.current, at: now };
  }
}

/** Leaves edit mode: the composer is empty again, ready for a new message. */
function stopEditing() {
  S.editing = null;
  const box = $('composer');
  box.value = (S.current && drafts[S.current]) || '';
  updateCounter();
  autosize();
  renderHint();
}

function sendCurrent() {
  const box = $('composer');
  const text = box.value;
  if (!S.current || !text.trim()) return;
  const chars = lib.bodyLength(text);
  if (chars > lib.MAX_BODY_CHARS) {
    refuse(tooLongText(chars, lib.MAX_BODY_CHARS));
    return;
  }
  const channelId = S.current;
  typingNow(false);
  if (S.editing && S.editing.channel_id === channelId) {
    const { seq } = S.editing;
    client.editMessage(channelId, seq, text).catch((e) => refuse(describeError(e, 'send')));
    stopEditing();
    return;
  }
  const promise = client.send(channelId, text);
  track(promise, channelId, text, () => {
    // The library refused it before sending: give the text back.
    if (S.current === channelId && !box.value) {
      box.value = text;
      drafts[channelId] = text;
      updateCounter();
      autosize();
    }
  });
  box.value = '';
  drafts[channelId] = '';
  saveDraftsSoon();
  updateCounter();
  autosize();
  afterOwnSend();
}

/** Shows a send until the server stores it (the message then replaces it) or refuses it. */
function track(promise, channelId, body, onRefusedLocally, createdAt = Date.now()) {
  const id = promise.client_msg_id;
  if (id) S.outgoing.set(id, { client_msg_id: id, channel_id: channelId, body, created_at_ms: createdAt, error: null });
  invalidate('messages');
  promise.then(() => {
    S.outgoing.delete(id);
    saveFailed();
    invalidate('messages', 'sidebar');
  }, (e) => {
    if (REFUSED_LOCALLY.has(e?.code) && !id) {
      onRefusedLocally();
      refuse(describeError(e, 'send'));
      return;
    }
    const o = id && S.outgoing.get(id);
    if (o) {
      o.error = { code: e?.code || 'unknown', length: e?.length, limit: e?.limit };
      saveFailed();
    }
    invalidate('messages');
  });
}

function retry(clientMsgId) {
  const o = S.outgoing.get(clientMsgId);
  if (!o) return;
  // A refused send stored nothing: the same client_msg_id may go again (PROTOCOL.md §4.2).
  o.error = null;
  saveFailed();
  const promise = client.send(o.channel_id, o.body, { clientMsgId });
  track(promise, o.channel_id, o.body, () => {}, o.created_at_ms);
  invalidate('messages');
}

function discard(clientMsgId) {
  const o = S.outgoing.get(clientMsgId);
  if (!o || !o.error) return;
  S.outgoing.delete(clientMsgId);
  saveFailed();
  invalidate('messages');
  $('composer').focus();
}
