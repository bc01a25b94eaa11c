// Samples: recent rewrites agents dismissed, heavily edited or partly turned down (and why), kept
// masked only when the server
// has HEARD_KEEP_SAMPLES_DAYS set; one click makes one a case of the evaluation set.
import { del, get, post } from './api.js';
import { byTestId, h, when } from './dom.js';
import { loadCases } from './cases.js';
import { busy, busyNewest, say } from './messages.js';

const msg = byTestId('samples-msg');
const note = byTestId('samples-note');
let last = 0;

export function init() {
  byTestId('samples-refresh').addEventListener('click', () => show());
  byTestId('samples-purge').addEventListener('click', purge);
}

export async function show() {
  const mine = ++last;
  await busyNewest(byTestId('samples-refresh'), msg, () => mine === last, async () => {
    const data = await get('/v1/admin/samples');
    if (mine !== last) return;
    // What the server keeps, in its own words: the first thing an admin reads here.
    note.replaceChildren(h('strong', {}, data.enabled ? 'Samples are on. ' : 'Samples are off. '), data.note || '');
    note.className = `notice ${data.enabled ? 'on' : 'off'}`;
    note.dataset.enabled = String(Boolean(data.enabled));
    byTestId('samples-purge').disabled = !data.enabled;
    const rows = (data.samples || []).map(row);
    byTestId('samples-table').querySelector('tbody').replaceChildren(...rows);
    byTestId('samples-table').hidden = !data.enabled;
    if (data.enabled) say(msg, rows.length ? '' : 'No dismissed or heavily edited rewrite yet.');
    else say(msg, '');
  });
}

function row(s) {
  return h('tr', { testid: 'sample-row', dataset: { id: s.id } },
    h('td', {}, when(s.at)),
    h('td', { testid: 'sample-why' }, h('ul', { class: 'plain' }, (s.why || []).map(reason))),
    h('td', {}, h('code', { title: s.prompt_version }, (s.prompt_version || '').split(':')[0])),
    h('td', { class: 'draft', testid: 'sample-draft' }, s.draft || ''),
    h('td', { class: 'draft' }, s.customer_message || ''),
    h('td', { class: 'draft' }, s.rewrite || ''),
    h('td', {}, h('button', { type: 'button', testid: 'sample-to-case', onclick: (e) => toCase(s.id, e.target) }, 'Add to evaluation set')));
}

/** Why a sample was kept, in the admin's words, with the figure behind it. */
function reason(w) {
  const text = {
    dismissed: () => 'Dismissed by the agent',
    heavily_edited: () => `Heavily edited: ${Math.round(w.edit_distance * 100)}% of the rewrite changed`,
    principles_rejected: () => `Changes turned down: ${(w.principles || []).join(', ')}`,
  }[w.reason];
  return h('li', { dataset: { reason: w.reason } }, text ? text() : w.reason);
}

async function toCase(id, button) {
  await busy(button, msg, async () => {
    const created = await post(`/v1/admin/samples/${encodeURIComponent(id)}/eval-case`);
    await loadCases(true); // the Evaluation tab lists it from now on
    button.textContent = `Added as ${created.id}`;
    button.disabled = true;
    button.dataset.case = created.id;
    say(msg, `Added case ${created.id} to the evaluation set (Evaluation tab). It must keep ${(created.must_keep || []).length} fact(s).`, 'ok');
  }).finally(() => {
    if (button.dataset.case) button.disabled = true;
  });
}

async function purge(event) {
  await busy(event.target, msg, async () => {
    const { purged } = await del('/v1/admin/samples');
    await show();
    say(msg, `Purged ${purged} sample(s).`, 'ok');
  });
}
