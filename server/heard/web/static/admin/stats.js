// Stats: what agents were shown and what they kept (GET /v1/admin/stats), per day as a chart
// with its numbers, per prompt version as a table, and production beside staging while a
// rollout runs — each figure with the number of rewrites behind it and a 95% interval.
import { get, put, qs } from './api.js';
import { byTestId, clear, h, option, svg, when } from './dom.js';
import { busyNewest, say } from './messages.js';
import { loadVersions, state } from './state.js';
import * as versionDays from './version-days.js';

const msg = byTestId('stats-msg');
// An interval wider than this (in rate points) cannot tell two versions apart on its own.
const WIDE = 0.2;
const DISCARDED = { retry: 'retried', offline_fallback: 'offline fallback', draft_returned: 'draft returned' };

const pct = (x) => (x == null ? '—' : `${(x * 100).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`);
const int = (x) => (x == null ? '—' : Number(x).toLocaleString('en-US'));
const money = (usd) => (!usd ? '$0' : `$${Number(usd).toFixed(usd < 0.01 ? 5 : 2)}`);
const ms = (x) => (x == null ? '—' : x >= 1000 ? `≤${x / 1000} s` : `≤${x} ms`);
const counts = (obj, names = {}) => Object.entries(obj || {}).filter(([, n]) => n)
  .map(([k, n]) => `${names[k] || k} ${n}`).join(', ') || 'none';

