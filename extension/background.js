// Service worker (Chrome) / event page (Firefox loads the same files via background.scripts).
if (typeof importScripts === "function") {
  importScripts(
    "shared/protocol.js",
    "shared/handle.js",
    "shared/settings.js",
    "background/session.js",
    "background/errors.js",
    "background/sse.js",
    "background/api.js",
    "background/connection.js",
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
  heard.settings.get().then(({ token }) => {
    if (!token) chrome.runtime.openOptionsPage(); // the one thing a newcomer has to enter
  });
});
