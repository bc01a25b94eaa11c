// One rewrite session per tab (which frame holds the editor, the captured draft, the last
// answer's id), in chrome.storage.session: Chrome stops idle service workers, globals vanish.
globalThis.heard ??= {};

heard.session = {
  key: (tabId) => `session:${tabId}`,

  async get(tabId) {
    const key = heard.session.key(tabId);
    const found = (await chrome.storage.session.get(key))[key];
    if (!found) throw heard.fail("no_session", "Start a rewrite first (Alt+Shift+E in the editor).");
    return found;
  },

  async set(tabId, session) {
    await chrome.storage.session.set({ [heard.session.key(tabId)]: session });
    return session;
  },

  async update(tabId, patch) {
    return heard.session.set(tabId, { ...(await heard.session.get(tabId)), ...patch });
  },
};
