import { DRAFT, expose } from "./common.js";
// A web component whose editors live inside an open shadow root (like Salesforce's).
class ReplyBox extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    root.innerHTML = `<style>textarea,div{display:block;width:90%;min-height:60px;border:1px solid #999;margin:8px}</style>
      <textarea id="editor" rows="4"></textarea>
      <div id="rich" contenteditable="true"><p></p></div>`;
    root.querySelector("#editor").value = DRAFT;
    root.querySelector("#rich p").textContent = DRAFT;
  }
}
customElements.define("reply-box", ReplyBox);
const box = document.querySelector("reply-box");
expose("shadow", {
  getText: () => box.shadowRoot.querySelector("#editor").value,
  getRich: () => box.shadowRoot.querySelector("#rich").innerText,
});
