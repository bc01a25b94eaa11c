// Versions: the history of a profile's voice, its labels (production, staging), the diff between
// any two, restore, approve. Moving production is how a change goes live and how it is undone.
import { del, get, post, put, qs } from './api.js';
import { byTestId, clear, h, when } from './dom.js';
import { renderFields } from './diff.js';
import { renderFailing } from './failing.js';
import { loadCases } from './cases.js';
import { busy, fail, say } from './messages.js';
import { fillVersions, labelsOf, loadVersions, state, versionsReady } from './state.js';

const msg = byTestId('versions-msg');
const failingBox = byTestId('versions-failing');
const tbody = byTestId('versions-table').querySelector('tbody');

const WHAT_TO_DO = {
  eval_failed: 'Fix the version on the Voice tab (these drafts lost a fact or gained a promise), evaluate the new version, then publish it.',
  not_evaluated: 'Evaluate this version on the Evaluation tab first; production only moves to a version that passed.',
  not_approved: 'A second admin must approve this version (the Approve button) before it goes to production.',
  nothing_staged: 'Make a version staging first (its "Make staging" button), then promote it.',
};

export function init() {
  byTestId('diff-form').addEventListener('submit', showDiff);
  byTestId('rollout-form').addEventListener('submit', setShare);
  byTestId('promote').addEventListener('click', (e) => promote(e.target));
  byTestId('review-on').hidden = !state.review;
}

export async function show() {
  if (!versionsReady()) {
    wait();
    return;
  }
  byTestId('diff-show').disabled = false;
  draw();
  drawRollout();
  fillVersions(byTestId('diff-from'), { fallback: state.labels.production });
  fillVersions(byTestId('diff-to'), { fallback: state.versions[0]?.version });
}

/** Until the profile's versions arrive, the rows and buttons on view are the profile left's (or
 * none): a click would move a label or compare versions under the wrong profile. */
export function wait() {
  clear(tbody);
  for (const id of ['diff-show', 'rollout-apply', 'promote']) byTestId(id).disabled = true;
}

function draw() {
  clear(tbody);
  for (const record of state.versions) tbody.append(row(record));
}

/** The share (0–100) typed in the rollout form, or null (with a message) when it is not one. */
function share() {
  const input = byTestId('rollout-percent');
  const value = Number(input.value);
  if (input.value.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
    say(msg, 'The share of agents is a whole number from 0 to 100.', 'error');
    input.focus();
    return null;
  }
  return value;
}

const audience = (percent) => (percent ? `pilot tokens and ${percent}% of agents` : 'pilot tokens only');

function drawRollout() {
  const { staging, production } = state.labels;
  const percent = state.labels.staging_percent || 0;
  const status = byTestId('rollout-status');
  status.dataset.percent = String(staging == null ? '' : percent);
  if (staging == null) {
    status.textContent = `No rollout: every agent gets production (v${production ?? '—'}).`;
  } else {
    status.replaceChildren(h('strong', {}, `v${staging} is on staging for ${audience(percent)}`),
      `; everyone else gets production (v${production ?? '—'}).`);
    // The form shows the share in force, unless the admin is typing a new one.
    if (document.activeElement !== byTestId('rollout-percent')) byTestId('rollout-percent').value = String(percent);
  }
  byTestId('rollout-apply').disabled = staging == null;
  byTestId('promote').disabled = staging == null;
}

/** Only the share changes: staging keeps its version (PUT with the same version). */
async function setShare(event) {
  event.preventDefault();
  const percent = share();
  if (percent == null || state.labels.staging == null) return;
  await busy(event.submitter, msg, async () => {
    const answer = await put('/v1/admin/labels/staging', { version: state.labels.staging, profile: state.profile, percent });
    await loadVersions();
    show();
    say(msg, `staging (v${answer.version}) now goes to ${audience(answer.percent)}.`, 'ok');
  });
  drawRollout();
}

/** Production takes staging's version through the publish gate; the rollout ends. */
async function promote(button) {
  const staged = state.labels.staging;
  clear(failingBox);
  await busy(button, msg, async () => {
    try {
      const answer = await post('/v1/admin/labels/staging/promote', { profile: state.profile });
      await loadVersions();
      show();
      say(msg, `production is now v${answer.version}${answer.previous != null ? ` (was v${answer.previous})` : ''}; `
        + 'the rollout is over. Every agent gets it from their next rewrite.', 'ok');
    } catch (error) {
      if (error.status !== 409) throw error;
      await refused(error, staged);
    }
  });
  drawRollout(); // busy() gave the button back: disable it again when nothing is staged
}

/** The publish gate's 409: its message, what to do, and the failing cases it names. */
async function refused(error, version) {
  if (error.code === 'not_approved') state.review = true;
  fail(msg, error);
  const todo = WHAT_TO_DO[error.code];
  failingBox.append(h('div', { class: 'card', testid: 'publish-refused', role: 'group', 'aria-label': 'Why the publish was refused' },
    h('p', {}, h('strong', {}, version == null ? 'Nothing was published.' : `v${version} was not published.`), ' ', todo || ''),
    (error.details.failing || []).length ? renderFailing(error.details.failing, 'failing-cases', await loadCases().catch(() => [])) : null));
  draw();
}

