import Quill from "quill";
import "quill/dist/quill.snow.css";
import { DRAFT, expose } from "./common.js";
const quill = new Quill("#editor", { theme: "snow" });
quill.setText(DRAFT + "\n");
quill.history.clear();
window.quill = quill;
expose("quill", {
  getText: () => quill.getText(),
  getHtml: () => quill.getSemanticHTML(),
  setHtml: (html) => {
    quill.clipboard.dangerouslyPasteHTML(html);
    quill.history.clear(); // the loaded draft is where undo stops, as at start
  },
});