/** 95% Wilson score interval, as the server computes it (for figures summed here). */
export function wilson(k, n, z = 1.96) {
  if (!n) return null;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

let last = 0; // only the newest load draws (two in flight never mix)

export function init() {
  byTestId('stats-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  byTestId('stats-days').addEventListener('change', () => show());
  byTestId('stats-profile').addEventListener('change', () => show());
}

function fillProfiles() {
  const picker = byTestId('stats-profile');
  const before = picker.value;
  const names = new Set(['default', ...state.profiles.map((p) => p.name)]);
  clear(picker);
  picker.append(option('', 'All profiles'));
  for (const name of [...names].sort()) picker.append(option(name, name));
  picker.value = [...picker.options].some((o) => o.value === before) ? before : '';
}

export async function show() {
  fillProfiles();
  const days = byTestId('stats-days').value;
  const profile = byTestId('stats-profile').value;
  const mine = ++last;
  say(msg, 'Loading…');
  await busyNewest(byTestId('stats-refresh'), msg, () => mine === last, async () => {
    const data = await get(`/v1/admin/stats${qs({ days, profile })}`);
    if (mine !== last) return;
    draw(data, Number(days), profile);
    const shown = data.days.reduce((sum, d) => sum + d.shown, 0);
    say(msg, shown ? '' : `No rewrite was shown in the last ${days} days${profile ? ` for ${profile}` : ''}.`);
  });
}

function draw(data, days, profile) {
  const labels = data.labels || {};
  // Labels moved without this page (an automatic rollback, another admin): every tab redraws.
  const current = labels[state.profile];
  if (current && (current.staging ?? null) !== (state.labels.staging ?? null)) loadVersions();
  drawTotals(data.days, days, profile);
  byTestId('stats-compare').replaceChildren(...comparisons(data.versions, labels));
  byTestId('stats-chart').replaceChildren(chart(data.days), legend());
  byTestId('version-days-chart').replaceChildren(...versionDays.chart(data.versions));
  byTestId('version-days').replaceChildren(versionDays.table(data.versions));
  byTestId('auto-rollback').replaceChildren(...autoRollback(data.auto_rollback || {}));
  byTestId('stats-days-table').querySelector('tbody').replaceChildren(...dayRows(data.days));
  byTestId('stats-versions').querySelector('tbody').replaceChildren(...data.versions
    .slice().sort((a, b) => b.shown - a.shown).map((v) => versionRow(v, labels)));
}

function drawTotals(series, days, profile) {
  const sum = (f) => series.reduce((s, d) => s + f(d), 0);
  const shown = sum((d) => d.shown);
  const keptN = sum((d) => d.kept);
  const dismissed = sum((d) => d.feedback.rejected || 0);
  byTestId('stats-totals').replaceChildren(
    h('p', { testid: 'stats-summary' },
      `${profile || 'All profiles'}, last ${days} days: `,
      h('strong', { dataset: { n: shown } }, `${int(shown)} rewrites shown`),
      ` · ${int(keptN)} kept (${pct(shown ? keptN / shown : null)}) · ${int(dismissed)} dismissed (${pct(shown ? dismissed / shown : null)})`
      + ` · ${pct(shown ? sum((d) => d.cached) / shown : null)} from the cache · ${int(sum((d) => d.discarded))} model answers discarded`
      + ` · ${int(sum((d) => d.tokens))} tokens · ${money(sum((d) => d.cost_usd))}`));
}

// ---- the day chart: one bar per day, its height the rewrites shown, kept and dismissed inside
function chart(series) {
  const width = 720;
  const height = 180;
  const top = 14;
  const bottom = 22;
  const left = 34;
  const plot = height - top - bottom;
  const slot = (width - left) / Math.max(series.length, 1);
  const bar = Math.max(2, slot * 0.72);
  const max = Math.max(1, ...series.map((d) => d.shown));
  const y = (n) => (n / max) * plot;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bars',
    'aria-label': `Rewrites shown per day, ${series[0]?.date} to ${series.at(-1)?.date}: most in a day ${max}` });
  root.dataset.testid = 'chart-svg';
  // Axis: zero and the day's maximum.
  root.append(svg('line', { x1: left, x2: width, y1: top + plot, y2: top + plot, class: 'axis' }),
    svg('line', { x1: left, x2: width, y1: top, y2: top, class: 'grid' }),
    svg('text', { x: left - 4, y: top + 4, class: 'tick end' }, String(max)),
    svg('text', { x: left - 4, y: top + plot, class: 'tick end' }, '0'));
  series.forEach((d, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    const k = d.kept;
    const r = d.feedback.rejected || 0;
    const rest = Math.max(0, d.shown - k - r);
    const g = svg('g', { class: 'day' },
      svg('title', {}, `${d.date}: ${d.shown} shown, ${k} kept, ${r} dismissed, ${rest} other or no feedback`));
    g.dataset.testid = 'chart-bar';
    Object.assign(g.dataset, { date: d.date, shown: d.shown, kept: k, dismissed: r });
    let base = top + plot;
    for (const [n, cls] of [[k, 'kept'], [r, 'dismissed'], [rest, 'other']]) {
      if (!n) continue;
      base -= y(n);
      g.append(svg('rect', { x, y: base, width: bar, height: y(n), class: cls }));
    }
    if (d.shown && series.length <= 31) {
      g.append(svg('text', { x: x + bar / 2, y: base - 3, class: 'tick middle' }, String(d.shown)));
    }
    root.append(g);
  });
  // First and last dates under the axis; the table beside the chart has every day.
  if (series.length) {
    root.append(svg('text', { x: left, y: height - 6, class: 'tick' }, series[0].date),
      svg('text', { x: width, y: height - 6, class: 'tick end' }, series.at(-1).date));
  }
  return root;
}

function legend() {
  const item = (cls, text) => h('span', { class: 'legend-item' }, h('span', { class: `swatch ${cls}` }), text);
  return h('figcaption', { class: 'legend' }, 'Rewrites shown per day: ',
    item('kept', 'kept'), item('dismissed', 'dismissed'), item('other', 'other or no feedback'));
}

