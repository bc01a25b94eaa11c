// What the panel's buttons and keys do: Replace (Ctrl/Cmd+Enter), Copy, Try again with a tone,
// Close (Esc), open the options. Replace and Try again go through the background.
globalThis.heard ??= {};

heard.panel.actions = {
  async replace() {
    const s = heard.panel.state;
    if (!s?.result || s.ui.replace.disabled) return;
    heard.panel.notice.clear(); // the agent acts: an earlier failure has been read
    s.ui.replace.disabled = true;
    s.ui.status.textContent = "Replacing…";
    const partial = s.rejected.size > 0;
    const html = partial && s.result.html ? heard.partial.html(s.result.html, s.parts, s.rejected) : s.result.html;
    const text = heard.panel.finalText();
    // The rewrite this Replace writes and reports: "Try again" may put another in this panel
    // before it lands, which must get neither its feedback nor its close.
    const replaced = { ...s, rejected: new Set(s.rejected), text };
    // Done from now: a new rewrite opened meanwhile must not report this one dismissed.
    s.done = "replaced";
    const shown = () => heard.panel.state === s && s.result === replaced.result;
    try {
      await heard.panel.send(heard.msg.replace(text, html || undefined, s));
      heard.panel.feedback(partial ? "partial" : "accepted", text, replaced);
      // The agent may have asked for another rewrite while this one went in: that one stays.
      if (shown()) heard.panel.remove();
    } catch (error) {
      if (shown()) {
        s.done = null;
        s.ui.replace.disabled = false;
        heard.panel.error({ error: heard.errorShape(error) });
      } else {
        // The panel moved on ("Try again", another draft's rewrite) or was closed: wherever
        // the agent is now, they must not believe this rewrite went in.
        heard.panel.notice.show(replaced, heard.errorShape(error));
      }
    }
  },

  async copy() {
    const s = heard.panel.state;
    if (!s?.result) return;
    const text = heard.panel.finalText();
    heard.panel.notice.clear(); // the agent acts: an earlier failure has been read
    await heard.panel.actions.toClipboard(text);
    s.done = "copied";
    s.ui.status.textContent = "Copied. Paste it into your reply.";
    heard.panel.feedback("copied", text, s); // the server counts it once per rewrite
  },

  async toClipboard(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = heard.h("textarea", { style: "position:fixed;opacity:0" });
      area.value = text;
      heard.panel.state.ui.root.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  },

  retry() {
    const s = heard.panel.state;
    if (!s) return;
    if (s.result && !s.done) heard.panel.feedback("rejected");
    heard.panel.start({ request: null });
    const { ui } = s;
    heard.panel.send(heard.msg.retry(ui.tone.value || undefined)).catch((error) => heard.panel.error({ error: heard.errorShape(error) }));
  },

  close() {
    const s = heard.panel.state;
    if (!s) return;
    if (s.result && !s.done) heard.panel.feedback("rejected");
    const hadEditor = s.frameId != null;
    heard.panel.remove();
    if (hadEditor) heard.panel.send(heard.msg.panelClosed()).catch(() => {});
  },

  openOptions: () => heard.panel.send(heard.msg.openOptions()).catch(() => {}),

  keydown(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      heard.panel.actions.close();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      heard.panel.actions.replace();
    }
  },
};
