// Finds the frame of a tab whose editor the agent is in, for entry points that don't know it
// (the chrome.commands shortcut and the toolbar button).
globalThis.heard ??= {};

heard.frames = {
  async findEditorFrame(tabId) {
    let results = [];
    try {
      results = await chrome.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: () => globalThis.heard?.dom?.probe?.() ?? null,
      });
    } catch {
      return null; // a page Heard may not run in (browser pages, the web store)
    }
    const editors = results.filter((r) => r.result?.editable);
    editors.sort(
      (a, b) => Number(b.result.focused) - Number(a.result.focused) || b.result.focusedAt - a.result.focusedAt,
    );
    return editors.length ? editors[0].frameId : null;
  },
};
