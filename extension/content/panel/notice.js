// A Replace that failed after the panel moved on: "Try again" put a new rewrite in it, the
// agent opened a rewrite of another draft, or closed the panel. The panel's own error box
// belongs to the attempt it shows and is cleared by the next answer, so each such failure is
// told in a notice of its own, in the panel on screen (one opened for it if none is; a panel
// opened later for another rewrite takes it over), naming the rewrite that did not go in, until
// the agent dismisses it, copies that rewrite, or acts in the panel (Replace, Copy). A second
// failure adds a notice: it never hides the first.
globalThis.heard ??= {};

heard.panel.notice = {
  /** Opening words of the rewrite that failed: which one it was, as the agent last read it. */
  name(rewrite) {
    const words = (rewrite || "").trim().split(/\s+/);
    return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : words.join(" ");
  },

  /** Adds to the panel on screen that `failed` (the state Replace kept) did not go in. Earlier
   * failures the agent has not dismissed stay: each rewrite that did not go in keeps its own
   * Copy and Dismiss. */
  show(failed, error) {
    const opened = !heard.panel.state;
    if (opened) {
      // No panel on screen: one with only the notice, where the failed rewrite's panel was.
      heard.panel.open({ frameId: null });
      heard.panel.state.anchor = failed.anchor;
    }
    const { ui } = heard.panel.state;
    const { h } = heard;
    const tid = (id) => ({ "data-testid": id });
    // The reason alone: the failing panel's advice ("Press Try again, or use Copy") would send
    // the agent to THIS panel's buttons, which act on another rewrite.
    const text = h("span", {
      text:
        `Replace did not go in for your earlier rewrite “${heard.panel.notice.name(failed.result.rewrite)}”: ` +
        `${error.reason || error.message} Use “Copy that rewrite” and paste it where it belongs.`,
    });
    const code = h("code", { class: "code", title: "Error code, for your admin", text: error.code ? `(${error.code})` : "" });
    const item = h("div", { class: "error", role: "alert", ...tid("heard-replace-failed"), "data-code": error.code || "" });
    const copy = h("button", { ...tid("heard-replace-failed-copy"), onclick: () => heard.panel.notice.copy(failed, item), text: "Copy that rewrite" });
    const dismiss = h("button", { ...tid("heard-replace-failed-dismiss"), onclick: () => heard.panel.notice.dismiss(item), text: "Dismiss" });
    item.append(text, " ", code, copy, dismiss);
    ui.notices.append(item);
    heard.panel.reflow();
    if (opened) copy.focus({ preventScroll: true });
  },

  /** The failed rewrite's own text to the clipboard, to paste where it belongs. */
  async copy(failed, item) {
    const s = heard.panel.state;
    await heard.panel.actions.toClipboard(failed.text);
    heard.panel.notice.dismiss(item);
    if (s) s.ui.status.textContent = "Copied your earlier rewrite. Paste it into its reply.";
    heard.panel.feedback("copied", failed.text, failed);
  },

  /** One notice read: the others stay; focus stays in the panel for keyboard users. */
  dismiss(item) {
    const s = heard.panel.state;
    const had = item.contains(item.getRootNode().activeElement);
    item.remove();
    if (!s) return;
    heard.panel.reflow();
    if (had) (s.ui.notices.lastElementChild?.querySelector("button") || s.ui.root).focus({ preventScroll: true });
  },

  /** The agent acted in the panel (Replace, Copy): the failures told so far have been read. */
  clear() {
    const s = heard.panel.state;
    if (s) s.ui.notices.replaceChildren();
  },
};
