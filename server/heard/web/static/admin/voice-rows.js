// One row builder per list of the bundle. Fields the form does not show (a principle's layer,
// smells and sources; an example's expected changes) are carried over untouched.
import { field, h, lines } from './dom.js';
import { removeButton } from './lists.js';

const input = (key, value, extra = {}) => h('input', { type: 'text', value: value ?? '', dataset: { key }, ...extra });
const area = (key, value, extra = {}) => h('textarea', { value: value ?? '', dataset: { key }, ...extra });

export function principleRow(p, { isNew, remove }) {
  const enabled = h('input', { type: 'checkbox', checked: p.enabled !== false, dataset: { key: 'enabled' } });
  const id = input('id', p.id, { readonly: !isNew, pattern: '[a-z0-9][a-z0-9-]{0,63}', size: 28 });
  const title = input('title', p.title, { size: 50 });
  const description = area('description', p.description);
  const el = h('fieldset', { class: 'principle', testid: 'principle' },
    h('legend', {}, isNew ? 'New principle' : p.id),
    h('label', { class: 'inline' }, enabled, 'Enabled: the rewrite may use it'),
    h('div', { class: 'row top' },
      field(isNew ? 'Id (lower-case letters, digits, dashes)' : 'Id', id),
      h('div', { class: 'grow' }, field('Title', title))),
    field('What it asks for', description),
    isNew ? removeButton('Remove this new principle', remove) : null);
  el.dataset.principle = p.id || '';
  return {
    el,
    read: () => ({ ...p, id: id.value.trim(), title: title.value, description: description.value,
      enabled: enabled.checked }),
  };
}

export function toneRow(t, { isNew, remove }) {
  const id = input('id', t.id, { readonly: !isNew, size: 16 });
  const title = input('title', t.title, { size: 24 });
  const instruction = area('instruction', t.instruction);
  const el = h('fieldset', { class: 'tone', testid: 'tone' },
    h('legend', {}, isNew ? 'New tone' : (t.title || t.id || 'Default')),
    h('div', { class: 'row top' }, field('Id (empty: the default)', id), field('Name agents see', title)),
    field('What the rewrite should do', instruction),
    removeButton('Remove this tone', remove));
  return { el, read: () => ({ ...t, id: id.value.trim(), title: title.value, instruction: instruction.value }) };
}

/** How to answer a customer in one mood: the feeling is fixed (Heard reads it), the words are
 * the team's. */
export function moodRow(m, { remove }) {
  const instruction = area('instruction', m.instruction, { 'aria-label': `How to answer a ${m.id} customer` });
  const el = h('fieldset', { class: 'mood', testid: 'mood' },
    h('legend', {}, `Customer reads as ${m.id}`),
    field('What the rewrite should do', instruction),
    removeButton('Remove this mood', remove));
  el.dataset.mood = m.id;
  return { el, read: () => ({ ...m, instruction: instruction.value }) };
}

export function exampleRow(ex, { remove }) {
  const output = ex.output || { rewrite: '', changes: [], suggestions: [] };
  const customer = area('customer_message', ex.customer_message);
  const draft = area('draft', ex.draft);
  const rewrite = h('textarea', { value: output.rewrite ?? '', dataset: { key: 'output.rewrite' } });
  const el = h('fieldset', { class: 'example', testid: 'example' },
    h('legend', {}, 'Example'),
    field("Customer's message", customer),
    field("Agent's draft", draft),
    field('The rewrite you want', rewrite),
    removeButton('Remove this example', remove));
  return {
    el,
    read: () => ({ format: 'text', tone: '', ...ex, customer_message: customer.value, draft: draft.value,
      output: { changes: [], suggestions: [], ...output, rewrite: rewrite.value } }),
  };
}

const LANGUAGES = { en: 'English', es: 'Spanish', de: 'German', fr: 'French', pt: 'Portuguese',
  it: 'Italian', nl: 'Dutch' };

/** Phrases: one row per language, a textarea per list (`banned`, `stock_empathy`). */
export function phraseRow(lang, lists) {
  const areas = {};
  for (const kind of ['banned', 'stock_empathy']) {
    const items = lists[kind] || [];
    areas[kind] = h('textarea', { value: items.join('\n'), rows: Math.min(12, Math.max(3, items.length + 1)),
      dataset: { path: `phrases.${kind}.${lang}`, lang, kind }, testid: `phrases-${kind}-${lang}` });
  }
  const name = LANGUAGES[lang] ? `${LANGUAGES[lang]} (${lang})` : lang;
  const el = h('fieldset', { class: 'phrases', testid: `phrases-${lang}` },
    h('legend', {}, name),
    h('div', { class: 'row top' },
      h('div', { class: 'grow' }, field('Banned phrases', areas.banned)),
      h('div', { class: 'grow' }, field('Clichés to replace', areas.stock_empathy))));
  return { el, lang, read: (kind) => lines(areas[kind].value) };
}
