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

  find(editor) {
    const doc = editor.ownerDocument;
    const host = location.hostname;
    const adapter = heard.adapters.find((a) => a.host.test(host));
    let found = {};
    try {
      found = adapter ? heard.context.fromAdapter(doc, adapter) : {};
      if (!found.customer_message) found = heard.genericContext.find(editor);
    } catch {
      found = {}; // context is a bonus: never fail a rewrite over it
    }
    const channel = heard.dom.isTextField(editor) && editor.tagName === "INPUT" ? "chat" : "email";
    return { ...found, channel, site: adapter?.id || host };
  },
};
