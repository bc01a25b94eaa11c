// Sign-in: the token goes once to POST /admin/session, which answers with an HttpOnly cookie.
// The input is emptied right after, so the token lives nowhere in the page.
import { api } from './api.js';
import { byTestId } from './dom.js';
import { describe, fail, say } from './messages.js';
import { state } from './state.js';

const signin = document.getElementById('signin');
const app = document.getElementById('app');
const who = byTestId('who');

export function showSignIn(reason = '') {
  state.me = null;
  app.hidden = true;
  who.hidden = true;
  signin.hidden = false;
  say(byTestId('signin-msg'), reason, reason ? 'error' : '');
  byTestId('signin-token').focus();
}

function showApp(me, onSignedIn) {
  state.me = me;
  signin.hidden = true;
  app.hidden = false;
  who.hidden = false;
  byTestId('who-name').textContent = `${me.name} (${me.role})`;
  onSignedIn(me);
}

export async function start(onSignedIn) {
  byTestId('signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = byTestId('signin-token');
    const token = input.value.trim();
    input.value = '';
    const button = byTestId('signin-submit');
    button.disabled = true;
    try {
      const me = await api('POST', '/admin/session', { token });
      if (me.role !== 'admin') {
        await api('DELETE', '/admin/session').catch(() => {});
        showSignIn('This token is an agent token; the admin page needs an admin token.');
        return;
      }
      showApp(me, onSignedIn);
    } catch (error) {
      if (error.status === 401) say(byTestId('signin-msg'), 'That token was not accepted (mistyped or revoked).', 'error');
      else fail(byTestId('signin-msg'), error);
      input.focus();
    } finally {
      button.disabled = false;
    }
  });
  byTestId('sign-out').addEventListener('click', async () => {
    await api('DELETE', '/admin/session').catch(() => {});
    showSignIn('Signed out.');
  });
  try {
    showApp(await api('GET', '/admin/session'), onSignedIn);
  } catch (error) {
    showSignIn(error.status === 401 ? '' : describe(error));
  }
}
