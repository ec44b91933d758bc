// @ts-check
// Log in and sign up. Fields say their rules before you hit them (the username's limit is
// named, never silently cut), problems are shown next to the field as you type, and the
// server's refusals are put in words.

import { $ } from './dom.js';
import {
  LIMITS, USERNAME_RULE, describeError, displayNameProblem, passwordProblem, usernameProblem,
} from './wording.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */

const norm = (s) => String(s || '').trim().toLowerCase().replace(/^@/, '');

/** Shows a field's problem (or clears it) and marks the field. */
function fieldProblem(input, out, text) {
  out.textContent = text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * @param {TernClient} client
 * @param {{onLoggedIn: () => void}} hooks
 */
export function setupAuth(client, { onLoggedIn }) {
  $('signup-username-hint').textContent = USERNAME_RULE;

  // ---- live checks while typing
  const su = $('signup-username');
  su.addEventListener('input', () => {
    const name = norm(su.value);
    const chars = [...name].length;
    const counter = $('signup-username-count');
    counter.textContent = `${chars}/${LIMITS.usernameMax}`;
    counter.classList.toggle('over', chars > LIMITS.usernameMax);
    // Too long or a character that cannot be used: say so at once. Too short: only on leaving the field.
    const problem = usernameProblem(name);
    const now = chars > LIMITS.usernameMax || (problem && chars >= LIMITS.usernameMin) || /[^a-z0-9_.-]/.test(name);
    fieldProblem(su, $('signup-username-error'), now ? problem : '');
  });
  su.addEventListener('blur', () => {
    const name = norm(su.value);
    if (name) fieldProblem(su, $('signup-username-error'), usernameProblem(name));
  });
  const dn = $('signup-display-name');
  dn.addEventListener('input', () => {
    const chars = [...dn.value.trim()].length;
    const counter = $('signup-display-name-count');
    counter.hidden = chars < LIMITS.displayNameMax - 14;
    counter.textContent = `${chars}/${LIMITS.displayNameMax}`;
    counter.classList.toggle('over', chars > LIMITS.displayNameMax);
    fieldProblem(dn, $('signup-display-name-error'), displayNameProblem(dn.value.trim()));
  });
  const sp = $('signup-password');
  sp.addEventListener('blur', () => {
    if (sp.value) fieldProblem(sp, $('signup-password-error'), passwordProblem(sp.value));
  });
  sp.addEventListener('input', () => {
    if (sp.getAttribute('aria-invalid') && !passwordProblem(sp.value)) fieldProblem(sp, $('signup-password-error'), '');
  });

  // ---- log in
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const error = $('login-error');
    error.textContent = '';
    const username = norm($('login-username').value);
    const password = $('login-password').value;
    if (!username || !password) {
      error.textContent = !username ? 'Type your username.' : 'Type your password.';
      (!username ? $('login-username') : $('login-password')).focus();
      return;
    }
    const button = $('login-submit');
    button.disabled = true;
    try {
      await client.login(username, password);
      $('login-password').value = '';
      onLoggedIn();
    } catch (e) {
      error.textContent = describeError(e, 'login');
    } finally {
      button.disabled = false;
    }
  });

  // ---- sign up
  $('signup-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('signup-error').textContent = '';
    const username = norm(su.value);
    const displayName = dn.value.trim();
    const checks = [
      [su, $('signup-username-error'), usernameProblem(username)],
      [sp, $('signup-password-error'), passwordProblem(sp.value)],
      [dn, $('signup-display-name-error'), displayNameProblem(displayName)],
    ];
    for (const [input, out, text] of checks) fieldProblem(input, out, text);
    const bad = checks.find(([, , text]) => text);
    if (bad) {
      bad[0].focus();
      return;
    }
    const button = $('signup-submit');
    button.disabled = true;
    try {
      await client.signup(username, sp.value, displayName);
      sp.value = '';
      onLoggedIn();
    } catch (e) {
      const text = describeError(e, 'signup');
      if (e.code === 'username_taken') {
        fieldProblem(su, $('signup-username-error'), text);
        su.focus();
      } else {
        $('signup-error').textContent = text;
      }
    } finally {
      button.disabled = false;
    }
  });
}

/** Shows the log-in screen, with `message` when the page sent you there (an expired session). */
export function showAuth(message = '') {
  $('app-view').hidden = true;
  $('auth-view').hidden = false;
  $('auth-error').textContent = message;
  $('login-username').focus();
}
