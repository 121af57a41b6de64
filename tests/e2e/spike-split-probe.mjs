// SPIKE probe (not a test): opens a row's details on a page and reports the
// panel's text, the wasm files fetched, and console problems, under an
// optional Content-Security-Policy.  node tests/e2e/spike-split-probe.mjs <page> [csp]
import { serveExamples, launch, openTable } from "./harness.mjs";
// As tests/e2e/security.test.mjs (importing that file would run its tests).
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

const [pagePath = "dist/index.html", csp = ""] = process.argv.slice(2);
const server = await serveExamples(csp ? { headers: { "content-security-policy": STRICT_CSP } } : {});
const browser = await launch();
try {
  const { page, context, problems } = await openTable(browser, server.url + pagePath,
    pagePath.includes("index.html") ? {} : { ready: "#status-table tbody tr:not([hidden])" });
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
  const frame = page;
  const toggle = "tr[data-code='302'] .details-toggle";
  const t0 = Date.now();
  await frame.click(toggle);
  const id = await frame.getAttribute(toggle, "aria-controls");
  await frame.locator(`#${id}`).filter({ hasText: "Registry status" }).waitFor({ timeout: 10000 })
    .catch((e) => console.log("panel did not fill:", e.message.split("\n")[0]));
  const text = await frame.textContent(`#${id}`);
  console.log(JSON.stringify({ page: pagePath, csp: !!csp, ms: Date.now() - t0, panel: text.slice(0, 120), fetchedAfterClick: fetched, problems, violations }, null, 1));
  // Close and reopen: the chunk is not fetched again, the panel is rebuilt.
  await frame.click(toggle);
  fetched.length = 0;
  await frame.click(toggle);
  await frame.locator(`#${id}`).filter({ hasText: "Registry status" }).waitFor({ timeout: 10000 });
  console.log("reopen fetched:", JSON.stringify(fetched), "panels:", await frame.$$eval(".details-row", (r) => r.length));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
