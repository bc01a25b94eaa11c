// Options: the server address and the agent's token, in chrome.storage.local.
const $ = (id) => document.getElementById(id);

chrome.storage.local.get(["serverUrl", "token"]).then(({ serverUrl, token }) => {
  $("server-url").value = serverUrl || "";
  $("api-token").value = token || "";
});

$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const serverUrl = $("server-url").value.trim().replace(/\/+$/, "");
  const token = $("api-token").value.trim();
  await chrome.storage.local.set({ serverUrl, token });
  $("saved").hidden = false;
});

for (const id of ["server-url", "api-token"]) $(id).addEventListener("input", () => ($("saved").hidden = true));
