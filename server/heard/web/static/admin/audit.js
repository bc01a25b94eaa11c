// Audit log: every admin action, newest first; export as JSON Lines.
import { get, send } from './api.js';
import { byTestId, h, when } from './dom.js';
import { busy, busyNewest, say } from './messages.js';

const msg = byTestId('audit-msg');
let drawn = 0; // only the newest load draws: an older log would hide the newest actions

export function init() {
  byTestId('audit-refresh').addEventListener('click', show);
  byTestId('audit-export').addEventListener('click', exportLog);
}

const detail = (d) => Object.entries(d || {}).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('; ');

export async function show() {
  const mine = ++drawn;
  await busyNewest(null, msg, () => mine === drawn, async () => {
    const { entries } = await get('/v1/admin/audit?limit=200');
    if (mine !== drawn) return;
    byTestId('audit-table').querySelector('tbody').replaceChildren(...entries.map((e) => h('tr', { testid: 'audit-row' },
      h('td', {}, when(e.at)), h('td', {}, e.actor), h('td', {}, e.action),
      h('td', {}, e.profile || ''), h('td', {}, detail(e.details)))));
    say(msg, entries.length ? '' : 'No admin action yet.');
  });
}

/** The export is fetched with the session (a plain link could not send X-Heard-Admin) and saved as a file. */
async function exportLog(event) {
  await busy(event.target, msg, async () => {
    // The whole log (the server's most), not the 200 the table shows.
    const response = await send('GET', '/v1/admin/audit?format=jsonl&limit=10000');
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: `heard-audit-${new Date().toISOString().slice(0, 10)}.jsonl` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
