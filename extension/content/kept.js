// What the agent kept: after Replace or Copy, the editor's frame watches the editor and, when
// the agent sends or leaves it, reports `sent` with one number: the word-level edit distance
// between the text Heard gave and the text now in the editor (Levenshtein on words / the
// longer side; 0 = sent as Heard wrote it). Only the number leaves the page, never text.
// Best effort, first of: the editor loses focus, its form submits, the page hides.
globalThis.heard ??= {};

heard.kept = {
  watching: null, // {id, el, words, after, baseline, start, last, stop}

  words: (text) => (text || "").split(/\s+/).filter(Boolean),

  /** Levenshtein distance between two word lists (two rows; null when too long to bother). */
  levenshtein(a, b) {
    if (a.length * b.length > 2.5e7) return null;
    let prev = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
    let row = new Uint32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      [prev, row] = [row, prev];
    }
    return prev[b.length];
  },

  /** Normalised distance between Heard's text and the editor's now. After Replace the edits
   * are measured against the editor as Heard left it (so a rewritten selection's surroundings
   * count as unchanged) and normalised by the rewrite's own length. */
  distance(w, nowText) {
    const now = heard.kept.words(nowText);
    const base = w.baseline || w.words;
    const edits = heard.kept.levenshtein(base, now);
    if (edits == null) return null;
    const longest = Math.max(w.words.length, w.words.length + now.length - base.length, 1);
    return Math.round(Math.min(1, edits / longest) * 1000) / 1000;
  },

  /** Handler for {kind: 'watch-kept'}: watch the editor the rewrite was read from for what
   * the agent sends. */
  watch({ id, text, after, captureId }) {
    heard.kept.stop();
    const el = heard.capture.find(captureId)?.el;
    if (!el?.isConnected) return { watching: false };
    const start = heard.capture.editorText(el);
    const w = { id, el, after, words: heard.kept.words(text), start, last: start };
    if (after === "replaced") w.baseline = heard.kept.words(start);
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    const inEditor = (node) => node && (node === el || el.contains(node));
    const onFocusOut = (e) => {
      if (!inEditor(e.relatedTarget)) heard.kept.report("left");
    };
    const onSubmit = (e) => {
      const form = e.target;
      if (form === el.form || form.contains?.(el)) heard.kept.report("submitted");
    };
    // A chat that sends on Enter and empties the editor: remember the text just before.
    const onInput = () => {
      const now = heard.capture.editorText(el);
      if (now.trim()) w.last = now;
    };
    const onKeyDown = (e) => {
      if (e.key === "Enter" && inEditor(e.target)) onInput();
    };
    const onHide = () => {
      if (doc.visibilityState === "hidden") heard.kept.report("hidden");
    };
    const onPageHide = () => heard.kept.report("hidden");
    // [target, event, handler, capture]: one list, so stop() removes exactly what was added.
    const listeners = [
      [el, "focusout", onFocusOut, false],
      [el, "input", onInput, false],
      [win, "keydown", onKeyDown, true],
      [doc, "submit", onSubmit, true],
      [doc, "visibilitychange", onHide, false],
      [win, "pagehide", onPageHide, false],
    ];
    for (const [target, type, fn, capture] of listeners) target.addEventListener(type, fn, capture);
    w.stop = () => {
      for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
    };
    heard.kept.watching = w;
    return { watching: true };
  },

  stop() {
    heard.kept.watching?.stop();
    heard.kept.watching = null;
  },

  /** Reports `sent` once; after Copy only once the editor changed (the agent pasted). */
  report(reason) {
    const w = heard.kept.watching;
    if (!w) return;
    const now = w.el.isConnected ? heard.capture.editorText(w.el) : "";
    const text = now.trim() ? now : w.last; // emptied on send: what it held just before
    if (w.after === "copied" && heard.text.norm(text) === heard.text.norm(w.start)) return;
    heard.kept.stop();
    const editDistance = heard.kept.distance(w, text);
    if (editDistance == null) return;
    const message = heard.msg.feedback(w.id, "sent", { editDistance });
    heard.ask(chrome.runtime.sendMessage(message)).catch(() => {}); // never bothers the agent
    return reason;
  },
};
