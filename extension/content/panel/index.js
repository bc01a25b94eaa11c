// The panel, in the top frame only: opened by the background for the editor's frame, fed by
// stream deltas and the final answer; its buttons send replace / retry / feedback / close.
globalThis.heard ??= {};

heard.panel = {
  state: null, // {host, ui, frameId, captureId, anchor, result, rejected: Set, parts, done}

  principleTitle: (id) => (id ? id.charAt(0).toUpperCase() + id.slice(1).replace(/[-_]+/g, " ") : "Change"),

  send: (message) => heard.ask(chrome.runtime.sendMessage(message)),

  open({ frameId, captureId, rect, url, context }) {
    const last = heard.panel.state;
    if (last?.result && !last.done) heard.panel.feedback("rejected"); // a new rewrite over an unused one
    // Replaces that failed and were not dismissed (notice.js) move to the new panel: a rewrite
    // that did not go in stays told until the agent dismisses or copies it.
    const notices = last ? [...last.ui.notices.children] : [];
    heard.panel.remove();
    const host = document.createElement("heard-panel-host");
    const shadow = host.attachShadow({ mode: "open" });
    const ui = heard.panelView.build(heard.panel.actions);
    ui.root.classList.add(heard.panelPosition.theme());
    shadow.append(heard.h("style", { text: heard.panelCss }), ui.root);
    heard.panelPosition.parent().append(host);
    const anchor = heard.panelPosition.anchor(frameId, rect, url);
    heard.panel.state = { host, ui, frameId, captureId, anchor, result: null, rejected: new Set(), parts: [], streamed: "",
      customerMessage: context?.customer_message || "", pinned: false };
    const showCustomer = (open) => heard.panelView.showCustomer(ui, open || heard.panel.state?.pinned);
    ui.customer.addEventListener("mouseenter", () => showCustomer(true));
    ui.customer.addEventListener("mouseleave", () => showCustomer(false));
    ui.customerLine.addEventListener("focus", () => showCustomer(true));
    ui.customerLine.addEventListener("blur", () => showCustomer(false));
    ui.customerLine.addEventListener("click", () => {
      const s = heard.panel.state;
      s.pinned = !s.pinned;
      heard.panelView.showCustomer(ui, s.pinned);
    });
    if (context?.customer_message) {
      ui.context.hidden = false;
      ui.context.textContent = `Using ${context.customer_name ? `${context.customer_name}'s` : "the customer's"} last message as context.`;
    }
    ui.status.textContent = frameId == null ? "" : "Rewriting…";
    ui.plain.hidden = true; // until the first words arrive
    ui.notices.append(...notices);
    heard.panel.reflow();
    ui.root.focus({ preventScroll: true });
  },

  reflow() {
    const s = heard.panel.state;
    if (s) heard.panelPosition.place(s.ui.root, s.anchor);
  },

  /** Is this message from the attempt the panel shows? (errors before any attempt are) */
  current: (request) => heard.panel.state && (!request || request === heard.panel.state.request),

  /** A new attempt begins (first one, or Try again): clear the last one's answer. */
  start({ request }) {
    const s = heard.panel.state;
    if (!s) return;
    Object.assign(s, { request, result: null, streamed: "", parts: [], rejected: new Set(), done: null });
    const { ui } = s;
    ui.error.hidden = true;
    ui.diff.hidden = true;
    ui.customer.hidden = true;
    ui.rewrite.textContent = "";
    ui.plain.open = true;
    ui.plain.hidden = true;
    for (const b of [ui.replace, ui.copy, ui.retry]) b.disabled = true;
    ui.status.textContent = "Rewriting…";
  },

  delta({ request, text }) {
    const s = heard.panel.state;
    if (!heard.panel.current(request) || s.result) return;
    s.streamed += text;
    s.ui.plain.hidden = false;
    s.ui.rewrite.textContent = s.streamed;
    s.ui.status.textContent = "Writing… Replace turns on when the rewrite is finished.";
  },

  result({ request, result }) {
    const s = heard.panel.state;
    if (!heard.panel.current(request)) return;
    Object.assign(s, { result, rejected: new Set(), parts: heard.diff.hunks(result.diff), done: null });
    const { ui } = s;
    ui.error.hidden = true;
    heard.panelView.renderResult(ui, result, heard.panel.principleTitle);
    heard.panelView.renderCustomer(ui, result.customer, s.customerMessage);
    heard.panel.renderDiff();
    const hunks = s.parts.filter((p) => p.hunk !== undefined).length;
    ui.status.textContent = hunks
      ? `${hunks} change${hunks > 1 ? "s" : ""}${result.cached ? " (from cache)" : ""}. Press a change to reject it.`
      : "Heard has nothing to change in this draft.";
    for (const b of [ui.replace, ui.copy, ui.retry]) b.disabled = false;
    heard.panel.reflow();
    ui.replace.focus({ preventScroll: true });
  },

  error({ request, error }) {
    const s = heard.panel.state;
    if (!heard.panel.current(request)) return;
    const { ui } = s;
    ui.error.hidden = false;
    ui.error.dataset.code = error.code;
    ui.errorText.textContent = error.message;
    ui.errorCode.textContent = error.code ? `(${error.code})` : "";
    ui.errorAction.hidden = error.action !== "open-options";
    ui.status.textContent = "";
    ui.retry.disabled = false;
    ui.copy.disabled = !s.result;
    heard.panel.reflow();
    (s.result ? ui.copy : ui.errorAction.hidden ? ui.retry : ui.errorAction).focus({ preventScroll: true });
  },

  renderDiff() {
    const s = heard.panel.state;
    heard.panelView.renderDiff(s.ui, s.parts, s.rejected, (n) => {
      if (s.rejected.has(n)) s.rejected.delete(n);
      else s.rejected.add(n);
      heard.panel.renderDiff();
      s.ui.diff.querySelectorAll(".hunk")[n]?.focus();
    });
  },

  /** The text to use: the rewrite, or the draft with only the accepted changes. */
  finalText() {
    const s = heard.panel.state;
    return s.rejected.size ? heard.diff.finalText(s.parts, s.rejected) : s.result.rewrite;
  },

  /** What the agent did (no text leaves the page): accepted, partial or copied (with the
   * principles of the changes they rejected), rejected. After Replace or Copy (`kept`: the text Heard
   * put in the editor or on the clipboard) the editor's frame watches for what is sent, before
   * the action is reported: once it is recorded, what the agent types next is measured.
   * `s`: the panel's state when it was done: a newer rewrite may have replaced it since. */
  feedback(action, kept, s = heard.panel.state) {
    if (!s?.result?.id) return;
    // Copy takes only the ticked changes too: the server judges each principle by this list.
    const rejectedPrinciples = action === "rejected" ? [] : heard.rejected.principles(s.result, s.parts, s.rejected);
    const { id } = s.result;
    const report = () => heard.panel.send(heard.msg.feedback(id, action, { rejectedPrinciples })).catch(() => {}); // never bothers the agent
    if (kept != null && s.frameId != null) {
      heard.panel.send(heard.msg.trackKept(id, kept, action === "copied" ? "copied" : "replaced", s)).catch(() => {}).then(report);
    } else {
      report();
    }
  },

  remove() {
    heard.panel.state?.host.remove();
    heard.panel.state = null;
  },
};
