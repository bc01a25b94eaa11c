// Tokens: create (the secret is shown once, then only its hash exists), list, revoke.
import { del, get, post } from './api.js';
import { byTestId, clear, h, option, when } from './dom.js';
import { busy, busyNewest, say } from './messages.js';
import { state } from './state.js';

const form = byTestId('token-form');
const msg = byTestId('tokens-msg');
const secretBox = byTestId('token-secret');
let drawn = 0; // only the newest load draws: a list asked before a create would hide the new token

export function init() {
  form.addEventListener('submit', create);
  byTestId('token-secret-copy').addEventListener('click', async () => {
    await navigator.clipboard.writeText(byTestId('token-secret-value').textContent).then(
      () => say(msg, 'Copied.', 'ok'), () => say(msg, 'Select the token and copy it by hand.', 'error'));
  });
  byTestId('token-secret-done').addEventListener('click', hideSecret);
}

function hideSecret() {
  byTestId('token-secret-value').textContent = '';
  secretBox.hidden = true;
}

export async function show() {
  const picker = byTestId('token-profile');
  const before = picker.value || state.profile;
  clear(picker);
  const names = new Set(['default', state.profile, ...state.profiles.map((p) => p.name)]);
  for (const name of [...names].sort()) picker.append(option(name, name, name === before));
  await draw();
}

async function draw() {
  const mine = ++drawn;
  await busyNewest(null, msg, () => mine === drawn, async () => {
    const { tokens } = await get('/v1/admin/tokens');
    if (mine !== drawn) return;
    byTestId('tokens-table').querySelector('tbody').replaceChildren(...tokens.map((t) => h('tr', { testid: 'token-row', dataset: { id: t.id, name: t.name } },
        h('th', { scope: 'row' }, t.name), h('td', {}, t.role), h('td', {}, t.profile || 'default'),
        h('td', {}, t.pilot ? 'yes' : 'no'), h('td', {}, when(t.created)), h('td', { testid: 'token-last-used' }, when(t.last_used)),
        h('td', {}, h('button', { type: 'button', class: 'danger', testid: `revoke-${t.id}`, 'aria-label': `Revoke ${t.name}`,
          onclick: (e) => revoke(t, e.target) }, 'Revoke')))));
  });
}

async function create(event) {
  event.preventDefault();
  const value = (path) => form.querySelector(`[data-path=${path}]`);
  const body = { name: value('name').value.trim(), role: value('role').value, profile: value('profile').value,
    pilot: value('pilot').checked };
  await busy(byTestId('token-create'), msg, async () => {
    const created = await post('/v1/admin/tokens', body);
    byTestId('token-secret-value').textContent = created.token;
    secretBox.hidden = false;
    value('name').value = '';
    say(msg, `Created ${created.name} (${created.role}).`, 'ok');
    await draw();
  });
}

/** One click arms the button, a second revokes: a revoked token stops working everywhere at once. */
async function revoke(t, button) {
  if (button.dataset.armed !== 'true') {
    button.dataset.armed = 'true';
    button.textContent = `Really revoke ${t.name}?`;
    return;
  }
  await busy(button, msg, async () => {
    await del(`/v1/admin/tokens/${t.id}`);
    say(msg, `Revoked ${t.name}: it stopped working everywhere.`, 'ok');
    await draw();
  });
}
