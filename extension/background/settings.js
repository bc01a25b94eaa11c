// The agent's settings (server URL and token), kept in chrome.storage.local, never in globals.
globalThis.heard ??= {};

heard.settings = {
  defaults: { serverUrl: "http://127.0.0.1:8000", token: "" },

  async get() {
    const stored = await chrome.storage.local.get(["serverUrl", "token"]);
    return { ...heard.settings.defaults, ...stored };
  },

  /** The server URL without a trailing slash, or a not_configured error. */
  async require() {
    const s = await heard.settings.get();
    if (!s.serverUrl || !s.token) {
      throw heard.fail(
        "not_configured",
        "Heard needs your server address and token: open Heard's options and enter them.",
        { action: "open-options" },
      );
    }
    return { ...s, serverUrl: s.serverUrl.replace(/\/+$/, "") };
  },
};
