// A Replace that failed after the panel moved on: "Try again" put a new rewrite in it, the
// agent opened a rewrite of another draft, or closed the panel. The panel's own error box
// belongs to the attempt it shows and is cleared by the next answer, so this failure is told in
// a notice of its own, in the panel on screen (one opened for it if none is), naming the
// rewrite that did not go in, until the agent dismisses it or acts (Replace, Copy, the
// notice's Copy).
globalThis.heard ??= {};

heard.panel.notice = {
  /** Opening words of the rewrite that failed: which one it was, as the agent last read it. */
  name(rewrite) {
    const words = (rewrite || "").trim().split(/\s+/);
    return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : words.join(" ");
  },

  /** Says in the panel on screen that `failed` (the state Replace kept) did not go in. */
  show(failed, error) {
    const opened = !heard.panel.state;
    if (opened) {
      // No panel on screen: one with only the notice, where the failed rewrite's panel was.
      heard.panel.open({ frameId: null });
      heard.panel.state.anchor = failed.anchor;
    }
    const { ui } = heard.panel.state;
    // The reason alone: the failing panel's advice ("Press Try again, or use Copy") would send
    // the agent to THIS panel's buttons, which act on another rewrite.
    ui.noticeText.textContent =
      `Replace did not go in for your earlier rewrite “${heard.panel.notice.name(failed.result.rewrite)}”: ` +
      `${error.reason || error.message} Use “Copy that rewrite” and paste it where it belongs.`;
    ui.noticeCode.textContent = error.code ? `(${error.code})` : "";
    ui.notice.dataset.code = error.code || "";
    ui.noticeCopy.onclick = () => heard.panel.notice.copy(failed);
    ui.notice.hidden = false;
    heard.panel.reflow();
    if (opened) ui.noticeCopy.focus({ preventScroll: true });
  },

  /** The failed rewrite's own text to the clipboard, to paste where it belongs. */
  async copy(failed) {
    const s = heard.panel.state;
    await heard.panel.actions.toClipboard(failed.text);
    heard.panel.notice.clear();
    if (s) s.ui.status.textContent = "Copied your earlier rewrite. Paste it into its reply.";
    heard.panel.feedback("copied", failed.text, failed);
  },

  clear() {
    const s = heard.panel.state;
    if (s) s.ui.notice.hidden = true;
  },
};
