// Voice: the bundle of one version as a form; Save posts a new immutable version.
import { get, post, qs } from './api.js';
import { $, byTestId } from './dom.js';
import { clearFieldErrors, showFieldError } from './field-errors.js';
import { ListEditor } from './lists.js';
import { busy, fail, say } from './messages.js';
import { exampleRow, moodRow, phraseRow, principleRow, toneRow } from './voice-rows.js';
import { fillVersions, loadVersions, state, versionsReady } from './state.js';

const form = byTestId('voice-form');
const msg = byTestId('voice-msg');
const picker = byTestId('voice-version');
const lists = {
  principles: new ListEditor($('[data-list=principles]', form), 'principles', principleRow),
  tones: new ListEditor($('[data-list=tones]', form), 'tones', toneRow),
  moods: new ListEditor($('[data-list=moods]', form), 'moods', moodRow),
  examples: new ListEditor($('[data-list=examples]', form), 'examples', exampleRow),
};
let loaded = null; // {profile, version, bundle}: what the form was filled from
let phraseRows = [];
// Only the newest load may fill the form: opening the tab loads production while the admin
// may already have picked another version, and answers can arrive in either order.
let newest = 0;
const saveButton = byTestId('voice-save');
const fieldsets = [...form.querySelectorAll('fieldset')];

/** The form waits for its version, Save included: what the admin typed before the fill would be
 * wiped by it, and a Save would send an empty bundle whose errors the fill then cleared. */
function ready(on) {
  for (const set of fieldsets) set.disabled = !on;
}

function settle(ticket) {
  if (ticket === newest) ready(loaded !== null);
}

export function init() {
  picker.addEventListener('change', () => load(Number(picker.value)));
  $('[data-add=principles]', form).addEventListener('click', () => {
    lists.principles.add({ id: '', title: '', description: '', enabled: true }).el.querySelector('input[data-key=id]').focus();
  });
  $('[data-add=tones]', form).addEventListener('click', () => lists.tones.add({ id: '', title: '', instruction: '' }));
  $('[data-add=examples]', form).addEventListener('click', () => lists.examples.add({ customer_message: '', draft: '' }));
  $('[data-add=phrases]', form).addEventListener('click', addLanguage);
  form.addEventListener('submit', save);
}

export async function show() {
  if (!versionsReady()) {
    wait();
    return;
  }
  picker.disabled = false;
  const wanted = state.labels.production ?? state.versions[0]?.version;
  fillVersions(picker, { fallback: wanted });
  if (loaded && loaded.profile === state.profile && String(loaded.version) === picker.value) return;
  if (picker.value) await load(Number(picker.value));
  else await loadInherited();
}

/** No version to pick or fill yet: starting from default's bundle would treat the profile as new.
 * A load begun for the profile left is dropped; the versions' arrival shows the tab again. */
export function wait() {
  ++newest;
  ready(false);
  picker.disabled = true;
}

async function load(version) {
  const ticket = ++newest;
  ready(false);
  await busy(null, msg, async () => {
    const record = await get(`/v1/admin/prompts/${version}${qs({ profile: state.profile })}`);
    if (ticket !== newest) return;
    fill(record.bundle, { profile: state.profile, version });
    const own = record.overrides || [];
    byTestId('voice-overrides').textContent = state.profile === 'default' ? ''
      : own.length ? `This profile sets: ${own.join(', ')}. Everything else comes from default.`
        : 'This profile sets nothing of its own yet: everything comes from default.';
    say(msg, '');
  });
  settle(ticket);
}

/** A profile with no version yet starts from default's production bundle. */
async function loadInherited() {
  const ticket = ++newest;
  ready(false);
  await busy(null, msg, async () => {
    const labels = (await get(`/v1/admin/prompts${qs({ profile: 'default' })}`)).labels;
    const record = await get(`/v1/admin/prompts/${labels.production}${qs({ profile: 'default' })}`);
    if (ticket !== newest) return;
    fill(record.bundle, { profile: state.profile, version: null });
    byTestId('voice-overrides').textContent =
      `New profile: this is default's production version (v${labels.production}); save to give ${state.profile} its own.`;
  });
  settle(ticket);
}

function fill(bundle, origin) {
  loaded = { ...origin, bundle };
  clearFieldErrors(form);
  $('[data-path=system]', form).value = bundle.system || '';
  $('[data-path=brand_voice]', form).value = bundle.brand_voice || '';
  lists.principles.set(bundle.principles || []);
  lists.tones.set(bundle.tones || []);
  lists.moods.set(bundle.moods || []);
  lists.examples.set(bundle.examples || []);
  const phrases = bundle.phrases || {};
  const langs = new Set(['en', ...Object.keys(phrases.banned || {}), ...Object.keys(phrases.stock_empathy || {})]);
  const box = $('[data-list=phrases]', form);
  box.replaceChildren();
  phraseRows = [];
  for (const lang of langs) addPhraseRow(lang, { banned: (phrases.banned || {})[lang], stock_empathy: (phrases.stock_empathy || {})[lang] });
}

function addPhraseRow(lang, lists) {
  const row = phraseRow(lang, lists);
  phraseRows.push(row);
  $('[data-list=phrases]', form).append(row.el);
  return row;
}

function addLanguage() {
  const input = byTestId('phrase-lang');
  const lang = input.value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(lang) || phraseRows.some((r) => r.lang === lang)) {
    say(msg, 'A language is a two- or three-letter code not listed yet, like "it".', 'error');
    return;
  }
  input.value = '';
  addPhraseRow(lang, {}).el.querySelector('textarea').focus();
}

function collect() {
  const bundle = structuredClone(loaded.bundle);
  bundle.system = $('[data-path=system]', form).value;
  bundle.brand_voice = $('[data-path=brand_voice]', form).value;
  bundle.principles = lists.principles.read();
  bundle.tones = lists.tones.read();
  bundle.moods = lists.moods.read();
  bundle.examples = lists.examples.read();
  bundle.phrases ||= {};
  for (const kind of ['banned', 'stock_empathy']) {
    const byLang = {};
    for (const row of phraseRows) {
      const items = row.read(kind);
      if (items.length) byLang[row.lang] = items;
    }
    bundle.phrases[kind] = byLang;
  }
  return bundle;
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors(form);
  const note = byTestId('voice-note');
  if (!note.value.trim()) {
    showFieldError(form, { message: 'Say what changed and why: the note is how the team reads the history.',
      body: { error: { field: 'note' } } });
    return;
  }
  const body = { profile: state.profile, note: note.value.trim(), bundle: collect() };
  if (loaded.version != null) body.parent = loaded.version;
  // A version picked while this saves is what the form shows next: the save must not claim it.
  const ticket = newest;
  saveButton.disabled = true;
  try {
    const record = await post('/v1/admin/prompts', body);
    note.value = '';
    await loadVersions();
    fillVersions(picker, { fallback: record.version });
    if (ticket === newest) {
      picker.value = String(record.version);
      loaded = { profile: state.profile, version: record.version, bundle: body.bundle };
    }
    say(msg, `Saved as version ${record.version}. Agents still get v${state.labels.production ?? '—'}: try it in the Playground, evaluate it, then make it production on the Versions tab.`, 'ok');
  } catch (error) {
    fail(msg, error);
    if (error.status === 400 || error.status === 413) showFieldError(form, error);
  } finally {
    saveButton.disabled = false;
  }
}