function dayRows(series) {
  const rows = series.filter((d) => d.shown || d.kept || d.feedback.rejected).reverse();
  if (!rows.length) return [h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No rewrites in this period.'))];
  return rows.map((d) => h('tr', { testid: 'stats-day', dataset: { date: d.date } },
    h('th', { scope: 'row' }, d.date), h('td', { class: 'num', dataset: { col: 'shown' } }, int(d.shown)),
    h('td', { class: 'num', dataset: { col: 'kept' } }, int(d.kept)),
    h('td', { class: 'num', dataset: { col: 'dismissed' } }, int(d.feedback.rejected || 0)),
    h('td', { class: 'num' }, int(d.cached)), h('td', { class: 'num' }, int(d.discarded)),
    h('td', { class: 'num' }, int(d.tokens)), h('td', { class: 'num' }, money(d.cost_usd))));
}

// ---- per version ----------------------------------------------------------------------------
const numberOf = (key) => Number((/@(\d+):/.exec(key) || [])[1]);

function chips(v, labels) {
  const l = labels[v.profile] || {};
  return ['production', 'staging'].filter((name) => l[name] === numberOf(v.version))
    .map((name) => h('span', { class: `chip ${name}` }, name));
}

function intervalText(iv) {
  if (!iv) return '';
  const wide = iv[1] - iv[0] > WIDE;
  return h('span', { class: wide ? 'wide' : 'muted', testid: 'interval', dataset: { wide: String(wide) } },
    ` ${pct(iv[0])}–${pct(iv[1])}${wide ? ' (too few to tell)' : ''}`);
}

function rejectedMost(principles) {
  const top = Object.entries(principles || {}).filter(([, p]) => p.rejected)
    .sort((a, b) => b[1].rejected - a[1].rejected).slice(0, 3);
  if (!top.length) return h('span', { class: 'muted' }, 'none rejected');
  return h('ul', { class: 'plain' }, top.map(([id, p]) => h('li', { testid: 'rejected-principle', dataset: { principle: id } },
    h('code', {}, id), ` ${p.rejected} of ${p.rejected + p.kept}`)));
}

function versionRow(v, labels) {
  return h('tr', { testid: 'stats-version', dataset: { version: v.version } },
    h('th', { scope: 'row' }, h('code', { title: v.version }, v.version.split(':')[0]), ' ', chips(v, labels),
      h('div', { class: 'muted' }, counts(v.providers))),
    h('td', { class: 'num', dataset: { col: 'shown' } }, int(v.shown)),
    h('td', { class: 'num', dataset: { col: 'kept' } }, pct(v.kept_rate), intervalText(v.kept_interval),
      h('div', { class: 'muted' }, `${v.kept} of ${v.shown}`)),
    h('td', { class: 'num', dataset: { col: 'dismissed' } }, pct(v.dismissed_rate),
      h('div', { class: 'muted' }, `${v.feedback.rejected || 0} of ${v.shown}`)),
    h('td', { class: 'num', dataset: { col: 'edit' } }, v.edit_distance_mean == null ? '—' : v.edit_distance_mean.toFixed(2)),
    h('td', { class: 'num', dataset: { col: 'cache' } }, pct(v.cache_hit_rate)),
    h('td', { class: 'num', dataset: { col: 'latency' } }, `${ms(v.latency_ms_p50)} / ${ms(v.latency_ms_p95)}`),
    h('td', { class: 'num', dataset: { col: 'tokens' } }, int(v.tokens)),
    h('td', { class: 'num', dataset: { col: 'cost' } }, money(v.cost_usd)),
    h('td', { dataset: { col: 'discarded' } }, counts(v.discarded, DISCARDED)),
    h('td', { dataset: { col: 'warnings' } }, counts(v.warnings)),
    h('td', { dataset: { col: 'principles' } }, rejectedMost(v.principles)),
    h('td', { dataset: { col: 'feelings' } }, feelings(v.feelings)));
}

/** How this version's customers read, most frequent feeling first. */
function feelings(byFeeling) {
  const all = Object.entries(byFeeling || {}).filter(([, n]) => n).sort((a, b) => b[1] - a[1]);
  if (!all.length) return h('span', { class: 'muted' }, 'no customer messages');
  const total = all.reduce((s, [, n]) => s + n, 0);
  return h('ul', { class: 'plain' }, all.map(([feeling, n]) => h('li', { testid: 'feeling-count', dataset: { feeling, count: String(n) } },
    `${feeling} ${n} (${pct(n / total)})`)));
}

// ---- production beside staging ----------------------------------------------------------------
/** The figures of one profile's version number, summed over its digests. */
function figures(versions, profile, number) {
  const rows = versions.filter((v) => v.profile === profile && numberOf(v.version) === number);
  const shown = rows.reduce((s, v) => s + v.shown, 0);
  const k = rows.reduce((s, v) => s + v.kept, 0);
  const dismissed = rows.reduce((s, v) => s + (v.feedback.rejected || 0), 0);
  const edits = rows.filter((v) => v.edit_distance_mean != null);
  const weight = edits.reduce((s, v) => s + v.shown, 0);
  return { number, shown, kept: k, dismissed, rate: shown ? k / shown : null, interval: wilson(k, shown),
    dismissedRate: shown ? dismissed / shown : null,
    edit: weight ? edits.reduce((s, v) => s + v.edit_distance_mean * v.shown, 0) / weight : null };
}

function comparisons(versions, labels) {
  const out = [];
  for (const [profile, l] of Object.entries(labels)) {
    if (l.staging == null || l.production == null || l.staging === l.production) continue;
    const prod = figures(versions, profile, l.production);
    const stag = figures(versions, profile, l.staging);
    if (!prod.shown || !stag.shown) {
      out.push(h('p', { class: 'muted', testid: 'compare-waiting', dataset: { profile } },
        `${profile}: v${l.staging} is on staging${l.staging_percent ? ` for ${l.staging_percent}% of agents and the pilots` : ' for the pilots'}; `
        + `nothing to compare until both versions have been shown (production ${prod.shown}, staging ${stag.shown} rewrites).`));
      continue;
    }
    out.push(compareCard(profile, l, prod, stag));
  }
  if (!out.length) out.push(h('p', { class: 'muted', testid: 'compare-none' }, 'No rollout is running: make a version staging on the Versions tab to compare it with production here.'));
  return out;
}

function verdict(prod, stag) {
  const [pl, ph] = prod.interval;
  const [sl, sh] = stag.interval;
  if (sl > ph) return ['ok', `Staging (v${stag.number}) keeps clearly more than production: the intervals do not overlap.`];
  if (sh < pl) return ['error', `Staging (v${stag.number}) keeps clearly less than production: consider ending the pilot.`];
  const need = Math.min(prod.shown, stag.shown);
  return ['warn', `Too early to decide: the 95% intervals overlap (${need} rewrites on the smaller side). `
    + 'Let the rollout run until they separate.'];
}

function compareCard(profile, l, prod, stag) {
  const [kind, text] = verdict(prod, stag);
  const rows = [
    ['Rewrites shown (n)', (f) => int(f.shown)],
    ['Kept', (f) => [pct(f.rate), intervalText(f.interval), h('div', { class: 'muted' }, `${f.kept} of ${f.shown}`)]],
    ['Dismissed', (f) => [pct(f.dismissedRate), h('div', { class: 'muted' }, `${f.dismissed} of ${f.shown}`)]],
    ['Mean edit distance', (f) => (f.edit == null ? '—' : f.edit.toFixed(2))],
  ];
  return h('div', { class: 'card compare', testid: 'compare', dataset: { profile } },
    h('p', { class: `verdict ${kind}`, testid: 'compare-verdict', dataset: { kind } }, h('strong', {}, `${profile}: `), text),
    h('div', { class: 'compare-body' },
      h('table', { testid: 'compare-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''),
          h('th', { scope: 'col' }, `Production v${prod.number}`),
          h('th', { scope: 'col' }, `Staging v${stag.number} (${l.staging_percent ? `${l.staging_percent}% + pilots` : 'pilots'})`))),
        h('tbody', {}, rows.map(([name, f]) => h('tr', { dataset: { figure: name } }, h('th', { scope: 'row' }, name),
          h('td', { class: 'num', dataset: { label: 'production' } }, f(prod)),
          h('td', { class: 'num', dataset: { label: 'staging' } }, f(stag)))))),
      intervalsChart(prod, stag)));
}

