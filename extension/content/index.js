// Content script entry (every frame): listen to the background, watch for editors, shortcut.
globalThis.heard ??= {};
if (!heard.started) {
  heard.started = true;
  document.documentElement.setAttribute("data-heard-frame", "");
  chrome.runtime.onMessage.addListener(heard.handle(heard.contentHandlers));
  heard.triggerButton.start();
  heard.shortcut.start();
  heard.childFrames.start();
}
