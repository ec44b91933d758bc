// @ts-check
// The dialogs: a new group (a name, and people picked from suggestions), and a group's members
// (see who is in it, add people, remove someone, leave). Native <dialog>: focus stays inside,
// Escape closes, focus returns to the button that opened it.

import { $, el } from './dom.js';
import { S, invalidate, isMe, userName } from './state.js';
import { peoplePicker } from './picker.js';
import { avatar, presenceDot, presenceLabel } from './widgets.js';
import { LIMITS, describeError, groupNameProblem } from './wording.js';
import { ensureUsers, openChannel, queryChannelPresence } from './conversation.js';

/** @typedef {import('../dist/tern-client.js').TernClient} TernClient */

/** @param {TernClient} client */
export function setupDialogs(client) {
  setupNewGroup(client);
  setupGroupInfo(client);
}

function setupNewGroup(client) {
  const dialog = /** @type {HTMLDialogElement} */ ($('new-group-dialog'));
  const picker = peoplePicker(client, {
    input: $('group-people'), list: $('group-suggestions'), chips: $('group-chips'), error: $('group-error'),
    status: $('group-picker-status'), max: LIMITS.groupMembersMax - 1,
  });
  $('new-group').addEventListener('click', () => {
    picker.reset();
    $('group-name').value = '';
    $('group-name').removeAttribute('aria-invalid');
    $('group-error').textContent = '';
    dialog.showModal();
    $('group-name').focus();
  });
  $('group-cancel').addEventListener('click', () => dialog.close());
  $('group-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const name = $('group-name').value;
    const problem = groupNameProblem(name);
    $('group-error').textContent = problem;
    if (problem) {
      $('group-name').setAttribute('aria-invalid', 'true');
      $('group-name').focus();
      return;
    }
    $('group-name').removeAttribute('aria-invalid');
    const button = $('create-group');
    button.disabled = true;
    try {
      const group = await client.createGroup(name.trim(), picker.picked);
      S.channels.set(group.id, group);
      dialog.close();
      invalidate('sidebar');
      openChannel(group.id);
    } catch (e) {
      $('group-error').textContent = describeError(e, 'group');
    } finally {
      button.disabled = false;
    }
  });
}

/** A member's role in a group: 'owner', 'admin' or 'member'. */
function roleOf(ch, id) {
  if (id === ch.owner) return 'owner';
  return (ch.admins || []).includes(id) ? 'admin' : 'member';
}

/** Whether someone with role `mine` may remove a member with role `theirs` (PROTOCOL.md §11). */
function mayRemove(mine, theirs) {
  if (theirs === 'owner') return false;
  return mine === 'owner' || (mine === 'admin' && theirs === 'member');
}