/** Both kept rates on one 0–100% scale with their intervals: overlap is visible at a glance. */
function intervalsChart(prod, stag) {
  const width = 320;
  const left = 80;
  const x = (p) => left + p * (width - left - 10);
  const root = svg('svg', { viewBox: `0 0 ${width} 74`, role: 'img', class: 'intervals',
    'aria-label': `Kept rate with 95% interval: production ${pct(prod.rate)} (${pct(prod.interval[0])}–${pct(prod.interval[1])}), `
      + `staging ${pct(stag.rate)} (${pct(stag.interval[0])}–${pct(stag.interval[1])})` });
  root.dataset.testid = 'compare-chart';
  [[prod, 'production', 18], [stag, 'staging', 42]].forEach(([f, name, y]) => {
    root.append(svg('text', { x: 4, y: y + 4, class: 'tick' }, `${name} n=${f.shown}`),
      svg('line', { x1: x(f.interval[0]), x2: x(f.interval[1]), y1: y, y2: y, class: `interval ${name}` }),
      svg('circle', { cx: x(f.rate), cy: y, r: 4, class: `point ${name}` }));
  });
  root.append(svg('line', { x1: x(0), x2: x(1), y1: 58, y2: 58, class: 'axis' }),
    svg('text', { x: x(0), y: 71, class: 'tick' }, '0%'),
    svg('text', { x: x(0.5), y: 71, class: 'tick middle' }, '50%'),
    svg('text', { x: x(1), y: 71, class: 'tick end' }, '100%'));
  return root;
}

