// The second file (src/ui/later.rs): what opened details, a guide step and a
// download need comes in split_later.wasm, fetched once the widget has started
// and the browser is idle, or at once when someone opens something before
// then. After that the page needs no network. If the file cannot be had
// (blocked, missing, tampered), the panel says so, the table stays, and the
// next opening tries again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, tamperedCopy, withExamplesAndBrowser } from "./harness.mjs";
import { splitModules } from "../../scripts/split-files.mjs";

const LATER = "split_later.wasm";
const FAILED = /This part of the table could not be loaded \(the network may be down\)\. Close it and open it again to retry\./;
const TAKEN_OVER = "#app[data-taken-over] #status-table tbody tr:not([hidden])";
const TOGGLE_302 = "tr[data-code='302'] .details-toggle";
const NOT_YET = /Names from code \(such as http\.StatusNotFound\) are not loaded yet/;

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** A page whose requests for the second file go to `route` (when given);
 *  every request's path and every console error are recorded. */
async function open(url, { route, ready = TAKEN_OVER } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  // The icon, which the browser may ask for late (offline, in the first test), is not ours.
  const icon = (url) => url.endsWith("/favicon.svg");
  page.on("console", (m) => m.type() === "error" && !icon(m.location().url) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => !icon(r.url()) && errors.push(`request failed: ${r.url()}`));
  if (route) await page.route(`**/${LATER}`, route);
  await page.goto(url);
  await page.waitForSelector(ready);
  return { page, context, requests, errors };
}

/** As `open`, with the second file held back until `release()` is called. */
async function openHeld(url, options = {}) {
  let release;
  const held = new Promise((ok) => (release = ok));
  const route = async (r) => {
    await held;
    await r.continue();
  };
  return { ...(await open(url, { ...options, route })), release };
}

/** The text of row 302's details panel once it is no longer loading. */
async function openDetails302(page) {
  await page.click(TOGGLE_302);
  const id = await page.getAttribute(TOGGLE_302, "aria-controls");
  await page.waitForSelector(`#${id} td:not([aria-busy])`);
  return page.textContent(`#${id}`);
}

async function closeDetails302(page) {
  await page.click(TOGGLE_302);
  await page.waitForSelector(".details-row", { state: "detached" });
}

