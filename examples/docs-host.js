// The site's dark switch: it only flips the body's data-scheme (and with it the
// declared color-scheme). The widget follows without any code of the host's.
const button = document.getElementById("scheme-switch");
button.addEventListener("click", () => {
  const dark = document.body.dataset.scheme !== "dark";
  document.body.dataset.scheme = dark ? "dark" : "light";
  button.setAttribute("aria-pressed", String(dark));
});
