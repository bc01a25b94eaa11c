// Alt+Shift+E inside the page (the chrome.commands shortcut is the remappable twin; when the
// browser takes the key for the command, this listener never sees it, so one rewrite starts).
globalThis.heard ??= {};

heard.shortcut = {
  matches: (e) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === "KeyE",

  onKeydown(e) {
    if (!heard.shortcut.matches(e) || !heard.dom.focusedEditor()) return;
    e.preventDefault();
    e.stopPropagation();
    heard.trigger();
  },

  start() {
    addEventListener("keydown", heard.shortcut.onKeydown, true);
  },
};

/** Every in-page entry point ends here: the background runs the one rewrite path for this frame. */
heard.trigger = () => {
  const editor = heard.dom.focusedEditor();
  if (editor) heard.state.lastEditor = editor;
  chrome.runtime.sendMessage(heard.msg.trigger()).catch(() => {});
};
