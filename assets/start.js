// The standalone page before the app runs. index.html arrives with the whole
// table written in (at build time); this small file, loaded with the page, keeps
// what the reader does until the app takes the page over:
//   - the controls the reader changes are marked data-changed (the app applies
//     them, with the caret where it was);
//   - an address that asks for a view (?q=4xx, ?sort=-name…) dims the served
//     table and says the view is being applied, since the rows below are not
//     that view yet; ?q= is put in the box at once;
//   - ?embed=1 hides the page's heading and footer, as the iframe mode does;
//   - if the app cannot start (no WebAssembly, a CSP without
//     'wasm-unsafe-eval', a file missing or refused by its integrity hash), the
//     served table stays, undimmed, with the note that filtering and sorting
//     need JavaScript and WebAssembly.
// A file rather than an inline script, so the page works under a strict CSP.
const app = document.getElementById("app");
const params = new URLSearchParams(location.search);
const filter = document.getElementById("filter");
const count = document.getElementById("result-count");
// The iframe mode's own parameters; every other one asks for a view. The same
// list as config::options::FRAME_PARAMETERS (tests/options_table.rs pins it).
const FRAME_PARAMETERS = ["embed", "frame"];

for (const [id, event] of [["filter", "input"], ["show-unofficial", "change"]]) {
  document.getElementById(id)?.addEventListener(event, (e) => e.target.setAttribute("data-changed", ""), { once: true });
}

// Nothing to do if this file arrives after the app has already taken over.
const served = app && !app.hasAttribute("data-taken-over");
if (served && params.has(FRAME_PARAMETERS[0])) app.setAttribute("data-embed", "");
const asksForView = [...params.keys()].some((key) => !FRAME_PARAMETERS.includes(key));
if (served && count && asksForView) {
  app.setAttribute("data-pending", "");
  count.setAttribute("data-served", count.textContent);
  count.textContent = count.getAttribute("data-starting");
  if (filter && params.has("q") && !filter.value) filter.value = params.get("q");
}

/** Keeps the served table as the answer, and says why it cannot be filtered
 *  (the loader gives the reason in data-failed: no WebAssembly, a file not
 *  loaded or refused by its hash, or the module failing to start). */
function cannotStart() {
  if (!app || app.hasAttribute("data-taken-over")) return;
  app.removeAttribute("data-pending");
  if (count?.hasAttribute("data-served")) count.textContent = count.getAttribute("data-served");
  const note = document.getElementById("no-app");
  note?.removeAttribute("hidden");
  const reason = app.getAttribute("data-failed");
  if (note && reason && !note.querySelector(".reason")) {
    const said = document.createElement("span");
    said.className = "reason";
    said.textContent = ` (It could not start: ${reason}.)`;
    note.append(said);
  }
}

// The page's loader (http-status-table-page.js) says when the wasm could not start.
app?.addEventListener("http-status-table-failed", cannotStart);
if (app?.hasAttribute("data-failed")) cannotStart();
// The loader never ran (missing, or refused by its integrity hash).
addEventListener("load", () => {
  if (app && !app.hasAttribute("data-started")) {
    const reason = "the file http-status-table-page.js did not run (missing, or refused by its integrity hash)";
    console.error(`http-status-table: could not start: ${reason}`);
    app.setAttribute("data-failed", reason);
    cannotStart();
  }
});
