// The background: a map of named handlers, one per message kind (shared/protocol.js).
globalThis.heard ??= {};

heard.handlers = {
  trigger: (msg, sender) => heard.flow.startRewrite(sender.tab.id, sender.frameId),

  retry: (msg, sender) => heard.flow.requestRewrite(sender.tab.id, { tone: msg.tone }),

  async replace(msg, sender) {
    const { frameId } = await heard.session.get(sender.tab.id);
    const done = await heard.flow.toFrame(sender.tab.id, frameId, heard.msg.insert(msg.text, msg.html));
    await heard.session.update(sender.tab.id, { technique: done.technique });
    return { technique: done.technique };
  },

  async feedback(msg, sender) {
    const body = { id: msg.id, action: msg.action };
    if (msg.final_text != null) body.final_text = msg.final_text;
    await heard.api.feedback(body);
    await heard.session.update(sender.tab.id, { feedback: msg.action });
  },

  async "panel-closed"(msg, sender) {
    const { frameId } = await heard.session.get(sender.tab.id);
    await heard.flow.toFrame(sender.tab.id, frameId, heard.msg.refocus()).catch(() => {});
  },

  "open-options": () => chrome.runtime.openOptionsPage(),

  "check-connection": () => heard.connection.check(),
};
