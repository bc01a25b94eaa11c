import { DRAFT, expose } from "./common.js";
const el = document.querySelector("#editor");
el.innerHTML = `<p>${DRAFT}</p>`;
expose("contenteditable", { getText: () => el.innerText });
