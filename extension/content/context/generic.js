// When no adapter knows the site: the last message-like block before the editor that is not
// inside it, and a name-like element near that block.
globalThis.heard ??= {};

heard.genericContext = {
  MESSAGE: "[class*='message' i], [class*='comment' i], [class*='thread' i] [class*='body' i], [data-message-id], blockquote, article",
  NAME: "[class*='author' i], [class*='sender' i], [class*='name' i], [itemprop='author'], .from",

  find(editor) {
    const doc = editor.ownerDocument;
    const candidates = [...doc.querySelectorAll(heard.genericContext.MESSAGE)].filter((el) => {
      if (el.contains(editor) || editor.contains(el) || el.isContentEditable) return false;
      if (el.closest("[contenteditable], heard-panel-host")) return false;
      if (!(el.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
      const length = el.innerText.trim().length;
      return length >= 15 && length <= 6000;
    });
    // innermost: a message body, not its whole thread
    const leaves = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
    const message = leaves.at(-1);
    if (!message) return {};
    const name = message.parentElement?.closest("article, li, [class*='message' i], [class*='comment' i]")?.querySelector(heard.genericContext.NAME);
    return {
      customer_message: message.innerText.trim().slice(0, 4000),
      ...(name && !message.contains(name) && name.innerText.trim().length < 80 ? { customer_name: name.innerText.trim() } : {}),
    };
  },
};
