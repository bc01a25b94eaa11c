// Builds the fixture pages for Heard's end-to-end tests: one HTML page per editor, each bundling
// the REAL editor package from node_modules with esbuild (no CDN). Output: dist/.
// Run: `npm ci && node build.mjs` (tests/e2e/setup.sh does both).
import { build } from "esbuild";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";

const out = new URL("./dist/", import.meta.url).pathname;

const conversation = `
  <section class="conversation" aria-label="Conversation">
    <article class="message message--customer">
      <header><span class="author-name">Dana Whitfield</span> <time>2 hours ago</time></header>
      <div class="message-body">My order #1234 arrived broken and nobody has answered my two emails.
      I want my money back.</div>
    </article>
  </section>`;

// name: [editor markup, extra <head> tags, needs a css bundle]
const editors = {
  textarea: [`<input id="subject" aria-label="Subject"><textarea id="editor" rows="6" cols="80" aria-label="Reply"></textarea>`],
  react: [`<div id="mount"></div>`],
  contenteditable: [`<div id="editor" contenteditable="true" role="textbox" aria-label="Reply"></div>`],
  gmail: [`<div id="editor" class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body"></div>`],
  tiptap: [`<div id="editor"></div>`],
  draft: [`<div id="editor"></div>`],
  lexical: [`<div id="editor" contenteditable="true"></div>`],
  slate: [`<div id="editor"></div>`],
  ckeditor5: [`<div id="editor"></div>`, "", true],
  ckeditor4: [`<textarea id="editor" name="editor"></textarea>`, `<script src="/node_modules/ckeditor4/ckeditor.js"></script>`],
  tinymce: [`<textarea id="editor"></textarea>`, `<script src="/node_modules/tinymce/tinymce.min.js"></script>`],
  quill: [`<div id="editor"></div>`, "", true],
  froala: [`<div id="editor"></div>`, "", true],
  trix: [`<trix-editor id="editor"></trix-editor>`, "", true],
  shadow: [`<reply-box></reply-box>`],
  "quill-shadow": [`<rich-reply></rich-reply>`],
  locked: [`<div id="editor" contenteditable="true" role="textbox" aria-label="Reply"></div>`],
};

const page = (title, body, head = "") => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>
  body{font:15px/1.4 system-ui,sans-serif;margin:24px;max-width:760px}
  .message{border:1px solid #ccd;border-radius:6px;padding:10px;margin-bottom:16px;background:#f6f7fb}
  #editor,[contenteditable]{min-height:80px;border:1px solid #999;padding:6px}
  textarea#editor{width:100%}
  iframe{width:100%;height:420px;border:1px solid #888}
</style>${head}</head>
<body><h1>${title}</h1>${body}</body></html>`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const ext = { react: "jsx", draft: "jsx", slate: "jsx" };
await build({
  entryPoints: Object.keys(editors)
    .filter((n) => !n.endsWith("-shadow"))
    .map((n) => `src/${n}.${ext[n] || "js"}`),
  bundle: true,
  outdir: out,
  format: "iife",
  target: "chrome120",
  jsx: "automatic",
  loader: { ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
  define: { "process.env.NODE_ENV": '"production"', global: "window" },
  minify: true,
  logLevel: "warning",
});

// components that put an editor's CSS into their own shadow root import it as text
await build({
  entryPoints: Object.keys(editors).filter((n) => n.endsWith("-shadow")).map((n) => `src/${n}.js`),
  bundle: true,
  outdir: out,
  format: "iife",
  target: "chrome120",
  loader: { ".css": "text" },
  minify: true,
  logLevel: "warning",
});

for (const [name, [markup, head = "", css = false]] of Object.entries(editors)) {
  const tags = `${head}${css ? `<link rel="stylesheet" href="/${name}.css">` : ""}`;
  const body = `${conversation}<form class="reply" onsubmit="return false">${markup}</form>
    <script src="/${name}.js"></script>`;
  writeFileSync(`${out}${name}.html`, page(`${name} fixture`, body, tags));
}

// A page that frames another fixture page (same- or cross-origin): /frame.html?src=<url>
writeFileSync(
  `${out}frame.html`,
  page(
    "framed editor",
    `${conversation}<iframe id="inner" title="reply editor"></iframe>
     <script>document.getElementById("inner").src = new URLSearchParams(location.search).get("src");</script>`,
  ),
);
// A Zendesk-like agent workspace (served as acme.zendesk.com through Chromium's host resolver
// rules): its conversation markup for the site adapter, and its composer, CKEditor 5.
writeFileSync(
  `${out}zendesk.html`,
  page(
    "Ticket #4821",
    `<div data-test-id="omni-log-container">
       <article data-test-id="omni-log-comment-item">
         <div data-test-id="omni-log-item-sender">Kim Lee</div>
         <div data-test-id="omni-log-message-content">Second time asking: where is my replacement charger? It has been three weeks.</div>
       </article>
     </div>
     <div id="editor"></div><script src="/ckeditor5.js"></script>`,
    `<link rel="stylesheet" href="/ckeditor5.css">`,
  ),
);
writeFileSync(`${out}plain.html`, page("no editor here", `<p>Nothing editable on this page.</p>`));
console.log(`built ${Object.keys(editors).length} editor fixtures into ${out}`);
