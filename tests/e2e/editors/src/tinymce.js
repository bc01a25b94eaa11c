import { DRAFT, expose } from "./common.js";
// TinyMCE (iframe-based) loads its own dist (models, themes, skins) from the package folder.
window.tinymce
  .init({
    selector: "#editor",
    license_key: "gpl",
    menubar: false,
    promotion: false,
    height: 220,
    setup: (ed) => ed.on("init", () => {
      ed.setContent(`<p>${DRAFT}</p>`);
      ed.undoManager.clear();
      window.tiny = ed;
      expose("tinymce", {
        getText: () => ed.getContent({ format: "text" }),
        getHtml: () => ed.getContent(),
        setHtml: (html) => ed.setContent(html),
      });
    }),
  });
