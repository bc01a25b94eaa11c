// Which insertion techniques to try, in order, for each editor (content/detect.js ids).
// Known from the editors' sources and measured in Chromium; the rest are fallbacks.
globalThis.heard ??= {};

heard.plans = {
  textarea: ["execInsertText", "valueSetter"],
  contenteditable: ["execInsertText", "paste", "beforeInput"],
  gmail: ["execInsertText", "paste"],
  quill: ["execInsertText", "paste"],
  tinymce: ["paste", "execInsertText"],
  draft: ["paste"],
  prosemirror: ["paste", "execInsertText"],
  lexical: ["beforeInput", "paste"],
  slate: ["beforeInput", "paste"],
  trix: ["beforeInput", "paste"],
  ckeditor5: ["beforeInput", "paste"],
  ckeditor4: ["paste", "execInsertText"],
  froala: ["paste", "execInsertText"],
};
