// Asks the page-world bridge (main-world/bridge.js) to dispatch an event on an editor.
// An editor in a same-origin frame without Heard's scripts is reached through its frame element.
globalThis.heard ??= {};

heard.bridgeTarget = (target) => {
  let el = target;
  while (el.ownerDocument !== document) {
    const frame = el.ownerDocument.defaultView?.frameElement;
    if (!frame) break;
    el = frame;
  }
  return el;
};

heard.bridge = (target, op, payload = {}) => {
  let answer = null;
  const via = heard.bridgeTarget(target);
  const onAnswer = (e) => {
    answer = JSON.parse(e.detail);
  };
  document.addEventListener("heard:bridge-answer", onAnswer, true);
  try {
    via.dispatchEvent(new CustomEvent("heard:bridge", { detail: JSON.stringify({ op, ...payload }), bubbles: true, composed: true }));
  } finally {
    document.removeEventListener("heard:bridge-answer", onAnswer, true);
  }
  if (!answer) throw heard.fail("no_bridge", "Heard's page helper is not running in this frame.");
  if (answer.error) throw heard.fail("bridge_error", answer.error);
  return answer;
};
