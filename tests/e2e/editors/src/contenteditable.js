import { DRAFT, expose } from "./common.js";
const el = document.querySelector("#editor");
el.innerHTML = `<p>${DRAFT}</p>`;
expose("contenteditable", {
  getText: () => el.innerText,
  getHtml: () => el.innerHTML,
  setHtml: (html) => (el.innerHTML = html),
});
