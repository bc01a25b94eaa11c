import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Link, Clipboard, Undo } from "ckeditor5";
import "ckeditor5/ckeditor5.css";
import { DRAFT, expose, strip } from "./common.js";
ClassicEditor.create(document.querySelector("#editor"), {
  licenseKey: "GPL",
  plugins: [Essentials, Paragraph, Bold, Italic, Link, Clipboard, Undo],
  toolbar: ["undo", "redo", "|", "bold", "italic", "link"],
  initialData: `<p>${DRAFT}</p>`,
}).then((editor) => {
  window.ck5 = editor;
  expose("ckeditor5", {
    getText: () => strip(editor.getData()),
    getHtml: () => editor.getData(),
    setHtml: (html) => editor.setData(html),
  });
});