// ---- automatic rollback: the switch per profile, its rule, and the last time it fired -----------
function autoRollback(byProfile) {
  const names = Object.keys(byProfile);
  if (!names.length) return [h('p', { class: 'muted' }, 'No profile.')];
  return names.map((profile) => {
    const status = byProfile[profile];
    const box = h('input', { type: 'checkbox', checked: status.enabled, testid: 'auto-rollback-switch',
      onchange: (event) => toggle(profile, event.target) });
    box.dataset.profile = profile;
    const label = h('label', {}, box, ` ${profile}: roll staging back by itself when it keeps clearly less than production`);
    return h('div', { class: 'card', testid: 'auto-rollback-profile', dataset: { profile, enabled: String(status.enabled) } },
      label, h('p', { class: 'hint' }, status.rule), status.last ? rolledBack(status.last) : null);
  });
}

function rolledBack(event) {
  const figure = (f) => `v${f.version} kept ${pct(f.rate)} of ${int(f.shown)} rewrites (95% interval ${pct(f.interval[0])}–${pct(f.interval[1])})`;
  return h('p', { class: 'verdict error', testid: 'auto-rollback-last', dataset: { staging: event.staging.version } },
    h('strong', {}, `Rolled back automatically ${when(event.at)}: `),
    `staging ${figure(event.staging)}; production ${figure(event.production)}. `
    + `The intervals do not overlap, so staging${event.percent ? ` (${event.percent}% of agents and the pilots)` : ' (the pilots)'} went back to production.`);
}

async function toggle(profile, box) {
  const said = byTestId('auto-rollback-msg');
  box.disabled = true;
  try {
    const status = await put('/v1/admin/labels/staging/auto-rollback', { profile, enabled: box.checked });
    box.checked = status.enabled;
    box.closest('[data-testid=auto-rollback-profile]').dataset.enabled = String(status.enabled);
    say(said, `${profile}: automatic rollback ${status.enabled ? 'on' : 'off'}.`, 'ok');
  } catch (err) {
    box.checked = !box.checked;
    say(said, err.message, 'error');
  } finally {
    box.disabled = false;
  }
}
