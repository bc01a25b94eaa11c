// Which editor framework owns an editing host, by the markers each one puts in the DOM.
globalThis.heard ??= {};

heard.detect = {
  RULES: [
    ["textarea", (el) => heard.dom.isTextField(el)],
    ["trix", (el) => el.tagName === "TRIX-EDITOR"],
    ["draft", (el) => el.classList.contains("public-DraftEditor-content") || Boolean(el.closest(".DraftEditor-root"))],
    ["lexical", (el) => el.hasAttribute("data-lexical-editor")],
    ["slate", (el) => el.hasAttribute("data-slate-editor")],
    ["prosemirror", (el) => el.classList.contains("ProseMirror")],
    ["ckeditor5", (el) => el.classList.contains("ck-editor__editable")],
    ["ckeditor4", (el) => el.classList.contains("cke_editable")],
    ["tinymce", (el) => el.id === "tinymce" || el.classList.contains("mce-content-body")],
    ["quill", (el) => el.classList.contains("ql-editor")],
    ["froala", (el) => el.classList.contains("fr-element")],
    ["gmail", (el) => el.getAttribute("g_editable") === "true"],
  ],

  kind(el) {
    const rule = heard.detect.RULES.find(([, test]) => test(el));
    return rule ? rule[0] : "contenteditable";
  },
};
