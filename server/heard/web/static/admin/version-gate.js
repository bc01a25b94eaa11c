// The controls that send a version of the profile on view (Run, Evaluate and their pickers).
// Until its versions arrive there is none to pick; a profile with no saved version has none at
// all, and an empty picker would send version 0: they stay off, and a hint beside them says why.
import { state, versionsReady } from './state.js';

export function gateVersioned(controls, hint) {
  const ready = versionsReady();
  const none = ready && !state.versions.length;
  for (const el of controls) el.disabled = !ready || none;
  hint.hidden = !none;
}
