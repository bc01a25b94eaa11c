import { DRAFT, expose } from "./common.js";
// Gmail's compose body: its own contenteditable, the signature and the quoted thread inside it.
const el = document.querySelector("#editor");
el.innerHTML =
  `<div>${DRAFT}</div><br>` +
  `<div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam, Acme Support</div>` +
  `<div class="gmail_quote"><div class="gmail_attr">On Mon, Dana wrote:</div>` +
  `<blockquote class="gmail_quote">My order #1234 arrived broken.</blockquote></div>`;
expose("gmail", {
  getText: () => el.innerText,
  getDraft: () => el.firstElementChild.innerText,
  getSignature: () => el.querySelector(".gmail_signature").innerText,
  getQuote: () => el.querySelector("blockquote").innerText,
});
