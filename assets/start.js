// Starts the standalone page (and its ?embed=1 frame mode). A file rather than
// an inline script, so the page works under a Content-Security-Policy without
// 'unsafe-inline'. The wasm is resolved relative to the glue module
// (import.meta.url), so dist/ can be served from any path.
import init, { startPage } from "./http-status-table-core.js";

init()
  .then(() => startPage())
  .catch((error) => {
    const app = document.getElementById("app");
    if (app) {
      const message = document.createElement("p");
      message.className = "load-error";
      message.textContent =
        "The status code table could not start in this browser (it needs WebAssembly). " +
        "The official list is at https://www.iana.org/assignments/http-status-codes/";
      app.replaceChildren(message);
    }
    console.error(error);
  });
