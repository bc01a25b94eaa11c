// What every section shares: who is signed in, the profile being worked on, its versions and
// labels. Sections subscribe and redraw when it changes.
import { get, qs } from './api.js';
import { clear, option } from './dom.js';

export const state = {
  me: null, // {name, role}
  profile: 'default',
  profiles: [], // [{name, labels, latest}]
  versions: [], // records, newest first
  labels: { production: null, staging: null },
  // HEARD_REQUIRE_REVIEW, rendered into the page by the server: a second admin approves.
  review: document.body.dataset.reviewRequired === 'true',
};

const listeners = new Set();
export function subscribe(fn) {
  listeners.add(fn);
}
function emit() {
  for (const fn of listeners) fn(state);
}

let asked = 0;
let versionsOf = null; // the profile whose versions and labels the state holds

/** Whether the state holds the versions of the profile on view. Until they arrive (sign-in, a
 * profile just picked) a control that acts on a version waits: it would send none, or another
 * profile's. */
export function versionsReady() {
  return versionsOf === state.profile;
}

export async function loadVersions() {
  const mine = ++asked;
  const profile = state.profile;
  const data = await get(`/v1/admin/prompts${qs({ profile })}`);
  // An answer a newer load overtook, or asked for a profile since left, is not the one on view.
  if (mine !== asked || profile !== state.profile) return data;
  state.versions = data.versions || [];
  state.labels = data.labels || { production: null, staging: null };
  versionsOf = profile;
  emit();
  return data;
}

export async function loadProfiles() {
  const data = await get('/v1/admin/profiles');
  state.profiles = data.profiles || [];
  return state.profiles;
}

export function labelsOf(version) {
  return ['production', 'staging'].filter((l) => state.labels[l] === version);
}

export function describeVersion(record) {
  const labels = labelsOf(record.version);
  return `v${record.version}${labels.length ? ` (${labels.join(', ')})` : ''} — ${record.note || ''}`;
}

/**
 * Fill a version <select>; `extra` options (e.g. ['production', 'what agents get']) come first.
 * The current choice is kept when it still exists, else `fallback` (a value) is chosen.
 */
export function fillVersions(select, { extra = [], fallback = null } = {}) {
  const before = select.value;
  clear(select);
  for (const [value, text] of extra) select.append(option(value, text));
  for (const record of state.versions) select.append(option(record.version, describeVersion(record)));
  const values = [...select.options].map((o) => o.value);
  if (values.includes(before)) select.value = before;
  else if (fallback != null && values.includes(String(fallback))) select.value = String(fallback);
}