function row(record) {
  const v = record.version;
  const labels = labelsOf(v);
  const approvals = record.approvals || [];
  const actions = h('div', { class: 'actions' },
    labels.includes('production') ? null
      : h('button', { type: 'button', class: 'primary', testid: `publish-${v}`, onclick: (e) => move('production', v, e.target) },
        'Make production'),
    labels.includes('staging')
      ? h('button', { type: 'button', testid: `unstage-${v}`, onclick: (e) => clearStaging(e.target) }, 'End the pilot')
      : h('button', { type: 'button', testid: `stage-${v}`, onclick: (e) => move('staging', v, e.target) }, 'Make staging'),
    h('button', { type: 'button', testid: `restore-${v}`, onclick: (e) => restore(v, e.target) }, 'Restore as new version'),
    // The author sees the button too: the server's refusal says why they cannot.
    state.review && !approvals.includes(state.me?.name)
      ? h('button', { type: 'button', testid: `approve-${v}`, onclick: (e) => approve(v, e.target) }, 'Approve') : null);
  return h('tr', { testid: `version-${v}`, dataset: { version: v } },
    h('th', { scope: 'row' }, `v${v}`),
    h('td', {}, labels.map((l) => h('span', { class: `chip ${l}`, testid: `label-${l}` }, l))),
    h('td', {}, record.author || ''),
    h('td', {}, when(record.created)),
    h('td', {}, record.note || '',
      record.restored_from ? h('div', { class: 'muted' }, `restored from v${record.restored_from}`) : null,
      approvals.length ? h('div', { class: 'muted' }, `approved by ${approvals.join(', ')}`) : null),
    h('td', { testid: 'last-eval', class: record.eval && !record.eval.passed ? 'bad' : '' }, evalSummary(record.eval)),
    h('td', {}, actions));
}

function evalSummary(e) {
  if (!e) return 'not evaluated';
  const m = e.metrics || {};
  return e.passed ? `passed (${m.cases ?? '?'} cases × ${m.runs ?? '?'} runs)`
    : `failed: ${e.failing ?? m.invariant_breaks ?? '?'} case(s) broke a rule`;
}

async function move(label, version, button) {
  clear(failingBox);
  const body = { version, profile: state.profile };
  if (label === 'staging') {
    body.percent = share();
    if (body.percent == null) return;
  }
  await busy(button, msg, async () => {
    try {
      const answer = await put(`/v1/admin/labels/${label}`, body);
      await loadVersions();
      show();
      say(msg, `${label} is now v${answer.version}${answer.previous != null ? ` (was v${answer.previous})` : ''}. `
        + (label === 'production' ? 'Agents get it from their next rewrite.'
          : `Pilot tokens${answer.percent ? ` and ${answer.percent}% of agents` : ''} get it from their next rewrite.`), 'ok');
    } catch (error) {
      if (error.status !== 409) throw error;
      await refused(error, version);
    }
  });
}

/** Pilots get production again (DELETE /v1/admin/labels/staging). */
async function clearStaging(button) {
  await busy(button, msg, async () => {
    await del(`/v1/admin/labels/staging${qs({ profile: state.profile })}`);
    await loadVersions();
    show();
    say(msg, 'Staging is cleared: pilot tokens get production again.', 'ok');
  });
}

async function restore(version, button) {
  await busy(button, msg, async () => {
    const record = await post(`/v1/admin/prompts/${version}/restore`, { profile: state.profile, note: `Restore v${version}` });
    await loadVersions();
    show();
    say(msg, `v${record.version} is a copy of v${version}. Evaluate it, then make it production to go back.`, 'ok');
  });
}

async function approve(version, button) {
  await busy(button, msg, async () => {
    await post(`/v1/admin/prompts/${version}/approve`, { profile: state.profile });
    await loadVersions();
    show();
    say(msg, `You approved v${version}.`, 'ok');
  });
}

async function showDiff(event) {
  event.preventDefault();
  const out = clear(byTestId('diff-result'));
  const from = byTestId('diff-from').value;
  const to = byTestId('diff-to').value;
  await busy(event.submitter, msg, async () => {
    const d = await get(`/v1/admin/prompts/diff${qs({ profile: state.profile, from, to })}`);
    if (!d.fields.length) {
      out.append(h('p', { testid: 'diff-none' }, `v${from} and v${to} are the same.`));
      return;
    }
    out.append(h('p', {}, `${d.fields.length} field(s) differ between v${d.from} and v${d.to}:`));
    out.append(...renderFields(d.fields));
  });
}

/** Show the differences between two versions of the profile on view, as the form would. */
export function compare(from, to) {
  byTestId('diff-from').value = String(from);
  byTestId('diff-to').value = String(to);
  byTestId('diff-form').requestSubmit(byTestId('diff-show'));
}
