// A partial accept in a formatted draft: the rewrite's HTML with each rejected change put back
// to the draft's words, so links, bold, lists and paragraphs stay. The diff is of plain text:
// its characters are matched to the HTML's text nodes by their non-space characters.
globalThis.heard ??= {};

heard.partial = {
  /** The HTML with the rejected hunks undone, or null when its text does not match the diff. */
  html(html, parts, rejected) {
    const body = new DOMParser().parseFromString(html, "text/html").body;
    const nodes = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const places = []; // each non-space character of the HTML's text: [node, offset]
    nodes.forEach((node) => [...node.data].forEach((ch, i) => /\s/.test(ch) || places.push([node, i])));
    const plain = parts.map((p) => (p.equal !== undefined ? p.equal : p.ins)).join("");
    const inPlain = []; // plain-text index → index among the non-space characters
    let seen = 0;
    for (const ch of plain) inPlain.push(/\s/.test(ch) ? seen : seen++);
    inPlain.push(seen);
    if (seen !== places.length || plain.replace(/\s+/g, "") !== places.map(([n, i]) => n.data[i]).join("")) return null;

    const edits = [];
    let at = 0;
    for (const p of parts) {
      const text = p.equal !== undefined ? p.equal : p.ins;
      if (p.equal === undefined && rejected.has(p.hunk)) edits.push({ from: inPlain[at], to: inPlain[at + text.length], ins: p.ins, del: p.del });
      at += text.length;
    }
    for (const edit of edits.reverse()) if (!heard.partial.undo(places, edit)) return null;
    return body.innerHTML;
  },

  /** Replaces the non-space characters from…to (a hunk's insertion) with the draft's words. */
  undo(places, { from, to, ins, del }) {
    if (from === to) {
      if (ins.trim()) return false; // an insertion of spaces only: nothing to anchor it to
      const anchor = places[from] || places[from - 1];
      if (!anchor) return false;
      const [node, i] = anchor;
      const offset = places[from] ? i : i + 1;
      node.data = node.data.slice(0, offset) + del + node.data.slice(offset);
      return true;
    }
    const [first, start] = places[from];
    const [last, end] = places[to - 1];
    // the insertion's outer spaces stay in place, so the draft's words come without their own
    const lead = /^\s/.test(ins) ? del.trimStart() : del;
    const kept = /\s$/.test(ins) ? lead.trimEnd() : lead;
    if (first === last) {
      first.data = first.data.slice(0, start) + kept + first.data.slice(end + 1);
      return true;
    }
    let node = first;
    first.data = first.data.slice(0, start) + kept;
    const walker = document.createTreeWalker(first.getRootNode(), NodeFilter.SHOW_TEXT);
    walker.currentNode = first;
    while ((node = walker.nextNode()) && node !== last) node.data = "";
    last.data = last.data.slice(end + 1);
    return true;
  },
};
