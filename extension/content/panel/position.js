// Where the panel goes: beside the editor (whose frame may be a child frame), else docked.
globalThis.heard ??= {};

heard.panelPosition = {
  /** Where the panel's host goes: in <body>, where assistive tech and checkers look, unless
   * <body> is a frameset or would become the panel's containing block (transform, filter…). */
  parent() {
    const body = document.body;
    if (body?.tagName !== "BODY") return document.documentElement;
    const s = getComputedStyle(body);
    const contains = s.transform !== "none" || s.filter !== "none" || s.perspective !== "none" || /paint|layout|strict|content/.test(s.contain);
    return contains ? document.documentElement : body;
  },

  /** The iframe element in this document that shows frameId (whose page is at url). */
  frameElement(frameId, url) {
    const frames = [...document.querySelectorAll("iframe, frame")];
    const byId = frames.find((f) => {
      try {
        return chrome.runtime.getFrameId?.(f) === frameId; // Firefox has it, Chrome does not
      } catch {
        return false;
      }
    });
    if (byId) return byId;
    return frames.find((f) => {
      if (f.src === url) return true;
      try {
        return f.contentWindow.location.href === url;
      } catch {
        return false;
      }
    });
  },

  /** The editor's rect in the top frame, or null when Heard can't tell (it then docks). */
  anchor(frameId, rect, url) {
    if (!rect) return null;
    if (frameId === 0) return rect;
    const frame = heard.panelPosition.frameElement(frameId, url);
    if (!frame) return null;
    const f = frame.getBoundingClientRect();
    return { x: f.left + frame.clientLeft + rect.x, y: f.top + frame.clientTop + rect.y, width: rect.width, height: rect.height };
  },

  place(panel, anchor) {
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = innerHeight;
    panel.style.maxHeight = "";
    const w = panel.offsetWidth;
    let ph = panel.offsetHeight;
    if (anchor) {
      // shrink (it scrolls) rather than cover the editor, when one side has a decent room
      const below = vh - (anchor.y + anchor.height) - 16;
      const above = anchor.y - 16;
      const room = Math.max(below, above);
      if (ph > room && room >= 280) {
        panel.style.maxHeight = `${room}px`;
        ph = room;
      }
    }
    const clampX = (x) => Math.max(8, Math.min(x, vw - w - 8));
    let left = vw - w - 16;
    let top = Math.max(8, vh - ph - 16);
    if (anchor) {
      left = clampX(anchor.x + anchor.width - w);
      const below = anchor.y + anchor.height + 8;
      if (below + ph <= vh - 8) top = below;
      else if (anchor.y - ph - 8 >= 8) top = anchor.y - ph - 8;
      else if (anchor.x + anchor.width + w + 16 <= vw) [left, top] = [anchor.x + anchor.width + 8, Math.max(8, Math.min(anchor.y, vh - ph - 8))];
    }
    Object.assign(panel.style, { left: `${left}px`, top: `${top}px` });
  },

  /** Match the page: dark when its own background is dark. A page with no background shows
   * the browser's canvas, which is dark only when the page opts into a dark color-scheme. */
  theme() {
    for (const el of [document.body, document.documentElement]) {
      if (!el) continue;
      const m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (!m || (m.length === 4 && Number(m[3]) === 0)) continue;
      const [r, g, b] = m.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? "dark" : "light";
    }
    const scheme = getComputedStyle(document.documentElement).colorScheme || "";
    return scheme.includes("dark") && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  },
};
