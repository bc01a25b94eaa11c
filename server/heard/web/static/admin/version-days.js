// Kept rate per day, one line per prompt version, with the day-by-day numbers beside it: a
// version that starts to lose agents shows as its line falling, and each point's numbers say
// how many rewrites are behind it.
import { h, svg } from './dom.js';

const MAX_LINES = 4; // more lines than this are not read at a glance; the table has them all
const pct = (x) => (x == null ? '—' : `${Math.round(x * 100)}%`);
const short = (key) => key.split(':')[0];

/** The versions worth a line: the most shown ones that were shown at all in the period. */
export function charted(versions) {
  return versions.filter((v) => v.shown > 0).slice().sort((a, b) => b.shown - a.shown).slice(0, MAX_LINES);
}

export function chart(versions) {
  const lines = charted(versions);
  const days = lines[0]?.days || [];
  const width = 720;
  const height = 190;
  const top = 12;
  const bottom = 22;
  const left = 40;
  const plot = height - top - bottom;
  const step = (width - left - 10) / Math.max(days.length - 1, 1);
  const x = (i) => left + i * step;
  const y = (rate) => top + (1 - rate) * plot;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'lines',
    'aria-label': `Kept rate per day for ${lines.map((v) => short(v.version)).join(', ') || 'no version'}` });
  root.dataset.testid = 'version-days-svg';
  for (const rate of [0, 0.5, 1]) {
    root.append(svg('line', { x1: left, x2: width - 10, y1: y(rate), y2: y(rate), class: rate ? 'grid' : 'axis' }),
      svg('text', { x: left - 4, y: y(rate) + 4, class: 'tick end' }, pct(rate)));
  }
  lines.forEach((v, n) => {
    const g = svg('g', { class: `series s${n}` });
    g.dataset.testid = 'version-line';
    g.dataset.version = v.version;
    const points = v.days.map((d, i) => [d, i]).filter(([d]) => d.shown > 0);
    if (points.length > 1) {
      g.append(svg('polyline', { points: points.map(([d, i]) => `${x(i)},${y(d.kept_rate)}`).join(' '), class: 'line' }));
    }
    for (const [d, i] of points) {
      const dot = svg('circle', { cx: x(i), cy: y(d.kept_rate), r: 3.5, class: 'point' },
        svg('title', {}, `${short(v.version)} ${d.date}: ${d.kept} kept of ${d.shown} shown (${pct(d.kept_rate)}), ${d.dismissed} dismissed`));
      dot.dataset.testid = 'version-point';
      Object.assign(dot.dataset, { date: d.date, shown: d.shown, kept: d.kept });
      g.append(dot);
    }
    root.append(g);
  });
  if (days.length) {
    root.append(svg('text', { x: left, y: height - 6, class: 'tick' }, days[0].date),
      svg('text', { x: width - 10, y: height - 6, class: 'tick end' }, days.at(-1).date));
  }
  const key = h('figcaption', { class: 'legend' }, 'Kept rate per day: ',
    lines.map((v, n) => h('span', { class: 'legend-item' }, h('span', { class: `swatch s${n}` }), short(v.version))));
  return [root, key];
}

/** Day by day, each charted version's kept of shown: the numbers behind every point. */
export function table(versions) {
  const lines = charted(versions);
  const dates = (lines[0]?.days || []).map((d) => d.date)
    .filter((date, i) => lines.some((v) => v.days[i].shown)).reverse();
  const head = h('tr', {}, h('th', { scope: 'col' }, 'Day (UTC)'),
    lines.map((v) => h('th', { scope: 'col' }, h('code', { title: v.version }, short(v.version)))));
  const body = dates.length ? dates.map((date) => h('tr', { testid: 'version-day', dataset: { date } },
    h('th', { scope: 'row' }, date),
    lines.map((v) => {
      const d = v.days.find((day) => day.date === date);
      return h('td', { class: 'num', dataset: { version: v.version, shown: d.shown, kept: d.kept } },
        d.shown ? `${pct(d.kept_rate)} ` : '—', d.shown ? h('span', { class: 'muted' }, `${d.kept}/${d.shown}`) : '');
    })))
    : [h('tr', {}, h('td', { class: 'muted', colspan: lines.length + 1 }, 'No rewrites in this period.'))];
  return h('table', { testid: 'version-days-table' }, h('thead', {}, head), h('tbody', {}, body));
}
