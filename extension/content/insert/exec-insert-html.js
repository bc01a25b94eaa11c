// execCommand('insertHTML') on the current selection: the formatted rewrite (links, emphasis)
// into a plain contenteditable, as a native edit its undo records.
globalThis.heard ??= {};
heard.techniques ??= {};

heard.techniques.execInsertHtml = ({ el, html }) => {
  if (!html) throw heard.fail("no_html", "nothing formatted to insert");
  el.ownerDocument.execCommand("insertHTML", false, html);
};
