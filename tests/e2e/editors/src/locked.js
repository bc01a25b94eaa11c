import { DRAFT, expose } from "./common.js";
// An editor that undoes every change it did not make itself (as a framework with an unknown
// model would): Heard must find out, leave the draft as it was, and offer Copy.
const el = document.querySelector("#editor");
const original = `<p>${DRAFT}</p>`;
el.innerHTML = original;
const restore = new MutationObserver(() => {
  if (el.innerHTML !== original) {
    restore.disconnect();
    el.innerHTML = original;
    restore.observe(el, { childList: true, subtree: true, characterData: true });
  }
});
restore.observe(el, { childList: true, subtree: true, characterData: true });
el.addEventListener("beforeinput", (e) => e.preventDefault());
el.addEventListener("paste", (e) => e.preventDefault());
expose("locked", { getText: () => el.innerText });
