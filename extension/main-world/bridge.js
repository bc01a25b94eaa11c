// Runs in the PAGE's world (content_scripts "world": "MAIN"). Events carrying a DataTransfer
// must be built here: Firefox hands the page an empty DataTransfer made in a content script.
// The content script asks with a `heard:bridge` CustomEvent dispatched on the editor (detail: a
// JSON string) and reads the answer from the `heard:bridge-answer` event, both synchronous.
(() => {
  if (window.__heardBridge) return;
  window.__heardBridge = true;

  const transfer = ({ text, html }) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", text);
    if (html) dt.setData("text/html", html);
    return dt;
  };

  const selectionRange = (target) => {
    const root = target.getRootNode();
    const sel = root.getSelection ? root.getSelection() : target.ownerDocument.getSelection();
    if (!sel || !sel.rangeCount) return null;
    const r = sel.getRangeAt(0);
    return new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
  };

  // A frame element stands for the focused element inside it: editors whose iframe is written
  // with document.write (CKEditor 4) get no content script, so Heard reaches them from here.
  const deepTarget = (el) => {
    while (el && /^(IFRAME|FRAME)$/.test(el.tagName) && el.contentDocument) {
      el = el.contentDocument.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    }
    return el;
  };

  const ops = {
    paste(target, req) {
      const event = new ClipboardEvent("paste", { clipboardData: transfer(req), bubbles: true, cancelable: true, composed: true });
      target.dispatchEvent(event);
      return { handled: event.defaultPrevented };
    },
    beforeInput(target, req) {
      const range = selectionRange(target);
      const event = new InputEvent("beforeinput", {
        inputType: "insertReplacementText",
        dataTransfer: transfer(req),
        targetRanges: range ? [range] : [],
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      target.dispatchEvent(event);
      if (!event.defaultPrevented) return { handled: false };
      target.dispatchEvent(new InputEvent("input", { inputType: "insertReplacementText", bubbles: true, composed: true }));
      return { handled: true };
    },
    historyUndo(target) {
      const event = new InputEvent("beforeinput", { inputType: "historyUndo", bubbles: true, cancelable: true, composed: true });
      target.dispatchEvent(event);
      return { handled: event.defaultPrevented };
    },
    keyUndo(target) {
      const mac = /Mac/.test(navigator.platform);
      const init = { key: "z", code: "KeyZ", keyCode: 90, which: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true };
      const event = new KeyboardEvent("keydown", init);
      target.dispatchEvent(event);
      target.dispatchEvent(new KeyboardEvent("keyup", init));
      return { handled: event.defaultPrevented };
    },
  };

  const listen = (doc) =>
    doc.addEventListener(
      "heard:bridge",
      (event) => {
        const target = deepTarget(event.composedPath()[0]);
        let answer;
        try {
          const req = JSON.parse(event.detail);
          if (!Object.prototype.hasOwnProperty.call(ops, req.op)) throw new Error("unknown op");
          answer = ops[req.op](target, req);
        } catch (e) {
          answer = { handled: false, error: String(e && e.message) };
        }
        event.composedPath()[0].dispatchEvent(new CustomEvent("heard:bridge-answer", { detail: JSON.stringify(answer), bubbles: true, composed: true }));
      },
      true,
    );
  listen(document);
  window.__heardBridgeListen = listen;
})();
