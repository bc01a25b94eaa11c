import { DRAFT, expose } from "./common.js";
const ta = document.querySelector("#editor");
const input = document.querySelector("#subject");
ta.value = DRAFT;
input.value = "re: refund for order #1234";
expose("textarea", { getText: () => ta.value, getInput: () => input.value });
