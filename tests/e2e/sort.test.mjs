// Clicking and keyboard-activating the column headers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openTable, codes, typeFilter, ariaSort } from "./harness.mjs";

let server, browser, page, problems;
before(async () => {
  server = await serve();
  browser = await launch();
  ({ page, problems } = await openTable(browser, server.url));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const cellTexts = (selector) => page.$$eval(`#status-table tbody tr:not([hidden]) ${selector}`, (cells) => cells.map((c) => c.textContent.trim()));
const nameKey = (s) => s.replace(/^[^A-Za-z0-9]+/, "").toLowerCase();
const isSorted = (list, cmp) => list.every((v, i) => i === 0 || cmp(list[i - 1], v) <= 0);

test("default sort is code ascending, marked on the Code header only", async () => {
  assert.deepEqual(await ariaSort(page), [["code", "ascending"]]);
  const arrows = await page.$$eval("thead .sort-arrow", (a) => a.map((x) => x.getAttribute("aria-hidden")));
  assert.deepEqual(arrows, ["true", "true", "true", "true"]);
  assert.equal(await page.$$eval("thead th > button[type=button]", (b) => b.length), 4);
});

test("clicking a header sorts ascending, then descending", async () => {
  await page.click("button[data-sort=name]");
  assert.deepEqual(await ariaSort(page), [["name", "ascending"]]);
  const names = (await cellTexts(".name")).map(nameKey);
  assert.ok(isSorted(names, (a, b) => a.localeCompare(b, "en")), names.join(" | "));
  await page.click("button[data-sort=name]");
  assert.deepEqual(await ariaSort(page), [["name", "descending"]]);
  const desc = (await cellTexts(".name")).map(nameKey);
  assert.ok(isSorted(desc, (a, b) => b.localeCompare(a, "en")));

  await page.click("button[data-sort=class]");
  assert.deepEqual(await ariaSort(page), [["class", "ascending"]]);
  const classOrder = await codes(page);
  assert.deepEqual(classOrder, [...classOrder].sort((a, b) => a - b), "class order, ties by code");
  await page.click("button[data-sort=class]");
  const classDesc = await codes(page);
  assert.ok(Math.floor(classDesc[0] / 100) === 5 && classDesc[0] < classDesc[1], "5xx first, ties by code ascending");

  await page.click("button[data-sort=code]");
  await page.click("button[data-sort=code]");
  assert.deepEqual(await ariaSort(page), [["code", "descending"]]);
  const codeDesc = await codes(page);
  assert.deepEqual(codeDesc, [...codeDesc].sort((a, b) => b - a));
});

test("headers work from the keyboard", async () => {
  await page.focus("button[data-sort=description]");
  await page.keyboard.press("Enter");
  assert.deepEqual(await ariaSort(page), [["description", "ascending"]]);
  await page.keyboard.press("Space");
  assert.deepEqual(await ariaSort(page), [["description", "descending"]]);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.sort), "description");
  const descriptions = await page.$$eval("#status-table tbody tr:not([hidden]) .description", (d) => d.map((x) => x.textContent.toLowerCase()));
  assert.ok(isSorted(descriptions, (a, b) => (a < b ? 1 : a > b ? -1 : 0)));
});

test("filtering keeps the chosen sort", async () => {
  await page.click("button[data-sort=name]");
  await typeFilter(page, "5xx");
  assert.deepEqual(await ariaSort(page), [["name", "ascending"]]);
  const names = (await cellTexts(".name")).map(nameKey);
  assert.ok(names.length > 5 && isSorted(names, (a, b) => a.localeCompare(b, "en")));
  await typeFilter(page, "");
  assert.deepEqual(problems, []);
});
