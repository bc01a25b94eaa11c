// Captures what to rewrite: the selection in the editor, or the whole draft (in Gmail without
// the signature and the quoted thread), and remembers where it was for Replace.
globalThis.heard ??= {};

heard.capture = {
  /** Parts of a draft that are not the agent's reply. */
  EXCLUDED: ".gmail_signature, .gmail_quote, .gmail_extra, [data-smartmail='gmail_signature'], #divRplyFwdMsg, #appendonsend, .heard-exclude",

  /** The text of everything in el (value for fields). */
  editorText: (el) => (heard.dom.isTextField(el) ? el.value : heard.text.of(el)),

  /** Range over the whole draft: el's content up to the first signature / quoted part. */
  draftRange(el) {
    const doc = el.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(el);
    const cut = [...el.querySelectorAll(heard.capture.EXCLUDED)].find((n) => !n.parentElement.closest(heard.capture.EXCLUDED));
    if (cut) {
      // stop at the block holding the cut, so the blank line before a signature stays out too
      range.setEndBefore(cut);
      const before = cut.previousSibling;
      if (before?.nodeName === "BR") range.setEndBefore(before);
    }
    return range;
  },

  textAround(el, range) {
    const head = el.ownerDocument.createRange();
    head.selectNodeContents(el);
    head.setEnd(range.startContainer, range.startOffset);
    const tail = el.ownerDocument.createRange();
    tail.selectNodeContents(el);
    tail.setStart(range.endContainer, range.endOffset);
    return [heard.text.of(head.cloneContents()), heard.text.of(tail.cloneContents())];
  },

  /** The range as HTML when it holds formatting worth keeping (links, emphasis, lists);
   * otherwise null, and the draft goes as plain text. */
  formattedHtml(range) {
    const box = range.startContainer.ownerDocument.createElement("div");
    box.append(range.cloneContents());
    box.querySelectorAll(heard.capture.EXCLUDED).forEach((n) => n.remove());
    return box.querySelector("a[href], b, strong, i, em, u, ul, ol, blockquote, code, pre, h1, h2, h3") ? box.innerHTML : null;
  },

  /** Builds the session for el: {el, kind, selection, draft text, text before/after it}. */
  session(el) {
    const kind = heard.detect.kind(el);
    if (heard.dom.isTextField(el)) {
      let { selectionStart: start, selectionEnd: end, value } = el;
      const caret = { start, end };
      const selection = start !== end;
      if (!selection) [start, end] = [0, value.length];
      return { el, kind, selection, caret, start, end, text: value.slice(start, end), before: value.slice(0, start), after: value.slice(end) };
    }
    const picked = heard.selection.rangeIn(el);
    const caret = heard.selection.caretIn(el);
    const range = picked || heard.capture.draftRange(el);
    const [before, after] = heard.capture.textAround(el, range);
    const text = heard.text.of(range.cloneContents());
    const html = heard.capture.formattedHtml(range);
    return { el, kind, selection: Boolean(picked), caret, range, text, html, before, after };
  },

  /** Captures this frame keeps, newest last: a Replace held up while the agent asked about
   * another editor still finds its own. A few, since each holds an element. */
  KEPT: 4,

  /** Handler for {kind: 'capture', id}: remembers the session under the background's id,
   * answers with what the server needs. */
  capture({ id }) {
    const el = heard.dom.focusedEditor() || (heard.state.lastEditor?.isConnected ? heard.state.lastEditor : null);
    if (!el) throw heard.fail("no_editor", "Put the cursor in the reply editor, then ask Heard again.");
    const session = { ...heard.capture.session(el), id };
    heard.state.session = session;
    const { captures } = heard.state;
    captures.set(id, session);
    for (const old of captures.keys()) if (captures.size > heard.capture.KEPT) captures.delete(old);
    return {
      draft: { text: session.text, ...(session.html ? { html: session.html } : {}), selection: session.selection },
      context: heard.context.find(el),
      editor: { kind: session.kind },
      rect: heard.dom.rect(el),
      url: location.href,
    };
  },

  /** The capture named `id`, or null (the page reloaded, or it is long gone). */
  find: (id) => heard.state.captures.get(id) || null,

  /** Is the session's draft still what was captured? (the agent may have typed meanwhile) */
  unchanged(session) {
    const { el } = session;
    const now = heard.capture.editorText(el);
    const then = session.before + session.text + session.after;
    return heard.text.norm(now) === heard.text.norm(then);
  },

  /** Back to the editor as the agent left it (after Esc): their caret, or their selection. */
  restore(session) {
    const { el, caret } = session;
    if (!el?.isConnected) return;
    if (session.selection) return heard.capture.reselect(session);
    if (caret && (heard.dom.isTextField(el) || caret.range)) return heard.selection.apply(el, caret);
    el.focus({ preventScroll: true });
  },

  /** Selects the session's draft again in the editor (the range, or the whole draft anew). */
  reselect(session) {
    const { el } = session;
    if (heard.dom.isTextField(el)) {
      heard.selection.apply(el, { start: session.start, end: session.end });
    } else {
      const range = session.selection ? session.range : heard.capture.draftRange(el);
      heard.selection.apply(el, { range });
    }
  },
};
