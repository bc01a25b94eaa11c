// Last resort for fields: the native value setter plus an input event, which React-controlled
// fields pick up (assigning .value alone never updates them). The browser's undo won't see it.
globalThis.heard ??= {};
heard.techniques ??= {};

heard.techniques.valueSetter = ({ el, text, session }) => {
  const proto = el.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, "value").set;
  setter.call(el, session.before + text + session.after);
  el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: text }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
};
