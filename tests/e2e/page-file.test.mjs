// The standalone page's start-up (src/host/api.rs: hydrating the served page,
// the address, the iframe's options) comes in a file of its own,
// split_page.wasm, which the page's loader preloads beside the main wasm: an
// embedded widget never hydrates, so that code is not on its critical path.
// If the file cannot be had (missing, tampered), the served table stays and
// the page says which file and why, as for any file of the start-up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, openWatchingFiles, tamperedCopy, withExamplesAndBrowser } from "./harness.mjs";
import { splitModules } from "../../scripts/split-files.mjs";

const PAGE_FILE = "split_page.wasm";
const TAKEN_OVER = "#app[data-taken-over] #status-table tbody tr:not([hidden])";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** A page with its wasm requests and console messages recorded; `route`
 *  answers the start-up file when given. */
const open = (url, { route } = {}) => openWatchingFiles(browser, url, { routes: route ? { [`**/${PAGE_FILE}`]: route } : {} });

/** The page's start-up file and the chunks it waits for, as the build names them. */
async function pageFiles() {
  const files = splitModules(await readFile(join(DIST, "__wasm_split.js"), "utf8")).page;
  assert.ok(files, "__wasm_split.js has a loader for the page's start-up");
  return files;
}

test("the page's start-up comes in its own file, fetched once beside the main wasm, and the page works", async () => {
  const { page, context, wasm, messages } = await open(`${server.url}dist/index.html?q=4xx`);
  await page.waitForSelector(TAKEN_OVER);
  await page.waitForSelector("tr[data-code='200']", { state: "hidden" });
  await page.fill("#filter", "teapot");
  await page.waitForSelector("tr[data-code='404']", { state: "hidden" });
  // The preload is what __wasm_split.js's fetch takes: one request each, and
  // none of them waits for the main wasm to be in.
  for (const name of await pageFiles()) {
    assert.equal(wasm.filter((n) => n === name).length, 1, `${name} fetched once: ${wasm}`);
  }
  assert.ok(wasm.indexOf(PAGE_FILE) < wasm.indexOf("http-status-table-core_bg.wasm"), `preloaded first: ${wasm}`);
  assert.deepEqual(messages, []);
  await context.close();
});

test("an embedded widget never fetches the page's start-up file", async () => {
  const { page, context, wasm, messages } = await open(`${server.url}examples/custom-element.html`);
  await page.waitForSelector("#client-errors tbody tr:not([hidden])");
  await page.click("#client-errors tr[data-code='404'] .details-toggle");
  await page.waitForFunction(() => /Defined in\s*RFC 9110/.test(document.querySelector("#client-errors").shadowRoot.querySelector(".details-row")?.textContent ?? ""));
  assert.equal(wasm.includes(PAGE_FILE), false, `${wasm}`);
  assert.ok(wasm.includes("split_later.wasm"));
  // The example's own bad entries are warned about on purpose.
  assert.deepEqual(messages.filter((m) => !m.startsWith("warning: http-status-table: some options could not be used")), []);
  await context.close();
});

test("what only the page's start-up runs is in its file, not in the main wasm", async () => {
  const main = await readFile(join(DIST, "http-status-table-core_bg.wasm"));
  const pageFile = await readFile(join(DIST, PAGE_FILE));
  // The warning of a page rebuilt because it was not the one served (src/host/page.rs).
  const text = "the served page was rebuilt";
  assert.equal(main.includes(text), false, `${text} is in the main wasm`);
  assert.equal(pageFile.includes(text), true, `${text} is not in ${PAGE_FILE}`);
});

test("a page whose start-up file is missing keeps its served table and says which file", async () => {
  const { page, context, messages } = await open(`${server.url}dist/index.html`, {
    route: (r) => r.fulfill({ status: 404, contentType: "text/plain", body: "not found" }),
  });
  await page.waitForSelector("#no-app:not([hidden]) .reason");
  assert.match(await page.textContent("#no-app"), /the file split_page\.wasm could not be loaded \(HTTP 404\)/);
  assert.equal(await page.locator("#status-table tbody tr:not([hidden])").count(), 64);
  assert.ok(messages.every((m) => !/panicked|unreachable/.test(m)), messages.join("\n"));
  await context.close();
});

test("a tampered start-up file is refused: the served table stays and the page says so", async () => {
  const copy = await tamperedCopy(PAGE_FILE, (bytes) => {
    const changed = Buffer.from(bytes);
    changed[changed.length - 1] ^= 1;
    return changed;
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${copy.url}dist/index.html`);
    await page.waitForSelector("#no-app:not([hidden]) .reason");
    assert.match(await page.textContent("#no-app"), /the file split_page\.wasm does not match its integrity hash/);
    assert.equal(await page.locator("#status-table tbody tr:not([hidden])").count(), 64);
    assert.equal(await page.$("#app[data-taken-over]"), null);
    await context.close();
  } finally {
    await copy.close();
  }
});
