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

/** The plan for an editor; a formatted rewrite goes first through a technique that carries
 * HTML (paste, insertHTML), the plain one stays as the fallback. */
heard.planFor = (kind, formatted) => {
  const plan = heard.plans[kind] || heard.plans.contenteditable;
  if (!formatted || kind === "textarea") return plan;
  if (kind === "contenteditable" || kind === "gmail") return ["execInsertHtml", ...plan];
  return [...plan.filter((t) => t === "paste"), ...plan.filter((t) => t !== "paste")];
};
