// @ts-check
// Every error the page can show, in words a person understands. The library's errors carry a
// stable `code` (a REST code such as `username_taken`, a protocol ErrorCode name such as
// `NOT_A_MEMBER`, or the library's own such as `NETWORK`); their `message` is for developers and
// is never shown. test/app-format.test.mjs checks that no code falls through to programmer text.

import { formatCount } from './format.js';

export const LIMITS = Object.freeze({
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 64,
  passwordMin: 8,
  passwordMax: 256,
  groupNameMax: 100,
  groupMembersMax: 100,
});

export const USERNAME_RULE = `${LIMITS.usernameMin}–${LIMITS.usernameMax} characters: lowercase letters, digits, and _ . -`;

/**
 * @typedef {'login' | 'signup' | 'friend' | 'group' | 'members' | 'send' | 'history' | 'lists' | 'profile' | 'general'} ErrorContext
 */

const BY_CODE = {
  // accounts
  bad_credentials: 'That username and password don’t match. Check both and try again.',
  username_taken: 'That username is already taken. Try another one.',
  missing_token: 'You’ve been signed out. Please log in again.',
  bad_token: 'You’ve been signed out. Please log in again.',
  token_expired: 'Your session has expired. Please log in again.',
  token_revoked: 'You were logged out of this device. Please log in again.',
  BAD_TOKEN: 'You’ve been signed out. Please log in again.',
  TOKEN_EXPIRED: 'Your session has expired. Please log in again.',
  NOT_LOGGED_IN: 'You’re not logged in. Please log in again.',
  // people and chats
  unknown_user: 'There’s no one with that username. Check the spelling.',
  unknown_channel: 'This chat doesn’t exist any more.',
  UNKNOWN_CHANNEL: 'This chat doesn’t exist any more, so the message wasn’t sent.',
  not_a_member: 'You’re not a member of this chat any more.',
  NOT_A_MEMBER: 'You’re no longer a member of this chat, so the message wasn’t sent.',
  BLOCKED: 'You can’t send messages in this chat: one of you has blocked the other.',
  blocked: 'You can’t do that: one of you has blocked the other.',
  FORBIDDEN: 'Only its sender can change a message.',
  forbidden: 'Only the group’s admins and owner can do that.',
  group_full: `A group can have at most ${LIMITS.groupMembersMax} members.`,
  GROUP_FULL: `A group can have at most ${LIMITS.groupMembersMax} members.`,
  // messages
  body_empty: 'Type a message first.',
  BODY_EMPTY: 'Type a message first.',
  body_too_large: 'This message is too long. Messages can have at most 100,000 characters.',
  BODY_TOO_LARGE: 'This message is too long. Messages can have at most 100,000 characters.',
  RATE_LIMITED: 'You’re sending messages faster than the server accepts. Wait a moment, then retry.',
  // the server and the network
  unavailable: 'The server is having trouble right now. Please try again in a moment.',
  UNAVAILABLE: 'The server is having trouble right now. Please try again in a moment.',
  draining: 'The server is restarting. Please try again in a moment.',
  connection_rate_limited: 'Too many attempts from this network. Wait a few seconds and try again.',
  internal: 'Something went wrong on the server. Please try again; if it keeps happening, tell the people who run Tern.',
  INTERNAL: 'Something went wrong on the server. Please try again; if it keeps happening, tell the people who run Tern.',
  NETWORK: 'Can’t reach the server. Check your connection and try again.',
  TIMEOUT: 'The server took too long to answer. Please try again.',
  DISCONNECTED: 'You’re offline right now. Try again once you’re connected.',
  CLOSED: 'The connection was closed. Please try again.',
  FRAME_TOO_LARGE: 'This message is too big to send.',
  CONNECT_FAILED: 'Can’t connect to the server right now.',
};

/** What a REST `invalid_argument` was about, from the field it names, said for people. */
/** @type {Array<[RegExp, string]>} */
const INVALID_BY_FIELD = [
  [/username/i, `Usernames are ${USERNAME_RULE}.`],
  [/display name must not be blank/i, 'Your display name can’t be blank.'],
  [/display name/i, `Display names can have at most ${LIMITS.displayNameMax} characters, with no control characters.`],
  [/password/i, `Passwords need ${LIMITS.passwordMin}–${LIMITS.passwordMax} characters.`],
  [/group name/i, `Give the group a name of 1–${LIMITS.groupNameMax} characters.`],
  [/befriend themselves/i, 'You can’t add yourself as a friend.'],
  [/1:1/i, 'People can’t be added to a 1:1 chat. Create a group instead.'],
];

