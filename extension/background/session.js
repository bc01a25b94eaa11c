// One rewrite session per tab (which frame holds the editor, the captured draft, the last
// answer's id), in chrome.storage.session: Chrome stops idle service workers, globals vanish.
globalThis.heard ??= {};

heard.session = {
  key: (tabId) => `session:${tabId}`,

  /** Runs `write` alone for this tab: an update reads then writes, so two at once (the
   * "sent" feedback and the next answer's id) would each write back what the other missed.
   * A Web Lock rather than a promise chain in a global: it holds no state of ours, and it
   * serialises every context of the extension (Firefox's event page too). */
  exclusive: (tabId, write) => navigator.locks.request(heard.session.key(tabId), write),

  async get(tabId) {
    const key = heard.session.key(tabId);
    const found = (await chrome.storage.session.get(key))[key];
    if (!found) throw heard.fail("no_session", "Start a rewrite first (Alt+Shift+E in the editor).");
    return found;
  },

  set(tabId, session) {
    return heard.session.exclusive(tabId, async () => {
      await chrome.storage.session.set({ [heard.session.key(tabId)]: session });
      return session;
    });
  },

  update(tabId, patch) {
    return heard.session.exclusive(tabId, async () => {
      const session = { ...(await heard.session.get(tabId)), ...patch };
      await chrome.storage.session.set({ [heard.session.key(tabId)]: session });
      return session;
    });
  },
};
