import Quill from "quill";
import "quill/dist/quill.snow.css";
import { DRAFT, expose } from "./common.js";
const quill = new Quill("#editor", { theme: "snow" });
quill.setText(DRAFT + "\n");
quill.history.clear();
window.quill = quill;
expose("quill", { getText: () => quill.getText() });
