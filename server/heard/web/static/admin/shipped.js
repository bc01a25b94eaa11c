// After an upgrade: this release may ship prompts (a new mood, a line in the user template) that
// no version of the team's voice holds, and a release never changes stored versions by itself.
// Offer them once, with what they would change, as a new unlabelled version of `default`.
import { get, post } from './api.js';
import { byTestId, clear, h } from './dom.js';
import { renderFields } from './diff.js';
import { busy, say } from './messages.js';

const box = byTestId('shipped');
const msg = byTestId('shipped-msg');
let imported = () => {};

/** `onImported(version)` runs once the new version exists (the page shows it against production). */
export function init(onImported) {
  imported = onImported;
  byTestId('shipped-import').addEventListener('click', (e) => importShipped(e.target));
}

export async function show() {
  try {
    draw(await get('/v1/admin/prompts/shipped'));
  } catch {
    box.hidden = true; // the page's own loading reports an outage; this offer can wait
  }
}

function draw(state) {
  box.hidden = !state.pending;
  if (!state.pending) return;
  const n = state.changes.length;
  byTestId('shipped-title').textContent = `Heard ${state.release} ships new prompts`;
  byTestId('shipped-summary').textContent = `They differ from what your agents get (default v${state.production}) in ${n} place${n === 1 ? '' : 's'}. `
    + 'No agent gets them until you import them as a version, evaluate it and label it; '
    + 'edits your team made since are not merged, so compare first.';
  clear(byTestId('shipped-changes')).append(...renderFields(state.changes));
  say(msg, '');
}

async function importShipped(button) {
  await busy(button, msg, async () => {
    const version = await post('/v1/admin/prompts/shipped', {});
    box.hidden = true;
    await imported(version);
  });
}
