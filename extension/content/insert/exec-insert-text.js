// execCommand('insertText') on the current selection: a native edit, so the browser's and most
// editors' undo record it (textarea, input, plain contenteditable, Quill).
globalThis.heard ??= {};
heard.techniques ??= {};

heard.techniques.execInsertText = ({ el, text }) => {
  el.ownerDocument.execCommand("insertText", false, text);
};
