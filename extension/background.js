// Service worker (Chrome) / event page (Firefox loads the same files via background.scripts).
if (typeof importScripts === "function") {
  importScripts(
    "shared/protocol.js",
    "shared/handle.js",
    "background/settings.js",
    "background/session.js",
    "background/errors.js",
    "background/sse.js",
    "background/api.js",
    "background/frames.js",
    "background/rewrite-flow.js",
    "background/handlers.js",
    "background/entry-points.js",
  );
}

chrome.runtime.onMessage.addListener(heard.handle(heard.handlers));
chrome.commands.onCommand.addListener((command, tab) => heard.entry.onCommand(command, tab));
chrome.action.onClicked.addListener((tab) => heard.entry.onAction(tab));
chrome.contextMenus.onClicked.addListener((info, tab) => heard.entry.onMenu(info, tab));
chrome.runtime.onInstalled.addListener(() => {
  heard.entry.installMenu();
  chrome.storage.local.get("serverUrl").then(({ serverUrl }) => {
    if (!serverUrl) chrome.runtime.openOptionsPage();
  });
});
