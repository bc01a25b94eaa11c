// The agent's settings (server address and token) in chrome.storage.local, never in globals.
// The one place that reads and writes them: the service worker and the options page load it.
globalThis.heard ??= {};

heard.settings = {
  // `heard serve` listens here by default (HEARD_HOST, HEARD_PORT): a newcomer pastes a token only.
  defaults: { serverUrl: "http://127.0.0.1:8750", token: "" },

  /** The address as the agent typed it, without surrounding spaces or a trailing slash. */
  normalize: (serverUrl) => (serverUrl || "").trim().replace(/\/+$/, ""),

  async get() {
    const stored = await chrome.storage.local.get(["serverUrl", "token"]);
    return {
      serverUrl: heard.settings.normalize(stored.serverUrl) || heard.settings.defaults.serverUrl,
      token: (stored.token || "").trim(),
    };
  },

  async save({ serverUrl, token }) {
    const saved = { serverUrl: heard.settings.normalize(serverUrl), token: (token || "").trim() };
    await chrome.storage.local.set(saved);
    return saved;
  },

  /** The settings, or a not_configured error that sends the agent to the options. */
  async require() {
    const s = await heard.settings.get();
    if (!s.token) {
      throw heard.fail(
        "not_configured",
        "Heard needs your token: open Heard's options and paste the token your admin gave you.",
        { action: "open-options" },
      );
    }
    return s;
  },
};
