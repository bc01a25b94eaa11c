// A word diff ([{op: 'equal'|'insert'|'delete', text}]) as <ins>/<del>, text nodes only.
import { h } from './dom.js';

export function renderDiff(ops, testid) {
  const box = h('div', { class: 'diff', testid });
  for (const { op, text } of ops || []) {
    if (op === 'insert') box.append(h('ins', {}, text));
    else if (op === 'delete') box.append(h('del', {}, text));
    else box.append(text);
  }
  return box;
}

/** Each changed field of a bundle diff: its path, added/removed/changed, and the word diff. */
export function renderFields(fields) {
  return fields.map((f) => h('div', { class: 'diff-field', testid: 'diff-field', dataset: { path: f.path } },
    h('span', { class: 'path' }, f.path), ' ', h('span', { class: 'muted' }, f.change),
    renderDiff(f.diff)));
}
