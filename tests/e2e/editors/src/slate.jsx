import React, { useMemo } from "react";
import { createRoot } from "react-dom/client";
import { createEditor, Editor, Node } from "slate";
import { Slate, Editable, withReact } from "slate-react";
import { withHistory } from "slate-history";
import { DRAFT, expose } from "./common.js";
const holder = {};
function Reply() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  holder.editor = editor;
  return (
    <Slate editor={editor} initialValue={[{ type: "paragraph", children: [{ text: DRAFT }] }]}>
      <Editable id="slate-editable" />
    </Slate>
  );
}
createRoot(document.querySelector("#editor")).render(<Reply />);
const wait = setInterval(() => {
  if (document.querySelector("[data-slate-editor]")) {
    clearInterval(wait);
    window.slate = holder.editor;
    expose("slate", {
      getText: () => holder.editor.children.map((n) => Node.string(n)).join("\n"),
    });
  }
}, 10);
