// Replace: writes the rewrite over the captured draft with the technique known for the editor,
// reads the editor back to confirm, falls through to the next technique, and if nothing works
// leaves the draft as it was and says so (the panel then offers Copy).
globalThis.heard ??= {};

// Each failure says what happened (`reason`) apart from what to do in the panel that asked: a
// notice in another rewrite's panel (panel/notice.js) repeats only the reason, since that
// panel's Try again and Copy act on ITS rewrite.
const failed = (code, reason, advice) => heard.fail(code, `${reason} ${advice}`, { reason });

heard.insert = async ({ text, html, captureId }) => {
  const session = heard.capture.find(captureId);
  if (!session?.el?.isConnected) {
    throw failed("editor_gone", "The editor Heard read your draft from is gone.", "Use Copy, or start again.");
  }
  if (!heard.capture.unchanged(session)) {
    throw failed("draft_changed", "Your draft changed since Heard read it.", "Press Try again, or use Copy.");
  }
  const { el } = session;
  const draft = heard.capture.editorText(el);
  const expected = heard.text.norm(session.before + text + session.after);
  const plan = heard.planFor(session.kind, Boolean(html));
  for (const technique of plan) {
    heard.capture.reselect(session);
    await heard.selection.settle(el);
    try {
      await heard.techniques[technique]({ el, text, html, session });
    } catch {
      // a technique that throws changed nothing we rely on; the read-back below decides
    }
    const now = await heard.readBack(el, expected);
    if (now === expected) {
      const replaced = { ...session, text, after: session.after, replaced: true };
      heard.state.captures.set(captureId, replaced);
      if (heard.state.session === session) heard.state.session = replaced;
      return { technique };
    }
    if (now !== heard.text.norm(draft) && !(await heard.revert(el, draft))) {
      throw failed(
        "insert_partial",
        "Heard could not write the rewrite cleanly into this editor. Press Ctrl+Z in the editor to get your draft back.",
        "Then use Copy.",
      );
    }
  }
  throw failed("insert_failed", "Heard could not write into this editor, so your draft is unchanged.", "Use Copy and paste the rewrite.");
};

/** The editor's normalised text once it equals `expected`, or whatever it is after ~0.5 s
 * (some editors apply a paste asynchronously). */
heard.readBack = async (el, expected) => {
  const win = el.ownerDocument.defaultView;
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
    const now = heard.text.norm(heard.capture.editorText(el));
    if (now === expected || Date.now() - started > 500) return now;
  }
};
