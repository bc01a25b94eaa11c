// Which principles a partial accept rejected: the principles of the explained changes that
// overlap a change (hunk) the agent un-ticked. Only these ids leave the page, never text.
globalThis.heard ??= {};

heard.rejected = {
  /** Each hunk's range in the draft (d…dEnd) and in the rewrite (r…rEnd). */
  ranges(parts) {
    let d = 0;
    let r = 0;
    const out = [];
    for (const p of parts) {
      if (p.equal !== undefined) {
        d += p.equal.length;
        r += p.equal.length;
      } else {
        out[p.hunk] = { d, dEnd: d + p.del.length, r, rEnd: r + p.ins.length };
        d += p.del.length;
        r += p.ins.length;
      }
    }
    return out;
  },

  /** → sorted principle ids of the changes touching a rejected hunk. */
  principles(result, parts, rejected) {
    if (!rejected?.size) return [];
    const spans = heard.clauses.spans(result.diff);
    const side = (own, at, end) => ({
      text: spans.filter((s) => s.op !== (own === "insert" ? "delete" : "insert")).map((s) => s.text).join(""),
      own,
      at,
      end,
    });
    const rewrite = side("insert", "r", "rEnd");
    const draft = side("delete", "d", "dEnd");
    const hunks = heard.rejected.ranges(parts).filter((h, n) => rejected.has(n));
    const overlaps = (a, from, to) => a && from < to && a[0] < to && a[1] > from;
    const found = new Set();
    for (const change of result.changes || []) {
      const after = (change.after || "").trim();
      const before = (change.before || "").trim();
      const inRewrite = after ? heard.clauses.locate(after, rewrite, spans) : null;
      const inDraft = before ? heard.clauses.locate(before, draft, spans) : null;
      const hit = hunks.some((h) => overlaps(inRewrite, h.r, h.rEnd) || overlaps(inDraft, h.d, h.dEnd));
      if (hit && change.principle) found.add(change.principle);
    }
    return [...found].sort();
  },
};
