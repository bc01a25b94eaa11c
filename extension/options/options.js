// Options: the server address and the agent's token (shared/settings.js). Saving also checks
// both at once through the service worker, and says what to change when something is wrong.
const $ = (id) => document.getElementById(id);
const FIELDS = ["server-url", "api-token"];
// A check answers for the settings it was asked about: a newer save or an edit outdates it.
let asked = 0;

// The form waits for the stored settings (options.html disables it): what the agent typed
// before they arrived would be overwritten by them.
heard.settings.get().then(({ serverUrl, token }) => {
  $("server-url").value = serverUrl;
  $("api-token").value = token;
}).finally(() => {
  for (const id of [...FIELDS, "save"]) $(id).disabled = false;
});

function show(state, text, setting) {
  $("result").dataset.state = state;
  $("saved").hidden = state === "idle";
  $("connection").textContent = text;
  for (const id of FIELDS) {
    if (id === setting) {
      $(id).setAttribute("aria-invalid", "true");
      $(id).setAttribute("aria-describedby", "connection");
    } else {
      $(id).removeAttribute("aria-invalid");
      $(id).removeAttribute("aria-describedby");
    }
  }
}

$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const mine = ++asked;
  await heard.settings.save({ serverUrl: $("server-url").value, token: $("api-token").value });
  if (mine !== asked) return;
  show("checking", "Checking the server and the token…");
  try {
    const { serverUrl, who } = await heard.ask(chrome.runtime.sendMessage(heard.msg.checkConnection()));
    if (mine === asked) show("ok", `Connected to Heard at ${serverUrl} as ${who.name} (${who.role}).`);
  } catch (error) {
    if (mine === asked) show("problem", error.message, error.setting);
  }
});

for (const id of FIELDS) {
  $(id).addEventListener("input", () => {
    asked += 1;
    show("idle", "");
  });
}
