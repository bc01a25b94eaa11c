// One playground cell: what a version wrote for one draft, with everything needed to judge it.
import { h } from './dom.js';
import { renderDiff } from './diff.js';

const money = (usd) => (usd == null ? '—' : `$${Number(usd).toFixed(usd < 0.01 ? 5 : 3)}`);

export function renderCell(cell, testid) {
  if (!cell) return h('td', { testid }, '—');
  if (cell.error) return h('td', { testid, class: 'cell' }, h('p', { class: 'msg error' }, cell.error.message || String(cell.error)));
  const usage = cell.usage || {};
  const tokens = (usage.prompt_tokens || 0) + (usage.completion_tokens || 0);
  const scores = cell.scores || {};
  return h('td', { class: 'cell', testid },
    renderDiff(cell.diff || [{ op: 'equal', text: cell.rewrite || '' }], 'cell-diff'),
    (cell.changes || []).length ? h('ul', { 'aria-label': 'Why each change' },
      cell.changes.map((c) => h('li', { testid: 'cell-change' }, h('code', {}, c.principle || ''), ' ', c.explanation || ''))) : null,
    (cell.warnings || []).map((w) => h('p', { class: 'warning', testid: 'cell-warning' }, `⚠ ${w.code}: ${w.message}`)),
    h('p', { class: 'meta', testid: 'cell-meta' },
      `empathy ${scores.before ?? '?'} → ${scores.after ?? '?'} · ${tokens} tokens · ${money(usage.cost_usd)} · `
      + `${cell.latency_ms != null ? Math.round(cell.latency_ms) : '?'} ms · ${cell.prompt_version || ''}`));
}
