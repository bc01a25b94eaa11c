// Shared by every fixture page: the draft, and `window.fixture`, which the tests use to read the
// editor's OWN model (through the editor's API, never only the DOM).
export const DRAFT =
  "hi dana, we cant refund order #1234 because its past 30 days. you should have read the policy.";

export function expose(name, api) {
  window.fixture = { name, draft: DRAFT, ...api };
  document.documentElement.dataset.fixtureReady = "1";
}

export const strip = (html) => {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div.textContent;
};
