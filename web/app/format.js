// @ts-check
// Pure formatting: names, initials, times and day labels, "last seen", counts, and the layout
// of a conversation (groups of messages, day separators, the "New messages" divider). No DOM,
// no state: test/app-format.test.mjs runs these in Node.

/** Consecutive messages of one sender closer than this share one header. */
export const GROUP_GAP_MS = 5 * 60_000;
/** Bodies longer than this (characters) or with more lines are shown collapsed. */
export const COLLAPSE_CHARS = 1500;
export const COLLAPSE_LINES = 18;

/** @typedef {{id: string, username?: string, display_name?: string}} UserLike */

/** The name a person sees for a user: display name, else username, else a short id. */
export function displayName(user, fallbackId = '') {
  if (user && (user.display_name || '').trim()) return user.display_name.trim();
  if (user && user.username) return user.username;
  const id = fallbackId || user?.id || '';
  return id ? `User ${id.slice(1, 7)}` : 'Someone';
}

/** One or two letters for an avatar. */
export function initials(name) {
  const words = String(name || '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]][0] || '?';
  const second = words.length > 1 ? [...words[words.length - 1]][0] || '' : '';
  return (first + second).toUpperCase();
}

/** A stable hue (0-359) for a user's avatar. */
export function hueOf(id) {
  let h = 0;
  for (const c of String(id)) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}

/** Midnight (local time) of the day holding `ms`. */
export function startOfDay(ms) {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days from `ms` to `now` (0: same day, 1: yesterday). */
export function daysAgo(ms, now = Date.now()) {
  return Math.round((startOfDay(now) - startOfDay(ms)) / 86_400_000);
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const weekdayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const dayYearFmt = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const shortDateYearFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const numberFmt = new Intl.NumberFormat('en-US');

/** "14:05" */
export const formatTime = (ms) => timeFmt.format(new Date(ms));
/** "Tuesday, 3 December 2024 at 14:05" (tooltips, screen readers) */
export const formatFull = (ms) => fullFmt.format(new Date(ms));
/** 100000 -> "100,000" */
export const formatCount = (n) => numberFmt.format(n);

/** A day separator: "Today", "Yesterday", else the date ("Monday, 2 December"; with the year when not this year). */
export function dayLabel(ms, now = Date.now()) {
  const days = daysAgo(ms, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? dayFmt : dayYearFmt).format(new Date(ms));
}

/** The sidebar's time of a last message: "14:05", "Yesterday", "Monday", "2 Dec", "2 Dec 2023". */
export function listTime(ms, now = Date.now()) {
  if (!ms) return '';
  const days = daysAgo(ms, now);
  if (days === 0) return formatTime(ms);
  if (days === 1) return 'Yesterday';
  if (days > 1 && days < 7) return weekdayFmt.format(new Date(ms));
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? shortDateFmt : shortDateYearFmt).format(new Date(ms));
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday at 14:05", "on 2 Dec". */
export function agoText(ms, now = Date.now()) {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 12 || daysAgo(ms, now) === 0) return `${h} hour${h === 1 ? '' : 's'} ago`;
  if (daysAgo(ms, now) === 1) return `yesterday at ${formatTime(ms)}`;
  return `on ${shortDateFmt.format(new Date(ms))}`;
}

/** "1 member" / "3 members" */
export const plural = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A one-line preview of a body for the sidebar (whitespace folded, cut at `max` characters). */
export function previewText(body, max = 80) {
  const flat = String(body || '').replace(/\s+/g, ' ').trim();
  const chars = [...flat.slice(0, (max + 1) * 2)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** Whether a body is long enough to be shown collapsed ("Show more"). */
export function isLong(body) {
  const text = String(body || '');
  if (text.length > COLLAPSE_CHARS) return true;
  let lines = 1;
  for (let i = 0; i < text.length && lines <= COLLAPSE_LINES; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines > COLLAPSE_LINES;
}

/** The collapsed part of a long body: at most COLLAPSE_CHARS characters and COLLAPSE_LINES lines. */
export function collapsedText(body) {
  let text = String(body || '').slice(0, COLLAPSE_CHARS);
  const lines = text.split('\n');
  if (lines.length > COLLAPSE_LINES) text = lines.slice(0, COLLAPSE_LINES).join('\n');
  return `${text.replace(/\s+$/, '')}…`;
}

/**
 * @typedef {{seq: number, sender_id: string, sent_at_ms: number, body: string, channel_id?: string, event?: {kind: string, user_id: string, name: string} | null, edit_of?: number, delete_of?: number}} LayoutMessage
 * @typedef {{type: 'day', key: string, label: string, ms: number}} DayItem
 * @typedef {{type: 'divider', key: string}} DividerItem
 * @typedef {{type: 'group', key: string, senderId: string, own: boolean, startMs: number, messages: LayoutMessage[]}} GroupItem
 * @typedef {{type: 'event', key: string, m: LayoutMessage}} EventItem
 * @typedef {DayItem | DividerItem | GroupItem | EventItem} LayoutItem
 */

/**
 * The conversation's items in order: a day separator before each new day, the "New messages"
 * divider before the message with seq `dividerSeq` (when given), and groups of consecutive
 * messages of one sender (same day, each within GROUP_GAP_MS of the previous). The divider, a
 * day separator and a group change (an event line of its own) also start a new group. `messages` must be in seq order.
 * @param {LayoutMessage[]} messages
 * @param {{meId: string, dividerSeq?: number | null, now?: number}} opts
 * @returns {LayoutItem[]}
 */
export function layoutConversation(messages, { meId, dividerSeq = null, now = Date.now() }) {
  /** @type {LayoutItem[]} */
  const items = [];
  /** @type {GroupItem | null} */
  let group = null;
  let lastDay = null;
  let prev = null;
  for (const m of messages) {
    // An edit or delete shows on its original, not as a message of its own.
    if (m.edit_of || m.delete_of) continue;
    const day = startOfDay(m.sent_at_ms || now);
    if (day !== lastDay) {
      items.push({ type: 'day', key: `day-${day}`, label: dayLabel(m.sent_at_ms || now, now), ms: day });
      lastDay = day;
      group = null;
    }
    if (dividerSeq != null && m.seq === dividerSeq) {
      items.push({ type: 'divider', key: 'divider' });
      group = null;
    }
    if (m.event) {
      // A group change stands alone, as a line of its own.
      items.push({ type: 'event', key: `e-${m.seq}`, m });
      group = null;
      prev = null;
      continue;
    }
    const joins = group && prev && prev.sender_id === m.sender_id && (m.sent_at_ms || 0) - (prev.sent_at_ms || 0) <= GROUP_GAP_MS;
    if (!joins) {
      group = { type: 'group', key: `g-${m.seq}`, senderId: m.sender_id, own: m.sender_id === meId, startMs: m.sent_at_ms, messages: [] };
      items.push(group);
    }
    group.messages.push(m);
    prev = m;
  }
  return items;
}

/**
 * A group change in words, for its line in the conversation: "You" and "you" for `meId`,
 * `name(id)` for anyone else.
 * @param {{kind: string, user_id: string, name: string}} event
 * @param {string} by who made it
 * @param {(id: string) => string} name
 * @param {string} meId
 */
export function eventText(event, by, name, meId) {
  const who = by === meId ? 'You' : name(by);
  const whom = event.user_id === meId ? 'you' : name(event.user_id);
  switch (event.kind) {
    case 'member_added': return `${who} added ${whom}`;
    case 'member_removed': return `${who} removed ${whom}`;
    case 'member_left': return `${who} left`;
    case 'renamed': return `${who} renamed the group to “${event.name}”`;
    case 'admin_added': return `${who} made ${whom} an admin`;
    case 'admin_removed': return `${who} made ${whom} a member again`;
    case 'owner_changed': return `${who} handed the group to ${whom}`;
    default: return `${who} changed the group`;
  }
}
