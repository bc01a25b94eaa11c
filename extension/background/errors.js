// What the agent reads when something goes wrong: one message per failure, saying how to fix it.
globalThis.heard ??= {};

heard.errors = {
  /** Maps an HTTP error answer from the server to a HeardError. */
  fromResponse(status, body, retryAfter) {
    const server = body?.error?.message || "";
    const map = {
      400: ["bad_request", `The server could not use this draft: ${server || "bad request"}.`],
      401: ["unauthorized", "Your Heard token was not accepted. Check the token in Heard's options."],
      403: ["forbidden", "Your Heard token is not allowed to rewrite. Ask your admin for an agent token."],
      413: ["too_long", `This draft is too long for Heard. ${server || "Select a part of it and try again."}`],
      415: ["bad_request", "The server did not accept Heard's request format. Update the extension."],
      429: [
        "rate_limited",
        `You have hit Heard's rate limit. Try again in ${retryAfter || "a few"} seconds.`,
      ],
    };
    const [code, message] = map[status] || [
      "unavailable",
      `The Heard server could not rewrite this right now (${status}${server ? `: ${server}` : ""}). Try again in a moment.`,
    ];
    const error = heard.fail(code, message.replace(/\s+/g, " ").trim(), { status });
    if (retryAfter) error.retryAfter = Number(retryAfter);
    if (code === "unauthorized") error.action = "open-options";
    return error;
  },

  unreachable: (serverUrl, cause) =>
    heard.fail(
      "unreachable",
      `Heard's server at ${serverUrl} can't be reached (${cause}). Check that it is running and the address in Heard's options.`,
      { action: "open-options" },
    ),
};
