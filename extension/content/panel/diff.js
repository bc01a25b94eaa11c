// The diff as track changes: runs of deletions/insertions between equal text are "hunks" the
// agent accepts or rejects one by one; the final text follows their choices.
globalThis.heard ??= {};

heard.diff = {
  /** [{op, text}] → [{equal: str} | {hunk: n, del: str, ins: str}] */
  hunks(ops) {
    const parts = [];
    let n = 0;
    for (const { op, text } of ops || []) {
      if (op === "equal") {
        parts.push({ equal: text });
        continue;
      }
      let last = parts[parts.length - 1];
      if (!last || last.equal !== undefined) parts.push((last = { hunk: n++, del: "", ins: "" }));
      if (op === "delete") last.del += text;
      else last.ins += text;
    }
    return parts;
  },

  /** The text with the accepted hunks applied (rejected hunks keep the draft's words). */
  finalText(parts, rejected) {
    return parts.map((p) => (p.equal !== undefined ? p.equal : rejected.has(p.hunk) ? p.del : p.ins)).join("");
  },
};
