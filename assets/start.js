// The standalone page's watchdog. index.html loads http-status-table.js with its
// integrity hash; that module starts the page and marks #app with data-started.
// If it never ran (missing, or refused because it does not match its hash), say
// so once the page has loaded, instead of an endless "Loading…". A file rather
// than an inline script, so the page works under a CSP without 'unsafe-inline'.
addEventListener("load", () => {
  const app = document.getElementById("app");
  if (!app || app.hasAttribute("data-started")) return;
  const message = document.createElement("p");
  message.className = "load-error";
  message.textContent =
    "The status code table could not be loaded (a file is missing or does not match its integrity hash). " +
    "The official list is at https://www.iana.org/assignments/http-status-codes/";
  app.replaceChildren(message);
});
