// Failing evaluation cases, as the publish gate (409 eval_failed) and an evaluation report them.
import { h } from './dom.js';

function reasons(c) {
  const out = [];
  for (const key of ['reasons', 'violations', 'breaks', 'warnings']) {
    for (const r of c[key] || []) out.push(typeof r === 'string' ? r : r.message || r.code || JSON.stringify(r));
  }
  if (c.reason) out.push(c.reason);
  for (const fact of c.missing || c.dropped || []) out.push(`dropped: ${fact}`);
  for (const word of c.added || []) out.push(`added: ${word}`);
  return out;
}

/** `known`: the evaluation set, to show each failing case's draft beside its id. */
export function renderFailing(cases, testid = 'failing-cases', known = []) {
  const drafts = new Map(known.map((k) => [k.id, k.draft]));
  return h('ul', { class: 'failing', testid },
    (cases || []).map((c) => ({ draft: drafts.get(c.id), ...c })).map((c) => h('li', { testid: 'failing-case' },
      h('strong', {}, c.id || c.case || 'case'), ' ',
      c.draft ? h('span', { class: 'draft muted' }, c.draft.length > 160 ? `${c.draft.slice(0, 160)}…` : c.draft) : null,
      h('ul', {}, reasons(c).map((r) => h('li', {}, r))))));
}
