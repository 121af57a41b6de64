// Sizes the frame to its content: the widget posts its height whenever it changes.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "http-status-table:height" || typeof data.height !== "number") return;
  const frame = document.getElementById(data.frame);
  if (frame && frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
});
