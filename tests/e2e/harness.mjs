// Shared by the end-to-end specs: a static server for dist/ on loopback, and
// Debian's Chromium driven by playwright-core (no browser download).
import { createServer } from "node:http";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

/** Media types by file extension (also used by bench/lighthouse.mjs's server). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. With
 *  `only`, just those top-level folders are served (the examples and dist/);
 *  `headers` are added to every response (a Content-Security-Policy, say). */
export async function serve(dir = DIST, { only = null, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error("outside");
      if (only && !only.some((folder) => file.startsWith(join(dir, folder) + "/"))) throw new Error("not served");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Serves the repository's examples/ next to the built dist/, as a host would. */
export function serveExamples(options = {}) {
  return serve(ROOT, { only: ["dist", "examples"], ...options });
}

/** For a spec's tests: examples/ and dist/ served and Chromium launched
 *  before them (handed to `use`), both closed after them. */
export function withExamplesAndBrowser(use) {
  let server, browser;
  before(async () => {
    server = await serveExamples();
    browser = await launch();
    use(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Opens the page and waits for the full table; collects console errors and page errors.
 *  The standalone page is served with its table: by default this waits until the
 *  app has taken it over (`data-taken-over`), not just for rows. */
export async function openTable(browser, url, { width = 1280, height = 900, colorScheme = "light", ready = "#app[data-taken-over] #status-table tbody tr:not([hidden])" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  await countInstantiations(context);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`requestfailed: ${req.url()}`));
  await page.goto(url);
  await page.waitForSelector(ready);
  // Details and the guide's steps are drawn by the second file, which the
  // widget fetches once it is idle: tests that open them read them at once.
  // (A page whose widgets are all in frames instantiates nothing itself.)
  await page.waitForFunction(() => window.__hstInstantiated !== 1);
  return { page, context, problems };
}

/** Before any page script, in every frame: counts the wasm modules instantiated
 *  (the main module, then the second file, split_later.wasm) in
 *  `window.__hstInstantiated`. */
async function countInstantiations(context) {
  await context.addInitScript(() => {
    window.__hstInstantiated = 0;
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        const result = await original.apply(this, args);
        window.__hstInstantiated += 1;
        return result;
      };
    }
  });
}

/** Waits until a frame of a page from `openTable` has the second file in, as
 *  `openTable` does for the page itself. */
export function laterFileIn(frame) {
  return frame.waitForFunction(() => window.__hstInstantiated >= 2);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The data-code of every visible row, in order. */
export function codes(page) {
  return page.$$eval("#status-table tbody tr[data-code]:not([hidden])", (rows) => rows.map((r) => Number(r.dataset.code)));
}

/** Types like a person: focus, clear, then key by key. */
export async function typeFilter(page, text) {
  await page.fill("#filter", "");
  await page.type("#filter", text);
}

export async function ariaSort(page) {
  return page.$$eval("#status-table thead th[aria-sort]", (ths) =>
    ths.map((th) => [th.querySelector("button")?.dataset.sort, th.getAttribute("aria-sort")]),
  );
}

/** Records every layout shift not caused by input, from the start, in `window.__shifts`. */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Opens `url` with its wasm download held until `release()` is called, the
 *  served table shown. `problems` collects page errors and console errors
 *  (and warnings, with `warnings: true`); layout shifts are recorded. */
export async function openHeldBack(browser, url, { warnings = false, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const kept = warnings ? ["error", "warning"] : ["error"];
  page.on("console", (m) => kept.includes(m.type()) && problems.push(warnings ? `${m.type()}: ${m.text()}` : m.text()));
  page.on("pageerror", (e) => problems.push(warnings ? `pageerror: ${e.message}` : e.message));
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route("**/http-status-table-core_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await recordLayoutShifts(page);
  await page.goto(url);
  await page.waitForSelector("#status-table tbody tr");
  return { page, context, problems, release };
}

/** A host page with one widget and nothing but attributes, served at
 *  `examples/attributes-only.html` by this route (for `openWatchingFiles`'
 *  `routes`): what the split files' tests load when no script asks the widget
 *  for anything. */
export const ATTRIBUTES_ONLY = {
  "**/examples/attributes-only.html": (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attributes only</title>
<script type="module" src="../dist/http-status-table.js"></script></head>
<body><http-status-table id="codes" filter="4xx"></http-status-table></body></html>`,
    }),
};

/** Opens `url` in a context of its own, recording the name of every wasm
 *  file requested (`wasm`) and every console error and warning and page error
 *  (`messages`); `routes` maps URL patterns to handlers, set before loading. */
export async function openWatchingFiles(browser, url, { routes = {} } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const wasm = [];
  const messages = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname.split("/").pop()));
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => messages.push(e.message));
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(url);
  return { page, context, wasm, messages };
}

/** Serves a copy of dist/ and examples/ in which `name` was altered by
 *  `change` (a tampered file, for the integrity tests). */
export async function tamperedCopy(name, change) {
  const root = await mkdtemp(join(tmpdir(), "hst-tampered-"));
  await cp(DIST, join(root, "dist"), { recursive: true });
  await cp(join(ROOT, "examples"), join(root, "examples"), { recursive: true });
  const file = join(root, "dist", name);
  await writeFile(file, change(await readFile(file)));
  const served = await serve(root, { only: ["dist", "examples"] });
  return { url: served.url, close: async () => (await served.close(), await rm(root, { recursive: true, force: true })) };
}
