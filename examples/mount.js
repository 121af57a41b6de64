// The mount API and the data API from a host's own module script.
import { mount, lookup } from "../dist/http-status-table.js";

const widget = await mount(document.getElementById("codes"), {
  filter: "",
  sort: "code",
  classes: ["4xx", "5xx"],
  columns: ["code", "name", "description"],
  entries: [
    { code: 429, name: "Slow down", description: "Our limit is 100 requests a minute.", link: "https://api.example.org/limits" },
  ],
});
window.exampleWidget = widget;

const notFound = await lookup(404);
document.getElementById("lookup-result").textContent = `${notFound.code} ${notFound.name}: ${notFound.reference.label}`;
