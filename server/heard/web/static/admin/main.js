// The admin page: sign in, then one tab per job. Each section module exports init() (wires its
// forms once) and show() (loads what it displays, when its tab opens or the profile changes);
// one that acts on a version also exports wait() (the profile's versions are on their way).
import { whenSignedOut } from './api.js';
import { $$, byTestId, clear, option } from './dom.js';
import { fail, say } from './messages.js';
import { showSignIn, start } from './session.js';
import { loadProfiles, loadVersions, state, subscribe, versionsReady } from './state.js';
import * as voice from './voice.js';
import * as versions from './versions.js';
import * as playground from './playground.js';
import * as evaluation from './evaluation.js';
import * as stats from './stats.js';
import * as samples from './samples.js';
import * as tokens from './tokens.js';
import * as audit from './audit.js';
import * as shipped from './shipped.js';

const SECTIONS = { voice, versions, playground, evaluation, stats, samples, tokens, audit };
const tabs = $$('[role=tab]');
let current = null;
let wired = false;

function select(name, focus = false) {
  if (!SECTIONS[name]) name = 'voice';
  current = name;
  for (const tab of tabs) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) tab.focus();
  }
  if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  SECTIONS[name].show();
}

function wireTabs() {
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab.dataset.tab));
    // Arrow keys move between tabs, as the ARIA tabs pattern expects.
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(tabs[(i + step + tabs.length) % tabs.length].dataset.tab, true);
    });
  });
}

async function fillProfiles() {
  const picker = byTestId('profile');
  const names = new Set((await loadProfiles()).map((p) => p.name));
  names.add('default');
  names.add(state.profile);
  clear(picker);
  for (const name of [...names].sort()) picker.append(option(name, name, name === state.profile));
}

function wireProfiles() {
  byTestId('profile').addEventListener('change', async (event) => {
    state.profile = event.target.value;
    await refresh();
  });
  byTestId('profile-new-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = byTestId('profile-new');
    const name = input.value.trim();
    if (!/^[a-z0-9-]{1,40}$/.test(name)) {
      say(byTestId('page-msg'), 'A profile name is 1–40 lower-case letters, digits or dashes.', 'error');
      return;
    }
    input.value = '';
    state.profile = name;
    await refresh();
    say(byTestId('page-msg'), `Profile ${name}: it inherits everything from default until you save a change on the Voice tab.`, 'ok');
  });
}

function summarize() {
  // Between a profile picked and its versions' arrival the labels are the profile left's.
  if (!versionsReady()) {
    byTestId('labels-summary').textContent = '';
    return;
  }
  const { production, staging } = state.labels;
  const percent = state.labels.staging_percent || 0;
  byTestId('labels-summary').textContent = staging != null && percent
    ? `Agents get v${production ?? '—'}, except ${percent}% of them and the pilots, who get v${staging}.`
    : `Agents get v${production ?? '—'}; pilots get ${staging == null ? 'the same' : `v${staging}`}.`;
}

let refreshes = 0;

async function refresh() {
  const mine = ++refreshes;
  // The tab on view acts on the profile just left until the new one's versions arrive: it waits.
  if (current && !versionsReady()) SECTIONS[current].wait?.();
  summarize();
  try {
    await fillProfiles();
    await loadVersions();
    if (mine === refreshes) say(byTestId('page-msg'), '');
  } catch (error) {
    if (mine === refreshes) fail(byTestId('page-msg'), error);
  }
  // Only the newest redraws: an older one's profile is no longer the one on view.
  if (mine === refreshes && current) SECTIONS[current].show();
}

async function signedIn() {
  if (!wired) {
    wired = true;
    wireTabs();
    wireProfiles();
    subscribe(summarize);
    for (const section of Object.values(SECTIONS)) section.init();
    shipped.init(showImported);
  }
  current = null;
  await refresh();
  select(location.hash.slice(1));
  shipped.show();
}

/** The imported version next to production on the Versions tab of `default`: compare first. */
async function showImported(version) {
  state.profile = 'default';
  current = null; // the tab on view is left: refresh() need not redraw it before select() does
  await refresh();
  select('versions');
  versions.compare(state.labels.production, version.version);
  say(byTestId('page-msg'), `Version ${version.version} holds the prompts this release ships. `
    + 'Below: what it changes against production. Evaluate it, then make it staging or production.', 'ok');
}

whenSignedOut(() => showSignIn('Your session ended: sign in again. Nothing you had not saved was sent.'));
start(signedIn);
