// A 400 from the server names the field it refused (`principles.3.title: …`); this puts the
// message next to that field and moves focus there.
import { h } from './dom.js';

const PATH = /(?:^|[\s(])([a-z_]+(?:[./][\w-]+)*)\s*:/g;

/** The field paths an error names, most specific first: `field`/`path` if the server sent one,
 * else every `a.b.c:` in its message. */
export function pathsOf(error) {
  const err = (error.body && error.body.error) || {};
  const named = [err.field, err.path, ...[...(err.message || '').matchAll(PATH)].map((m) => m[1])];
  return named.filter(Boolean).map((p) => p.replace(/\//g, '.').replace(/^bundle\./, ''));
}

export function clearFieldErrors(form) {
  for (const p of form.querySelectorAll('.field-error')) p.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  }
}

/** Returns true when the error was shown beside a field. */
export function showFieldError(form, error) {
  for (const named of pathsOf(error)) {
    if (showAt(form, named, error)) return true;
  }
  return false;
}

function showAt(form, named, error) {
  let path = named;
  while (path) {
    const target = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (target) {
      // The field is right above: its path in front of the message would only be noise.
      const text = error.message.replace(/^\s*[\w./-]+:\s*/, '');
      const note = h('p', { class: 'field-error', role: 'alert', id: `err-${path.replace(/\W/g, '-')}`,
        testid: 'field-error' }, text);
      target.after(note);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', note.id);
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return true;
    }
    path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null;
  }
  return false;
}
