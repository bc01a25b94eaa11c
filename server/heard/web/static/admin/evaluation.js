// Evaluation: run the set against a version (optionally beside another), read the metrics and
// the failing cases; manage the team's own cases.
import { del, post } from './api.js';
import { byTestId, clear, h, lines } from './dom.js';
import { isTeamCase, loadCases } from './cases.js';
import { renderFailing } from './failing.js';
import { busy, fail, say } from './messages.js';
import { fillVersions, loadVersions, state, versionsReady } from './state.js';
import { gateVersioned } from './version-gate.js';

const msg = byTestId('eval-msg');
const out = byTestId('eval-result');
const casesMsg = byTestId('cases-msg');
let drawn = 0; // only the newest load draws the cases: an older one would bring back a stale list
const versioned = ['eval-version', 'eval-against', 'eval-run'].map((id) => byTestId(id));
const noVersion = byTestId('eval-no-version');

function gate() {
  gateVersioned(versioned, noVersion);
}
export { gate as wait };

// metric → [what the admin reads, how to show a value]
const pct = (x) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (d) => (x) => (x == null ? '—' : Number(x).toFixed(d));
const METRICS = [
  ['cases', 'Cases', num(0)],
  ['runs', 'Runs per case', num(0)],
  ['invariant_breaks', 'Cases that broke a rule (fact dropped or changed, promise added…)', num(0)],
  ['pass_all_runs', 'Cases passing every run (pass^N)', pct],
  ['facts_kept', 'Facts kept', pct],
  ['guard_pass_rate', 'Model answers accepted on the first try', pct],
  ['score_before', 'Empathy score of the drafts', num(1)],
  ['score_after', 'Empathy score of the rewrites', num(1)],
  ['length_ratio', 'Length of rewrite ÷ draft', num(2)],
  ['tokens_per_rewrite', 'Tokens per rewrite', num(0)],
  ['cost_per_rewrite_usd', 'Cost per rewrite (USD)', (x) => (x == null ? '—' : `$${Number(x).toFixed(5)}`)],
  ['latency_ms_p50', 'Latency p50 (ms)', num(0)],
  ['latency_ms_p95', 'Latency p95 (ms)', num(0)],
];

export function init() {
  byTestId('eval-form').addEventListener('submit', run);
  byTestId('case-form').addEventListener('submit', addCase);
  byTestId('import-form').addEventListener('submit', importCases);
}

export async function show() {
  gate();
  if (versionsReady()) {
    fillVersions(byTestId('eval-version'), { fallback: state.versions[0]?.version });
    const production = state.labels.production == null ? [] : [['production', `production (v${state.labels.production})`]];
    fillVersions(byTestId('eval-against'), { extra: [['', 'nothing'], ...production], fallback: 'production' });
  }
  await drawCases();
}

async function run(event) {
  event.preventDefault();
  const version = Number(byTestId('eval-version').value);
  const against = byTestId('eval-against').value;
  const body = { profile: state.profile, version, runs: Number(byTestId('eval-runs').value) || 3 };
  if (against) body.against = against === 'production' ? 'production' : Number(against);
  clear(out);
  say(msg, `Evaluating v${version}…`);
  const started = performance.now();
  await busy(byTestId('eval-run'), msg, async () => {
    const result = await post('/v1/admin/eval', body);
    await loadVersions(); // the Versions tab shows this evaluation now
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(msg, result.passed
      ? `v${version} passed: no case broke a rule (${seconds} s). It can be made production.`
      : `v${version} failed: ${(result.failing || []).length} case(s) broke a rule (${seconds} s). Production will refuse it.`,
    result.passed ? 'ok' : 'error');
    out.append(metricsTable(result, against));
    if ((result.regressions || []).length) {
      out.append(h('h3', {}, `Worse than ${result.against.label || `v${result.against.version}`}`),
        h('ul', { testid: 'eval-regressions' }, result.regressions.map((r) => h('li', {}, r))));
    }
    if ((result.failing || []).length) {
      out.append(h('h3', {}, 'Failing cases'), renderFailing(result.failing, 'eval-failing', await loadCases()));
    }
  });
  gate(); // busy() gave Evaluate back: not while another profile's versions are on their way
}

