// The panel's DOM: built once per rewrite inside an open shadow root; test ids per DESIGN.md.
globalThis.heard ??= {};

heard.h = (tag, attrs = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children.filter(Boolean));
  return el;
};

heard.panelView = {
  TONES: [
    ["warmer", "Warmer"],
    ["concise", "More concise"],
    ["formal", "More formal"],
  ],

  build(actions) {
    const h = heard.h;
    const tid = (id) => ({ "data-testid": id });
    const ui = {};
    ui.scores = h("span", { class: "scores", ...tid("heard-scores") });
    ui.close = h("button", { class: "close", ...tid("heard-close"), "aria-label": "Close Heard (Esc)", title: "Close (Esc)", onclick: actions.close, text: "×" });
    ui.context = h("div", { class: "context", ...tid("heard-context"), hidden: true });
    ui.status = h("div", { class: "status", role: "status", "aria-live": "polite", ...tid("heard-status") });
    ui.errorText = h("span");
    ui.errorCode = h("code", { class: "code", title: "Error code, for your admin" });
    ui.errorAction = h("button", { hidden: true, onclick: actions.openOptions, text: "Open Heard's options" });
    ui.error = h("div", { class: "error", role: "alert", ...tid("heard-error"), hidden: true }, ui.errorText, " ", ui.errorCode, ui.errorAction);
    // Replaces that failed after the panel moved on (notice.js): one notice each, until dismissed.
    ui.notices = h("div", { class: "notices", ...tid("heard-replace-failed-list") });
    ui.warnings = h("div", { ...tid("heard-warnings") });
    // How Heard read the customer: one line; hovering or focusing it shows their message with
    // the words that show it highlighted (built as text nodes: the message is untrusted).
    ui.customerLine = h("button", { class: "customer-line", type: "button", ...tid("heard-customer"), "aria-expanded": "false", "aria-controls": "heard-customer-message" });
    ui.customerMessage = h("div", { class: "customer-message", id: "heard-customer-message", role: "note", "aria-label": "The customer's message, with the words Heard read highlighted", ...tid("heard-customer-message"), hidden: true });
    ui.customer = h("div", { class: "customer", hidden: true }, ui.customerLine, ui.customerMessage);
    ui.diff = h("div", { class: "diff", ...tid("heard-diff"), role: "group", "aria-label": "Suggested changes. Press a change to reject it, again to accept it.", hidden: true });
    ui.rewrite = h("div", { class: "rewrite", ...tid("heard-rewrite"), "aria-label": "Rewrite", "aria-live": "off" });
    ui.plain = h("details", { open: true }, h("summary", { text: "Rewrite as plain text" }), ui.rewrite);
    ui.changes = h("ul", { ...tid("heard-changes"), "aria-label": "Why each change" });
    ui.changesTitle = h("h3", { text: "Why", hidden: true });
    ui.suggestions = h("ul", { ...tid("heard-suggestions"), "aria-label": "Suggestions" });
    ui.suggestionsTitle = h("h3", { text: "Suggestions", hidden: true });
    ui.replace = h("button", { class: "primary", ...tid("heard-replace"), disabled: true, onclick: actions.replace, "aria-keyshortcuts": "Control+Enter Meta+Enter", title: "Replace the draft (Ctrl+Enter)", text: "Replace" });
    ui.copy = h("button", { ...tid("heard-copy"), disabled: true, onclick: actions.copy, text: "Copy" });
    ui.tone = h("select", { ...tid("heard-tone"), "aria-label": "Tone for the next attempt" },
      h("option", { value: "", text: "Same tone" }),
      ...heard.panelView.TONES.map(([value, label]) => h("option", { value, text: label })));
    ui.retry = h("button", { ...tid("heard-retry"), disabled: true, onclick: actions.retry, text: "Try again" });
    ui.root = h(
      "div",
      { class: "panel", role: "dialog", "aria-modal": "false", "aria-label": "Heard: suggested rewrite of your reply", tabindex: "-1", ...tid("heard-panel"), onkeydown: actions.keydown },
      // not <header>: inside the helpdesk's page it would add a second banner landmark
      h("div", { class: "head" }, h("h2", { text: "Heard" }), ui.scores, ui.close),
      ui.context, ui.status, ui.notices, ui.error, ui.warnings, ui.customer, ui.diff, ui.plain,
      ui.changesTitle, ui.changes, ui.suggestionsTitle, ui.suggestions,
      h("div", { class: "actions" }, ui.replace, ui.copy, ui.tone, ui.retry,
        h("span", { class: "kbd", text: "Ctrl+Enter replaces · Esc closes" })),
    );
    return ui;
  },

  /** "Customer: frustrated (high) · a gift for a birthday", and the message with its signal
   * words marked. Offsets are checked against the message the page holds; a signal that does
   * not match it is not marked. */
  renderCustomer(ui, reading, message) {
    const h = heard.h;
    ui.customer.hidden = !reading;
    ui.customerMessage.hidden = true;
    ui.customerLine.setAttribute("aria-expanded", "false");
    if (!reading) return;
    const stake = reading.at_stake ? ` · ${reading.at_stake}` : "";
    ui.customerLine.textContent = `Customer: ${reading.feeling} (${reading.intensity})${stake}`;
    ui.customerLine.dataset.feeling = reading.feeling;
    const text = message || "";
    const nodes = [];
    let at = 0;
    const signals = [...(reading.signals || [])].sort((a, b) => a.start - b.start);
    for (const s of signals) {
      if (!(s.start >= at && s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text)) continue;
      nodes.push(document.createTextNode(text.slice(at, s.start)));
      nodes.push(h("mark", { class: `signal ${s.kind}`, "data-testid": "heard-signal", "data-kind": s.kind, title: s.kind.replace(/_/g, " "), text: s.text }));
      at = s.end;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    ui.customerMessage.replaceChildren(...nodes);
  },

  /** Show or hide the customer's message (hover, focus, or a press that pins it open). */
  showCustomer(ui, open) {
    ui.customerMessage.hidden = !open;
    ui.customerLine.setAttribute("aria-expanded", String(open));
  },

  renderDiff(ui, parts, rejected, onToggle) {
    const h = heard.h;
    ui.diff.replaceChildren(
      ...parts.map((p) => {
        if (p.equal !== undefined) return document.createTextNode(p.equal);
        const off = rejected.has(p.hunk);
        // Named by its own text (the words a speech-input user sees and says), with "removed" /
        // "added" cues as CSS alt text (styles.js); aria-pressed carries accepted or not.
        return h(
          "span",
          { class: `hunk${off ? " rejected" : ""}`, role: "button", tabindex: "0", "aria-pressed": String(!off), "data-testid": "heard-hunk",
            title: off ? "Rejected: press to accept" : "Accepted: press to reject",
            onclick: () => onToggle(p.hunk),
            onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); e.stopPropagation(); onToggle(p.hunk); } } },
          p.del ? h("del", { text: p.del }) : null,
          p.ins ? h("ins", { text: p.ins }) : null,
        );
      }),
    );
    ui.diff.hidden = false;
  },

  /** A change's whole clause: "before → after", "Added: …" or "Removed: …". */
  clause({ kind, before, after }) {
    const h = heard.h;
    const side = (cls, text) => h("span", { class: cls, "data-testid": `heard-change-${cls}`, text });
    if (kind === "added" && after) return h("div", { class: "clause" }, h("span", { class: "tag", text: "Added: " }), side("after", after));
    if (kind === "removed" && before) return h("div", { class: "clause" }, h("span", { class: "tag", text: "Removed: " }), side("before", before));
    if (!before && !after) return null;
    return h("div", { class: "clause" }, side("before", before || "—"), h("span", { "aria-hidden": "true", text: " → " }), h("span", { class: "sr", text: " becomes " }), side("after", after || "—"));
  },

  renderResult(ui, result, principleTitle) {
    const h = heard.h;
    ui.rewrite.textContent = result.rewrite;
    ui.plain.hidden = false;
    ui.plain.open = false;
    const { before, after } = result.scores || {};
    ui.scores.textContent = before != null ? `Empathy ${before} → ${after}` : "";
    const shown = heard.clauses.forResult(result);
    ui.changes.replaceChildren(
      ...(result.changes || []).map((c, i) =>
        h("li", { "data-testid": "heard-change" },
          h("span", { class: "principle", text: principleTitle(c.principle) }), ": ", c.explanation || "",
          heard.panelView.clause(shown[i])),
      ),
    );
    ui.changesTitle.hidden = !result.changes?.length;
    ui.suggestions.replaceChildren(...(result.suggestions || []).map((s) => h("li", { "data-testid": "heard-suggestion", text: s.text })));
    ui.suggestionsTitle.hidden = !result.suggestions?.length;
    ui.warnings.replaceChildren(...(result.warnings || []).map((w) => h("div", { class: "warning", role: "note", "data-testid": "heard-warning", text: w.message })));
  },
};
