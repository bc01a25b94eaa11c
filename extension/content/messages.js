// The content script's handlers, one per message kind the background sends to a frame.
globalThis.heard ??= {};

heard.contentHandlers = {
  capture: () => heard.capture.capture(),
  insert: (msg) => heard.insert(msg),
  refocus() {
    const session = heard.state.session;
    if (session?.el?.isConnected && !session.replaced) heard.capture.reselect(session);
    else session?.el?.focus?.({ preventScroll: true });
  },
  "panel-open": (msg) => heard.panel.open(msg),
  "panel-delta": (msg) => heard.panel.delta(msg),
  "panel-result": (msg) => heard.panel.result(msg),
  "panel-error": (msg) => heard.panel.error(msg),
};
