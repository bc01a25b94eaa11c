import "trix";
import "trix/dist/trix.css";
import { DRAFT, expose } from "./common.js";
const el = document.querySelector("trix-editor");
el.addEventListener("trix-initialize", () => {
  el.editor.loadHTML(`<div>${DRAFT}</div>`);
  expose("trix", { getText: () => el.editor.getDocument().toString() });
});
