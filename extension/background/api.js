// Heard's HTTP API, called only from the service worker (with its host permissions the browser
// applies no CORS; an agent who restricts Heard's site access brings CORS back: connection.js).
globalThis.heard ??= {};

heard.api = {
  async call(path, body, { accept = "application/json" } = {}) {
    const { serverUrl, token } = await heard.settings.require();
    let response;
    try {
      response = await fetch(`${serverUrl}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: accept, Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch (e) {
      throw await heard.connection.failure(serverUrl, e);
    }
    if (!response.ok) {
      const json = await response.json().catch(() => null);
      throw heard.errors.fromResponse(response.status, json, response.headers.get("Retry-After"));
    }
    return response;
  },

  /** POST /v1/rewrite, streamed: onDelta(text) per chunk; resolves with the whole answer. */
  async rewrite(body, onDelta) {
    const response = await heard.api.call("/v1/rewrite", body, { accept: "text/event-stream" });
    if (!(response.headers.get("Content-Type") || "").includes("text/event-stream")) {
      return response.json(); // a server that answers in one piece
    }
    let result = null;
    let failure = null;
    await heard.readSse(response.body, async (event, data) => {
      const payload = JSON.parse(data);
      if (event === "delta") await onDelta(payload.text || "");
      else if (event === "result") result = payload;
      else if (event === "error") failure = heard.errors.fromResponse(payload.status || 502, payload);
    });
    if (failure) throw failure;
    if (!result) throw heard.fail("unavailable", "The Heard server stopped before finishing the rewrite. Try again.");
    return result;
  },

  async feedback(body) {
    await heard.api.call("/v1/feedback", body);
  },
};
