// The diff as track changes: runs of deletions/insertions between equal text are "hunks" the
// agent accepts or rejects one by one; the final text follows their choices. The server's diff
// is authoritative; a coarse replace ("delete a paragraph, insert a paragraph") is refined
// word by word here so that each hunk is one change an agent can judge.
globalThis.heard ??= {};

heard.diff = {
  /** Word-level LCS diff of two strings → [{op, text}] (whitespace kept with the words). */
  words(a, b) {
    const x = a.match(/\S+\s*|\s+/g) || [];
    const y = b.match(/\S+\s*|\s+/g) || [];
    if (x.length * y.length > 4e6) return [{ op: "delete", text: a }, { op: "insert", text: b }];
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    const ops = [];
    const push = (op, text) => {
      const last = ops[ops.length - 1];
      if (last?.op === op) last.text += text;
      else ops.push({ op, text });
    };
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        push("equal", x[i]);
        i++;
        j++;
      } else if (j < y.length && (i === x.length || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) push("insert", y[j++]);
      else push("delete", x[i++]);
    }
    return ops;
  },

  /** A word-level diff of a replaced run when the two sides mostly share their words; else
   * the run as one change. Splitting unrelated sentences on a stray shared word ("I", "the")
   * would offer the agent fragments that read as nonsense when rejected one by one. */
  similarWords(del, ins) {
    const ops = heard.diff.words(del, ins);
    const shared = ops.filter((o) => o.op === "equal").reduce((n, o) => n + o.text.trim().length, 0);
    const shorter = Math.min(del.trim().length, ins.trim().length);
    if (shorter && shared / shorter >= 0.5) return ops;
    return [{ op: "delete", text: del }, { op: "insert", text: ins }];
  },

  /** Splits each delete+insert run of the server's diff into word-level changes. */
  refine(ops) {
    const out = [];
    let del = "";
    let ins = "";
    const flush = () => {
      if (del && ins) out.push(...heard.diff.similarWords(del, ins));
      else if (del) out.push({ op: "delete", text: del });
      else if (ins) out.push({ op: "insert", text: ins });
      del = ins = "";
    };
    for (const { op, text } of ops || []) {
      if (op === "delete") del += text;
      else if (op === "insert") ins += text;
      else {
        flush();
        out.push({ op, text });
      }
    }
    flush();
    return out;
  },

  /** [{op, text}] → [{equal: str} | {hunk: n, del: str, ins: str}]; whitespace-only equal
   * runs between two changes join them into one. */
  hunks(ops) {
    const parts = [];
    for (const { op, text } of heard.diff.refine(ops)) {
      const last = parts[parts.length - 1];
      if (op === "equal") parts.push({ equal: text });
      else if (last && last.equal === undefined) last[op === "delete" ? "del" : "ins"] += text;
      else if (last?.equal !== undefined && !last.equal.trim() && parts[parts.length - 2]?.equal === undefined) {
        parts.pop();
        const prev = parts[parts.length - 1];
        prev.del += last.equal;
        prev.ins += last.equal;
        prev[op === "delete" ? "del" : "ins"] += text;
      } else parts.push({ del: op === "delete" ? text : "", ins: op === "insert" ? text : "" });
    }
    let n = 0;
    for (const p of parts) if (p.equal === undefined) p.hunk = n++;
    return parts;
  },

  /** The text with the accepted hunks applied (rejected hunks keep the draft's words). */
  finalText(parts, rejected) {
    return parts.map((p) => (p.equal !== undefined ? p.equal : rejected.has(p.hunk) ? p.del : p.ins)).join("");
  },
};
