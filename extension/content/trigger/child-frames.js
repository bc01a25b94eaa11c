// Same-origin frames where Heard's content script never runs (editors that write their iframe
// with document.write, such as CKEditor 4, also nested inside other frames): this frame's
// script listens in them for focus and the shortcut. A frame that runs Heard itself is left
// alone (heard.dom.deepActive stops at it), so nothing is handled twice.
globalThis.heard ??= {};

heard.childFrames = {
  watched: new WeakSet(),

  /** Idempotent (addEventListener ignores a listener already there), and it must run again after
   * the frame's document.open(), which erases listeners but keeps the same Document object. */
  adopt(doc) {
    if (doc === document) return;
    doc.addEventListener("focusin", heard.triggerButton.onFocus, true);
    doc.addEventListener("keydown", heard.shortcut.onKeydown, true);
  },

  tryAdopt(frame) {
    let doc = null;
    try {
      doc = frame.contentDocument; // null for cross-origin frames
    } catch {}
    if (doc?.documentElement && !doc.documentElement.hasAttribute("data-heard-frame")) heard.childFrames.adopt(doc);
  },

  watch(frame) {
    if (heard.childFrames.watched.has(frame)) return;
    heard.childFrames.watched.add(frame);
    frame.addEventListener("load", () => heard.childFrames.tryAdopt(frame)); // a rewritten document
    heard.childFrames.tryAdopt(frame);
  },

  scan(root) {
    if (root.tagName === "IFRAME" || root.tagName === "FRAME") heard.childFrames.watch(root);
    for (const tag of ["iframe", "frame"]) for (const f of root.getElementsByTagName?.(tag) || []) heard.childFrames.watch(f);
  },

  start() {
    heard.childFrames.scan(document.documentElement);
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) heard.childFrames.scan(node);
    }).observe(document.documentElement, { childList: true, subtree: true });
  },
};
