// Reading and restoring the selection in an editor, shadow roots and frames included.
globalThis.heard ??= {};

heard.selection = {
  /** The Selection that can see inside el's tree (a shadow root's own one where it exists). */
  of(el) {
    const root = el.getRootNode();
    if (root instanceof ShadowRoot && typeof root.getSelection === "function") return root.getSelection();
    return el.ownerDocument.getSelection();
  },

  /** The non-empty selected Range inside el, or null. */
  rangeIn(el) {
    const sel = heard.selection.of(el);
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    return el.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  },

  /** The caret (a collapsed range) or selection inside el, as {range}, or null. */
  caretIn(el) {
    const sel = heard.selection.of(el);
    if (!sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    return el.contains(range.startContainer) ? { range: range.cloneRange() } : null;
  },

  /** Selects range (or, for text fields, [start, end]) in el after focusing it. */
  apply(el, { range, start, end }) {
    el.focus({ preventScroll: true });
    if (heard.dom.isTextField(el)) {
      el.setSelectionRange(start, end);
      return;
    }
    const sel = el.ownerDocument.getSelection();
    sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  },

  /** Resolves once the editor had a chance to read the new selection (selectionchange is async). */
  settle(el) {
    const win = el.ownerDocument.defaultView;
    return new Promise((resolve) => {
      const done = () => {
        el.ownerDocument.removeEventListener("selectionchange", done);
        win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
      };
      el.ownerDocument.addEventListener("selectionchange", done);
      win.setTimeout(done, 120); // no selectionchange when the selection did not move
    });
  },
};
