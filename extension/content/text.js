// Plain text of editor content, block-aware (paragraphs become line breaks), and the
// normalisation used to compare an editor's text with what Heard meant to write.
globalThis.heard ??= {};

heard.text = {
  BLOCKS: new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "TABLE", "SECTION", "ARTICLE"]),

  /** Text of a node or DocumentFragment, with a line break between blocks and for <br>. */
  of(node) {
    const out = [];
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.data);
      else if (n.nodeName === "BR") out.push("\n");
      else if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        if (n.nodeName === "STYLE" || n.nodeName === "SCRIPT") return;
        const block = heard.text.BLOCKS.has(n.nodeName);
        if (block && out.length && !out[out.length - 1].endsWith("\n")) out.push("\n");
        n.childNodes.forEach(walk);
        if (block && out.length && !out[out.length - 1].endsWith("\n")) out.push("\n");
      }
    };
    walk(node);
    return out.join("").replace(/[\u200b\u2060\ufeff]/g, "").replace(/\u00a0/g, " ").replace(/\n{3,}/g, "\n\n").trim();
  },

  /** For comparisons: no whitespace, no zero-width characters. */
  norm: (s) => (s || "").replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ""),

  /** Paragraphs as HTML, for editors that take text/html. */
  toHtml: (s) =>
    s
      .split(/\n{2,}|\n/)
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") || "<br>"}</p>`)
      .join(""),
};
