// The data API's records (lookup, registry, guide, libraries: src/host/api.rs)
// are built by code in a file of its own, split_data.wasm, which only a host's
// script asks for: a widget that nobody queries never fetches it, and the
// first call does. If it cannot be had (blocked, missing, altered), the call
// is rejected with a message that says so, the widget works on, and the next
// call tries again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ATTRIBUTES_ONLY, DIST, openWatchingFiles, withExamplesAndBrowser } from "./harness.mjs";

const DATA_FILE = "split_data.wasm";
const UNAVAILABLE = "http-status-table: the data could not be loaded (the network may be down); call again to retry";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** The page with only attributes, its wasm requests and console messages
 *  recorded; `dataFile` answers the data API's file when given. */
const open = ({ dataFile } = {}) =>
  openWatchingFiles(browser, `${server.url}examples/attributes-only.html`, {
    routes: {
      ...ATTRIBUTES_ONLY,
      ...(dataFile ? { [`**/${DATA_FILE}`]: dataFile } : {}),
    },
  });

/** Once the widget is idle its second file is in (the details' code). */
const secondFileIn = (page) =>
  page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("split_later.wasm")));

/** `lookup(code)`'s answer: the entry's name, or the rejection's message. */
const lookup = (page, code) =>
  page.evaluate(async (code) => {
    const { lookup } = await import("../dist/http-status-table.js");
    try {
      return { name: (await lookup(code))?.name };
    } catch (error) {
      return { error: String(error.message ?? error) };
    }
  }, code);

test("the data API's file is fetched at a script's first call, once, and never by a widget nobody queries", async () => {
  const { page, context, wasm, messages } = await open();
  await page.waitForSelector("#codes tbody tr:not([hidden])");
  await secondFileIn(page);
  assert.ok(!wasm.includes(DATA_FILE), `${wasm}`);
  assert.deepEqual(await lookup(page, 404), { name: "Not Found" });
  assert.equal(wasm.filter((n) => n === DATA_FILE).length, 1, `${wasm}`);
  // Every record the API gives, from the same file, fetched once.
  const counts = await page.evaluate(async () => {
    const api = await import("../dist/http-status-table.js");
    const [all, guide, libraries] = await Promise.all([api.registry(), api.guide(), api.libraries()]);
    return { entries: all.length, results: guide.results.length, libraries: libraries.length };
  });
  assert.ok(counts.entries > 90 && counts.results >= 34 && counts.libraries >= 16, JSON.stringify(counts));
  assert.equal(wasm.filter((n) => n === DATA_FILE).length, 1, `${wasm}`);
  assert.deepEqual(messages, []);
  await context.close();
});

test("what builds the data API's records is in its file, not in the main wasm or the second file", async () => {
  const data = await readFile(join(DIST, DATA_FILE));
  for (const name of ["http-status-table-core_bg.wasm", "split_later.wasm"]) {
    const other = await readFile(join(DIST, name));
    // Names serde writes for our records only.
    for (const text of ["FactRecord", "GuideRecord", "whyNotTheOther"]) {
      assert.equal(other.includes(text), false, `${text} is in ${name}`);
      assert.equal(data.includes(text), true, `${text} is not in ${DATA_FILE}`);
    }
  }
});

const original = () => readFile(join(DIST, DATA_FILE));
for (const [how, failing] of [
  ["blocked", async (r) => r.abort("internetdisconnected")],
  ["missing (HTTP 404)", async (r) => r.fulfill({ status: 404, contentType: "text/plain", body: "not found" })],
  [
    "altered",
    async (r) => {
      const bytes = Buffer.from(await original());
      bytes[bytes.length - 1] ^= 0xff;
      await r.fulfill({ status: 200, contentType: "application/wasm", body: bytes });
    },
  ],
]) {
  test(`a data API's file that is ${how}: the call is rejected and says so, the widget works on, and the next call succeeds`, async () => {
    let fail = true;
    const { page, context, messages } = await open({ dataFile: (r) => (fail ? failing(r) : r.continue()) });
    await page.waitForSelector("#codes tbody tr:not([hidden])");
    await secondFileIn(page);
    assert.deepEqual(await lookup(page, 404), { error: UNAVAILABLE });
    // The widget is whole: it filters, and its details (the second file) open.
    await page.evaluate(() => document.getElementById("codes").setAttribute("filter", "teapot"));
    await page.waitForFunction(() => document.getElementById("codes").shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])").length === 1);
    await page.evaluate(() => document.getElementById("codes").shadowRoot.querySelector("tr[data-code='418'] .details-toggle").click());
    await page.waitForFunction(() => /Registry status/.test(document.getElementById("codes").shadowRoot.querySelector(".details-row")?.textContent ?? ""));
    assert.ok(messages.every((m) => !/panicked|unreachable/.test(m)), messages.join("\n"));
    // Once the file can be had, the next call fetches it again and answers.
    fail = false;
    assert.deepEqual(await lookup(page, 404), { name: "Not Found" });
    await context.close();
  });
}
