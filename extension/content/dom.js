// Finding the editor the agent is in: through open shadow roots and same-origin frames that
// Heard's content script does not run in (editors that write their iframe with document.write).
globalThis.heard ??= {};

heard.dom = {
  TEXT_INPUTS: new Set(["text", "search", "email", "url", ""]),

  /** The innermost focused element, piercing open shadow roots and script-less same-origin frames. */
  deepActive(doc = document) {
    let el = doc.activeElement;
    for (;;) {
      if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      else if (el && /^(IFRAME|FRAME)$/.test(el.tagName)) {
        let inner = null;
        try {
          inner = el.contentDocument;
        } catch {}
        if (!inner || inner.documentElement?.hasAttribute("data-heard-frame")) return el;
        el = inner.activeElement;
      } else return el;
    }
  },

  isTextField: (el) =>
    el?.tagName === "TEXTAREA" ||
    (el?.tagName === "INPUT" && heard.dom.TEXT_INPUTS.has((el.getAttribute("type") || "").toLowerCase())),

  /** The editing host for el: the field itself, or the outermost contenteditable around it. */
  editorFor(el) {
    if (!el || el.closest?.("heard-panel-host, heard-trigger-host")) return null;
    if (heard.dom.isTextField(el)) return el.readOnly || el.disabled ? null : el;
    if (el.tagName === "TRIX-EDITOR") return el;
    if (!el.isContentEditable) return null;
    let host = el;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  },

  focusedEditor: () => heard.dom.editorFor(heard.dom.deepActive()),

  /** Rectangle of an element in this frame's viewport (frames Heard reached into included). */
  rect(el) {
    const doc = el.ownerDocument;
    const whole = el === doc.body || el === doc.documentElement; // an iframe editor (TinyMCE, CKEditor 4)
    const r = whole ? { left: 0, top: 0, width: doc.defaultView.innerWidth, height: doc.defaultView.innerHeight } : el.getBoundingClientRect();
    let x = r.left;
    let y = r.top;
    for (let win = el.ownerDocument.defaultView; win && win !== window && win.frameElement; win = win.parent) {
      const f = win.frameElement.getBoundingClientRect();
      x += f.left + win.frameElement.clientLeft;
      y += f.top + win.frameElement.clientTop;
    }
    return { x, y, width: r.width, height: r.height };
  },

  lastFocusAt: 0,

  /** Answers the background's question "is the agent in an editor in this frame?". */
  probe() {
    const editor = heard.dom.focusedEditor();
    return {
      editable: Boolean(editor || heard.state.lastEditor?.isConnected),
      focused: Boolean(editor) && document.hasFocus(),
      focusedAt: heard.dom.lastFocusAt,
    };
  },
};

heard.state ??= { lastEditor: null, session: null, captures: new Map() };
