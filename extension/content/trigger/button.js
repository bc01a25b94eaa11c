// The small Heard button beside the focused editor (its own shadow root). Pressing it keeps
// the editor's focus and selection (mousedown is cancelled) and starts a rewrite.
globalThis.heard ??= {};

heard.triggerButton = {
  host: null,
  editor: null,

  ensure() {
    if (heard.triggerButton.host?.isConnected) return heard.triggerButton.host;
    const host = document.createElement("heard-trigger-host");
    const shadow = host.attachShadow({ mode: "open" });
    const button = heard.h("button", {
      "data-testid": "heard-trigger",
      type: "button",
      "aria-label": "Rewrite with Heard (Alt+Shift+E)",
      title: "Rewrite with Heard (Alt+Shift+E)",
      onmousedown: (e) => e.preventDefault(),
      onclick: (e) => {
        e.preventDefault();
        e.stopPropagation();
        heard.trigger();
      },
      text: "♥",
    });
    shadow.append(
      heard.h("style", {
        text: `:host{all:initial} button{position:fixed;z-index:2147483646;width:26px;height:26px;border-radius:13px;border:1px solid #c5cbe0;
          background:#3b5bdb;color:#fff;font:14px/1 system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.25);padding:0;opacity:.85}
          button:hover,button:focus-visible{opacity:1;outline:2px solid #8ea6ff}`,
      }),
      button,
    );
    (document.body || document.documentElement).append(host);
    heard.triggerButton.host = host;
    return host;
  },

  show(editor) {
    const host = heard.triggerButton.ensure();
    heard.triggerButton.editor = editor;
    const r = heard.dom.rect(editor);
    const button = host.shadowRoot.querySelector("button");
    const scrollbar = editor.offsetWidth - editor.clientWidth - (editor.clientLeft || 0) * 2;
    const left = Math.min(r.x + r.width - 32 - Math.max(0, scrollbar), innerWidth - 32);
    const top = Math.min(r.y + r.height - 32, innerHeight - 32);
    Object.assign(button.style, { left: `${Math.max(0, left)}px`, top: `${Math.max(0, top)}px` });
    host.hidden = false;
  },

  hide() {
    if (heard.triggerButton.host) heard.triggerButton.host.hidden = true;
    heard.triggerButton.editor = null;
  },

  /** Editors big enough to be a reply: textareas, rich editors, and wide text inputs. */
  worthy(editor) {
    if (editor.tagName !== "INPUT") return true;
    return editor.getBoundingClientRect().width >= 240;
  },

  onFocus() {
    const editor = heard.dom.focusedEditor();
    if (editor) {
      heard.childFrames.adopt(editor.ownerDocument);
      heard.state.lastEditor = editor;
      heard.dom.lastFocusAt = Date.now();
      if (heard.triggerButton.worthy(editor)) return heard.triggerButton.show(editor);
    }
    if (!heard.panel.state) heard.triggerButton.hide();
  },

  start() {
    addEventListener("focusin", heard.triggerButton.onFocus, true);
    const follow = () => heard.triggerButton.editor && heard.triggerButton.show(heard.triggerButton.editor);
    addEventListener("scroll", follow, true);
    addEventListener("resize", follow);
    // focus entering a child frame blurs this window: it may be an editor Heard reaches into
    addEventListener("blur", () => setTimeout(heard.triggerButton.onFocus, 0));
    if (heard.dom.focusedEditor()) heard.triggerButton.onFocus();
  },
};
