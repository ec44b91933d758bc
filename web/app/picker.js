// @ts-check
// Picking people (ARIA combobox with a listbox of suggestions): type part of a name or
// username, pick with the arrow keys and Enter, or with a click. Suggestions are your friends
// and everyone the page knows (group members, people who wrote to you); a full username no one
// here knows yet is looked up on the server. Picked people show as chips with a Remove button.

import { el } from './dom.js';
import { S, isMe, rememberUser, userName } from './state.js';
import { avatar } from './widgets.js';
import { describeError } from './wording.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */
/** @typedef {import('../dist/tern-client.js').TernUser} TernUser */

let pickerCount = 0;

/**
 * Turns `input` (with its listbox `list` and chip list `chips`) into a people picker.
 * @param {TernClient} client
 * @param {{input: HTMLInputElement, list: HTMLElement, chips: HTMLElement, error: HTMLElement, status: HTMLElement,
 *   exclude?: () => string[], onChange?: (ids: string[]) => void, max?: number}} parts
 */
export function peoplePicker(client, { input, list, chips, error, status, exclude = () => [], onChange = () => {}, max = 99 }) {
  const n = ++pickerCount;
  /** @type {string[]} */
  let picked = [];
  /** @type {Array<{user?: TernUser, lookup?: string}>} */
  let options = [];
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  function candidates() {
    const known = new Map();
    for (const f of S.friends) known.set(f.id, f);
    for (const u of S.users.values()) if (!known.has(u.id)) known.set(u.id, u);
    const skip = new Set([...picked, ...exclude()]);
    return [...known.values()].filter((u) => !isMe(u.id) && !skip.has(u.id));
  }

  function refresh() {
    const q = input.value.trim().toLowerCase().replace(/^@/, '');
    const friends = new Set(S.friends.map((f) => f.id));
    const score = (u) => {
      const name = userName(u.id).toLowerCase();
      const handle = (u.username || '').toLowerCase();
      if (!q) return friends.has(u.id) ? 1 : 0;
      if (handle === q) return 5;
      if (handle.startsWith(q) || name.startsWith(q)) return 4;
      if (name.split(/\s+/).some((w) => w.startsWith(q))) return 3;
      if (handle.includes(q) || name.includes(q)) return 2;
      return -1;
    };
    const found = candidates().map((u) => ({ u, s: score(u) })).filter((x) => x.s > (q ? 0 : 0) || (!q && friends.has(x.u.id)))
      .sort((a, b) => b.s - a.s || userName(a.u.id).localeCompare(userName(b.u.id))).slice(0, 8);
    options = found.map((x) => ({ user: x.u }));
    const exact = found.some((x) => (x.u.username || '') === q);
    if (q.length >= 3 && /^[a-z0-9_.-]+$/.test(q) && !exact && q !== S.me?.username) options.push({ lookup: q });
    active = options.length ? 0 : -1;
    paint();
  }

  function paint() {
    list.replaceChildren(...options.map((o, i) => {
      const id = `pick-${n}-${i}`;
      const selected = i === active;
      if (o.lookup) {
        return el('li', { id, role: 'option', class: 'option lookup', 'aria-selected': String(selected), 'data-testid': 'picker-lookup',
          onmousedown: (ev) => ev.preventDefault(), onclick: () => choose(i) }, `Find “@${o.lookup}”`);
      }
      const u = o.user;
      return el('li', { id, role: 'option', class: 'option', 'aria-selected': String(selected), 'data-testid': `suggestion-${u.id}`,
        onmousedown: (ev) => ev.preventDefault(), onclick: () => choose(i) },
      avatar(u.id, userName(u.id), { size: 'sm' }),
      el('span', { class: 'option-name' }, userName(u.id)), el('span', { class: 'handle' }, ` @${u.username}`),
      S.friends.some((f) => f.id === u.id) ? el('span', { class: 'tag' }, 'Friend') : null);
    }));
    const open = options.length > 0 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0 && open) input.setAttribute('aria-activedescendant', `pick-${n}-${active}`);
    else input.removeAttribute('aria-activedescendant');
    const count = options.filter((o) => o.user).length;
    status.textContent = open ? `${count} suggestion${count === 1 ? '' : 's'}. Use the arrow keys and Enter to pick.` : '';
  }

  async function choose(i) {
    const o = options[i];
    if (!o) return;
    error.textContent = '';
    if (picked.length >= max) {
      error.textContent = `A group can have at most ${max + 1} members, you included.`;
      return;
    }
    let user = o.user;
    if (o.lookup) {
      try {
        user = rememberUser(await client.lookupUser(o.lookup));
      } catch (e) {
        error.textContent = e.code === 'unknown_user' ? `There’s no one with the username “${o.lookup}”.` : describeError(e, 'members');
        return;
      }
      if (isMe(user.id) || picked.includes(user.id) || exclude().includes(user.id)) {
        error.textContent = isMe(user.id) ? 'You’re in the group already.' : `${userName(user.id)} is picked already.`;
        return;
      }
    }
    picked.push(user.id);
    input.value = '';
    paintChips();
    onChange([...picked]);
    status.textContent = `${userName(user.id)} added.`;
    refresh();
    input.focus();
  }

  function paintChips() {
    chips.replaceChildren(...picked.map((id) => el('li', { class: 'chip', 'data-testid': `chip-${id}` },
      avatar(id, userName(id), { size: 'xs' }),
      el('span', {}, userName(id)),
      el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${userName(id)}`, 'data-testid': `chip-remove-${id}`,
        onclick: () => {
          picked = picked.filter((x) => x !== id);
          paintChips();
          onChange([...picked]);
          status.textContent = `${userName(id)} removed.`;
          input.focus();
          refresh();
        } }, '×'))));
    chips.hidden = picked.length === 0;
  }

  input.addEventListener('input', refresh);
  input.addEventListener('focus', refresh);
  input.addEventListener('blur', () => setTimeout(paint, 0));
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!options.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      paint();
      document.getElementById(`pick-${n}-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (ev.key === 'Enter') {
      if (active >= 0 && options.length && !list.hidden) {
        ev.preventDefault();
        choose(active);
      } else if (input.value.trim()) {
        ev.preventDefault();
      }
    } else if (ev.key === 'Escape' && !list.hidden) {
      ev.preventDefault();
      ev.stopPropagation();
      options = [];
      paint();
    } else if (ev.key === 'Backspace' && !input.value && picked.length) {
      const id = picked.pop();
      paintChips();
      onChange([...picked]);
      status.textContent = `${userName(id)} removed.`;
    }
  });

  return {
    get picked() { return [...picked]; },
    reset() {
      picked = [];
      input.value = '';
      error.textContent = '';
      options = [];
      paintChips();
      paint();
    },
  };
}
