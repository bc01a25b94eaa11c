import React, { useState } from "react";
import { createRoot } from "react-dom/client";
import { DRAFT, expose } from "./common.js";

// A React-controlled textarea: the model is the component's state, not the DOM value.
const model = { text: DRAFT, subject: "re: refund" };
function Reply() {
  const [text, setText] = useState(DRAFT);
  const [subject, setSubject] = useState(model.subject);
  model.text = text;
  model.subject = subject;
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <input id="subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
      <textarea id="editor" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      <div id="state-mirror">{text}</div>
    </form>
  );
}
createRoot(document.querySelector("#mount")).render(<Reply />);
const wait = setInterval(() => {
  if (document.querySelector("#editor")) {
    clearInterval(wait);
    expose("react", { getText: () => model.text, getInput: () => model.subject });
  }
}, 10);
