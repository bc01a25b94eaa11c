// THE code path of a rewrite. Every entry point (shortcut, floating button, toolbar button,
// context menu, chrome.commands) calls startRewrite; "Try again" calls requestRewrite.
globalThis.heard ??= {};

heard.flow = {
  toPanel: (tabId, message) => chrome.tabs.sendMessage(tabId, message, { frameId: 0 }),
  toFrame: (tabId, frameId, message) => heard.ask(chrome.tabs.sendMessage(tabId, message, { frameId })),

  async showError(tabId, error, request) {
    await heard.flow.toPanel(tabId, heard.msg.panelError(heard.errorShape(error), request));
  },

  /** Captures the draft in the editor's frame, opens the panel, and asks for a rewrite. */
  async startRewrite(tabId, frameId) {
    if (frameId == null) frameId = await heard.frames.findEditorFrame(tabId);
    if (frameId == null) {
      await heard.flow.toPanel(tabId, heard.msg.panelOpen(null, {}));
      await heard.flow.showError(
        tabId,
        heard.fail("no_editor", "Put the cursor in the reply editor (or select part of your reply), then ask Heard again."),
      );
      return { started: false };
    }
    // Names this reading of the editor: Replace writes into it even after a newer one.
    const captureId = crypto.randomUUID();
    let capture;
    try {
      capture = await heard.flow.toFrame(tabId, frameId, heard.msg.capture(captureId));
    } catch (error) {
      await heard.flow.toPanel(tabId, heard.msg.panelOpen(null, {}));
      await heard.flow.showError(tabId, error);
      return { started: false };
    }
    const { draft, context, editor, rect, url } = capture;
    await heard.session.set(tabId, { frameId, draft, context, editor, lastId: null });
    await heard.flow.toPanel(tabId, heard.msg.panelOpen(frameId, { captureId, draft, context, editor, rect, url }));
    return heard.flow.requestRewrite(tabId, {});
  },

  /** Asks the server for a rewrite of the session's draft and streams it into the panel.
   * Each attempt has an id: the panel ignores what an older, superseded attempt still sends. */
  async requestRewrite(tabId, { tone } = {}) {
    const request = crypto.randomUUID();
    const session = await heard.session.update(tabId, { request });
    await heard.flow.toPanel(tabId, heard.msg.panelStart(request));
    try {
      if (!session.draft.text.trim()) {
        throw heard.fail("empty", "There is nothing to rewrite yet: write your reply first, then ask Heard.");
      }
      const { text, html } = session.draft;
      const body = { ...(html ? { html } : { text }), context: session.context, locale: navigator.language };
      if (tone) Object.assign(body, { tone, no_cache: true });
      const result = await heard.api.rewrite(body, (text) =>
        heard.flow.toPanel(tabId, heard.msg.panelDelta(request, text)),
      );
      await heard.session.update(tabId, { lastId: result.id });
      await heard.flow.toPanel(tabId, heard.msg.panelResult(request, result));
      return { started: true, id: result.id };
    } catch (error) {
      await heard.flow.showError(tabId, error, request);
      return { started: true, error: heard.errorShape(error) };
    }
  },
};
