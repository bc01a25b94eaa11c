// Playground: drafts through two versions side by side; never cached, never counted.
import { post } from './api.js';
import { $, byTestId, clear, field, h } from './dom.js';
import { renderCell } from './cell.js';
import { loadCases } from './cases.js';
import { ListEditor, removeButton } from './lists.js';
import { busy, say } from './messages.js';
import { fillVersions, state, versionsReady } from './state.js';
import { gateVersioned } from './version-gate.js';

const form = byTestId('playground-form');
const msg = byTestId('pg-msg');
const results = byTestId('pg-results');
const onlyDiffer = byTestId('pg-only-differ');
const drafts = new ListEditor($('[data-list=drafts]', form), 'drafts', draftRow);
const versioned = ['pg-candidate', 'pg-against', 'pg-run'].map((id) => byTestId(id));
const noVersion = byTestId('pg-no-version');

function gate() {
  gateVersioned(versioned, noVersion);
}
export { gate as wait };

function draftRow(d, { remove }) {
  const text = h('textarea', { value: d.text || '', dataset: { key: 'text' }, testid: 'pg-draft' });
  const customer = h('textarea', { value: d.customer_message || '', rows: 2, dataset: { key: 'customer_message' }, testid: 'pg-customer' });
  const el = h('fieldset', {}, h('legend', {}, 'Draft'),
    field("Agent's draft", text), field("Customer's message (optional)", customer),
    removeButton('Remove this draft', remove));
  return { el, read: () => ({ text: text.value, customer_message: customer.value }) };
}

export function init() {
  drafts.set([{}]);
  byTestId('pg-add-draft').addEventListener('click', () => drafts.add({}).el.querySelector('textarea').focus());
  form.addEventListener('submit', run);
  onlyDiffer.addEventListener('change', filter);
}

export async function show() {
  gate();
  if (versionsReady()) {
    fillVersions(byTestId('pg-candidate'), { fallback: state.versions[0]?.version });
    // A new profile has no production of its own yet: compare with one of its versions.
    const production = state.labels.production == null ? [] : [['production', `production (v${state.labels.production})`]];
    fillVersions(byTestId('pg-against'), { extra: production, fallback: 'production' });
  }
  const box = $('[data-list=cases]', form);
  if (box.childElementCount) return;
  let items;
  try {
    items = (await loadCases()).map((c) => h('label', { class: 'inline' },
      h('input', { type: 'checkbox', value: c.id, testid: `pg-case-${c.id}` }),
      `${c.id}: ${(c.draft || '').slice(0, 70)}…`));
  } catch {
    items = [h('p', { class: 'muted' }, 'The evaluation set could not be loaded.')];
  }
  // Two shows in flight (the tab opened while the page was loading) fill it once.
  if (!box.childElementCount) box.replaceChildren(...items);
}

async function run(event) {
  event.preventDefault();
  const body = {
    profile: state.profile,
    version: Number(byTestId('pg-candidate').value),
    against: byTestId('pg-against').value === 'production' ? 'production' : Number(byTestId('pg-against').value),
    drafts: drafts.read().filter((d) => d.text.trim()).map((d) => (d.customer_message.trim() ? d : { text: d.text })),
    cases: [...form.querySelectorAll('[data-list=cases] input:checked')].map((i) => i.value),
  };
  if (!body.drafts.length && !body.cases.length) {
    say(msg, 'Paste a draft or pick a case from the evaluation set.', 'error');
    return;
  }
  say(msg, 'Rewriting with both versions…');
  await busy(byTestId('pg-run'), msg, async () => {
    const answer = await post('/v1/admin/playground', body);
    draw(answer);
    const differ = answer.rows.filter((r) => r.differ).length;
    say(msg, `${answer.rows.length} draft(s); the two versions differ on ${differ}.`, 'ok');
  });
  gate(); // busy() gave Run back: not while another profile's versions are on their way
}

function draw(answer) {
  const { baseline, candidate } = answer.versions;
  byTestId('pg-head-baseline').textContent = `v${baseline}${baseline === state.labels.production ? ' (production)' : ''}`;
  byTestId('pg-head-candidate').textContent = `v${candidate} (candidate)`;
  const tbody = clear(results.querySelector('tbody'));
  for (const r of answer.rows) {
    tbody.append(h('tr', { testid: 'pg-row', dataset: { differ: String(Boolean(r.differ)) } },
      h('td', {}, h('div', { class: 'draft' }, r.draft),
        r.customer_message ? h('p', { class: 'muted' }, `Customer: ${r.customer_message}`) : null,
        r.differ ? h('span', { class: 'chip staging' }, 'differs') : h('span', { class: 'chip' }, 'same')),
      renderCell(r.baseline, 'pg-baseline'), renderCell(r.candidate, 'pg-candidate-cell')));
  }
  results.hidden = false;
  filter();
}

function filter() {
  for (const tr of results.querySelectorAll('tbody tr')) tr.hidden = onlyDiffer.checked && tr.dataset.differ !== 'true';
}