function setupGroupInfo(client) {
  const dialog = /** @type {HTMLDialogElement} */ ($('group-info-dialog'));
  const picker = peoplePicker(client, {
    input: $('members-add'), list: $('members-suggestions'), chips: $('members-chips'), error: $('members-error'),
    status: $('members-picker-status'), exclude: () => S.channels.get(S.current)?.members || [],
  });
  const paint = () => {
    const ch = S.channels.get(S.current);
    if (!ch || ch.kind !== 'group') return;
    $('group-info-title').textContent = ch.name;
    $('group-info-count').textContent = `${ch.members.length} of at most ${LIMITS.groupMembersMax} members`;
    const mine = roleOf(ch, S.me?.id);
    const ids = [...ch.members].sort((a, b) => (isMe(a) ? -1 : isMe(b) ? 1 : userName(a).localeCompare(userName(b))));
    $('members-add-field').hidden = mine === 'member';
    $('group-rename-form').hidden = mine === 'member';
    const rename = /** @type {HTMLInputElement} */ ($('group-rename'));
    if (document.activeElement !== rename) rename.value = ch.name;
    $('members-add-note').hidden = mine !== 'member';
    $('members-list').replaceChildren(...ids.map((id) => {
      const role = roleOf(ch, id);
      const name = userName(id);
      const actions = [];
      if (isMe(id)) {
        actions.push(el('button', { type: 'button', class: 'ghost small danger', 'data-testid': 'leave-group', onclick: () => change(ch.id, id, false, true) }, 'Leave group'));
      } else {
        if (mine === 'owner') {
          const admin = role === 'admin';
          actions.push(el('button', { type: 'button', class: 'ghost small', 'data-testid': `${admin ? 'demote' : 'promote'}-${id}`,
            'aria-label': `${admin ? 'Remove admin' : 'Make admin'}: ${name}`,
            onclick: () => changeRole(ch.id, id, () => client.setAdmin(ch.id, id, !admin), admin ? `${name} is no longer an admin.` : `${name} is now an admin.`) },
          admin ? 'Remove admin' : 'Make admin'));
        }
        if (mine === 'owner') {
          actions.push(el('button', { type: 'button', class: 'ghost small', 'data-testid': `make-owner-${id}`, 'aria-label': `Make owner: ${name}`,
            onclick: () => window.confirm(`Hand the group to ${name}? You stay an admin.`)
              && changeRole(ch.id, id, () => client.transferOwnership(ch.id, id), `${name} owns the group now.`) }, 'Make owner'));
        }
        if (mayRemove(mine, role)) {
          actions.push(el('button', { type: 'button', class: 'ghost small', 'data-testid': `remove-${id}`, 'aria-label': `Remove ${name} from the group`,
            onclick: () => change(ch.id, id, false, false) }, 'Remove'));
        }
      }
      return el('li', { class: 'member-row', 'data-testid': `member-${id}` },
        el('span', { class: 'avatar-wrap' }, avatar(id, name), presenceDot(id, `members-presence-${id}`)),
        el('span', { class: 'row-main' },
          el('span', { class: 'row-name' }, userName(id, { you: true }), role === 'member' ? '' : el('span', { class: 'role-tag', 'data-testid': `role-${id}` }, role === 'owner' ? 'Owner' : 'Admin')),
          presenceLabel(id, { class: 'presence-text row-sub' })),
        ...actions);
    }));
  };
  const changeRole = async (channelId, _userId, call, done) => {
    $('members-error').textContent = '';
    try {
      S.channels.set(channelId, await call());
      $('members-picker-status').textContent = done;
      invalidate('sidebar', 'chat');
      paint();
    } catch (e) {
      $('members-error').textContent = describeError(e, 'members');
    }
  };
  const change = async (channelId, userId, add, leaving) => {
    $('members-error').textContent = '';
    try {
      const ch = add ? await client.addMember(channelId, userId) : await client.removeMember(channelId, userId);
      if (leaving) {
        S.channels.delete(channelId);
        dialog.close();
        S.current = null;
        $('app-view').classList.remove('chat-open');
        invalidate('sidebar', 'chat', 'messages', 'composer');
        return;
      }
      S.channels.set(ch.id, ch);
      $('members-picker-status').textContent = add ? `${userName(userId)} added to the group.` : `${userName(userId)} removed from the group.`;
      invalidate('sidebar', 'chat');
      paint();
    } catch (e) {
      $('members-error').textContent = describeError(e, 'members');
    }
  };
  document.addEventListener('tern:group-info', () => {
    const ch = S.channels.get(S.current);
    if (!ch || ch.kind !== 'group') return;
    ensureUsers(ch.members);
    queryChannelPresence(ch.id);
    picker.reset();
    paint();
    dialog.showModal();
    ($('members-add-field').hidden ? $('group-info-close') : $('members-add')).focus();
    // Roles and members may have changed elsewhere since the list was loaded: read them again.
    client.channel(ch.id).then((fresh) => {
      if (!S.channels.has(fresh.id)) return;
      S.channels.set(fresh.id, fresh);
      if (dialog.open && S.current === fresh.id) paint();
    }).catch(() => {}); // a failed read keeps what is shown; the change itself would say why
  });
  $('members-add-button').addEventListener('click', async () => {
    const ids = picker.picked;
    if (!ids.length) {
      $('members-error').textContent = 'Pick someone to add first.';
      $('members-add').focus();
      return;
    }
    for (const id of ids) await change(S.current, id, true, false);
    picker.reset();
  });
  $('group-rename-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = /** @type {HTMLInputElement} */ ($('group-rename')).value.trim();
    const problem = groupNameProblem(name);
    if (problem) {
      $('members-error').textContent = problem;
      return;
    }
    changeRole(S.current, null, () => client.renameGroup(S.current, name), `The group is now called ${name}.`);
  });
  $('group-info-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => $('group-info').focus());
}

