// The context sent with a draft: the customer's latest message and name (site adapter first,
// then the generic heuristic), the channel and the site.
globalThis.heard ??= {};

heard.context = {
  fromAdapter(doc, adapter) {
    const messages = doc.querySelectorAll(adapter.message);
    const message = messages[messages.length - 1];
    if (!message) return {};
    const names = adapter.name ? doc.querySelectorAll(adapter.name) : [];
    const name = names[names.length - 1];
    return {
      customer_message: message.innerText.trim().slice(0, 4000),
      ...(name ? { customer_name: name.innerText.trim().slice(0, 80) } : {}),
    };
  },

  /** The editor, then the frame elements around it while they are same-origin (an editor in
   * its own iframe, like TinyMCE's, has the conversation in the page around it). */
  anchors(editor) {
    const out = [editor];
    try {
      for (let frame = editor.ownerDocument.defaultView.frameElement; frame; frame = frame.ownerDocument.defaultView.frameElement) out.push(frame);
    } catch {}
    return out;
  },

  find(editor) {
    const host = location.hostname;
    const adapter = heard.adapters.find((a) => a.host.test(host));
    let found = {};
    try {
      for (const anchor of heard.context.anchors(editor)) {
        found = adapter ? heard.context.fromAdapter(anchor.ownerDocument, adapter) : {};
        if (!found.customer_message) found = heard.genericContext.find(anchor);
        if (found.customer_message) break;
      }
    } catch {
      found = {}; // context is a bonus: never fail a rewrite over it
    }
    const channel = heard.dom.isTextField(editor) && editor.tagName === "INPUT" ? "chat" : "email";
    return { ...found, channel, site: adapter?.id || host };
  },
};