test("the second file is fetched once the page has started, and then the page works offline", async () => {
  const { page, context, requests, errors } = await open(`${server.url}dist/index.html`);
  await page.waitForFunction((name) => performance.getEntriesByType("resource").some((e) => e.name.endsWith(name)), LATER);
  // Fetched once, after the main wasm, without anything being opened.
  assert.equal(requests.filter((p) => p.endsWith(LATER)).length, 1);
  assert.ok(requests.indexOf(requests.find((p) => p.endsWith(LATER))) > requests.findIndex((p) => p.endsWith("http-status-table-core_bg.wasm")));
  assert.equal(await page.$(".details-row"), null);
  await context.setOffline(true);
  // Once the file is in, a panel is drawn in the frame of the click that
  // opens it, as before the split: its text is there at the next frame.
  const drawn = await page.evaluate(
    (toggleSelector) =>
      new Promise((resolve) => {
        const toggle = document.querySelector(toggleSelector);
        toggle.click();
        requestAnimationFrame(() => resolve(document.getElementById(toggle.getAttribute("aria-controls"))?.textContent ?? ""));
      }),
    TOGGLE_302,
  );
  assert.match(drawn, /Registry status\s*Registered/);
  await closeDetails302(page);
  const panel = await openDetails302(page);
  assert.match(panel, /Registry status\s*Registered/);
  await page.click("details.guide > summary");
  await page.waitForSelector("details.guide .guide-body h3");
  assert.doesNotMatch(await page.textContent("details.guide .guide-body"), FAILED);
  // Nothing more was fetched, and nothing failed.
  assert.equal(requests.filter((p) => p.endsWith(LATER)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("details opened before the second file is in say they are loading, then show their facts", async () => {
  const { page, context, errors, release } = await openHeld(`${server.url}dist/index.html`);
  await page.click(TOGGLE_302);
  const id = await page.getAttribute(TOGGLE_302, "aria-controls");
  await page.waitForSelector(`#${id} td[aria-busy="true"]`);
  assert.equal((await page.textContent(`#${id}`)).trim(), "Loading\u2026");
  // The table still answers meanwhile.
  await page.fill("#filter", "30");
  await page.waitForSelector("tr[data-code='404']", { state: "hidden" });
  release();
  await page.waitForSelector(`#${id} td:not([aria-busy])`);
  assert.match(await page.textContent(`#${id}`), /Defined in\s*RFC 9110 §15\.4\.3/);
  assert.doesNotMatch(await page.textContent(`#${id}`), /Loading/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a name from code typed before the second file is in finds its code once the names come with it", async () => {
  const { page, context, errors, release } = await openHeld(`${server.url}dist/index.html`);
  // The libraries' names come in the second file: until then no row matches
  // through them, and the table says how many rows it shows, as ever.
  await page.fill("#filter", "StatusTeapot");
  await page.waitForFunction(() => document.querySelectorAll("#status-table tbody tr[data-code]:not([hidden])").length === 0);
  // The reader is told why, and that the text waits for them.
  await page.waitForFunction((re) => new RegExp(re).test(document.body.textContent), NOT_YET.source);
  release();
  // Then the same text finds 418, marked, with the name it matched.
  await page.waitForSelector("tr[data-code='418']:not([hidden])");
  const shown = await page.$$eval("#status-table tbody tr[data-code]:not([hidden])", (rows) => rows.map((r) => r.dataset.code));
  assert.deepEqual(shown, ["418"]);
  assert.match(await page.textContent("tr[data-code='418']"), /http\.StatusTeapot/);
  assert.equal(await page.inputValue("#filter"), "StatusTeapot");
  assert.doesNotMatch(await page.textContent("body"), NOT_YET);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a names column is empty until the second file is in, then shows the names (not a dash that says there is none)", async () => {
  const { page, context, errors, release } = await openHeld(`${server.url}examples/names.html`, { ready: "#go-api tr[data-code='409']" });
  // (Playwright's selectors see into the widget's shadow root.)
  const cell = (widget, code) =>
    page.$eval(`${widget} tr[data-code='${code}'] .col-library code`, (c) => ({ text: c.textContent, none: c.classList.contains("no-name") }));
  // .NET has no name for 418: a dash, but only once that is known.
  await page.waitForFunction(() => window.mountedWidget);
  await page.evaluate(() => window.mountedWidget.update({ codes: "418", languageColumn: "dotnet" }));
  await page.waitForSelector("#mounted tr[data-code='418'] .col-library code", { state: "attached" });
  assert.deepEqual(await cell("#go-api", 409), { text: "", none: false });
  assert.deepEqual(await cell("#mounted", 418), { text: "", none: false });
  release();
  await page.waitForSelector("#go-api tr[data-code='409'] .col-library code:text-is('http.StatusConflict')");
  assert.deepEqual(await cell("#go-api", 409), { text: "http.StatusConflict", none: false });
  await page.waitForSelector("#mounted tr[data-code='418'] .col-library .no-name");
  assert.deepEqual(await cell("#mounted", 418), { text: "\u2014", none: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("what waits for the second file is in it: the guide's words and the libraries' names are not in the main wasm", async () => {
  const main = await readFile(join(DIST, "http-status-table-core_bg.wasm"));
  // The second file and the chunks it comes with (data it shares with the
  // data API's file is in a chunk both wait for).
  const files = splitModules(await readFile(join(DIST, "__wasm_split.js"), "utf8")).later;
  assert.equal(files[0], LATER);
  const later = Buffer.concat(await Promise.all(files.map((name) => readFile(join(DIST, name)))));
  // Texts written once in the data (data/guide.txt, data/libraries/; the
  // names stored without their library's prefix: Spring's HttpStatus.I_AM_A_TEAPOT,
  // HTTPStatus.UNPROCESSABLE_CONTENT, Rack's :unprocessable_content).
  for (const text of ["Which best describes what happened with this request?", "\tI_AM_A_TEAPOT\t", "\tUNPROCESSABLE_CONTENT\t", "\tunprocessable_content\t"]) {
    assert.equal(main.includes(text), false, `${text} is in the main wasm`);
    assert.equal(later.includes(text), true, `${text} is not in ${files.join(", ")}`);
  }
  // What the first view needs stays in the main wasm: the registry's names and descriptions.
  assert.equal(main.includes("Unprocessable Content"), true);
});

for (const [how, route] of [
  ["blocked", (r) => r.abort("internetdisconnected")],
  ["missing (HTTP 404)", (r) => r.fulfill({ status: 404, contentType: "text/plain", body: "not found" })],
]) {
  test(`a second file that is ${how}: the panel and the guide say so, the table stays, and the next opening retries`, async () => {
    let failing = true;
    const { page, context, errors } = await open(`${server.url}dist/index.html`, {
      route: (r) => (failing ? route(r) : r.continue()),
    });
    assert.match(await openDetails302(page), FAILED);
    // The guide's step cannot be drawn either, and says so in its place.
    await page.click("details.guide > summary");
    await page.waitForFunction((failed) => new RegExp(failed).test(document.querySelector("details.guide .guide-body")?.textContent ?? ""), FAILED.source);
    // The table is whole (narrowed by the open guide) and still filters.
    assert.ok((await page.locator("#status-table tbody tr[data-code]:not([hidden])").count()) > 30);
    await page.fill("#filter", "gateway");
    await page.waitForSelector("tr[data-code='404']", { state: "hidden" });
    await page.fill("#filter", "");
    // The failure was logged, and nothing panicked.
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => !/panicked|unreachable/.test(e)), errors.join("\n"));
    assert.equal(await page.$(".crash"), null);
    // The data API's records are built by code in the second file: its promise
    // is rejected with a message that says so, and a later call succeeds.
    const api = (code) =>
      page.evaluate(async (code) => {
        const { lookup } = await import("./http-status-table-page.js");
        try {
          return { name: (await lookup(code))?.name };
        } catch (error) {
          return { error: String(error.message ?? error) };
        }
      }, code);
    assert.deepEqual(await api(404), {
      error: "http-status-table: the data could not be loaded (the network may be down); call again to retry",
    });
    // A name from code finds nothing, and the reader is told why (with the
    // guide closed: 418 is none of its answers, so it would set 418 aside).
    await page.click("details.guide > summary"); // closes
    await page.fill("#filter", "StatusTeapot");
    await page.waitForFunction((re) => new RegExp(re).test(document.body.textContent), NOT_YET.source);
    // Once the file can be had, the next change of the text fetches it again
    // and finds the code; the next opening draws the panels, and the data API answers.
    failing = false;
    await page.fill("#filter", "StatusTeapo");
    await page.waitForSelector("tr[data-code='418']:not([hidden])");
    assert.doesNotMatch(await page.textContent("body"), NOT_YET);
    await page.fill("#filter", "");
    await page.click("details.guide > summary"); // opens again, as it was
    assert.deepEqual(await api(404), { name: "Not Found" });
    await closeDetails302(page);
    assert.match(await openDetails302(page), /Registry status\s*Registered/);
    await page.click("details.guide > summary"); // closes
    await page.click("details.guide > summary"); // opens again
    await page.waitForSelector("details.guide .guide-body h3");
    assert.doesNotMatch(await page.textContent("details.guide .guide-body"), FAILED);
    await context.close();
  });
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

test("the second file and its loader carry their integrity hashes", async () => {
  const hashes = JSON.parse(await readFile(join(DIST, "integrity.json"), "utf8"));
  for (const name of [LATER, "__wasm_split.js"]) {
    assert.equal(hashes[name], sri(await readFile(join(DIST, name))), name);
  }
  const splitLoader = await readFile(join(DIST, "__wasm_split.js"), "utf8");
  assert.ok(splitLoader.includes(`fetch(new URL("./${LATER}", import.meta.url), { integrity: "${hashes[LATER]}" })`));
  const loader = await readFile(join(DIST, "http-status-table.js"), "utf8");
  assert.ok(loader.includes(`"__wasm_split.js":"${hashes["__wasm_split.js"]}"`), "the loader checks __wasm_split.js");
  const manifest = JSON.parse(await readFile(join(DIST, "package.json"), "utf8"));
  for (const name of [LATER, "__wasm_split.js"]) assert.ok(manifest.files.includes(name), `the npm package ships ${name}`);
});


test("a tampered second file is refused: the panel says so and the table keeps working", async () => {
  const copy = await tamperedCopy(LATER, (bytes) => {
    const altered = Buffer.from(bytes);
    altered[altered.length >> 1] ^= 0xff;
    return altered;
  });
  try {
    const { page, context, errors } = await open(`${copy.url}dist/index.html`);
    assert.match(await openDetails302(page), FAILED);
    assert.ok(errors.some((e) => /integrity/i.test(e)), errors.join("\n"));
    await page.fill("#filter", "teapot");
    await page.waitForSelector("tr[data-code='418']:not([hidden])");
    await context.close();
  } finally {
    await copy.close();
  }
});

test("a tampered loader of the second file is refused before anything starts", async () => {
  const copy = await tamperedCopy("__wasm_split.js", (bytes) => Buffer.concat([bytes, Buffer.from("\n// altered\n")]));
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${copy.url}dist/index.html`);
    await page.waitForSelector("#no-app:not([hidden]) .reason");
    assert.match(await page.textContent("#no-app"), /the file __wasm_split\.js does not match its integrity hash/);
    assert.equal(await page.locator("#status-table tbody tr:not([hidden])").count(), 64);
    await context.close();
  } finally {
    await copy.close();
  }
});

test("an embedded widget fetches the second file too, and its details open", async () => {
  const { page, context, requests, errors } = await open(`${server.url}examples/custom-element.html`, {
    ready: "#client-errors tbody tr:not([hidden])",
  });
  await page.click("#client-errors tr[data-code='404'] .details-toggle");
  await page.waitForSelector("#client-errors .details");
  await page.waitForFunction(() => !document.querySelector("#client-errors").shadowRoot.querySelector(".details-row td[aria-busy]"));
  assert.match(await page.locator("#client-errors .details-row").textContent(), /Defined in\s*RFC 9110/);
  assert.equal(requests.filter((p) => p.endsWith(LATER)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
