// beforeinput 'insertReplacementText' with a DataTransfer and the selection as target range,
// built in the page's world: what spell-check replacements send. Lexical, Slate, Trix, CKEditor 5.
globalThis.heard ??= {};
heard.techniques ??= {};

heard.techniques.beforeInput = ({ el, text, html }) =>
  heard.bridge(el, "beforeInput", { text, html: html || heard.text.toHtml(text) });
