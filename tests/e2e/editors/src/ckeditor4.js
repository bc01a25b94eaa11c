import { DRAFT, expose, strip } from "./common.js";
// CKEditor 4 loads its own dist (plugins, skins) from the package folder, as helpdesks ship it.
const CK = window.CKEDITOR;
CK.disableAutoInline = true;
const editor = CK.replace("editor", { versionCheck: false, height: 160 });
editor.setData(`<p>${DRAFT}</p>`);
editor.on("instanceReady", () => {
  editor.setData(`<p>${DRAFT}</p>`, {
    callback: () => {
      editor.resetUndo();
      window.ck4 = editor;
      expose("ckeditor4", { getText: () => strip(editor.getData()) });
    },
  });
});
