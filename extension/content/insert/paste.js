// A synthetic paste with text/plain and text/html, built in the page's world: ProseMirror,
// Draft.js, TinyMCE, CKEditor 4 and 5, Froala take it as a paste and record it for undo.
globalThis.heard ??= {};
heard.techniques ??= {};

heard.techniques.paste = ({ el, text, html }) => {
  const target = heard.dom.deepActive(el.ownerDocument) || el;
  return heard.bridge(el.contains(target) ? target : el, "paste", { text, html: html || heard.text.toHtml(text) });
};
