// Every message between Heard's parts, as one typed shape each. Build messages only here.
// Every handler answers {ok: true, ...} or {ok: false, error: {code, message}} (shared/handle.js).
globalThis.heard ??= {};

/**
 * @typedef {{code: string, message: string, retryAfter?: number, action?: 'open-options', setting?: string, reason?: string}} HeardError
 * @typedef {{text: string, html?: string, selection: boolean}} Draft
 * @typedef {{customer_message?: string, customer_name?: string, channel?: string, site?: string}} Context
 * @typedef {{x: number, y: number, width: number, height: number}} Rect
 *
 * content → background
 * @typedef {{kind: 'trigger'}} TriggerMsg                    in-page shortcut or floating button
 * @typedef {{kind: 'replace', text: string, html?: string, frameId: number, captureId: string}} ReplaceMsg
 *   panel → the editor its rewrite was read from (frame and capture named by the panel)
 * @typedef {{kind: 'retry', tone?: string}} RetryMsg
 * @typedef {{kind: 'feedback', id: string, action: 'accepted'|'rejected'|'partial'|'copied'|'sent', rejected_principles?: string[], edit_distance?: number}} FeedbackMsg
 *   rejected_principles: after a partial Replace or a Copy of only the ticked changes
 *   never any text: `sent` comes from the editor's frame (content/kept.js) with only the number
 * @typedef {{kind: 'track-kept', id: string, text: string, after: 'replaced'|'copied', frameId: number, captureId: string}} TrackKeptMsg
 *   panel → background after Replace or Copy: watch the editor for what the agent sends
 * @typedef {{kind: 'panel-closed'}} PanelClosedMsg
 * @typedef {{kind: 'open-options'}} OpenOptionsMsg
 *
 * options page → background
 * @typedef {{kind: 'check-connection'}} CheckConnectionMsg  → {serverUrl: string, who: {name, role, profile}};
 *   its error names the setting to change: {setting: 'server-url'|'api-token'|'HEARD_ALLOWED_ORIGINS'}
 *
 * background → content (one frame)
 * @typedef {{kind: 'capture', id: string}} CaptureMsg                    → {draft: Draft, context: Context, editor: {kind: string}, rect: Rect, url: string}
 * @typedef {{kind: 'insert', text: string, html?: string, captureId: string}} InsertMsg     → {technique: string}
 * @typedef {{kind: 'refocus'}} RefocusMsg
 * @typedef {{kind: 'watch-kept', id: string, text: string, after: 'replaced'|'copied', captureId: string}} WatchKeptMsg   → {watching: boolean}
 * @typedef {{kind: 'panel-open', frameId: number, captureId?: string, rect?: Rect, url?: string, draft: Draft, context: Context, editor: {kind: string}}} PanelOpenMsg
 * @typedef {{kind: 'panel-start', request: string}} PanelStartMsg    a new attempt: later messages carry its id
 * @typedef {{kind: 'panel-delta', request: string, text: string}} PanelDeltaMsg
 * @typedef {{kind: 'panel-result', request: string, result: object}} PanelResultMsg
 * @typedef {{kind: 'panel-error', request?: string, error: HeardError}} PanelErrorMsg
 */
heard.msg = {
  trigger: () => ({ kind: "trigger" }),
  replace: (text, html, { frameId, captureId }) => ({ kind: "replace", text, html, frameId, captureId }),
  retry: (tone) => ({ kind: "retry", tone }),
  feedback: (id, action, { rejectedPrinciples, editDistance } = {}) => ({
    kind: "feedback",
    id,
    action,
    ...(rejectedPrinciples?.length ? { rejected_principles: rejectedPrinciples } : {}),
    ...(editDistance != null ? { edit_distance: editDistance } : {}),
  }),
  trackKept: (id, text, after, { frameId, captureId }) => ({ kind: "track-kept", id, text, after, frameId, captureId }),
  panelClosed: () => ({ kind: "panel-closed" }),
  openOptions: () => ({ kind: "open-options" }),
  checkConnection: () => ({ kind: "check-connection" }),

  capture: (id) => ({ kind: "capture", id }),
  insert: (text, html, captureId) => ({ kind: "insert", text, html, captureId }),
  refocus: () => ({ kind: "refocus" }),
  watchKept: (id, text, after, captureId) => ({ kind: "watch-kept", id, text, after, captureId }),
  panelOpen: (frameId, capture) => ({ kind: "panel-open", frameId, ...capture }),
  panelStart: (request) => ({ kind: "panel-start", request }),
  panelDelta: (request, text) => ({ kind: "panel-delta", request, text }),
  panelResult: (request, result) => ({ kind: "panel-result", request, result }),
  panelError: (error, request) => ({ kind: "panel-error", error, request }),
};

/** The error shape of every failed answer. */
heard.fail = (code, message, extra = {}) => Object.assign(new Error(message), { code, ...extra });
