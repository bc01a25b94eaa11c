// Thin dispatchers: each browser entry point only finds the tab (and frame) and calls the one
// code path, heard.flow.startRewrite. Tests call these functions through the service worker.
globalThis.heard ??= {};

heard.entry = {
  async activeTab() {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  },
  /** chrome.commands: the remappable Alt+Shift+E. */
  async onCommand(command, tab) {
    if (command !== "rewrite") return;
    tab ??= await heard.entry.activeTab();
    return heard.flow.startRewrite(tab.id);
  },
  /** The toolbar button. */
  async onAction(tab) {
    tab ??= await heard.entry.activeTab();
    return heard.flow.startRewrite(tab.id);
  },
  /** The right-click menu item, in the frame that was right-clicked. */
  async onMenu(info, tab) {
    if (info.menuItemId !== "heard-rewrite") return;
    tab ??= await heard.entry.activeTab();
    return heard.flow.startRewrite(tab.id, info.frameId ?? 0);
  },
  installMenu() {
    chrome.contextMenus.removeAll(() =>
      chrome.contextMenus.create({
        id: "heard-rewrite",
        title: "Rewrite with Heard",
        contexts: ["editable", "selection"],
      }),
    );
  },
};
