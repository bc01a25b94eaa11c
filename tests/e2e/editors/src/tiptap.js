import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { DRAFT, expose } from "./common.js";
const editor = new Editor({
  element: document.querySelector("#editor"),
  extensions: [StarterKit],
  content: `<p>${DRAFT}</p>`,
});
window.tiptap = editor;
expose("tiptap", { getText: () => editor.getText() });
