// Turns a map of named handlers into a runtime.onMessage listener that ALWAYS answers
// {ok: true, ...result} or {ok: false, error: {code, message}}: a caller is never left waiting.
globalThis.heard ??= {};

heard.handle = (handlers) => (message, sender, sendResponse) => {
  const handler = message && Object.hasOwn(handlers, message.kind) ? handlers[message.kind] : null;
  if (!handler) return false; // not ours (another part of Heard answers it, or nobody)
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(
      (result) => sendResponse({ ok: true, ...(result || {}) }),
      (error) => sendResponse({ ok: false, error: heard.errorShape(error) }),
    );
  return true; // the answer comes asynchronously
};

heard.errorShape = (error) => ({
  code: error?.code || "internal",
  message: error?.message || String(error),
  ...(error?.retryAfter != null ? { retryAfter: error.retryAfter } : {}),
  ...(error?.action ? { action: error.action } : {}),
  ...(error?.setting ? { setting: error.setting } : {}),
  ...(error?.reason ? { reason: error.reason } : {}),
});

/** Sends and unwraps an answer: resolves with it when ok, rejects with its error otherwise. */
heard.ask = async (sendPromise) => {
  let answer;
  try {
    answer = await sendPromise;
  } catch (e) {
    throw heard.fail("no_receiver", `Heard could not reach the page (${e.message}). Reload the page and try again.`);
  }
  if (!answer) throw heard.fail("no_receiver", "Heard is not running in this page yet. Reload the page and try again.");
  if (!answer.ok) throw Object.assign(heard.fail(answer.error.code, answer.error.message), answer.error);
  return answer;
};
