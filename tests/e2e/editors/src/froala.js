import FroalaEditor from "froala-editor";
import "froala-editor/css/froala_editor.pkgd.min.css";
import { DRAFT, expose, strip } from "./common.js";
const editor = new FroalaEditor("#editor", {
  events: {
    initialized() {
      this.html.set(`<p>${DRAFT}</p>`);
      this.undo.reset();
      this.undo.saveStep();
      window.froala = this;
      expose("froala", {
        getText: () => strip(this.html.get()),
        getHtml: () => this.html.get(),
        setHtml: (html) => this.html.set(html),
      });
    },
  },
});
