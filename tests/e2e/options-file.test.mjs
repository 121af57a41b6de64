// The code that reads options given as JS values (src/host/api.rs: serde-wasm-
// bindgen's deserializer, with serde's messages and Rust's float formatting)
// comes in a file of its own, split_options.wasm. A custom element's
// attributes are text and never need it, so it is not on that embed's
// critical path; mount(), update() and a JSON child's entries fetch it first.
// An element's first update() before it is in applies as soon as it is, in
// order with the attributes changed meanwhile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ATTRIBUTES_ONLY, DIST, openWatchingFiles, withExamplesAndBrowser } from "./harness.mjs";

const OPTIONS_FILE = "split_options.wasm";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** A page with its wasm requests and console messages recorded (the page
 *  with only attributes served too); `optionsFile` answers the options' file
 *  when given. */
const open = (path, { optionsFile } = {}) =>
  openWatchingFiles(browser, `${server.url}${path}`, {
    routes: {
      ...ATTRIBUTES_ONLY,
      ...(optionsFile ? { [`**/${OPTIONS_FILE}`]: optionsFile } : {}),
    },
  });

const shownCodes = (page, host) =>
  page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])")].map((r) => r.dataset.code), host);

test("an element with only attributes never fetches the options' code; its first update() applies once it is in, in order", async () => {
  const { page, context, wasm, messages } = await open("examples/attributes-only.html");
  await page.waitForSelector("#codes tbody tr:not([hidden])");
  // Its second file comes when idle, without the options' code.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("split_later.wasm")));
  assert.ok(!wasm.includes(OPTIONS_FILE), `${wasm}`);
  assert.deepEqual(await shownCodes(page, "#codes"), (await shownCodes(page, "#codes")).filter((c) => c.startsWith("4")));
  // update() before the code is in: no throw, applied when it comes; an
  // attribute changed meanwhile applies after it, as the calls were made.
  await page.evaluate(() => {
    const element = document.getElementById("codes");
    element.update({ filter: "teapot", sort: "-code" });
    element.setAttribute("filter", "gateway");
  });
  await page.waitForFunction(() => document.getElementById("codes").shadowRoot.querySelector("#filter, input[type=search]")?.value === "gateway");
  assert.deepEqual((await shownCodes(page, "#codes")).sort(), ["502", "504"]);
  assert.equal(wasm.filter((n) => n === OPTIONS_FILE).length, 1);
  // Once it is in, update() is synchronous again and throws for a bad option.
  const thrown = await page.evaluate(() => {
    try {
      document.getElementById("codes").update({ unofficial: "yes" });
      return null;
    } catch (error) {
      return `${error.name}: ${error.problems.map((p) => `${p.option}: ${p.message}`).join("; ")}`;
    }
  });
  assert.equal(thrown, 'OptionsError: unofficial: expected true or false, got the string "yes"');
  assert.deepEqual(messages, []);
  await context.close();
});

test("mount() fetches the options' code with the main wasm, and its handle's update() applies at once", async () => {
  const { page, context, wasm } = await open("examples/names.html");
  await page.waitForSelector("#mounted tbody tr:not([hidden])");
  assert.equal(wasm.filter((n) => n === OPTIONS_FILE).length, 1, `${wasm}`);
  // Applied in the call (no throw for a good option; the view follows).
  assert.equal(await page.evaluate(() => (window.mountedWidget.update({ codes: "404,410" }), window.mountedWidget.problems.length)), 0);
  await page.waitForFunction(() => document.querySelector("#mounted .http-status-table").shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])").length === 2);
  assert.deepEqual(await shownCodes(page, "#mounted .http-status-table"), ["404", "410"]);
  await context.close();
});

test("what reads JS values is in the options' file, not in the main wasm", async () => {
  const main = await readFile(join(DIST, "http-status-table-core_bg.wasm"));
  const options = await readFile(join(DIST, OPTIONS_FILE));
  // serde's own message, and one of ours that only a JS value can earn.
  for (const text of ["invalid type: ", "expected a whole number of pixels"]) {
    assert.equal(main.includes(text), false, `${text} is in the main wasm`);
    assert.equal(options.includes(text), true, `${text} is not in ${OPTIONS_FILE}`);
  }
  // The attributes' parsers stay: their messages are in the main wasm.
  assert.equal(main.includes("is not a sort order"), true);
});

test("a missing options' file: mount() rejects and the widget says which file; an element's entries say so too", async () => {
  const missing = (r) => r.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
  const { page, context } = await open("examples/attributes-only.html", { optionsFile: missing });
  await page.waitForSelector("#codes tbody tr:not([hidden])");
  const rejected = await page.evaluate(async () => {
    const { mount } = await import("../dist/http-status-table.js");
    const target = document.createElement("div");
    document.body.append(target);
    try {
      await mount(target, { filter: "404" });
      return null;
    } catch (error) {
      return { message: error.message, shown: target.querySelector(".http-status-table").shadowRoot.textContent };
    }
  });
  assert.match(rejected.message, /the file split_options\.wasm could not be loaded \(HTTP 404\)/);
  assert.match(rejected.shown, /split_options\.wasm could not be loaded/);
  // An element whose entries are in a JSON child cannot read them either.
  await page.evaluate(() => {
    const element = document.createElement("http-status-table");
    element.id = "with-entries";
    element.innerHTML = '<script type="application/json">[{"code": 299, "name": "Ours"}]</script>';
    document.body.append(element);
  });
  await page.waitForFunction(() => /split_options\.wasm could not be loaded/.test(document.getElementById("with-entries").shadowRoot.textContent));
  // The element with attributes works on.
  await page.evaluate(() => document.getElementById("codes").setAttribute("filter", "teapot"));
  await page.waitForFunction(() => document.getElementById("codes").shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])").length === 1);
  await context.close();
});
