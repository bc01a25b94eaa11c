import Quill from "quill";
import css from "quill/dist/quill.snow.css";
import { DRAFT, expose } from "./common.js";
// Quill inside an open shadow root, as in Salesforce's Lightning components.
class RichReply extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    root.innerHTML = `<style>${css}</style><div id="editor"></div>`;
    const quill = new Quill(root.querySelector("#editor"), { theme: "snow" });
    quill.setText(DRAFT + "\n");
    quill.history.clear();
    window.quill = quill;
    expose("quill-shadow", { getText: () => quill.getText() });
  }
}
customElements.define("rich-reply", RichReply);
