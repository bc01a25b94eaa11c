// Every JSON call the page makes: the session cookie (HttpOnly, set by POST /admin/session)
// plus X-Heard-Admin, which a page on another origin cannot add without a preflight Heard
// refuses. The token itself never reaches this code after sign-in.

export class ApiError extends Error {
  constructor(status, code, message, body) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body || {};
    // Extra fields of the error object, e.g. the publish gate's `failing` cases.
    this.details = (body && body.error) || {};
  }
}

let onSignedOut = () => {};
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

/** The raw response of a call; a failure becomes an ApiError carrying the server's message. */
export async function send(method, path, body) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { 'X-Heard-Admin': '1', Accept: 'application/json' },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'Heard cannot be reached. Check that the server is running, then retry.');
  }
  if (response.ok) return response;
  const data = await response.json().catch(() => null);
  const err = (data && data.error) || {};
  const error = new ApiError(response.status, err.code || `http_${response.status}`,
    err.message || response.statusText, data);
  if (response.status === 401 && !path.startsWith('/admin/session')) onSignedOut(error);
  throw error;
}

export async function api(method, path, body) {
  const response = await send(method, path, body);
  return response.status === 204 ? null : response.json();
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
export const put = (path, body = {}) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** A query string from an object, skipping empty values. */
export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
