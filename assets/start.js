// Starts the standalone page (and its ?embed=1 frame mode). A file rather than
// an inline script, so the page works under a Content-Security-Policy without
// 'unsafe-inline'. index.html preloads http-status-table.js with its integrity
// hash, so this import gets the checked copy; a copy that fails the check (or
// does not load) leaves a message instead of an endless "Loading…".
import("./http-status-table.js").then(
  ({ startPage }) => startPage(),
  (error) => {
    console.error("http-status-table: could not load http-status-table.js", error);
    const app = document.getElementById("app");
    if (!app) return;
    const message = document.createElement("p");
    message.className = "load-error";
    message.textContent =
      "The status code table could not be loaded (a file is missing or does not match its integrity hash). " +
      "The official list is at https://www.iana.org/assignments/http-status-codes/";
    app.replaceChildren(message);
  },
);
