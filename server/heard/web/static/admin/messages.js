// What the admin reads when something went wrong, by status: the server's own message (it says
// how to fix it) with what it means for their work.

const WHAT_IT_MEANS = {
  0: '',
  401: 'You are signed out (the session ended or the token was revoked): sign in again.',
  403: 'This needs an admin token; yours is not one.',
  413: 'That is too large to save; shorten it.',
  503: "Heard's store (Redis) cannot be reached, so nothing was saved. Retry in a moment.",
};

export function describe(error) {
  if (!error || error.status === undefined) return String(error && error.message ? error.message : error);
  if (error.status === 503) return `${WHAT_IT_MEANS[503]}\n(${error.message})`;
  const extra = WHAT_IT_MEANS[error.status];
  return extra ? `${extra}\n${error.message}` : error.message;
}

/** Show text in a status line; kind: 'ok' | 'error' | '' */
export function say(el, text, kind = '') {
  el.textContent = text;
  el.className = `msg ${kind}`.trim();
  el.dataset.kind = kind;
}

export function fail(el, error) {
  say(el, describe(error), 'error');
  el.dataset.status = String(error && error.status !== undefined ? error.status : '');
  el.dataset.code = (error && error.code) || '';
}

/** busy() for a load a newer one may overtake: only while `isNewest()` does it report its
 * failure or give the button back (the newer load still runs). */
export async function busyNewest(button, msgEl, isNewest, action) {
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (error) {
    if (isNewest()) fail(msgEl, error);
    return undefined;
  } finally {
    if (button && isNewest()) button.disabled = false;
  }
}

/** Runs an action with its button disabled and reports failure in `msgEl`. */
export function busy(button, msgEl, action) {
  return busyNewest(button, msgEl, () => true, action);
}
