// Puts a draft back after a technique changed the editor but not into what Heard meant:
// the editor's own undo, by the routes editors listen to. Never leave the page half-changed.
globalThis.heard ??= {};

heard.revert = async (el, wanted) => {
  const back = () => heard.text.norm(heard.capture.editorText(el)) === heard.text.norm(wanted);
  const routes = [
    () => heard.bridge(el, "historyUndo"),
    () => heard.bridge(el, "keyUndo"),
    () => el.ownerDocument.execCommand("undo"),
  ];
  for (const route of routes) {
    el.focus({ preventScroll: true });
    try {
      route();
    } catch {}
    await heard.selection.settle(el);
    if (back()) return true;
  }
  return false;
};
