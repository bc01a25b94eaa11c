// The options page's check: is there a Heard server at the saved address, does it take the
// token, and does it allow this extension's origin? One GET /v1/me answers all three.
globalThis.heard ??= {};

heard.connection = {
  /** → {serverUrl, who: {name, role, profile}}, or a HeardError naming the setting to change. */
  async check() {
    const { serverUrl, token } = await heard.settings.require();
    heard.connection.address(serverUrl);
    let response;
    try {
      response = await fetch(`${serverUrl}/v1/me`, {
        headers: { Accept: "application/json", Authorization: `Bearer ${token}` },
        cache: "no-store",
      });
    } catch (e) {
      throw await heard.connection.failure(serverUrl, e);
    }
    const body = await response.json().catch(() => null);
    const heardAnswer = response.ok ? body?.name != null && body?.role : body?.error?.code;
    if (!heardAnswer) throw heard.connection.notHeard(serverUrl, response.status);
    if (!response.ok) throw heard.connection.refused(serverUrl, response, body);
    return { serverUrl, who: { name: body.name, role: body.role, profile: body.profile } };
  },

  address(serverUrl) {
    let url = null;
    try {
      url = new URL(serverUrl);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw heard.fail("bad_address", `“${serverUrl}” is not a web address. Enter your Heard server's address in Server address, like ${heard.settings.defaults.serverUrl}.`, { setting: "server-url" });
    }
  },

  /** Why a fetch failed: the origin refused by CORS, or nothing answering at the address. */
  async failure(serverUrl, cause) {
    const blocked = (await heard.connection.corsBound(serverUrl)) && (await heard.connection.answersAtAll(serverUrl));
    return blocked ? heard.connection.originRefused(serverUrl) : heard.errors.unreachable(serverUrl, cause.message);
  },

  /** CORS applies only where the agent withheld Heard's site access (chrome://extensions →
   * Site access); with it, the browser sends no Origin and the server's allowlist is moot. */
  corsBound: async (serverUrl) => !(await chrome.permissions.contains({ origins: [`${new URL(serverUrl).origin}/*`] })),

  /** Does the server answer a request CORS does not guard (an opaque one)? */
  async answersAtAll(serverUrl) {
    try {
      await fetch(`${serverUrl}/healthz`, { mode: "no-cors", cache: "no-store" });
      return true;
    } catch {
      return false;
    }
  },

  notHeard: (serverUrl, status) =>
    heard.fail("not_heard", `Something answers at ${serverUrl} (HTTP ${status}), but it is not a Heard server. Check the Server address: \`heard serve\` prints it, ${heard.settings.defaults.serverUrl} by default.`, { setting: "server-url" }),

  refused(serverUrl, response, body) {
    const { code, message } = body.error;
    if (response.status === 404) {
      return heard.fail(code, `Heard at ${serverUrl} has no /v1/me: the Server address should be the server's root (like ${heard.settings.defaults.serverUrl}), or the server is older than this extension and needs an update.`, { setting: "server-url" });
    }
    if (response.status === 401) {
      return heard.fail(code, `Heard at ${serverUrl} refused the token: ${message} Paste the right one into Your token.`, { setting: "api-token" });
    }
    return heard.fail(code, `Heard at ${serverUrl} answered: ${message}`);
  },

  originRefused: (serverUrl) =>
    heard.fail(
      "origin_not_allowed",
      `Heard at ${serverUrl} answers, but its CORS allowlist does not include this extension (${self.location.origin}), and Heard's site access is restricted, so the browser blocks the answer. Add ${self.location.origin} to the server's HEARD_ALLOWED_ORIGINS (the default, chrome-extension://*,moz-extension://*, allows every extension), or let Heard read all sites in chrome://extensions → Heard → Site access.`,
      { setting: "HEARD_ALLOWED_ORIGINS" },
    ),
};
