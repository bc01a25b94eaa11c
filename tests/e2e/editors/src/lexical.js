import { createEditor, $getRoot, $createParagraphNode, $createTextNode } from "lexical";
import { registerRichText, HeadingNode, QuoteNode } from "@lexical/rich-text";
import { registerHistory, createEmptyHistoryState } from "@lexical/history";
import { mergeRegister } from "@lexical/utils";
import { DRAFT, expose } from "./common.js";
const editor = createEditor({
  namespace: "fixture",
  nodes: [HeadingNode, QuoteNode],
  onError: (e) => { throw e; },
});
editor.setRootElement(document.querySelector("#editor"));
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
editor.update(
  () => {
    const p = $createParagraphNode();
    p.append($createTextNode(DRAFT));
    $getRoot().clear().append(p);
  },
  { tag: "history-merge", discrete: true },
);
window.lexical = editor;
expose("lexical", {
  getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
});
