// The standalone page keeps the filter, sort and toggle in the URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openTable, codes, typeFilter, ariaSort } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a shared URL restores filter and sort", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}?q=4xx&sort=-name`);
  assert.equal(await page.inputValue("#filter"), "4xx");
  assert.deepEqual(await ariaSort(page), [["name", "descending"]]);
  const rows = await codes(page);
  assert.ok(rows.length > 20 && rows.every((c) => c >= 400 && c < 500));
  assert.deepEqual(problems, []);
  await context.close();
});

test("typing and sorting update the URL without adding history entries", async () => {
  const { page, context } = await openTable(browser, server.url);
  const before = await page.evaluate(() => history.length);
  await typeFilter(page, "time-out");
  await page.click("button[data-sort=class]");
  await page.waitForFunction(() => location.search === "?q=time-out&sort=class");
  assert.equal(await page.evaluate(() => history.length), before);
  await page.reload();
  await page.waitForSelector("#app[data-taken-over] #status-table tbody tr:not([hidden])");
  assert.equal(await page.inputValue("#filter"), "time-out");
  assert.deepEqual(await ariaSort(page), [["class", "ascending"]]);
  await typeFilter(page, "");
  await page.click("button[data-sort=code]");
  await page.waitForFunction(() => location.search === "");
  await context.close();
});

test("alternatives round-trip through the URL", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}?q=404,410`);
  assert.equal(await page.inputValue("#filter"), "404,410");
  assert.deepEqual(await codes(page), [404, 410]);
  await typeFilter(page, "4xx timeout, 5xx");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "4xx timeout, 5xx");
  const shown = await codes(page);
  assert.equal(shown[0], 408);
  assert.deepEqual(problems, []);
  await page.reload();
  await page.waitForSelector("#app[data-taken-over] #status-table tbody tr:not([hidden])");
  assert.equal(await page.inputValue("#filter"), "4xx timeout, 5xx");
  assert.deepEqual(await codes(page), shown);
  await context.close();
});

test("hostile URL parameters stay text and fall back to defaults", async () => {
  const q = encodeURIComponent(`<img src=x onerror="window.__pwned=1">`);
  const { page, context, problems } = await openTable(
    browser,
    `${server.url}?q=${q}&sort=javascript:alert(1)&unofficial=%E0%A4%A`,
    { ready: ".empty-state" },
  );
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval("img", (n) => n.length), 0);
  assert.deepEqual(await ariaSort(page), [["code", "ascending"]]);
  assert.match(await page.inputValue("#filter"), /^<img src=x/);
  assert.match(await page.textContent(".empty-state"), /No status code matches/);
  assert.deepEqual(problems, []);
  await context.close();
});
