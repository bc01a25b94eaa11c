import React, { useState } from "react";
import { createRoot } from "react-dom/client";
import { Editor, EditorState, ContentState, RichUtils } from "draft-js";
import { DRAFT, expose } from "./common.js";
const model = { state: null };
function Reply() {
  const [state, setState] = useState(() =>
    EditorState.createWithContent(ContentState.createFromText(DRAFT)),
  );
  model.state = state;
  return (
    <Editor
      editorState={state}
      onChange={setState}
      handleKeyCommand={(cmd, s) => {
        const next = RichUtils.handleKeyCommand(s, cmd);
        if (next) { setState(next); return "handled"; }
        return "not-handled";
      }}
    />
  );
}
createRoot(document.querySelector("#editor")).render(<Reply />);
const wait = setInterval(() => {
  if (document.querySelector(".public-DraftEditor-content")) {
    clearInterval(wait);
    expose("draft", { getText: () => model.state.getCurrentContent().getPlainText() });
  }
}, 10);