function metricsTable(result, against) {
  const other = result.against && (result.against.metrics || result.against);
  const otherName = other ? `v${result.against.version ?? against}${against === 'production' ? ' (production)' : ''}` : null;
  return h('table', { testid: 'eval-metrics' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col' }, `v${result.version}`),
      otherName ? h('th', { scope: 'col' }, otherName) : null)),
    h('tbody', {}, METRICS.filter(([key]) => key in (result.metrics || {})).map(([key, label, fmt]) => h('tr', { dataset: { metric: key } },
      h('th', { scope: 'row' }, label), h('td', { class: 'num' }, fmt(result.metrics[key])),
      other ? h('td', { class: 'num' }, fmt(other[key])) : null))));
}

async function drawCases(force = false) {
  const tbody = byTestId('cases-table').querySelector('tbody');
  const mine = ++drawn;
  try {
    const cases = await loadCases(force);
    if (mine !== drawn) return;
    const rows = [];
    const team = cases.filter(isTeamCase).length;
    byTestId('cases-summary').textContent =
      `${cases.length} cases: ${cases.length - team} from Heard, ${team} from your team`;
    // The team's own first: they are the ones an admin edits.
    for (const c of [...cases].sort((a, b) => isTeamCase(b) - isTeamCase(a))) {
      const team = isTeamCase(c);
      rows.push(h('tr', { testid: 'case-row', dataset: { id: c.id } },
        h('td', {}, c.id), h('td', { class: 'draft' }, c.draft),
        h('td', {}, (c.must_keep || []).join(', ')), h('td', {}, team ? 'your team' : 'Heard'),
        h('td', {}, team ? h('button', { type: 'button', class: 'danger', testid: `case-delete-${c.id}`,
          onclick: (e) => removeCase(c.id, e.target) }, 'Delete') : null)));
    }
    tbody.replaceChildren(...rows); // all at once, so two loads in flight never mix rows
  } catch (error) {
    if (mine === drawn) fail(casesMsg, error);
  }
}

async function addCase(event) {
  event.preventDefault();
  const form = event.target;
  const value = (path) => form.querySelector(`[data-path=${path}]`).value;
  const body = { draft: value('draft'), customer_message: value('customer_message'),
    must_keep: lines(value('must_keep')), must_not_add: lines(value('must_not_add')) };
  await busy(event.submitter, casesMsg, async () => {
    const created = await post('/v1/admin/eval/cases', body);
    form.reset();
    say(casesMsg, `Added case ${(created.cases || [])[0]?.id || ''}.`, 'ok');
    await drawCases(true);
  });
}

async function importCases(event) {
  event.preventDefault();
  const file = byTestId('import-file').files[0];
  if (!file) {
    say(casesMsg, 'Choose a .csv or .jsonl file first.', 'error');
    return;
  }
  const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';
  await busy(event.submitter, casesMsg, async () => {
    // The server stores all of a file or none of it: say so beside its reason.
    const answer = await post('/v1/admin/eval/cases', { format, content: await file.text() })
      .catch((error) => {
        error.message = `Nothing was imported from ${file.name}: ${error.message}`;
        throw error;
      });
    const count = answer.added ?? (answer.cases || []).length;
    say(casesMsg, `Imported ${count} case(s) from ${file.name}.`, 'ok');
    event.target.reset();
    await drawCases(true);
  });
}

async function removeCase(id, button) {
  await busy(button, casesMsg, async () => {
    await del(`/v1/admin/eval/cases/${encodeURIComponent(id)}`);
    say(casesMsg, `Deleted case ${id}.`, 'ok');
    await drawCases(true);
  });
}
