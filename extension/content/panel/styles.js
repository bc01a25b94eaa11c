// The panel's CSS, inside its shadow root: nothing leaks in from the page or out to it.
globalThis.heard ??= {};

heard.panelCss = `
:host { all: initial; }
.panel { --bg:#fff; --fg:#1d2330; --muted:#5b6475; --line:#d8dce6; --accent:#3b5bdb; --ins:#d3f9d8; --ins-fg:#1b5e20; --del:#ffe3e3; --del-fg:#a61e1e; --warn:#fff3bf; --err:#ffe3e3; --on-accent:#fff;
  position: fixed; z-index: 2147483647; width: min(440px, calc(100vw - 16px)); max-height: min(72vh, 640px); overflow: auto;
  box-sizing: border-box; padding: 12px 14px; border-radius: 10px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); box-shadow: 0 10px 30px rgba(0,0,0,.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
.panel.dark { --bg:#1f232b; --fg:#e7eaf0; --muted:#a3abbb; --line:#3a404d; --accent:#8ea6ff; --ins:#1e3a24; --ins-fg:#b8f5c2; --del:#46201f; --del-fg:#ffc9c9; --warn:#4a3d12; --err:#4a1f1f; --on-accent:#10131a; }
@media (prefers-color-scheme: dark) { .panel.auto { --bg:#1f232b; --fg:#e7eaf0; --muted:#a3abbb; --line:#3a404d; --accent:#8ea6ff; --ins:#1e3a24; --ins-fg:#b8f5c2; --del:#46201f; --del-fg:#ffc9c9; --warn:#4a3d12; --err:#4a1f1f; --on-accent:#10131a; } }
.panel:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.head { display:flex; align-items:center; gap:8px; margin-bottom:8px; }
.head h2 { font-size:15px; margin:0; flex:1; }
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip-path:inset(50%); white-space:nowrap; }
.hunk del::before { content: "" / "removed: "; } .hunk ins::before { content: "" / " added: "; }
.clause { margin-top: 2px; } .tag { color: var(--muted); }
.scores { color: var(--muted); font-size: 12px; }
.customer { margin: 6px 0; }
.customer-line { border: 0; padding: 2px 0; background: transparent; color: var(--fg); font-size: 13px; text-align: left; cursor: help; }
.customer-message { white-space: pre-wrap; max-height: 160px; overflow: auto; font-size: 13px; padding: 6px 8px; margin-top: 4px; border: 1px solid var(--line); border-radius: 6px; }
mark.signal { background: var(--warn); color: var(--fg); border-radius: 2px; padding: 0 1px; }
.close { border:0; background:transparent; color:var(--fg); font-size:18px; cursor:pointer; padding:2px 6px; border-radius:4px; }
.status, .context { color: var(--muted); font-size: 12px; margin: 4px 0; }
.diff { white-space: pre-wrap; padding: 8px; border:1px solid var(--line); border-radius:6px; margin:6px 0; }
.hunk { cursor: pointer; border-radius: 3px; }
.hunk:focus { outline: 2px solid var(--accent); }
ins { background: var(--ins); color: var(--ins-fg); text-decoration: none; }
del { background: var(--del); color: var(--del-fg); }
.hunk.rejected ins { text-decoration: line-through; background: transparent; color: var(--muted); }
.hunk.rejected del { text-decoration: none; background: transparent; color: inherit; }
details { margin: 6px 0; } summary { cursor: pointer; color: var(--muted); font-size: 12px; }
.rewrite { white-space: pre-wrap; padding: 8px; border-left: 3px solid var(--accent); margin: 6px 0; }
ul { margin: 4px 0; padding-left: 18px; } li { margin: 3px 0; }
.principle { font-weight: 600; }
.before { color: var(--del-fg); } .after { color: var(--ins-fg); }
.warning { background: var(--warn); padding: 6px 8px; border-radius: 6px; margin: 4px 0; font-size: 13px; }
.error { background: var(--err); padding: 8px; border-radius: 6px; margin: 6px 0; }
.error button { margin-left: 6px; } .error .code { font-size: 12px; }
.actions { display:flex; flex-wrap: wrap; gap:6px; align-items:center; margin-top:10px;
  position: sticky; bottom: -12px; background: var(--bg); padding: 8px 0 10px; border-top: 1px solid var(--line); }
button, select { font: inherit; font-size: 13px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); padding: 5px 10px; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); font-weight: 600; }
button:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button[disabled] { opacity: .5; cursor: default; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 2px; }
[hidden] { display: none !important; }
.kbd { color: var(--muted); font-size: 11px; }
`;
