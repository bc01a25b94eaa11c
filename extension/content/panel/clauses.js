// Each explained change as the agent reads it: the whole clause before → after, or the clause
// added or removed — never diff fragments ("we → it makes sense that…"). The server's diff
// says what changed; a change's own before/after text says which part it explains.
globalThis.heard ??= {};

heard.clauses = {
  END: /[.!?;:,\n]/, // a clause ends after one of these

  /** The diff's ops with their ranges in the draft (d…dEnd) and the rewrite (r…rEnd). */
  spans(ops) {
    let d = 0;
    let r = 0;
    return (ops || []).map(({ op, text }) => {
      const span = { op, text, d, r };
      if (op !== "insert") d += text.length;
      if (op !== "delete") r += text.length;
      return Object.assign(span, { dEnd: d, rEnd: r });
    });
  },

  /** → [{kind: 'replaced'|'added'|'removed', before, after}] one per change, in order. */
  forResult(result) {
    const spans = heard.clauses.spans(result.diff);
    const draft = spans.filter((s) => s.op !== "insert").map((s) => s.text).join("");
    const rewrite = spans.filter((s) => s.op !== "delete").map((s) => s.text).join("");
    return (result.changes || []).map((c) => heard.clauses.forChange(c, spans, draft, rewrite));
  },

  forChange(change, spans, draft, rewrite) {
    const before = (change.before || "").trim();
    const after = (change.after || "").trim();
    const sides = {
      rewrite: { text: rewrite, at: "r", end: "rEnd", own: "insert" },
      draft: { text: draft, at: "d", end: "dEnd", own: "delete" },
    };
    const side = after ? sides.rewrite : sides.draft;
    const found = heard.clauses.locate(after || before, side, spans);
    if (!found) return { kind: "replaced", before, after };
    const touched = heard.clauses.touched(spans, side, found);
    if (!touched.length) return { kind: "replaced", before, after };
    // A clause of its own inside an insertion (or deletion) is an added (removed) clause, unless
    // the change names a whole clause it replaces ("Unfortunately…" → "I can't change…").
    const inside = spans.some((s) => s.op === side.own && s[side.at] <= found[0] && s[side.end] >= found[1]);
    const replacesClause = after && before && heard.clauses.isWhole(before, sides.draft, spans);
    if (inside && heard.clauses.whole(side.text, ...found) && !replacesClause) {
      const clause = side.text.slice(...found).trim();
      return after ? { kind: "added", before: "", after: clause } : { kind: "removed", before: clause, after: "" };
    }
    return heard.clauses.around(spans, touched[0], touched[touched.length - 1], draft, rewrite);
  },

  /** Indexes of the changed spans overlapping range on this side, with their changed neighbours. */
  touched(spans, side, [from, to]) {
    const hit = spans.map((s, i) => i).filter((i) => spans[i].op !== "equal" && spans[i][side.at] < to && spans[i][side.end] > from);
    if (!hit.length) return hit;
    let first = hit[0];
    let last = hit[hit.length - 1];
    while (spans[first - 1] && spans[first - 1].op !== "equal") first--;
    while (spans[last + 1] && spans[last + 1].op !== "equal") last++;
    return [first, last];
  },

  isWhole(needle, side, spans) {
    const found = heard.clauses.locate(needle, side, spans);
    return Boolean(found) && heard.clauses.whole(side.text, ...found);
  },

  /** The occurrence of needle that overlaps a change on this side, else the first one. */
  locate(needle, side, spans) {
    let first = null;
    for (let at = side.text.indexOf(needle); at >= 0; at = side.text.indexOf(needle, at + 1)) {
      const range = [at, at + needle.length];
      first ??= range;
      if (spans.some((s) => s.op === side.own && s[side.at] < range[1] && s[side.end] > range[0])) return range;
    }
    return first;
  },

  /** Does text[from, to) start and end on clause boundaries? */
  whole(text, from, to) {
    const before = text.slice(0, from).trimEnd();
    const starts = !before || heard.clauses.END.test(before.at(-1));
    const body = text.slice(from, to).trimEnd();
    const after = text.slice(to).trimStart();
    const ends = heard.clauses.END.test(body.at(-1)) || !after || heard.clauses.END.test(after[0]);
    return starts && ends;
  },

  /** Spans first…last widened over the unchanged text on both sides to clause boundaries. */
  around(spans, first, last, draft, rewrite) {
    let { d, r } = spans[first];
    let { dEnd, rEnd } = spans[last];
    const left = spans[first - 1];
    if (left?.op === "equal") {
      const cut = Math.max(...[...left.text.matchAll(/[.!?;:,\n]\s*/g)].map((m) => m.index + m[0].length), 0);
      d = left.d + cut;
      r = left.r + cut;
    }
    const right = spans[last + 1];
    if (right?.op === "equal") {
      const m = right.text.match(heard.clauses.END);
      const cut = m ? m.index + 1 : right.text.length;
      dEnd = right.d + cut;
      rEnd = right.r + cut;
    }
    return { kind: "replaced", before: draft.slice(d, dEnd).trim(), after: rewrite.slice(r, rEnd).trim() };
  },
};
