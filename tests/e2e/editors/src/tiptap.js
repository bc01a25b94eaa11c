import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { DRAFT, expose } from "./common.js";
const editor = new Editor({
  element: document.querySelector("#editor"),
  extensions: [StarterKit],
  content: `<p>${DRAFT}</p>`,
});
window.tiptap = editor;
expose("tiptap", {
  getText: () => editor.getText(),
  getHtml: () => editor.getHTML(),
  // the loaded draft is where undo stops, as at start (not merged with the next edit)
  setHtml: (html) => editor.chain().setMeta("addToHistory", false).setContent(html).run(),
});
