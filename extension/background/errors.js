// What the agent reads when something goes wrong. The server's own error ({code, message},
// written to say how to fix it) is shown as it is; only what never reached Heard's answer
// (the network, or something else answering at the address) is worded here.
globalThis.heard ??= {};

heard.errors = {
  /** An HTTP error answer → a HeardError: the server's code and message when it gave them. */
  fromResponse(status, body, retryAfter) {
    const server = body?.error;
    if (!server?.code || !server?.message) return heard.errors.notHeard(status);
    const error = heard.fail(server.code, server.message, { status });
    if (retryAfter) error.retryAfter = Number(retryAfter);
    if (status === 401) error.action = "open-options"; // the token is set there
    return error;
  },

  /** An answer without Heard's error shape: a proxy, or another server at this address. */
  notHeard: (status) =>
    heard.fail(
      "not_heard",
      `The server answered HTTP ${status} without a Heard error: a proxy failed, or the Server address in Heard's options points at something else. Try again in a moment, then check that address.`,
      { status, action: "open-options" },
    ),

  unreachable: (serverUrl, cause) =>
    heard.fail(
      "unreachable",
      `Heard's server at ${serverUrl} can't be reached (${cause}). Check that it is running (\`heard serve\`) and the Server address in Heard's options.`,
      { action: "open-options" },
    ),
};
