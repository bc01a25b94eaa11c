// The content script's handlers, one per message kind the background sends to a frame.
globalThis.heard ??= {};

heard.contentHandlers = {
  capture: (msg) => heard.capture.capture(msg),
  insert: (msg) => heard.insert(msg),
  "watch-kept": (msg) => heard.kept.watch(msg),
  refocus() {
    if (heard.state.session) heard.capture.restore(heard.state.session);
  },
  "panel-open": (msg) => heard.panel.open(msg),
  "panel-start": (msg) => heard.panel.start(msg),
  "panel-delta": (msg) => heard.panel.delta(msg),
  "panel-result": (msg) => heard.panel.result(msg),
  "panel-error": (msg) => heard.panel.error(msg),
};
