// The background: a map of named handlers, one per message kind (shared/protocol.js).
globalThis.heard ??= {};

heard.handlers = {
  trigger: (msg, sender) => heard.flow.startRewrite(sender.tab.id, sender.frameId),

  retry: (msg, sender) => heard.flow.requestRewrite(sender.tab.id, { tone: msg.tone }),

  /** Into the editor the panel's rewrite was read from, named by the panel: by the time it
   * runs the tab's session may belong to a newer rewrite of another editor. */
  async replace(msg, sender) {
    const done = await heard.flow.toFrame(sender.tab.id, msg.frameId, heard.msg.insert(msg.text, msg.html, msg.captureId));
    await heard.session.update(sender.tab.id, { technique: done.technique });
    return { technique: done.technique };
  },

  /** What the agent did with a rewrite: the action, the principles of the changes they
   * rejected, and for `sent` only a number (never any text). */
  async feedback(msg, sender) {
    const body = { id: msg.id, action: msg.action };
    if (msg.rejected_principles?.length) body.rejected_principles = msg.rejected_principles;
    if (typeof msg.edit_distance === "number") body.edit_distance = msg.edit_distance;
    await heard.api.feedback(body);
    const patch = msg.action === "sent" ? { sent: body.edit_distance } : { feedback: msg.action };
    await heard.session.update(sender.tab.id, patch).catch(() => {});
  },

  /** After Replace or Copy: the editor's frame watches for what the agent finally sends. */
  "track-kept": (msg, sender) =>
    heard.flow.toFrame(sender.tab.id, msg.frameId, heard.msg.watchKept(msg.id, msg.text, msg.after, msg.captureId)),

  async "panel-closed"(msg, sender) {
    const { frameId } = await heard.session.get(sender.tab.id);
    await heard.flow.toFrame(sender.tab.id, frameId, heard.msg.refocus()).catch(() => {});
  },

  "open-options": () => chrome.runtime.openOptionsPage(),

  "check-connection": () => heard.connection.check(),
};