const FALLBACK = {
  login: 'Couldn’t log you in. Please try again.',
  signup: 'Couldn’t create your account. Please try again.',
  friend: 'Couldn’t add that friend. Please try again.',
  group: 'Couldn’t create the group. Please try again.',
  members: 'Couldn’t change the group’s members. Please try again.',
  send: 'The message wasn’t sent. Please try again.',
  history: 'Couldn’t load the messages. Please try again.',
  lists: 'Couldn’t load your chats. Please try again.',
  profile: 'Couldn’t update your profile. Please try again.',
  general: 'Something went wrong. Please try again.',
};

/**
 * One sentence for `error` in `context`. Never returns the error's own (developer) message.
 * @param {any} error a TernError, an Error or anything thrown
 * @param {ErrorContext} [context]
 */
export function describeError(error, context = 'general') {
  const code = error && typeof error === 'object' ? String(error.code || '') : '';
  if (code === 'BODY_TOO_LARGE' && error.length && error.limit) return tooLongText(error.length, error.limit);
  if (code === 'unknown_user' && context === 'login') return BY_CODE.bad_credentials;
  if (code === 'not_a_member' && context === 'members') return 'You’re not a member of this group any more.';
  if (code === 'forbidden' && context === 'members') return 'Only the group’s admins and owner can do that.';
  if (code === 'invalid_argument' || code === 'INVALID_ARGUMENT') {
    const msg = String(error.message || '');
    for (const [re, text] of INVALID_BY_FIELD) if (re.test(msg)) return text;
    return FALLBACK[context] || FALLBACK.general;
  }
  if (code && BY_CODE[code]) return BY_CODE[code];
  if (/^http_5\d\d$/.test(code)) return BY_CODE.unavailable;
  if (code === 'http_429') return BY_CODE.connection_rate_limited;
  if (error instanceof TypeError || /failed to fetch|networkerror/i.test(String(error?.message || ''))) return BY_CODE.NETWORK;
  return FALLBACK[context] || FALLBACK.general;
}

/** The composer's refusal of a body over the limit. */
export function tooLongText(length, limit) {
  const over = length - limit;
  return `This message has ${formatCount(length)} characters, and messages can have at most ${formatCount(limit)}. `
    + `Shorten it by ${formatCount(over)} character${over === 1 ? '' : 's'} or send it in parts.`;
}

/** Checks a username as typed (already lowercased); '' when fine. */
export function usernameProblem(name) {
  const chars = [...name].length;
  if (!chars) return 'Choose a username.';
  if (chars > LIMITS.usernameMax) {
    return `That’s ${chars} characters. Usernames can have at most ${LIMITS.usernameMax}.`;
  }
  if (!/^[a-z0-9_.-]*$/.test(name)) return 'Usernames can only use lowercase letters, digits, and _ . -';
  if (chars < LIMITS.usernameMin) return `Usernames need at least ${LIMITS.usernameMin} characters.`;
  return '';
}

/** Checks a display name; '' when fine. */
export function displayNameProblem(name) {
  const chars = [...name].length;
  if (chars > LIMITS.displayNameMax) return `That’s ${chars} characters. Display names can have at most ${LIMITS.displayNameMax}.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'Display names can’t contain control characters.';
  return '';
}

/** Checks a password; '' when fine. */
export function passwordProblem(password) {
  const chars = [...password].length;
  if (chars < LIMITS.passwordMin) return `Passwords need at least ${LIMITS.passwordMin} characters.`;
  if (chars > LIMITS.passwordMax) return `Passwords can have at most ${LIMITS.passwordMax} characters.`;
  return '';
}

/** Checks a group name; '' when fine. */
export function groupNameProblem(name) {
  const chars = [...name.trim()].length;
  if (!chars) return 'Give the group a name.';
  if (chars > LIMITS.groupNameMax) return `That’s ${chars} characters. Group names can have at most ${LIMITS.groupNameMax}.`;
  return '';
}

/** The words for a connection state (the badge and the banner). */
export function connectionText({ state, transport, online = true, retryInMs = null }) {
  const via = transport === 'webtransport' ? 'WebTransport' : transport === 'websocket' ? 'WebSocket' : '';
  if (!online) return { short: 'Offline', long: 'You’re offline. Messages you send will go out when your connection is back.' };
  switch (state) {
    case 'connected':
      return { short: via ? `Connected · ${via}` : 'Connected', long: '' };
    case 'connecting':
      return { short: 'Connecting…', long: 'Connecting to Tern…' };
    case 'reconnecting': {
      const secs = retryInMs != null && retryInMs > 900 ? Math.ceil(retryInMs / 1000) : 0;
      const when = secs ? `Trying again in ${secs} s.` : 'Trying again now…';
      return {
        short: secs ? `Reconnecting in ${secs} s` : 'Reconnecting…',
        long: `Connection lost. ${when} Messages you send will go out when it’s back.`,
      };
    }
    default:
      return { short: 'Offline', long: 'You’re not connected. Messages you send will go out when you’re back online.' };
  }
}
